#pragma once

#include "core/domain/Result.h"
#include "core/scenario/BooksCheck.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace salesdesk {

// The books of a host's data directory on a chain (salesdesk-cli host) checked against the chain,
// while no Sales Desk has the directory open (salesdesk-cli check --rpc-url): the host's database
// and its chain database are read without writing, the node only answers views and logs.
//
// The network is the one the directory is bound to (chain_network: chain id and Marketplace); the
// host is the address of the directory's wallet. The token is the one the Marketplace names.
// Violations:
// - the token moved from the host to the Marketplace (the Transfer logs from `startBlock` on, read
//   in pages: TransferTotalsReader)
//   differs from the collateral the ledger books as deposited;
// - the token moved from the Marketplace to the host differs from the payouts plus the returned
//   collateral the ledger books;
// - a slot the Marketplace lists as ours (mySlots) has no reservation.
// Transfers between the host and anyone else (funding the wallet, paying out of it) are no sale's
// and not counted, so the check holds whatever else the wallet did.
//
// An error (not a verdict) when the directory holds no host's books or chain database, is in use,
// has no wallet, or when the node does not answer or serves another chain.
class ChainBooksCheck final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString dataDirectory;
        QUrl rpcUrl;
        quint64 startBlock = 0; // the first block whose Transfer logs are read
        // The logs are read in ranges of at most this many blocks, halved while the node refuses
        // a range for its size (public nodes do above a few thousand blocks or 10,000 logs).
        quint64 maxBlockRange = 10'000;
    };
    using Done = std::function<void(Result<BooksCheck::Findings>)>;

    // `done` runs once, from the event loop.
    static void run(const Options& options, Done done);
    // Whether the directory keeps the books of a host on a chain (a chain database is in it).
    static bool isChainDirectory(const QString& dataDirectory);
};

} // namespace salesdesk
