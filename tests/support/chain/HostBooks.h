#pragma once

#include "core/chain/market/TokenTransferFollower.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"
#include "core/stats/LedgerEntry.h"

#include <QString>
#include <QStringList>

namespace salesdesk::test {

// The ledger's entries summed: what left the host (deposits) and what came in (payouts and
// returned collateral), and how many of each kind.
struct LedgerMovements {
    UInt256 in = 0;
    UInt256 out = 0;
    int deposits = 0;
    int payouts = 0;
    int returned = 0;
    int lost = 0;
};
LedgerMovements ledgerMovements(const QList<LedgerEntry>& entries);

// What a host's data directory says once its runs are over, read without writing: the ledger's
// movements, the token transfers its follower stored, where the two disagree, the reservations
// still held, and whether every availability is whole again (all its space free, all its
// collateral back).
struct HostBooks {
    LedgerMovements moved;
    TokenTransferFollower::Totals followed;
    QStringList disagreements;
    qsizetype reservationsHeld = 0;
    qsizetype availabilities = 0;
    bool everyAvailabilityWhole = false;
};
Result<HostBooks> readHostBooks(const QString& dataDirectory, const Address& host,
                                const Address& marketplace);

// The token transfers between `host` and `marketplace` that the host's follower stored in
// `dataDirectory`'s chain database, read without writing.
Result<TokenTransferFollower::Totals>
followedTransfers(const QString& dataDirectory, const Address& host, const Address& marketplace);

} // namespace salesdesk::test
