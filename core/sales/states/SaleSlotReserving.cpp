#include "core/sales/states/SaleSlotReserving.h"

#include "core/domain/CrashPoint.h"
#include "core/market/Market.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SalesContext.h"
#include "core/sales/states/SaleDownloading.h"
#include "core/sales/states/SaleIgnored.h"

#include <QLoggingCategory>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcSlotReserving, "salesdesk.sales.saleslotreserving")

SaleSlotReserving::SaleSlotReserving(SalesAgent& agent)
    : ActiveSaleState(agent) {}

void SaleSlotReserving::run() {
    // A sale restarted after a crash may already hold the slot's reservation (reserveSlot
    // answered, then the process died): it goes on with it, where canReserveSlot would say no.
    context().market.holdsReservation(
        data().slotId, this, guard([this](const MarketResult<bool>& held) {
            if (!held.ok())
                return error(QStringLiteral("holdsReservation failed: ") + held.error().message);
            if (*held) {
                qCInfo(lcSlotReserving).noquote()
                    << "the slot's reservation from before a restart is ours; going on with it"
                    << describeSale(data());
                return next(std::make_unique<SaleDownloading>(agent()));
            }
            reserve();
        }));
}

void SaleSlotReserving::reserve() {
    Market& market = context().market;
    market.canReserveSlot(
        data().requestId, data().slotIndex, this, guard([this](const MarketResult<bool>& can) {
            if (!can.ok())
                return error(QStringLiteral("canReserveSlot failed: ") + can.error().message);
            if (!*can)
                return next(std::make_unique<SaleIgnored>(
                    agent(), false, QStringLiteral("the slot cannot be reserved")));
            context().market.reserveSlot(
                data().requestId, data().slotIndex, this,
                guard([this](const MarketResult<Done>& reserved) {
                    if (reserved.ok()) {
                        crashPoint("sale.reserve.afterMarket");
                        return next(std::make_unique<SaleDownloading>(agent()));
                    }
                    if (reserved.error().kind == MarketError::Kind::ReservationNotAllowed)
                        return next(std::make_unique<SaleIgnored>(agent(), false,
                                                                  reserved.error().message));
                    error(QStringLiteral("reserveSlot failed: ") + reserved.error().message);
                }));
        }));
}

} // namespace salesdesk
