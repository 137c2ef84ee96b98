#pragma once

#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <optional>

namespace salesdesk {

class ChainHostSide;
class Ledger;

// The books against the chain, at a glance: the token the host's account sent to the Marketplace
// and received from it as the chain has it (the TokenTransferFollower's transfers, followed since
// the data directory was bound to the network, from the Marketplace's deployment block), against
// what the ledger books: deposits out, payouts and returned collateral in. Transfers with anyone
// else (funding the wallet, withdrawals) are no sale's and not counted.
struct ChainBooks {
    UInt256 chainOut = 0;  // to the Marketplace, on chain
    UInt256 chainIn = 0;   // from the Marketplace, on chain
    UInt256 ledgerOut = 0; // collateral deposited, in the ledger
    UInt256 ledgerIn = 0;  // payouts and collateral returned, in the ledger
    quint64 sinceBlock = 0;
    std::optional<quint64> readUpTo; // the last block the follower read (none before the first)

    bool agree() const { return chainOut == ledgerOut && chainIn == ledgerIn; }

    static Result<ChainBooks> read(const ChainHostSide& side, const Ledger& ledger);
};

} // namespace salesdesk
