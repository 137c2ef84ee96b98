#pragma once

#include "core/chain/deals/DealBook.h"
#include "core/chain/retrieval/VoucherBook.h"
#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QList>
#include <QStringList>

#include <limits>

namespace salesdesk {

class Desk;

// One movement of the provider's money in a market beside the open request market, dated when the
// desk first heard of it: a direct deal's payment by the DirectDeals contract (a settlement or
// close) or a claim of a retrieval channel's voucher (Paid); or collateral of a direct deal the
// provider lost (CollateralLost: a missed proof's slash, a slashed deal, a missed activation).
struct MarketEarning {
    enum class Market { DirectDeals, PaidRetrieval };
    enum class Kind { Paid, CollateralLost };

    Market market = Market::DirectDeals;
    Timestamp at = 0;
    Hash32 source; // the deal's id, or the channel's
    UInt256 amount;
    Kind kind = Kind::Paid;
    friend bool operator==(const MarketEarning&, const MarketEarning&) = default;
};

// When the direct deals and the paid retrieval paid, and when a deal's collateral was lost, for
// the Earnings screen's chart and export: read off their books (DealBook::payments and
// collateralLosses, VoucherBook::claims) for a window of time. Each read
// is one indexed query per market over the payments in the window (a few rows per deal or
// channel), cheap enough for the GUI thread at the screen's batched refreshes.
class MarketEarningsReader {
public:
    static constexpr Timestamp kEndOfTime = std::numeric_limits<qint64>::max();

    struct Read {
        bool dealsRunning = false;
        bool retrievalRunning = false;
        // Oldest first (same time: deals' payments, deals' losses, then claims; then by id).
        QList<MarketEarning> earnings;
        QStringList problems; // what could not be read, one line per market
    };

    // The payments and losses dated in [since, until) of the markets the desk runs now.
    static Read read(const Desk& desk, Timestamp since, Timestamp until = kEndOfTime);
    // The same from the books themselves (null: that market does not run); the retrieval claims
    // are those on the channels of `channels` on `chainId`.
    static Read read(const DealBook* deals, const VoucherBook* vouchers, quint64 chainId,
                     const Address& channels, Timestamp since, Timestamp until = kEndOfTime);
    // What `market` was paid (or, with CollateralLost, lost) in `earnings`; an error if the sum
    // overflows.
    static Result<UInt256> total(const QList<MarketEarning>& earnings, MarketEarning::Market market,
                                 MarketEarning::Kind kind = MarketEarning::Kind::Paid);
};

} // namespace salesdesk
