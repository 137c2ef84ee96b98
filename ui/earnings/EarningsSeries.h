#pragma once

#include "core/clock/Clock.h"
#include "core/stats/Ledger.h"
#include "core/stats/LedgerEntry.h"

#include <QList>

namespace salesdesk::ui {

// The ledger summed per period for the earnings chart, and in total. Net earnings are payouts
// minus collateral lost: a deposit that comes back is neither won nor lost.
class EarningsSeries {
public:
    enum class BucketSize { Hour, Day, Week };

    struct Bucket {
        Timestamp start = 0;
        LedgerTotals totals;
    };

    // Hours up to a day of history, days up to five weeks, weeks beyond: at most a few dozen
    // bars for the spans a provider looks at.
    static BucketSize bucketSizeFor(qint64 spanSeconds);
    static qint64 seconds(BucketSize size);

    // `entries` in any order. Buckets are aligned to hours, midnights and Mondays of the time zone
    // `utcOffsetSeconds` east of UTC; every period between the first and the last entry is
    // included (empty ones too), oldest first.
    static EarningsSeries build(const QList<LedgerEntry>& entries, int utcOffsetSeconds = 0);

    BucketSize bucketSize() const { return m_bucketSize; }
    const QList<Bucket>& buckets() const { return m_buckets; }
    const LedgerTotals& totals() const { return m_totals; }
    // Net earnings (payouts - lost) and whether they are below zero.
    UInt256 netMagnitude() const;
    bool netIsNegative() const { return m_totals.lost > m_totals.payouts; }

private:
    BucketSize m_bucketSize = BucketSize::Hour;
    QList<Bucket> m_buckets;
    LedgerTotals m_totals;
};

} // namespace salesdesk::ui
