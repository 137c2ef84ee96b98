#include "core/simulation/RequestFunctions.h"

#include "core/simulation/LedgerErrors.h"

#include <QLoggingCategory>

#include <limits>

Q_LOGGING_CATEGORY(lcRequestFunctions, "salesdesk.simulation.requestfunctions")

namespace salesdesk {

namespace {

Error invalid(const QString& message, const char* contractError) {
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("%1 (%2)").arg(message, QLatin1String(contractError)));
}

} // namespace

Result<RequestId> RequestFunctions::requestStorage(const Address& sender,
                                                   const StorageRequest& request, Timestamp now) {
    const StorageAsk& ask = request.ask;
    if (request.client != sender)
        return invalid(QStringLiteral("the request's client %1 is not the sender %2")
                           .arg(request.client.toHex(), sender.toHex()),
                       "Marketplace_InvalidClientAddress");
    const RequestId id = request.id();
    if (m_books.request(id))
        return makeError(ErrorCode::Conflict, QStringLiteral("request %1 already exists "
                                                             "(Marketplace_RequestAlreadyExists)")
                                                  .arg(id.toHex()));
    if (request.expiry == 0 || request.expiry >= ask.duration)
        return invalid(QStringLiteral("expiry must be more than 0 and less than the duration "
                                      "(%1 s), got %2 s")
                           .arg(ask.duration)
                           .arg(request.expiry),
                       "Marketplace_InvalidExpiry");
    if (ask.slots == 0)
        return invalid(QStringLiteral("slots must be at least 1"), "Marketplace_InsufficientSlots");
    if (ask.maxSlotLoss > ask.slots)
        return invalid(QStringLiteral("maxSlotLoss (%1) must not exceed slots (%2)")
                           .arg(ask.maxSlotLoss)
                           .arg(ask.slots),
                       "Marketplace_InvalidMaxSlotLoss");
    if (ask.duration == 0)
        return invalid(QStringLiteral("duration must be at least 1 second"),
                       "Marketplace_InsufficientDuration");
    if (ask.proofProbability == 0)
        return invalid(QStringLiteral("proofProbability must be at least 1"),
                       "Marketplace_InsufficientProofProbability");
    if (ask.collateralPerByte == 0)
        return invalid(QStringLiteral("collateralPerByte must be at least 1"),
                       "Marketplace_InsufficientCollateral");
    if (ask.pricePerBytePerSecond == 0)
        return invalid(QStringLiteral("pricePerBytePerSecond must be at least 1"),
                       "Marketplace_InsufficientReward");
    if (request.content.cid.isEmpty())
        return invalid(QStringLiteral("the cid must not be empty"), "Marketplace_InvalidCid");
    if (ask.duration > m_books.config().requestDurationLimit)
        return invalid(QStringLiteral("the duration (%1 s) exceeds the marketplace's limit of "
                                      "%2 s")
                           .arg(ask.duration)
                           .arg(m_books.config().requestDurationLimit),
                       "Marketplace_DurationExceedsLimit");
    SD_TRY(request.validate());
    if (now < 0 ||
        now > std::numeric_limits<Timestamp>::max() - static_cast<Timestamp>(ask.duration))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the request would end past the end of time"));

    const UInt256 maxPrice = request.totalPrice();
    auto pulled = m_books.mutableTokens().transfer(sender, m_books.marketplace(), maxPrice);
    if (!pulled.ok())
        return makeError(ErrorCode::OutOfBounds,
                         QStringLiteral("the client cannot pay the request's price of %1 tokens: "
                                        "%2")
                             .arg(ledger::amount(maxPrice), pulled.message()));
    SimRequest r;
    r.id = id;
    r.request = request;
    r.sequence = static_cast<quint64>(m_books.requestIds().size()) + 1;
    r.state = RequestState::New;
    r.fundsToReturnToClient = maxPrice;
    r.endsAt = now + static_cast<Timestamp>(ask.duration);
    r.expiresAt = now + static_cast<Timestamp>(request.expiry);
    m_books.addRequest(r);
    m_books.touch(r);
    qCInfo(lcRequestFunctions).noquote()
        << QStringLiteral("request posted requestId=%1 client=%2 slots=%3 slotSize=%4 "
                          "duration=%5 expiresAt=%6 endsAt=%7 maxPrice=%8")
               .arg(id.toHex(), sender.toHex())
               .arg(ask.slots)
               .arg(ask.slotSize)
               .arg(ask.duration)
               .arg(r.expiresAt)
               .arg(r.endsAt)
               .arg(ledger::amount(maxPrice));
    MarketEvent event;
    event.kind = MarketEvent::Kind::StorageRequested;
    event.requestId = id;
    event.ask = ask;
    event.expiresAt = r.expiresAt;
    m_books.emitEvent(std::move(event));
    return id;
}

Result<UInt256> RequestFunctions::withdrawFunds(const Address& sender, const RequestId& id,
                                                Timestamp now) {
    SimRequest* r = m_books.mutableRequest(id);
    if (!r)
        return makeError(ErrorCode::NotFound, QStringLiteral("unknown request %1 "
                                                             "(Marketplace_UnknownRequest)")
                                                  .arg(id.toHex()));
    if (r->request.client != sender)
        return invalid(
            QStringLiteral("%1 is not the client of request %2").arg(sender.toHex(), id.toHex()),
            "Marketplace_InvalidClientAddress");
    const RequestState state = m_books.requestState(*r, now);
    if (state != RequestState::Cancelled && state != RequestState::Failed &&
        state != RequestState::Finished)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("request %1 is %2; its funds can be withdrawn once it is "
                                        "Cancelled, Failed or Finished (Marketplace_InvalidState)")
                             .arg(id.toHex(), toString(state)));
    if (r->fundsToReturnToClient == 0)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("request %1 has nothing left to withdraw "
                                        "(Marketplace_NothingToWithdraw)")
                             .arg(id.toHex()));
    UInt256 payout = r->fundsToReturnToClient;
    if (state == RequestState::Cancelled) {
        const Timestamp unused = r->endsAt - r->expiresAt;
        auto extra = uint256::checkedMul(r->request.pricePerSlotPerSecond(),
                                         UInt256(r->slotsFilled) * static_cast<quint64>(unused));
        auto total = extra.ok() ? uint256::checkedAdd(payout, *extra) : extra;
        if (!total.ok())
            return total.error();
        payout = *total;
    } else if (state == RequestState::Failed) {
        payout = r->request.totalPrice();
    }
    auto paid = m_books.mutableTokens().transfer(m_books.marketplace(), sender, payout);
    if (!paid.ok())
        return makeError(ErrorCode::OutOfBounds,
                         QStringLiteral("the marketplace cannot refund request %1: %2")
                             .arg(id.toHex(), paid.message()));
    if (state == RequestState::Cancelled || state == RequestState::Finished)
        r->state = state;
    r->fundsToReturnToClient = 0;
    m_books.touch(*r);
    qCInfo(lcRequestFunctions).noquote()
        << QStringLiteral("funds withdrawn requestId=%1 client=%2 state=%3 amount=%4")
               .arg(id.toHex(), sender.toHex(), toString(state), ledger::amount(payout));
    if (state == RequestState::Cancelled) {
        MarketEvent event;
        event.kind = MarketEvent::Kind::RequestCancelled;
        event.requestId = id;
        m_books.emitEvent(std::move(event));
    }
    return payout;
}

MarketResult<Done> RequestFunctions::failRequest(const RequestId& id, Timestamp now) {
    SimRequest* r = m_books.mutableRequest(id);
    if (!r)
        return ledger::unknownRequest(id);
    const RequestState state = m_books.requestState(*r, now);
    if (state != RequestState::New && state != RequestState::Started)
        return ledger::rejected(QStringLiteral("request %1 is %2; only a New or Started request "
                                               "can fail")
                                    .arg(id.toHex(), toString(state)));
    r->state = RequestState::Failed;
    r->endsAt = now - 1;
    m_books.touch(*r);
    qCInfo(lcRequestFunctions).noquote()
        << QStringLiteral("request failed on demand requestId=%1 was=%2")
               .arg(id.toHex(), toString(state));
    MarketEvent event;
    event.kind = MarketEvent::Kind::RequestFailed;
    event.requestId = id;
    m_books.emitEvent(std::move(event));
    return Done{};
}

Result<void> RequestFunctions::mint(const Address& to, const UInt256& amount) {
    SD_TRY(m_books.mutableTokens().mint(to, amount));
    m_books.touchMeta();
    return {};
}

} // namespace salesdesk
