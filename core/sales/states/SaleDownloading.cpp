#include "core/sales/states/SaleDownloading.h"

#include "core/market/Market.h"
#include "core/reservations/Reservations.h"
#include "core/sales/SaleStateHelpers.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SalesContext.h"
#include "core/sales/states/SaleInitialProving.h"

namespace salesdesk {

SaleDownloading::SaleDownloading(SalesAgent& agent)
    : ActiveSaleState(agent) {}

std::unique_ptr<SaleState> SaleDownloading::onSlotFilled() {
    return makeFilled(agent());
}

void SaleDownloading::run() {
    if (!context().hooks.onStore)
        return error(QStringLiteral("no onStore hook"));
    Market& market = context().market;
    market.slotState(
        data().slotId, this, guard([this](const MarketResult<SlotState>& slot) {
            if (!slot.ok())
                return error(QStringLiteral("slot state unknown: ") + slot.error().message);
            const bool repairing = *slot == SlotState::Repair;
            context().market.requestState(
                data().requestId, this,
                guard([this, repairing](const MarketResult<std::optional<RequestState>>& state) {
                    if (!state.ok() || !state->has_value())
                        return error(QStringLiteral("request state unknown"));
                    // Data of a running request is kept to its end; otherwise only to its expiry,
                    // so a request that never starts does not hold the space (ref. PR #1258).
                    const bool started = **state == RequestState::Started;
                    auto withExpiry = [this, repairing](const MarketResult<Timestamp>& expiry) {
                        if (!expiry.ok())
                            return error(QStringLiteral("expiry unknown: ") +
                                         expiry.error().message);
                        store(*expiry, repairing);
                    };
                    if (started)
                        context().market.requestEnd(data().requestId, this, guard(withExpiry));
                    else
                        context().market.requestExpiresAt(data().requestId, this,
                                                          guard(withExpiry));
                }));
        }));
}

void SaleDownloading::store(Timestamp expiry, bool repairing) {
    const ReservationId reservation = data().reservation->id;
    Reservations* books = &context().reservations;
    SalesHooks::OnBatch onBatch = [books, reservation](quint64 bytes) {
        return books->release(reservation, bytes);
    };
    context().hooks.onStore(*data().request, data().slotIndex, expiry, repairing,
                            std::move(onBatch), this, guard([this](Result<void> stored) {
                                if (!stored.ok())
                                    return error(QStringLiteral("download failed: ") +
                                                 stored.message());
                                next(std::make_unique<SaleInitialProving>(agent()));
                            }));
}

} // namespace salesdesk
