#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"
#include "core/market/MarketConfig.h"

#include <QtGlobal>

namespace salesdesk {

// The Periods and Proofs contracts' timing, with one block per second (block number = unix
// time), so the pointer moves like on a chain with 1 s blocks (docs/market-rules.md):
//   period(t)        = t / periodSeconds
//   pointer(id, t)   = (t % 256 + (period(t) * downtimeProduct) % 256 + uint(id) % 256) % 256
//   challenge(id, p) = keccak256(abi.encode(id, uint64 p))   -- stable for the whole period
//   selected(c, q)   = q == 0 || uint(c) % q == 0            -- a proof is due, probability 1/q
// The contract takes its challenge from a block hash, which changes when the pointer wraps; the
// simulation keeps one challenge per period, so a proof made any time in the period verifies.
class ProofSchedule {
public:
    explicit ProofSchedule(const MarketConfig& config)
        : m_config(config) {}

    quint64 periodOf(Timestamp t) const;
    Timestamp periodStart(quint64 period) const;
    // The first second of the next period.
    Timestamp periodEnd(quint64 period) const;

    quint8 pointer(const SlotId& id, Timestamp now) const;
    bool inDowntime(const SlotId& id, Timestamp now) const {
        return pointer(id, now) < m_config.downtime;
    }

    static Hash32 challenge(const SlotId& id, quint64 period);
    static bool selects(const Hash32& challenge, const UInt256& proofProbability);

private:
    MarketConfig m_config;
};

} // namespace salesdesk
