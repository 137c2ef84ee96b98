#include "core/scenario/InvariantChecker.h"

#include "core/domain/Slot.h"
#include "core/engine/HostEngine.h"
#include "core/reservations/Reservations.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/simulation/SimulatedMarket.h"
#include "core/stats/Ledger.h"
#include "core/storage/Repo.h"

#include <QHash>

namespace salesdesk {

namespace {

struct AvailabilitySums {
    quint64 slotBytes = 0;
    UInt256 collateral = 0;
};

bool hasRunningAgent(const Sales& sales, const RequestId& requestId, quint64 slotIndex) {
    const SalesAgent* agent = sales.agentFor(requestId, slotIndex);
    return agent != nullptr && agent->isRunning();
}

} // namespace

InvariantChecker::InvariantChecker(UInt256 startBalance, AvailabilityNamer availabilityName,
                                   RequestNamer requestName)
    : m_startBalance(std::move(startBalance))
    , m_availabilityName(std::move(availabilityName))
    , m_requestName(std::move(requestName)) {}

QString InvariantChecker::slotName(const RequestId& requestId, quint64 slotIndex) const {
    return QStringLiteral("%1[%2]").arg(m_requestName(requestId)).arg(slotIndex);
}

Result<QStringList> InvariantChecker::checkBooks(Reservations& books, Repo& repo, Ledger& ledger,
                                                 const SimulatedMarket& market) const {
    QStringList broken;
    auto availabilities = books.availabilities();
    if (!availabilities.ok())
        return availabilities.error();
    auto reservations = books.reservations();
    if (!reservations.ok())
        return reservations.error();
    auto quota = repo.quota();
    if (!quota.ok())
        return quota.error();
    auto totals = ledger.totals();
    if (!totals.ok())
        return totals.error();

    QHash<AvailabilityId, AvailabilitySums> sums;
    quint64 reservedByReservations = 0;
    quint64 heldForReservations = 0;
    for (const Reservation& r : *reservations) {
        AvailabilitySums& s = sums[r.availabilityId];
        s.slotBytes += r.slotSize;
        auto collateral = uint256::checkedAdd(s.collateral, r.collateral);
        if (!collateral.ok())
            return collateral.error();
        s.collateral = *collateral;
        reservedByReservations += r.size;
        auto stored = repo.storedBytes(slotIdOf(r.requestId, r.slotIndex));
        if (!stored.ok())
            return stored.error();
        heldForReservations += *stored;
    }

    // 1 and 3, per availability.
    quint64 freeBytes = 0;
    for (const Availability& a : *availabilities) {
        const QString name = m_availabilityName(a.id);
        const AvailabilitySums s = sums.value(a.id);
        freeBytes += a.freeSize;
        if (a.freeSize + s.slotBytes != a.totalSize)
            broken << QStringLiteral("availability %1: freeSize + Σ slotSize of its reservations "
                                     "(%2) != totalSize (%3)")
                          .arg(name)
                          .arg(a.freeSize + s.slotBytes)
                          .arg(a.totalSize);
        auto accounted = uint256::checkedAdd(a.totalRemainingCollateral, s.collateral);
        if (accounted.ok())
            accounted = uint256::checkedAdd(*accounted, a.collateralLost);
        if (!accounted.ok() || *accounted != a.totalCollateral)
            broken << QStringLiteral("availability %1: totalRemainingCollateral + "
                                     "collateralCommitted + collateralLost (%2) != "
                                     "totalCollateral (%3)")
                          .arg(name,
                               accounted.ok() ? uint256::toDecimal(*accounted)
                                              : QStringLiteral("beyond 256 bits"),
                               uint256::toDecimal(a.totalCollateral));
        sums.remove(a.id);
    }
    QStringList orphans; // sorted: a QHash's order differs from run to run
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        orphans
            << QStringLiteral("reservations of a missing availability %1").arg(it.key().toHex());
    orphans.sort();
    broken << orphans;

    // 2: the repo.
    if (quota->reservedBytes != freeBytes + reservedByReservations)
        broken << QStringLiteral("repo: reservedBytes (%1) != Σ freeSize + Σ reservation.size (%2)")
                      .arg(quota->reservedBytes)
                      .arg(freeBytes + reservedByReservations);
    if (quota->usedBytes != heldForReservations)
        broken << QStringLiteral("repo: usedBytes (%1) != slot data held for live reservations "
                                 "(%2)")
                      .arg(quota->usedBytes)
                      .arg(heldForReservations);

    // 4: the host's balance against the ledger.
    const UInt256 balance = market.control().balanceOf(market.signer());
    auto credited = uint256::checkedAdd(balance, totals->deposited);
    auto expected = uint256::checkedAdd(m_startBalance, totals->returned);
    if (expected.ok())
        expected = uint256::checkedAdd(*expected, totals->payouts);
    if (!credited.ok() || !expected.ok() || *credited != *expected) {
        auto wanted = expected.ok() ? uint256::checkedSub(*expected, totals->deposited) : expected;
        broken << QStringLiteral("host: balance (%1) != startBalance − Σ collateralDeposited + "
                                 "Σ collateralReturned + Σ payout (%2)")
                      .arg(uint256::toDecimal(balance), wanted.ok() ? uint256::toDecimal(*wanted)
                                                                    : QStringLiteral("below zero"));
    }
    return broken;
}

Result<QStringList> InvariantChecker::checkStored(Reservations& reservations, Repo& repo,
                                                  Ledger& ledger,
                                                  const SimulatedMarket& market) const {
    auto broken = checkBooks(reservations, repo, ledger, market);
    if (!broken.ok())
        return broken;
    // 5, as far as the files tell: every slot of ours is backed by a reservation.
    for (const SlotId& id : market.control().books().mySlots(market.signer())) {
        const SimSlot* slot = market.control().books().slot(id);
        if (slot == nullptr)
            continue;
        auto reservation = reservations.reservationForSlot(slot->requestId, slot->slotIndex);
        if (!reservation.ok())
            return reservation.error();
        if (!reservation->has_value())
            *broken << QStringLiteral("mySlots: slot %1 has no reservation")
                           .arg(slotName(slot->requestId, slot->slotIndex));
    }
    return broken;
}

Result<QStringList> InvariantChecker::check(HostEngine& engine,
                                            const SimulatedMarket& market) const {
    auto books = checkBooks(engine.reservations(), engine.repo(), engine.ledger(), market);
    if (!books.ok())
        return books;
    QStringList broken = *books;
    auto reservations = engine.reservations().reservations();
    if (!reservations.ok())
        return reservations.error();

    // 5: nothing orphaned.
    const Sales& sales = engine.sales();
    for (const SlotId& id : market.control().books().mySlots(market.signer())) {
        const SimSlot* slot = market.control().books().slot(id);
        if (slot == nullptr)
            continue;
        if (!hasRunningAgent(sales, slot->requestId, slot->slotIndex))
            broken << QStringLiteral("mySlots: slot %1 has no running agent")
                          .arg(slotName(slot->requestId, slot->slotIndex));
    }
    for (const Reservation& r : *reservations) {
        if (r.market == ReservationMarket::Deal)
            continue; // a direct deal's: its runner owns it, no sale agent ever does
        if (!hasRunningAgent(sales, r.requestId, r.slotIndex))
            broken << QStringLiteral("reservation for slot %1 (availability %2) has no running "
                                     "agent")
                          .arg(slotName(r.requestId, r.slotIndex),
                               m_availabilityName(r.availabilityId));
    }
    return broken;
}

} // namespace salesdesk
