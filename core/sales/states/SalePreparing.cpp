#include "core/sales/states/SalePreparing.h"

#include "core/market/Market.h"
#include "core/reservations/Reservations.h"
#include "core/sales/SaleStateHelpers.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SalesContext.h"
#include "core/sales/states/SaleIgnored.h"
#include "core/sales/states/SaleSlotReserving.h"

namespace salesdesk {

SalePreparing::SalePreparing(SalesAgent& agent)
    : ActiveSaleState(agent) {}

std::unique_ptr<SaleState> SalePreparing::onSlotFilled() {
    return makeFilled(agent());
}

void SalePreparing::run() {
    withRequest([this] {
        agent().watchForCancellation();
        // A slot that was never filled reads as Free even when its request is over (the
        // contract's slotState), so ask the request first: no reservation for a dead request.
        context().market.requestState(
            data().requestId, this,
            guard([this](const MarketResult<std::optional<RequestState>>& state) {
                if (!state.ok() || !state->has_value())
                    return error(QStringLiteral("request state unknown"));
                if (**state != RequestState::New && **state != RequestState::Started)
                    return next(std::make_unique<SaleIgnored>(
                        agent(), false, QStringLiteral("request is %1").arg(toString(**state))));
                checkSlot();
            }));
    });
}

void SalePreparing::checkSlot() {
    context().market.slotState(
        data().slotId, this, guard([this](const MarketResult<SlotState>& state) {
            if (!state.ok())
                return error(QStringLiteral("slot state unknown: ") + state.error().message);
            if (*state != SlotState::Free && *state != SlotState::Repair)
                return next(std::make_unique<SaleIgnored>(
                    agent(), false, QStringLiteral("slot is %1, not free").arg(toString(*state))));
            context().market.requestEnd(
                data().requestId, this, guard([this](const MarketResult<Timestamp>& end) {
                    if (!end.ok())
                        return error(QStringLiteral("request end unknown: ") + end.error().message);
                    reserve(*end);
                }));
        }));
}

void SalePreparing::reserve(Timestamp requestEnd) {
    const StorageAsk& ask = data().request->ask;
    SlotRequirements needs;
    needs.slotSize = ask.slotSize;
    needs.duration = ask.duration;
    needs.pricePerBytePerSecond = ask.pricePerBytePerSecond;
    needs.collateralPerByte = ask.collateralPerByte;
    needs.validUntil = requestEnd;
    Reservations& books = context().reservations;
    auto found = books.findAvailability(needs);
    if (!found.ok())
        return error(found.message());
    if (!found->has_value())
        return next(std::make_unique<SaleIgnored>(agent(), true,
                                                  QStringLiteral("no availability matches")));
    auto reservation = books.createReservation((*found)->id, data().requestId, data().slotIndex,
                                               ask.slotSize, ask.collateralPerByte, requestEnd);
    if (!reservation.ok()) {
        if (reservation.code() == ErrorCode::OutOfBounds)
            return next(std::make_unique<SaleIgnored>(agent(), true, reservation.message()));
        return error(reservation.message());
    }
    data().reservation = *reservation;
    next(std::make_unique<SaleSlotReserving>(agent()));
}

} // namespace salesdesk
