#include "core/chain/retrieval/RetrievalClient.h"

#include "core/chain/retrieval/RetrievalServer.h"
#include "core/chain/retrieval/Voucher.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcRetrievalClient, "salesdesk.retrieval.client", QtInfoMsg)

namespace {

constexpr char kApi[] = "/salesdesk/v1/";

quint64 number(const QJsonObject& object, const char* name) {
    return object.value(QLatin1String(name)).toString().toULongLong();
}

} // namespace

RetrievalClient::RetrievalClient(Options options, ChainAccount payer, QIODevice* sink,
                                 QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_sign(std::move(payer.signDigest))
    , m_sink(sink)
    , m_network(std::make_unique<QNetworkAccessManager>()) {}

RetrievalClient::RetrievalClient(Options options, PrivateKey payer, QIODevice* sink,
                                 QObject* parent)
    : RetrievalClient(std::move(options), ChainAccount::ofKey(std::move(payer)), sink, parent) {}

RetrievalClient::~RetrievalClient() = default;

QUrl RetrievalClient::url(const QString& path) const {
    QUrl url = m_options.server;
    url.setPath(QLatin1String(kApi) + path);
    return url;
}

void RetrievalClient::start() {
    if (!m_options.resumeId.isEmpty()) {
        m_id = m_options.resumeId;
        m_chunk = m_options.fromChunk;
        QNetworkReply* reply = m_network->get(QNetworkRequest(url("retrievals/" + m_id)));
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onStatus(reply, false); });
        return;
    }
    if (m_options.payee.isZero())
        return startRetrieval();
    QNetworkReply* reply = m_network->get(QNetworkRequest(url(QStringLiteral("retrieval/ask"))));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onAsk(reply); });
}

void RetrievalClient::onAsk(QNetworkReply* reply) {
    reply->deleteLater();
    m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError)
        return fail(reply);
    const Result<RetrievalTerms> terms = checkedTerms(reply);
    if (!terms.ok())
        return finish(terms.message());
    m_signedTerms = *terms;
    startRetrieval();
}

Result<RetrievalTerms> RetrievalClient::checkedTerms(QNetworkReply* reply) const {
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (!answer.contains(QStringLiteral("signature")))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the provider's retrieval terms carry no signature, so "
                                        "nothing shows they come from the payee %1")
                             .arg(m_options.payee.toHex()));
    const QString chainId = answer.value(QStringLiteral("chainId")).toString();
    const QString contract = answer.value(QStringLiteral("channelsContract")).toString();
    if (chainId != QString::number(m_options.domain.chainId) ||
        contract.compare(m_options.domain.verifyingContract.toHex(), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the provider's retrieval terms are for chain %1 and "
                                        "channels contract %2, not chain %3 and %4")
                             .arg(chainId, contract, QString::number(m_options.domain.chainId),
                                  m_options.domain.verifyingContract.toHex()));
    SD_TRY_DECLARE(signedTerms, SignedRetrievalTerms::fromJson(answer));
    if (signedTerms.payee != m_options.payee)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the provider's retrieval terms are signed by %1, not by "
                                        "the payee %2 of the channel")
                             .arg(signedTerms.payee.toHex(), m_options.payee.toHex()));
    SD_TRY(signedTerms.verify(m_options.domain));
    SD_TRY(signedTerms.terms.validate());
    return signedTerms.terms;
}

void RetrievalClient::startRetrieval() {
    const QJsonObject body{{QStringLiteral("slotId"), m_options.slot.toHex()},
                           {QStringLiteral("channelId"), m_options.channelId.toHex()}};
    QNetworkRequest request(url(QStringLiteral("retrievals")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply =
        m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onStatus(reply, true); });
}

void RetrievalClient::onStatus(QNetworkReply* reply, bool started) {
    reply->deleteLater();
    m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError)
        return fail(reply);
    const QJsonObject status = QJsonDocument::fromJson(reply->readAll()).object();
    m_id = status.value(QStringLiteral("id")).toString();
    m_size = number(status, "size");
    m_terms.paymentInterval = number(status, "paymentInterval");
    m_terms.paymentIntervalIncrease = number(status, "paymentIntervalIncrease");
    auto price = uint256::parse(status.value(QStringLiteral("pricePerByte")).toString());
    auto paid = uint256::parse(status.value(QStringLiteral("paid")).toString());
    if (m_id.isEmpty() || !price || !paid || !m_terms.validate())
        return finish(QStringLiteral("the provider's answer is not a retrieval's status"));
    m_terms.pricePerByte = *price;
    m_paid = *paid;
    if (started && m_signedTerms && m_terms != *m_signedTerms)
        return finish(QStringLiteral("retrieval %1 started on terms other than the provider's "
                                     "signed ones: %2 a byte in chunks of %3 growing by %4, not "
                                     "%5 a byte in chunks of %6 growing by %7")
                          .arg(m_id, uint256::toDecimal(m_terms.pricePerByte))
                          .arg(m_terms.paymentInterval)
                          .arg(m_terms.paymentIntervalIncrease)
                          .arg(uint256::toDecimal(m_signedTerms->pricePerByte))
                          .arg(m_signedTerms->paymentInterval)
                          .arg(m_signedTerms->paymentIntervalIncrease));
    if (started)
        qCInfo(lcRetrievalClient).noquote()
            << "retrieval" << m_id << "of" << m_size << "bytes started at"
            << uint256::toDecimal(m_terms.pricePerByte) << "a byte";
    fetchChunk();
}

Result<QByteArray> RetrievalClient::voucherFor(const UInt256& paid) {
    if (paid <= m_paid)
        return QByteArray();
    if (m_options.maxVouchers >= 0 && m_vouchersSent >= m_options.maxVouchers)
        return QByteArray();
    const UInt256 cumulative = m_options.channelCumulative + (paid - m_paid);
    const auto signature =
        m_sign(Voucher::digest(m_options.domain, m_options.channelId, cumulative));
    if (!signature.ok())
        return makeError(signature.code(),
                         QStringLiteral("a voucher of %1 cannot be signed: %2")
                             .arg(uint256::toDecimal(cumulative), signature.message()));
    m_options.channelCumulative = cumulative;
    m_paid = paid;
    ++m_vouchersSent;
    Q_EMIT voucherSigned(cumulative);
    return RetrievalServer::voucherHeaderValue(
        Voucher{m_options.channelId, cumulative, *signature});
}

void RetrievalClient::fetchChunk() {
    if (m_chunk >= m_terms.chunkCount(m_size))
        return payTheRest();
    QNetworkRequest request(url(QStringLiteral("retrievals/%1/chunks/%2").arg(m_id).arg(m_chunk)));
    const quint64 chunkLength =
        m_terms.chunkEnd(m_chunk, m_size) - m_terms.chunkBegin(m_chunk, m_size);
    if (m_inChunk > 0) // the rest of a chunk that came in parts
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_inChunk) + '-' +
                                          QByteArray::number(chunkLength - 1));
    auto required = m_terms.paidBeforeChunk(m_chunk, m_size);
    if (!required)
        return finish(required.message());
    const auto voucher = voucherFor(*required);
    if (!voucher.ok())
        return finish(voucher.message());
    if (!voucher->isEmpty())
        request.setRawHeader(RetrievalServer::kVoucherHeader, *voucher);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 && status != 206)
            return;
        const QByteArray bytes = reply->readAll();
        m_bytesReceived += static_cast<quint64>(bytes.size());
        m_partReceived += static_cast<quint64>(bytes.size());
        if (m_sink)
            m_sink->write(bytes);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onChunk(reply); });
}

void RetrievalClient::onChunk(QNetworkReply* reply) {
    reply->deleteLater();
    m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const quint64 received = std::exchange(m_partReceived, 0);
    if (reply->error() != QNetworkReply::NoError || (m_lastStatus != 200 && m_lastStatus != 206))
        return fail(reply);
    const quint64 chunkLength =
        m_terms.chunkEnd(m_chunk, m_size) - m_terms.chunkBegin(m_chunk, m_size);
    quint64 from = 0;
    quint64 to = chunkLength; // one past the last byte this answer should hold
    if (m_lastStatus == 206) {
        // "bytes a-b/length"
        const QByteArray range = reply->rawHeader("Content-Range");
        const qsizetype dash = range.indexOf('-');
        const qsizetype slash = range.indexOf('/');
        bool fromOk = false;
        bool toOk = false;
        if (range.startsWith("bytes ") && dash > 6 && slash > dash) {
            from = range.mid(6, dash - 6).toULongLong(&fromOk);
            to = range.mid(dash + 1, slash - dash - 1).toULongLong(&toOk) + 1;
        }
        if (!fromOk || !toOk || from != m_inChunk || to > chunkLength || to <= from)
            return finish(QStringLiteral("chunk %1: the provider sent bytes %2 when %3 on were "
                                         "asked for")
                              .arg(m_chunk)
                              .arg(QString::fromLatin1(range))
                              .arg(m_inChunk));
    } else if (m_inChunk != 0) {
        return finish(QStringLiteral("chunk %1: the provider sent it whole when its bytes from %2 "
                                     "on were asked for")
                          .arg(m_chunk)
                          .arg(m_inChunk));
    }
    if (received != to - from)
        return finish(QStringLiteral("chunk %1 ended after %2 of %3 bytes")
                          .arg(m_chunk)
                          .arg(received)
                          .arg(to - from));
    m_inChunk = to;
    if (m_inChunk == chunkLength) {
        m_inChunk = 0;
        ++m_chunk;
    }
    fetchChunk();
}

void RetrievalClient::payTheRest() {
    auto total = m_terms.priceOf(m_size);
    if (!total)
        return finish(total.message());
    const auto voucher = voucherFor(*total);
    if (!voucher.ok())
        return finish(voucher.message());
    if (voucher->isEmpty())
        return finish(m_paid >= *total ? QString() : QStringLiteral("the client stopped paying"));
    const QList<QByteArray> parts = voucher->split(' ');
    const QJsonObject body{{QStringLiteral("cumulativeAmount"), QString::fromLatin1(parts[0])},
                           {QStringLiteral("signature"), QString::fromLatin1(parts[1])}};
    QNetworkRequest request(url(QStringLiteral("retrievals/%1/vouchers").arg(m_id)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply =
        m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError)
            return fail(reply);
        const QJsonObject status = QJsonDocument::fromJson(reply->readAll()).object();
        const QString state = status.value(QStringLiteral("state")).toString();
        finish(state == QLatin1String("completed")
                   ? QString()
                   : QStringLiteral("the provider says the retrieval is %1, not completed")
                         .arg(state));
    });
}

void RetrievalClient::fail(QNetworkReply* reply) {
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    const QString error = answer.value(QStringLiteral("error")).toString();
    finish(QStringLiteral("HTTP %1: %2")
               .arg(m_lastStatus)
               .arg(error.isEmpty() ? reply->errorString() : error));
}

void RetrievalClient::finish(const QString& error) {
    if (m_done)
        return;
    m_done = true;
    if (error.isEmpty())
        qCInfo(lcRetrievalClient).noquote() << "retrieval" << m_id << "done:" << m_bytesReceived
                                            << "bytes," << m_vouchersSent << "vouchers";
    else
        qCInfo(lcRetrievalClient).noquote() << "retrieval" << m_id << "ended:" << error;
    Q_EMIT finished(error);
}

} // namespace salesdesk
