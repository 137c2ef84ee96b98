// EarningsSeries: bucket size for the span, aligned periods, totals and net; the other markets'
// payments in their own columns of the periods.
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

MarketEarning earning(MarketEarning::Market market, Timestamp at, quint64 amount) {
    return MarketEarning{market, at, Hash32::fromBytes(QByteArray(32, '\x05')), UInt256(amount)};
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

    // A deal's payment and a retrieval claim count in their period beside the ledger's payouts,
    // and stretch the periods shown past the ledger's; one with no date counts in the totals only.
    void otherMarketsCountInTheirOwnColumns() {
        using Market = MarketEarning::Market;
        const EarningsSeries s =
            EarningsSeries::build({entry(kMonday + 3 * 3600 + 10, LedgerKind::Payout, 5)},
                                  {earning(Market::DirectDeals, kMonday + 3 * 3600 + 20, 11),
                                   earning(Market::PaidRetrieval, kMonday + 1 * 3600, 3),
                                   earning(Market::PaidRetrieval, kMonday + 3 * 3600 + 30, 4),
                                   earning(Market::DirectDeals, kMonday + 6 * 3600, 13),
                                   earning(Market::PaidRetrieval, 0, 100)},
                                  0);
        QCOMPARE(s.bucketSize(), EarningsSeries::BucketSize::Hour);
        QCOMPARE(s.buckets().size(), 6); // 01:00 to 06:00
        QCOMPARE(s.buckets().at(0).start, kMonday + 3600);
        QCOMPARE(s.buckets().at(0).retrieval, UInt256(3));
        QCOMPARE(s.buckets().at(0).deals, UInt256(0));
        QCOMPARE(s.buckets().at(2).totals.payouts, UInt256(5));
        QCOMPARE(s.buckets().at(2).deals, UInt256(11));
        QCOMPARE(s.buckets().at(2).retrieval, UInt256(4));
        QCOMPARE(s.buckets().at(5).deals, UInt256(13));
        QCOMPARE(s.dealsTotal(), UInt256(24));
        QCOMPARE(s.retrievalTotal(), UInt256(107));
        QCOMPARE(s.totals().payouts, UInt256(5)); // the ledger's alone
        // Only other markets: their span makes the periods.
        const EarningsSeries only =
            EarningsSeries::build({}, {earning(Market::DirectDeals, kMonday + 86400 * 3, 1)}, 0);
        QCOMPARE(only.buckets().size(), 1);
        QCOMPARE(only.buckets().first().start, kMonday + 86400 * 3);
        QCOMPARE(only.buckets().first().deals, UInt256(1));
    }

    // A deal's collateral lost is a loss beside the slot sales' in its period, not a payment.
    void dealsLossesCountWithTheLosses() {
        using Market = MarketEarning::Market;
        MarketEarning lost = earning(Market::DirectDeals, kMonday + 2 * 3600 + 5, 9);
        lost.kind = MarketEarning::Kind::CollateralLost;
        const EarningsSeries s = EarningsSeries::build(
            {entry(kMonday + 2 * 3600 + 10, LedgerKind::CollateralLost, 4),
             entry(kMonday + 3 * 3600, LedgerKind::Payout, 20)},
            {lost, earning(Market::DirectDeals, kMonday + 2 * 3600 + 20, 6)}, 0);
        QCOMPARE(s.buckets().size(), 2);
        const EarningsSeries::Bucket& first = s.buckets().at(0);
        QCOMPARE(first.deals, UInt256(6));
        QCOMPARE(first.dealsLost, UInt256(9));
        QCOMPARE(first.totals.lost, UInt256(4)); // the ledger's alone
        QCOMPARE(first.lost(), UInt256(13));
        QCOMPARE(s.buckets().at(1).lost(), UInt256(0));
        QCOMPARE(s.dealsTotal(), UInt256(6));
        QCOMPARE(s.dealsLostTotal(), UInt256(9));
        QCOMPARE(s.totals().lost, UInt256(4));
    }

    void noEntriesNoBuckets() {
        const EarningsSeries s = EarningsSeries::build({});
        QVERIFY(s.buckets().isEmpty());
        QCOMPARE(s.netMagnitude(), UInt256(0));
    }
};

QTEST_GUILESS_MAIN(TestEarningsSeries)
#include "tst_earningsseries.moc"
