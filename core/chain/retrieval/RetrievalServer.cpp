#include "core/chain/retrieval/RetrievalServer.h"

#include "core/chain/client/ByteRange.h"
#include "core/chain/client/HttpAnswers.h"
#include "core/chain/client/LowDelayTcpServer.h"
#include "core/domain/CrashPoint.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcRetrievalServer, "salesdesk.retrieval.server", QtInfoMsg)

namespace {

using http::answerError;
using http::answerJson;
using http::hashField;
using http::jsonBody;
using http::StatusCode;
using Method = QHttpServerRequest::Method;

void answerFailure(QHttpServerResponder& responder, const Error& error) {
    http::answerFailure(responder, error, lcRetrievalServer());
}

QString decimal(const UInt256& value) {
    return uint256::toDecimal(value);
}

// "<cumulativeAmount> <signature hex>" (the header) for `channelId`.
Result<Voucher> voucherFromHeader(QByteArrayView value, const Hash32& channelId) {
    const QList<QByteArray> parts = value.toByteArray().simplified().split(' ');
    if (parts.size() != 2)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the %1 header must be \"<cumulative amount> "
                                        "<signature hex>\"")
                             .arg(QLatin1String(RetrievalServer::kVoucherHeader)));
    Voucher voucher;
    voucher.channelId = channelId;
    SD_TRY_ASSIGN(voucher.cumulativeAmount, uint256::parse(QString::fromLatin1(parts[0])));
    QByteArray hex = parts[1];
    if (hex.startsWith("0x"))
        hex = hex.mid(2);
    const QByteArray bytes = QByteArray::fromHex(hex);
    if (bytes.size() * 2 != hex.size())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the voucher's signature is not hexadecimal"));
    SD_TRY_ASSIGN(voucher.signature, Voucher::signatureFromBytes(bytes));
    return voucher;
}

} // namespace

RetrievalServer::RetrievalServer(Config config, RetrievalBook& book, VoucherBook& vouchers,
                                 std::shared_ptr<const RetrievableData> data, const Clock& clock,
                                 QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_book(book)
    , m_vouchers(vouchers)
    , m_data(std::move(data))
    , m_clock(clock)
    , m_server(std::make_unique<QHttpServer>())
    , m_admission(clock, m_config.maxBodyBytes, m_config.requestsPerSecondPerAddress) {
    publishTerms();
    m_server->route(QStringLiteral("/salesdesk/v1/retrieval/ask"),
                    [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                        if (!admit(request, responder))
                            return;
                        if (request.method() != Method::Get)
                            return answerError(responder, StatusCode::MethodNotAllowed,
                                               QStringLiteral("only GET"));
                        answerAsk(std::move(responder));
                    });
    m_server->route(QStringLiteral("/salesdesk/v1/retrievals"),
                    [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                        if (!admit(request, responder))
                            return;
                        if (request.method() != Method::Post)
                            return answerError(responder, StatusCode::MethodNotAllowed,
                                               QStringLiteral("only POST"));
                        start(request, std::move(responder));
                    });
    m_server->route(QStringLiteral("/salesdesk/v1/retrievals/<arg>"),
                    [this](const QString& id, const QHttpServerRequest& request,
                           QHttpServerResponder&& responder) {
                        if (!admit(request, responder))
                            return;
                        answerRetrieval(id, request, std::move(responder));
                    });
    m_server->route(QStringLiteral("/salesdesk/v1/retrievals/<arg>/chunks/<arg>"),
                    [this](const QString& id, quint64 index, const QHttpServerRequest& request,
                           QHttpServerResponder&& responder) {
                        if (!admit(request, responder))
                            return;
                        if (request.method() != Method::Get)
                            return answerError(responder, StatusCode::MethodNotAllowed,
                                               QStringLiteral("only GET"));
                        serveChunk(id, index, request, std::move(responder));
                    });
    m_server->route(QStringLiteral("/salesdesk/v1/retrievals/<arg>/vouchers"),
                    [this](const QString& id, const QHttpServerRequest& request,
                           QHttpServerResponder&& responder) {
                        if (!admit(request, responder))
                            return;
                        if (request.method() != Method::Post)
                            return answerError(responder, StatusCode::MethodNotAllowed,
                                               QStringLiteral("only POST"));
                        payFromBody(id, request, std::move(responder));
                    });
}

RetrievalServer::~RetrievalServer() = default;

QByteArray RetrievalServer::voucherHeaderValue(const Voucher& voucher) {
    return uint256::toDecimal(voucher.cumulativeAmount).toLatin1() + " 0x" +
           voucher.signatureBytes().toHex();
}

Result<quint16> RetrievalServer::listen(const QHostAddress& address, quint16 port) {
    SD_TRY_ASSIGN(m_baseUrl, LowDelayTcpServer::serve(*m_server, address, port));
    qCInfo(lcRetrievalServer).noquote() << "paid retrievals served at" << m_baseUrl.toString();
    return static_cast<quint16>(m_baseUrl.port());
}

bool RetrievalServer::admit(const QHttpServerRequest& request, QHttpServerResponder& responder) {
    return m_admission.admit(request, responder);
}

void RetrievalServer::setTerms(const RetrievalTerms& terms) {
    m_config.terms = terms;
    publishTerms();
}

void RetrievalServer::publishTerms() {
    auto signedTerms = SignedRetrievalTerms::sign(m_config.terms, m_config.payee, m_config.domain,
                                                  m_config.signTerms);
    if (!signedTerms.ok()) {
        m_signedTerms.reset();
        qCWarning(lcRetrievalServer).noquote()
            << "the retrieval terms go out unsigned, so clients that check refuse them:"
            << signedTerms.message();
        return;
    }
    m_signedTerms = std::move(signedTerms).value();
}

void RetrievalServer::answerAsk(QHttpServerResponder&& responder) const {
    // The signed part (the terms, "signer", "signature") and beside it the domain it was signed
    // in and the payee.
    const RetrievalTerms& terms = m_config.terms;
    QJsonObject answer =
        m_signedTerms ? m_signedTerms->toJson()
                      : QJsonObject{{QStringLiteral("pricePerByte"), decimal(terms.pricePerByte)},
                                    {QStringLiteral("paymentInterval"),
                                     QString::number(terms.paymentInterval)},
                                    {QStringLiteral("paymentIntervalIncrease"),
                                     QString::number(terms.paymentIntervalIncrease)}};
    answer.insert(QStringLiteral("chainId"), QString::number(m_config.domain.chainId));
    answer.insert(QStringLiteral("channelsContract"), m_config.domain.verifyingContract.toHex());
    answer.insert(QStringLiteral("payee"), m_config.payee.toHex());
    answerJson(responder, StatusCode::Ok, answer);
}

void RetrievalServer::start(const QHttpServerRequest& request, QHttpServerResponder&& responder) {
    auto body = jsonBody(request);
    if (!body)
        return answerFailure(responder, body.error());
    auto slot = hashField(*body, QStringLiteral("slotId"));
    auto channelId = hashField(*body, QStringLiteral("channelId"));
    if (!slot)
        return answerFailure(responder, slot.error());
    if (!channelId)
        return answerFailure(responder, channelId.error());
    const VoucherBook::Key key{m_config.domain.chainId, m_config.domain.verifyingContract,
                               *channelId};
    auto channel = m_vouchers.channel(key);
    if (!channel)
        return answerFailure(responder, channel.error());
    if (!channel->has_value())
        return answerError(responder, StatusCode::NotFound,
                           QStringLiteral("channel %1 is not known here: open one to %2 on %3 "
                                          "and ask again once it is mined")
                               .arg(channelId->toHex(), m_config.payee.toHex(),
                                    m_config.domain.verifyingContract.toHex()));
    if ((*channel)->finalized || (*channel)->closesAt != 0)
        return answerError(responder, StatusCode::Conflict,
                           QStringLiteral("channel %1 is closing or closed: it pays no new "
                                          "retrievals")
                               .arg(channelId->toHex()));
    auto active = m_book.activeOf(key.chainId, key.contract, (*channel)->payer);
    if (!active)
        return answerFailure(responder, active.error());
    if (*active >= m_config.maxActivePerClient)
        return answerError(responder, StatusCode::TooManyRequests,
                           QStringLiteral("client %1 has %2 retrievals under way on its "
                                          "channels, the most taken at once from one client")
                               .arg((*channel)->payer.toHex())
                               .arg(*active));
    auto size = m_data->size(SlotId::fromBytes(slot->toByteArray()));
    if (!size)
        return answerFailure(responder, size.error());
    auto retrieval = m_book.create(key, SlotId::fromBytes(slot->toByteArray()), *size,
                                   m_config.terms, m_clock.now());
    if (!retrieval)
        return answerFailure(responder, retrieval.error());
    answerJson(responder, StatusCode::Created, status(*retrieval));
    Q_EMIT retrievalChanged();
}

void RetrievalServer::answerRetrieval(const QString& id, const QHttpServerRequest& request,
                                      QHttpServerResponder&& responder) {
    if (request.method() == Method::Get) {
        auto retrieval = m_book.findById(id);
        if (!retrieval)
            return answerFailure(responder, retrieval.error());
        return answerJson(responder, StatusCode::Ok, status(*retrieval));
    }
    if (request.method() == Method::Delete) {
        auto retrieval = m_book.findById(id);
        if (retrieval)
            retrieval = m_book.cancel(retrieval->token, m_clock.now());
        if (!retrieval)
            return answerFailure(responder, retrieval.error());
        answerJson(responder, StatusCode::Ok, status(*retrieval));
        Q_EMIT retrievalChanged();
        return;
    }
    answerError(responder, StatusCode::MethodNotAllowed, QStringLiteral("only GET or DELETE"));
}

bool RetrievalServer::pay(Retrieval& retrieval, const Voucher& voucher,
                          QHttpServerResponder& responder) {
    auto payment = m_book.pay(retrieval.token, m_config.domain, voucher, m_clock.now(),
                              m_config.closeMarginSeconds);
    if (!payment) {
        answerFailure(responder, payment.error());
        return false;
    }
    retrieval = payment->retrieval;
    if (payment->verdict.accepted()) {
        // The voucher is the channel's best and the retrieval is credited, both committed; a
        // restart must not credit it again.
        crashPoint("retrieval.pay.afterAccept");
        Q_EMIT retrievalChanged();
    }
    if (!payment->verdict.accepted()) {
        qCInfo(lcRetrievalServer).noquote()
            << "retrieval" << retrieval.id() << "voucher of" << decimal(voucher.cumulativeAmount)
            << "refused:" << payment->verdict.reason;
        answerError(responder, StatusCode::PaymentRequired,
                    QStringLiteral("voucher refused: %1").arg(payment->verdict.reason),
                    {{QStringLiteral("retrieval"), status(retrieval)}});
        return false;
    }
    return true;
}

void RetrievalServer::payFromBody(const QString& id, const QHttpServerRequest& request,
                                  QHttpServerResponder&& responder) {
    auto retrieval = m_book.findById(id);
    if (!retrieval)
        return answerFailure(responder, retrieval.error());
    auto body = jsonBody(request);
    if (!body)
        return answerFailure(responder, body.error());
    const QJsonValue amount = body->value(QStringLiteral("cumulativeAmount"));
    const QJsonValue signature = body->value(QStringLiteral("signature"));
    if (!amount.isString() || !signature.isString())
        return answerError(responder, StatusCode::BadRequest,
                           QStringLiteral("\"cumulativeAmount\" and \"signature\" must be "
                                          "strings"));
    auto voucher =
        voucherFromHeader((amount.toString() + QLatin1Char(' ') + signature.toString()).toLatin1(),
                          retrieval->channel.channelId);
    if (!voucher)
        return answerFailure(responder, voucher.error());
    if (!pay(*retrieval, *voucher, responder))
        return;
    answerJson(responder, StatusCode::Ok, status(*retrieval));
}

void RetrievalServer::serveChunk(const QString& id, quint64 index,
                                 const QHttpServerRequest& request,
                                 QHttpServerResponder&& responder) {
    auto found = m_book.findById(id);
    if (!found)
        return answerFailure(responder, found.error());
    Retrieval retrieval = std::move(found).value();
    if (retrieval.state == Retrieval::State::Cancelled)
        return answerError(responder, StatusCode::Conflict,
                           QStringLiteral("retrieval %1 was cancelled").arg(retrieval.id()));
    const quint64 chunks = retrieval.terms.chunkCount(retrieval.size);
    if (index >= chunks)
        return answerError(responder, StatusCode::NotFound,
                           QStringLiteral("retrieval %1 has %2 chunks (0 to %3)")
                               .arg(retrieval.id())
                               .arg(chunks)
                               .arg(chunks == 0 ? 0 : chunks - 1));
    const QByteArray header = request.value(kVoucherHeader);
    if (!header.isEmpty()) {
        auto voucher = voucherFromHeader(header, retrieval.channel.channelId);
        if (!voucher)
            return answerFailure(responder, voucher.error());
        if (!pay(retrieval, *voucher, responder))
            return;
    }
    auto required = retrieval.terms.paidBeforeChunk(index, retrieval.size);
    if (!required)
        return answerFailure(responder, required.error());
    if (retrieval.paid < *required) {
        auto marked = m_book.recordFundsNeeded(retrieval.token, m_clock.now());
        if (!marked)
            return answerFailure(responder, marked.error());
        if (marked->state != retrieval.state)
            Q_EMIT retrievalChanged();
        return answerPaymentRequired(*marked, *required, std::move(responder));
    }
    const quint64 begin = retrieval.terms.chunkBegin(index, retrieval.size);
    const quint64 end = retrieval.terms.chunkEnd(index, retrieval.size);
    const ByteRange range = ByteRange::parse(request.value("Range"), end - begin);
    if (range.kind == ByteRange::Kind::Unsatisfiable) {
        responder.write({{"Content-Range", "bytes */" + QByteArray::number(end - begin)}},
                        StatusCode::RequestRangeNotSatisfiable);
        return;
    }
    // At most maxResponseBytes an answer: a larger chunk (or range) goes out in parts, each a 206
    // whose Content-Range says which, and the client asks for the rest by Range.
    const bool ranged = range.kind == ByteRange::Kind::Part;
    const quint64 partBegin = ranged ? range.begin : 0;
    const quint64 wanted = (ranged ? range.end : end - begin) - partBegin;
    const quint64 partLength = std::min<quint64>(
        wanted, static_cast<quint64>(std::max<qint64>(1, m_config.maxResponseBytes)));
    auto bytes = readPart(retrieval.slot, begin + partBegin, begin + partBegin + partLength);
    if (!bytes)
        return answerFailure(responder, bytes.error());
    // Recorded (committed) before a byte goes out: after a crash the book never holds less
    // than what left.
    auto sent = m_book.recordSent(retrieval.token, begin + partBegin + partLength, m_clock.now());
    if (!sent)
        return answerFailure(responder, sent.error());
    // The bytes count as sent, and none has gone out: the client asks for them again.
    crashPoint("retrieval.send.afterRecord");
    m_bytesServed += partLength;
    if (sent->bytesSent != retrieval.bytesSent || sent->state != retrieval.state)
        Q_EMIT retrievalChanged();
    if (!ranged && partLength == end - begin)
        return responder.write(
            *bytes, {{"Content-Type", "application/octet-stream"}, {"Accept-Ranges", "bytes"}},
            StatusCode::Ok);
    responder.write(*bytes,
                    {{"Content-Type", "application/octet-stream"},
                     {"Accept-Ranges", "bytes"},
                     {"Content-Range", "bytes " + QByteArray::number(partBegin) + '-' +
                                           QByteArray::number(partBegin + partLength - 1) + '/' +
                                           QByteArray::number(end - begin)}},
                    StatusCode::PartialContent);
}

Result<QByteArray> RetrievalServer::readPart(const SlotId& slot, quint64 begin, quint64 end) const {
    constexpr quint64 kBlock = RetrievableData::kBlockSize;
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(end - begin));
    for (quint64 at = begin; at < end;) {
        SD_TRY_DECLARE(block, m_data->readBlock(slot, at / kBlock));
        const quint64 inBlock = at % kBlock;
        if (inBlock >= static_cast<quint64>(block.size()))
            return makeError(ErrorCode::Io,
                             QStringLiteral("slot %1 holds fewer bytes than the retrieval counts")
                                 .arg(slot.toHex()));
        const quint64 take =
            std::min<quint64>(end - at, static_cast<quint64>(block.size()) - inBlock);
        bytes.append(block.constData() + inBlock, static_cast<qsizetype>(take));
        at += take;
    }
    return bytes;
}

void RetrievalServer::answerPaymentRequired(const Retrieval& retrieval, const UInt256& required,
                                            QHttpServerResponder&& responder) {
    // The channel's cumulative amount must grow by what the retrieval lacks.
    const UInt256 shortfall = required - retrieval.paid;
    UInt256 base;
    if (auto channel = m_vouchers.channel(retrieval.channel); channel && channel->has_value())
        base = std::max((*channel)->bestAccepted, (*channel)->claimed);
    auto atLeast = uint256::checkedAdd(base, shortfall);
    QJsonObject more{{QStringLiteral("retrieval"), status(retrieval)},
                     {QStringLiteral("required"), decimal(required)},
                     {QStringLiteral("shortfall"), decimal(shortfall)}};
    if (atLeast)
        more.insert(QStringLiteral("voucherAtLeast"), decimal(*atLeast));
    answerError(responder, StatusCode::PaymentRequired,
                QStringLiteral("pay %1 more on retrieval %2 for its next chunk")
                    .arg(decimal(shortfall), retrieval.id()),
                more);
}

QJsonObject RetrievalServer::status(const Retrieval& retrieval) const {
    QJsonObject object{
        {QStringLiteral("id"), retrieval.id()},
        {QStringLiteral("slotId"), retrieval.slot.toHex()},
        {QStringLiteral("channelId"), retrieval.channel.channelId.toHex()},
        {QStringLiteral("size"), QString::number(retrieval.size)},
        {QStringLiteral("pricePerByte"), decimal(retrieval.terms.pricePerByte)},
        {QStringLiteral("paymentInterval"), QString::number(retrieval.terms.paymentInterval)},
        {QStringLiteral("paymentIntervalIncrease"),
         QString::number(retrieval.terms.paymentIntervalIncrease)},
        {QStringLiteral("maxResponseBytes"), QString::number(m_config.maxResponseBytes)},
        {QStringLiteral("chunks"), QString::number(retrieval.terms.chunkCount(retrieval.size))},
        {QStringLiteral("bytesSent"), QString::number(retrieval.bytesSent)},
        {QStringLiteral("paid"), decimal(retrieval.paid)},
        {QStringLiteral("state"), Retrieval::stateName(retrieval.state)},
    };
    if (auto owed = retrieval.owed())
        object.insert(QStringLiteral("owed"), decimal(*owed));
    if (auto total = retrieval.total())
        object.insert(QStringLiteral("total"), decimal(*total));
    return object;
}

} // namespace salesdesk
