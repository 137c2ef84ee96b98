#pragma once

#include "core/domain/Reservation.h"
#include "core/domain/Result.h"
#include "core/market/MarketResult.h"
#include "core/sales/SaleOutcome.h"

#include <QObject>

#include <functional>
#include <optional>

namespace salesdesk {

struct SalesContext;

// After a restart, settles the reservations no running sale holds: their sale ended, or died,
// while the host was down. For each, the market says what passed between it and this host for
// the slot (Market::hostSettlement); the ledger is brought up to those figures (deposit, reward,
// collateral returned, collateral lost), the slot's data and the reservation go, and the sale
// gets a terminal state. Nothing is assumed: a slot the market cannot tell about, or that the
// host still holds, is left for the next start.
class OfflineSettlement : public QObject {
    Q_OBJECT
public:
    // Called once per settled sale, after its books are committed.
    using Settled = std::function<void(const Reservation&, const SaleOutcome&)>;

    OfflineSettlement(SalesContext& context, QObject* parent = nullptr);

    // Settles `orphans` one by one; `done` runs when every answer is in (not when this object is
    // destroyed first).
    void settle(const QList<Reservation>& orphans, Settled settled, std::function<void()> done);

private:
    void settleOne(const Reservation& r, const HostSlotSettlement& market,
                   std::optional<RequestState> requestState, const Settled& settled);
    Result<UInt256> bookLedger(const Reservation& r, const HostSlotSettlement& market);
    static SaleOutcome outcomeOf(const HostSlotSettlement& market,
                                 std::optional<RequestState> requestState);

    SalesContext& m_context;
};

} // namespace salesdesk
