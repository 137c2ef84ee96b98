#pragma once

#include "core/domain/Availability.h"
#include "core/domain/Reservation.h"
#include "core/domain/Result.h"
#include "core/reservations/AvailabilityParams.h"
#include "core/reservations/AvailabilityRules.h"
#include "core/reservations/ReservationStore.h"

#include <QList>
#include <QObject>
#include <QRandomGenerator>

#include <optional>

namespace salesdesk {

class Database;
class Repo;

// The provider's books: what is offered (availabilities) and what is committed to slots
// (reservations), kept consistent with the repo quota. Every operation is one transaction (a
// savepoint when the caller already has one open), so a crash at any instant leaves consistent
// books; signals are emitted after the commit.
class Reservations : public QObject {
    Q_OBJECT
public:
    // `ids` draws availability and reservation ids; pass a seeded generator for reproducible runs.
    Reservations(Database& database, Repo& repo, QRandomGenerator* ids = nullptr,
                 QObject* parent = nullptr);

    // Availabilities
    // create/updateAvailability refuse what AvailabilityRules refuses, checked against
    // availabilityRuleContext in the same transaction: the first broken rule is the error
    // (AvailabilityRules::firstError). Forms check with the same rules and context.
    Result<Availability> createAvailability(const NewAvailability& params);
    Result<Availability> updateAvailability(const AvailabilityId& id,
                                            const AvailabilityChange& change);
    // What the availability rules check a new availability (no id) or an edit of `id` against, as
    // the books are now: the quota and, for an edit, the availability and the latest end of the
    // slots its reservations host.
    Result<AvailabilityRules::Context>
    availabilityRuleContext(const std::optional<AvailabilityId>& id = std::nullopt);
    // Only an availability without reservations can be removed; its bytes go back to the quota.
    Result<void> removeAvailability(const AvailabilityId& id);
    Result<Availability> availability(const AvailabilityId& id);
    Result<QList<Availability>> availabilities();
    Result<bool> availabilityExists(const AvailabilityId& id);
    // The enabled availability that can take the slot: the one with the smallest sufficient
    // freeSize, ties broken by the smallest id (best fit keeps large availabilities for large
    // slots). None when no availability qualifies. Virtual for tests only: in the app a match and
    // the createReservation that follows run in one synchronous step over the same books, so they
    // cannot disagree, and a test double is the only way to see what a sale does if they did.
    virtual Result<std::optional<Availability>>
    findAvailability(const SlotRequirements& requirements);

    // Reservations
    // Moves slotSize bytes and slotSize * collateralPerByte collateral from the availability to a
    // new reservation (no quota moves: the bytes stay reserved). Re-checks both under the
    // transaction. `market` tells who owns the reservation: a Codex sale or a direct deal.
    Result<Reservation> createReservation(const AvailabilityId& availabilityId,
                                          const RequestId& requestId, quint64 slotIndex,
                                          quint64 slotSize, const UInt256& collateralPerByte,
                                          Timestamp validUntil,
                                          ReservationMarket market = ReservationMarket::Codex);
    // `bytes` of the reservation were written as slot data: they leave the reserved quota.
    Result<void> release(const ReservationId& id, quint64 bytes);
    // Gives the bytes already written for the slot back to the availability (re-reserving them in
    // the quota; delete the slot's data first so they fit). The reservation keeps the rest.
    Result<void> returnBytesToAvailability(const ReservationId& id);
    // Ends the reservation: every byte it holds goes back to the availability, and its collateral
    // goes back to the budget except `collateralLost` (slashed or forfeited), which is recorded as
    // lost. A missing reservation is not an error (cleanup may run twice).
    Result<void> deleteReservation(const ReservationId& id, const UInt256& collateralLost = 0);
    Result<Reservation> reservation(const ReservationId& id);
    Result<std::optional<Reservation>> reservationForSlot(const RequestId& requestId,
                                                          quint64 slotIndex);
    Result<QList<Reservation>> reservations();
    Result<QList<Reservation>> reservationsOf(const AvailabilityId& availabilityId);
    Result<bool> reservationExists(const ReservationId& id);

Q_SIGNALS:
    void availabilityAdded(const salesdesk::Availability& availability);
    void availabilityChanged(const salesdesk::Availability& availability);
    void availabilityRemoved(const salesdesk::AvailabilityId& id);
    // The availability may now match slots it did not match before (created enabled, more free
    // bytes, longer duration, lower minimum price, more collateral, enabled, later or no until):
    // the slot queue wakes on it.
    void availabilityWidened(const salesdesk::Availability& availability);
    void reservationCreated(const salesdesk::Reservation& reservation);
    void reservationChanged(const salesdesk::Reservation& reservation);
    void reservationDeleted(const salesdesk::Reservation& reservation);

private:
    Result<Availability> requireAvailability(const AvailabilityId& id);
    Result<Reservation> requireReservation(const ReservationId& id);

    Database& m_db;
    Repo& m_repo;
    ReservationStore m_store;
    QRandomGenerator* m_ids;
};

} // namespace salesdesk
