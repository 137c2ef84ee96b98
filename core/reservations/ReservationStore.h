#pragma once

#include "core/domain/Availability.h"
#include "core/domain/Reservation.h"
#include "core/domain/Result.h"
#include "core/reservations/AvailabilityParams.h"

#include <QHash>
#include <QList>

#include <optional>

namespace salesdesk {

class Database;

// Rows of the availabilities and reservations tables, mapped to and from the domain structs.
// No rules here: Reservations decides what may change and wraps the calls in transactions.
//
// The store is the only writer of these tables (one Reservations per Database), so it keeps a
// write-through copy of them in memory: reads by id cost no query, and an operation is only its
// writes. The copy follows the connection's view, uncommitted changes included; when a transaction
// that changed data rolls back (Database::rollbackGeneration), the copy is dropped and reloaded on
// the next read. findMatching stays one indexed SQL query.
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
    Result<void> ensureLoaded();

    struct SlotKey {
        RequestId request;
        quint64 slotIndex = 0;
        friend bool operator==(const SlotKey&, const SlotKey&) = default;
        friend size_t qHash(const SlotKey& key, size_t seed = 0) {
            return qHashMulti(seed, key.request, key.slotIndex);
        }
    };

    Database& m_db;
    bool m_loaded = false;
    quint64 m_loadedGeneration = 0;
    QHash<AvailabilityId, Availability> m_availabilities;
    QHash<ReservationId, Reservation> m_reservations;
    QHash<SlotKey, ReservationId> m_reservationBySlot;
};

} // namespace salesdesk
