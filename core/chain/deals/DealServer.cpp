#include "core/chain/deals/DealServer.h"

#include "core/chain/client/HttpAnswers.h"
#include "core/chain/client/LowDelayTcpServer.h"
#include "core/chain/deals/DealRunner.h"
#include "core/domain/CrashPoint.h"
#include "core/reservations/Reservations.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcDealServer, "salesdesk.deals.server", QtInfoMsg)

namespace {

using http::answerError;
using http::answerJson;
using http::StatusCode;
using Method = QHttpServerRequest::Method;

void answerFailure(QHttpServerResponder& responder, const Error& error) {
    http::answerFailure(responder, error, lcDealServer());
}

// A deal's data stays this long after its end, for the last period's report window; the deal's
// close deletes it earlier.
constexpr qint64 kDataGraceSeconds = 24 * 3600;

Result<Hash32> dealIdOf(const QString& text) {
    auto id = Hash32::fromHex(text);
    if (!id)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the deal id: %1").arg(id.message()));
    return id;
}

Result<Signature> signatureOf(const QJsonObject& body) {
    const QJsonValue value = body.value(QStringLiteral("signature"));
    if (!value.isString())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"signature\" is missing or not a string"));
    auto signature = signatureFromHex(value.toString());
    if (!signature.ok())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("\"signature\": %1").arg(signature.message()));
    return signature;
}

} // namespace

DealServer::DealServer(Config config, Database& database, DealBook& book,
                       Reservations& reservations, Repo& repo, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_db(database)
    , m_book(book)
    , m_reservations(reservations)
    , m_repo(repo)
    , m_clock(clock)
    , m_server(std::make_unique<QHttpServer>())
    , m_admission(clock, m_config.maxBodyBytes, m_config.requestsPerSecondPerAddress) {
    publishAsk();
    m_server->route(QStringLiteral("/salesdesk/v1/deals/ask"),
                    [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                        if (!m_admission.admit(request, responder))
                            return;
                        if (request.method() != Method::Get)
                            return answerError(responder, StatusCode::MethodNotAllowed,
                                               QStringLiteral("only GET"));
                        answerAsk(responder);
                    });
    m_server->route(QStringLiteral("/salesdesk/v1/deals"),
                    [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                        if (!m_admission.admit(request, responder))
                            return;
                        if (request.method() != Method::Post)
                            return answerError(responder, StatusCode::MethodNotAllowed,
                                               QStringLiteral("only POST"));
                        propose(request, responder);
                    });
    m_server->route(QStringLiteral("/salesdesk/v1/deals/<arg>"),
                    [this](const QString& id, const QHttpServerRequest& request,
                           QHttpServerResponder&& responder) {
                        if (!m_admission.admit(request, responder))
                            return;
                        if (request.method() != Method::Get)
                            return answerError(responder, StatusCode::MethodNotAllowed,
                                               QStringLiteral("only GET"));
                        answerDeal(id, responder);
                    });
    m_server->route(QStringLiteral("/salesdesk/v1/deals/<arg>/data"),
                    [this](const QString& id, const QHttpServerRequest& request,
                           QHttpServerResponder&& responder) {
                        if (!m_admission.admit(request, responder))
                            return;
                        if (request.method() != Method::Put)
                            return answerError(responder, StatusCode::MethodNotAllowed,
                                               QStringLiteral("only PUT"));
                        push(id, request, responder);
                    });
}

DealServer::~DealServer() = default;

void DealServer::setAsk(const DealAsk& ask) {
    m_config.ask = ask;
    publishAsk();
}

void DealServer::publishAsk() {
    auto signedAsk =
        SignedDealAsk::sign(m_config.ask, m_config.provider, m_config.domain, m_config.signAsk);
    if (!signedAsk.ok()) {
        m_signedAsk.reset();
        qCWarning(lcDealServer).noquote()
            << "the ask goes out unsigned, so clients that check refuse it:" << signedAsk.message();
        return;
    }
    m_signedAsk = std::move(signedAsk).value();
}

Result<quint16> DealServer::listen(const QHostAddress& address, quint16 port) {
    SD_TRY_ASSIGN(m_baseUrl, LowDelayTcpServer::serve(*m_server, address, port));
    qCInfo(lcDealServer).noquote() << "direct deals taken at" << m_baseUrl.toString();
    return static_cast<quint16>(m_baseUrl.port());
}

QJsonObject DealServer::status(const Deal& deal) {
    return QJsonObject{
        {QStringLiteral("dealId"), deal.id.toHex()},
        {QStringLiteral("state"), Deal::stateName(deal.state)},
        {QStringLiteral("reason"), deal.reason},
        {QStringLiteral("size"), QString::number(deal.proposal.size)},
        {QStringLiteral("bytesReceived"), QString::number(deal.bytesReceived)},
        {QStringLiteral("proofsSubmitted"), QString::number(deal.proofsSubmitted)},
        {QStringLiteral("missedProofs"), QString::number(deal.missedProofs)},
        {QStringLiteral("paid"), uint256::toDecimal(deal.paid)},
        {QStringLiteral("collateralLeft"), uint256::toDecimal(deal.collateralLeft)},
    };
}

void DealServer::answerAsk(QHttpServerResponder& responder) const {
    // The signed part ("ask", "signer", "signature") and beside it the domain it was signed in.
    QJsonObject answer = m_signedAsk ? m_signedAsk->toJson()
                                     : QJsonObject{{QStringLiteral("ask"), m_config.ask.toJson()}};
    answer.insert(QStringLiteral("acceptingDeals"), m_config.rules.acceptDeals);
    answer.insert(QStringLiteral("provider"), m_config.provider.toHex());
    answer.insert(QStringLiteral("contract"), m_config.domain.verifyingContract.toHex());
    answer.insert(QStringLiteral("chainId"), QString::number(m_config.domain.chainId));
    answerJson(responder, StatusCode::Ok, answer);
}

Result<DealServer::Submission> DealServer::submit(const DealProposal& proposal,
                                                  const Signature& signature) {
    const Hash32 id = proposal.digest(m_config.domain);
    DealAcceptance::Context context;
    context.domain = m_config.domain;
    context.provider = m_config.provider;
    context.now = m_clock.now();
    // The escrow balances are not known here (context.clientEscrow and providerEscrow stay
    // empty): they are read from the chain after the acceptance (DealRunner), and the contract
    // checks them again when the deal is published.
    SD_TRY_ASSIGN(context.clientTransfers, m_book.transfersOf(proposal.client));
    const auto known = m_book.find(id);
    if (!known.ok() && known.code() != ErrorCode::NotFound)
        return known.error();
    // The same signed proposal again (a client resuming after a broken connection): the deal
    // as it stands, so the client goes on from there.
    if (known.ok() && known->clientSignature == signature)
        return Submission{DealAcceptance::Verdict{}, *known, true};
    context.known = known.ok();
    SlotRequirements requirements;
    requirements.slotSize = proposal.size;
    requirements.duration = proposal.duration();
    requirements.pricePerBytePerSecond =
        proposal.size == 0 ? UInt256(0) : proposal.pricePerSecond / UInt256(proposal.size);
    requirements.collateralPerByte = 0; // the deal's collateral is locked in the contract
    requirements.validUntil = proposal.end;
    SD_TRY_DECLARE(availability, m_reservations.findAvailability(requirements));
    context.storageAvailable = availability.has_value();

    Submission submission;
    submission.verdict =
        DealAcceptance::check(proposal, signature, m_config.ask, m_config.rules, context);
    if (!submission.verdict.accepted()) {
        qCInfo(lcDealServer).noquote()
            << "deal" << id.toHex() << "of client" << proposal.client.toHex()
            << "refused:" << submission.verdict.reason;
        return submission;
    }
    // The bytes leave the availability in the transaction that records the deal.
    SD_TRY_DECLARE(tx, m_db.begin());
    SD_TRY_DECLARE(reservation,
                   m_reservations.createReservation(
                       availability->id, RequestId::fromBytes(id.toByteArray()), 0, proposal.size,
                       UInt256(0), proposal.end, ReservationMarket::Deal));
    SD_TRY_ASSIGN(submission.deal,
                  m_book.create(m_config.domain.chainId, m_config.domain.verifyingContract,
                                proposal, signature, reservation.id, m_clock.now()));
    SD_TRY(tx.commit());
    Q_EMIT dealChanged(id);
    return submission;
}

Result<Deal> DealServer::receive(const Hash32& id, quint64 offset, QByteArrayView bytes) {
    SD_TRY_DECLARE(deal, m_book.find(id));
    if (!deal.transferring())
        return makeError(ErrorCode::Conflict, QStringLiteral("deal %1 takes no data: it is %2")
                                                  .arg(id.toHex(), Deal::stateName(deal.state)));
    if (offset != deal.bytesReceived)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the data continues at offset %1, not %2")
                             .arg(deal.bytesReceived)
                             .arg(offset));
    const quint64 size = deal.proposal.size;
    if (static_cast<quint64>(bytes.size()) > size - offset)
        return makeError(ErrorCode::OutOfBounds,
                         QStringLiteral("the data has %1 bytes; %2 more from offset %3 is too much")
                             .arg(size)
                             .arg(bytes.size())
                             .arg(offset));
    if (bytes.isEmpty())
        return deal;
    if (!deal.reservation)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("deal %1 holds no storage").arg(id.toHex()));
    const SlotId slot = DealRunner::dataSlot(id);
    SD_TRY(m_repo.slotDataFiles().append(slot, offset, bytes));
    crashPoint("deal.receive.afterWrite");
    const quint64 count = static_cast<quint64>(bytes.size());
    const Timestamp now = m_clock.now();
    Deal updated;
    SD_TRY(m_repo.recordWrittenSlotData(
        slot, offset, count, static_cast<Timestamp>(deal.proposal.end) + kDataGraceSeconds,
        [&] { return recordBytes(deal, offset, count, now, updated); }));
    crashPoint("deal.receive.afterRecord");
    Q_EMIT dealChanged(id);
    if (updated.state == Deal::State::Verifying && m_dataComplete)
        m_dataComplete(id);
    return updated;
}

Result<void> DealServer::recordBytes(const Deal& deal, quint64 offset, quint64 count, Timestamp now,
                                     Deal& updated) {
    SD_TRY(m_reservations.release(*deal.reservation, count));
    SD_TRY_ASSIGN(updated, m_book.recordReceived(deal.id, offset + count, now));
    if (updated.bytesReceived == deal.proposal.size)
        SD_TRY_ASSIGN(updated, m_book.moveTo(deal.id, Deal::State::Verifying, now));
    return {};
}

void DealServer::propose(const QHttpServerRequest& request, QHttpServerResponder& responder) {
    auto body = http::jsonBody(request);
    if (!body)
        return answerFailure(responder, body.error());
    const QJsonValue proposalJson = body->value(QStringLiteral("proposal"));
    if (!proposalJson.isObject())
        return answerError(responder, StatusCode::BadRequest,
                           QStringLiteral("\"proposal\" is missing or not an object"));
    auto proposal = DealProposal::fromJson(proposalJson.toObject());
    if (!proposal)
        return answerFailure(responder, proposal.error());
    auto signature = signatureOf(*body);
    if (!signature)
        return answerFailure(responder, signature.error());
    auto submitted = submit(*proposal, *signature);
    if (!submitted)
        return answerFailure(responder, submitted.error());
    if (!submitted->verdict.accepted())
        return answerError(
            responder, StatusCode::UnprocessableEntity, submitted->verdict.reason,
            {{QStringLiteral("refusal"), DealAcceptance::refusalName(submitted->verdict.refusal)},
             {QStringLiteral("dealId"), proposal->digest(m_config.domain).toHex()}});
    answerJson(responder, submitted->existing ? StatusCode::Ok : StatusCode::Created,
               status(*submitted->deal));
}

void DealServer::answerDeal(const QString& text, QHttpServerResponder& responder) {
    auto id = dealIdOf(text);
    if (!id)
        return answerFailure(responder, id.error());
    auto deal = m_book.find(*id);
    if (!deal)
        return answerFailure(responder, deal.error());
    answerJson(responder, StatusCode::Ok, status(*deal));
}

void DealServer::push(const QString& text, const QHttpServerRequest& request,
                      QHttpServerResponder& responder) {
    auto id = dealIdOf(text);
    if (!id)
        return answerFailure(responder, id.error());
    bool ok = false;
    const quint64 offset =
        QUrlQuery(request.url()).queryItemValue(QStringLiteral("offset")).toULongLong(&ok);
    if (!ok)
        return answerError(responder, StatusCode::BadRequest,
                           QStringLiteral("the query must name the offset: ?offset=<bytes>"));
    auto received = receive(*id, offset, request.body());
    if (!received) {
        if (received.code() == ErrorCode::Conflict)
            if (auto deal = m_book.find(*id); deal.ok())
                return answerError(
                    responder, StatusCode::Conflict, received.message(),
                    {{QStringLiteral("expected"), QString::number(deal->bytesReceived)}});
        return answerFailure(responder, received.error());
    }
    answerJson(responder, StatusCode::Ok, status(*received));
}

} // namespace salesdesk
