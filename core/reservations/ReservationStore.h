#pragma once

#include "core/domain/Availability.h"
#include "core/domain/Reservation.h"
#include "core/domain/Result.h"
#include "core/reservations/AvailabilityParams.h"

#include <QHash>
#include <QList>

#include <optional>
#include <set>
#include <utility>

namespace salesdesk {

class Database;

// Rows of the availabilities and reservations tables, mapped to and from the domain structs.
// No rules here: Reservations decides what may change and wraps the calls in transactions.
//
// The store is the only writer of these tables (one Reservations per Database), so it keeps a
// write-through copy of them in memory: reads by id cost no query, and an operation is only its
// writes. The copy follows the connection's view, uncommitted changes included; when a transaction
// that changed data rolls back (Database::rollbackGeneration), the copy is dropped and reloaded on
// the next read. findMatching walks an ordered index of the enabled availabilities kept in memory
// too, so no index in the database needs a page written whenever a free size changes.
class ReservationStore {
public:
    explicit ReservationStore(Database& database);

    Result<std::optional<Availability>> findAvailability(const AvailabilityId& id);
    Result<QList<Availability>> availabilities();
    Result<void> insertAvailability(const Availability& availability);
    Result<void> updateAvailability(const Availability& availability);
    Result<void> deleteAvailability(const AvailabilityId& id);
    // The enabled availability with the smallest sufficient freeSize (then the smallest id) that
    // satisfies every requirement: walks the in-memory (freeSize, id) order from the slot's size
    // up and stops at the first that passes the other tests.
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
    // Keeps m_matchOrder in step with m_availabilities: call with the row as it was before a
    // change (unlisted) and as it is after (listed).
    void unlistForMatching(const Availability& availability);
    void listForMatching(const Availability& availability);

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
    // The enabled availabilities by (freeSize, id), the best fit's order.
    std::set<std::pair<quint64, AvailabilityId>> m_matchOrder;
    QHash<ReservationId, Reservation> m_reservations;
    QHash<SlotKey, ReservationId> m_reservationBySlot;
};

} // namespace salesdesk
