#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QList>

#include <optional>

namespace salesdesk {

class MarketLedger;

// The other storage providers on the simulated marketplace (the scenario's othersReserve and
// othersFill): hosts 0, 1, 2, … with fixed addresses, going through the same contract functions
// as our host, with valid proofs from SlotDataGenerator. They are funded on demand (the
// collateral they lack is minted to them first) and never miss a proof (the simulated validator
// only watches our host).
class CompetingHosts {
public:
    explicit CompetingHosts(MarketLedger& ledger, const Address& excluded);

    // Address of competing host `index`: keccak256("salesdesk.simulated.other-host.<index>").
    static Address address(quint64 index);
    bool isCompetingHost(const Address& address) const;

    // Up to `count` competing hosts that have not reserved the slot yet reserve it, while the
    // contract allows (SlotReservationsFull when the slot is full). Returns how many did.
    Result<quint64> reserve(const RequestId& id, quint64 slotIndex, quint64 count, Timestamp now);

    // For each slot still Free or Repair: a competing host that has reserved it (or a new one
    // that reserves it now) fills it. Returns the slot indices that were filled; a slot that
    // cannot be taken (filled, full of other reservations, request over) is skipped.
    Result<QList<quint64>> fill(const RequestId& id, const QList<quint64>& slotIndices,
                                Timestamp now);

private:
    // The first competing host with a reservation on the slot, else a new one that reserved it.
    std::optional<Address> reserverFor(const RequestId& id, quint64 slotIndex, Timestamp now);

    MarketLedger& m_ledger;
    Address m_excluded; // our host: never used as a competing host
};

} // namespace salesdesk
