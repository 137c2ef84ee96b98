#pragma once

#include "core/clock/Clock.h"
#include "core/desk/MarketEarningsReader.h"
#include "core/stats/Ledger.h"
#include "core/stats/LedgerEntry.h"

#include <QList>

namespace salesdesk::ui {

// The ledger, and what the direct deals and paid retrieval paid (and the deals' collateral lost),
// summed per period for the earnings chart, and in total. Net earnings are payouts minus collateral
// lost: a deposit that comes back is neither won nor lost.
class EarningsSeries {
public:
    enum class BucketSize { Hour, Day, Week };

    struct Bucket {
        Timestamp start = 0;
        LedgerTotals totals; // the slot sales
        UInt256 deals;       // direct deals' payments
        UInt256 dealsLost;   // direct deals' collateral lost
        UInt256 retrieval;   // retrieval channels' claims
        // Collateral lost in all markets: the slot sales' and the direct deals'.
        UInt256 lost() const { return totals.lost + dealsLost; }
    };

    // Hours up to a day of history, days up to five weeks, weeks beyond: at most a few dozen
    // bars for the spans a provider looks at.
    static BucketSize bucketSizeFor(qint64 spanSeconds);
    static qint64 seconds(BucketSize size);

    // `entries` in any order. Buckets are aligned to hours, midnights and Mondays of the time zone
    // `utcOffsetSeconds` east of UTC; every period between the first and the last entry is
    // included (empty ones too), oldest first.
    static EarningsSeries build(const QList<LedgerEntry>& entries, int utcOffsetSeconds = 0);
    // The same with the other markets' earnings (in any order). One dated 0 (when it was paid is
    // not known) counts in the totals only.
    static EarningsSeries build(const QList<LedgerEntry>& entries,
                                const QList<MarketEarning>& earnings, int utcOffsetSeconds);

    BucketSize bucketSize() const { return m_bucketSize; }
    const QList<Bucket>& buckets() const { return m_buckets; }
    const LedgerTotals& totals() const { return m_totals; }
    const UInt256& dealsTotal() const { return m_deals; }
    const UInt256& dealsLostTotal() const { return m_dealsLost; }
    const UInt256& retrievalTotal() const { return m_retrieval; }
    // Net earnings (payouts - lost) and whether they are below zero.
    UInt256 netMagnitude() const;
    bool netIsNegative() const { return m_totals.lost > m_totals.payouts; }

private:
    BucketSize m_bucketSize = BucketSize::Hour;
    QList<Bucket> m_buckets;
    LedgerTotals m_totals;
    UInt256 m_deals;
    UInt256 m_dealsLost;
    UInt256 m_retrieval;
};

} // namespace salesdesk::ui
