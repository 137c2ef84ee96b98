// EarningsSeries: bucket size for the span, aligned periods, totals and net.
#include "tests/support/TestSupport.h"
#include "ui/earnings/EarningsSeries.h"

#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {

constexpr Timestamp kMonday = 1'760'313'600; // 2025-10-13T00:00:00Z, a Monday

LedgerEntry entry(Timestamp at, LedgerKind kind, quint64 amount) {
    LedgerEntry e;
    e.at = at;
    e.kind = kind;
    e.amount = amount;
    return e;
}

} // namespace

class TestEarningsSeries : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void picksTheBucketSizeForTheSpan() {
        QCOMPARE(EarningsSeries::bucketSizeFor(0), EarningsSeries::BucketSize::Hour);
        QCOMPARE(EarningsSeries::bucketSizeFor(23 * 3600), EarningsSeries::BucketSize::Hour);
        QCOMPARE(EarningsSeries::bucketSizeFor(24 * 3600), EarningsSeries::BucketSize::Day);
        QCOMPARE(EarningsSeries::bucketSizeFor(34 * 86400), EarningsSeries::BucketSize::Day);
        QCOMPARE(EarningsSeries::bucketSizeFor(35 * 86400), EarningsSeries::BucketSize::Week);
    }

    void sumsPerHourIncludingEmptyHours() {
        const EarningsSeries s = EarningsSeries::build({
            entry(kMonday + 3 * 3600 + 10, LedgerKind::Payout, 5),
            entry(kMonday + 3 * 3600 + 3599, LedgerKind::CollateralReturned, 7),
            entry(kMonday + 5 * 3600, LedgerKind::CollateralLost, 2),
            entry(kMonday + 5 * 3600 + 1, LedgerKind::CollateralDeposited, 9),
        });
        QCOMPARE(s.bucketSize(), EarningsSeries::BucketSize::Hour);
        QCOMPARE(s.buckets().size(), 3);
        QCOMPARE(s.buckets().at(0).start, kMonday + 3 * 3600);
        QCOMPARE(s.buckets().at(0).totals.payouts, UInt256(5));
        QCOMPARE(s.buckets().at(0).totals.returned, UInt256(7));
        QCOMPARE(s.buckets().at(1).totals, LedgerTotals{});
        QCOMPARE(s.buckets().at(2).totals.lost, UInt256(2));
        QCOMPARE(s.buckets().at(2).totals.deposited, UInt256(9));
        QCOMPARE(s.totals(), (LedgerTotals{9, 7, 5, 2}));
        QVERIFY(!s.netIsNegative());
        QCOMPARE(s.netMagnitude(), UInt256(3));
    }

    void weeksStartOnMondayAndNetCanBeNegative() {
        const EarningsSeries s = EarningsSeries::build({
            entry(kMonday + 86400 * 2, LedgerKind::CollateralLost, 10), // Wednesday
            entry(kMonday + 86400 * 50, LedgerKind::Payout, 4),
        });
        QCOMPARE(s.bucketSize(), EarningsSeries::BucketSize::Week);
        QCOMPARE(s.buckets().first().start, kMonday);
        QCOMPARE(s.buckets().size(), 8); // days 0..55
        QVERIFY(s.netIsNegative());
        QCOMPARE(s.netMagnitude(), UInt256(6));
    }

    void daysFollowTheLocalMidnight() {
        // Two hours east of UTC: the local day starts at 22:00 UTC.
        const EarningsSeries s =
            EarningsSeries::build({entry(kMonday - 3600, LedgerKind::Payout, 1),
                                   entry(kMonday + 86400 * 3, LedgerKind::Payout, 1)},
                                  2 * 3600);
        QCOMPARE(s.bucketSize(), EarningsSeries::BucketSize::Day);
        QCOMPARE(s.buckets().first().start, kMonday - 2 * 3600);
        QCOMPARE(s.buckets().first().totals.payouts, UInt256(1));
    }

    void noEntriesNoBuckets() {
        const EarningsSeries s = EarningsSeries::build({});
        QVERIFY(s.buckets().isEmpty());
        QCOMPARE(s.netMagnitude(), UInt256(0));
    }
};

QTEST_GUILESS_MAIN(TestEarningsSeries)
#include "tst_earningsseries.moc"
