#pragma once

#include "core/chain/deals/DealBook.h"
#include "core/chain/retrieval/VoucherCheck.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace salesdesk {

class Desk;

namespace ui {

// What the direct deals stand at: counted over the unfinished deals, paid over all of them.
struct DealTotals {
    int active = 0;
    int awaitingData = 0;     // accepted, data still to come
    UInt256 paid;             // what every deal paid the desk on chain so far
    UInt256 collateralLocked; // what the unfinished deals still hold of the desk's collateral
    UInt256 collateralLost;   // what every deal lost of the desk's collateral so far
    friend bool operator==(const DealTotals&, const DealTotals&) = default;
};

// What the retrieval channels stand at.
struct RetrievalTotals {
    int channels = 0;
    // Earned on each channel: the best voucher accepted, or what the chain says was claimed
    // when that is more (a claim of a copy the desk did not keep).
    UInt256 earned;
    UInt256 claimed;   // what the chain says was claimed
    UInt256 unclaimed; // the best vouchers above the amounts claimed: claims still owed
    friend bool operator==(const RetrievalTotals&, const RetrievalTotals&) = default;
};

// The earnings of the markets beside the open request market (direct deals and paid retrieval),
// for the screens that sum up all of them. A market that does not run has no totals.
struct MarketTotals {
    std::optional<DealTotals> deals;
    std::optional<RetrievalTotals> retrieval;
    QStringList problems; // what could not be read

    bool anyRunning() const { return deals.has_value() || retrieval.has_value(); }
    // What these markets paid on chain: deal payments and retrieval claims together (zero when
    // neither runs). Vouchers accepted and not claimed yet are not in it (the Earnings screen
    // counts the same).
    Result<UInt256> earned() const;

    // Reads the markets the desk runs now.
    static MarketTotals read(const Desk& desk);
    // The deals' totals from the unfinished deals, the sum paid by all deals and the sum they
    // lost.
    static Result<DealTotals> ofDeals(const QList<Deal>& unfinished, const UInt256& paid,
                                      const UInt256& lost = UInt256(0));
    // The same, read from the book.
    static Result<DealTotals> ofBook(const DealBook& book);
    static Result<RetrievalTotals> ofChannels(const QList<VoucherCheck::Channel>& channels);
    // What a channel's best voucher promises above what was claimed on chain (zero if nothing).
    static UInt256 unclaimedOn(const VoucherCheck::Channel& channel);
};

} // namespace ui
} // namespace salesdesk
