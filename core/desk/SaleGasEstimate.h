#pragma once

#include "core/domain/UInt256.h"

#include <QtGlobal>

namespace salesdesk {

// The gas one sale on a chain needs at the most, before an offer is made: reserveSlot, fillSlot,
// a storage proof every period of the longest request the offer takes (the most a request may ask:
// proofProbability 1), and freeSlot for the payout. The gas of each call was measured on our
// contracts on anvil by `salesdesk-bench chain-gas` (bench/ChainGasBench.cpp); a proof's gas does
// not grow with the slot. Times the node's fee per gas (eth_gasPrice, ChainWatch) it is the ETH the
// wallet must hold for one sale.
struct SaleGasEstimate {
    static constexpr quint64 kReserveSlotGas = 93'033;
    static constexpr quint64 kFillSlotGas = 176'209;
    static constexpr quint64 kSubmitProofGas = 52'615;
    static constexpr quint64 kFreeSlotGas = 71'936;

    quint64 proofs = 0;   // proofs over the duration, one per period
    quint64 gasUnits = 0; // all calls together
    UInt256 wei = 0;      // gasUnits × the fee per gas

    // For a request of `durationSeconds` on a market whose periods last `periodSeconds` (at least
    // one second), at `feePerGas` wei.
    static SaleGasEstimate of(quint64 durationSeconds, quint64 periodSeconds,
                              const UInt256& feePerGas);
};

} // namespace salesdesk
