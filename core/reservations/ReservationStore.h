#pragma once

#include "domain/Availability.h"
#include "domain/Reservation.h"
#include "domain/Result.h"
#include "reservations/AvailabilityParams.h"

#include <QList>

#include <optional>

namespace salesdesk {

class Database;

// Rows of the availabilities and reservations tables, mapped to and from the domain structs.
// No rules here: Reservations decides what may change and wraps the calls in transactions.
class ReservationStore {
public:
    explicit ReservationStore(Database& database);

    Result<std::optional<Availability>> findAvailability(const AvailabilityId& id);
    Result<QList<Availability>> availabilities();
    Result<void> insertAvailability(const Availability& availability);
    Result<void> updateAvailability(const Availability& availability);
    Result<void> deleteAvailability(const AvailabilityId& id);
    // The enabled availability with the smallest sufficient freeSize (then the smallest id) that
    // satisfies every requirement; one indexed query.
    Result<std::optional<Availability>> findMatching(const SlotRequirements& requirements);

    Result<std::optional<Reservation>> findReservation(const ReservationId& id);
    Result<std::optional<Reservation>> findReservationForSlot(const RequestId& request,
                                                              quint64 slotIndex);
    Result<QList<Reservation>> reservations();
    Result<QList<Reservation>> reservationsOf(const AvailabilityId& availability);
    Result<qint64> reservationCount(const AvailabilityId& availability);
    // 0 when the availability has no reservations.
    Result<Timestamp> latestValidUntil(const AvailabilityId& availability);
    Result<void> insertReservation(const Reservation& reservation);
    Result<void> updateReservationSizes(const Reservation& reservation);
    Result<void> deleteReservation(const ReservationId& id);

private:
    Database& m_db;
};

} // namespace salesdesk
