// MarketTotals: what the direct deals and the retrieval channels earned, as the dashboard and the
// earnings screen sum them: deals counted by state over the unfinished ones, collateral summed,
// a channel's earnings the larger of its best voucher and its claims, and sums that overflow
// refused rather than wrapped.
#include "tests/support/TestSupport.h"
#include "ui/common/MarketTotals.h"

#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {

Deal deal(char idByte, Deal::State state, const UInt256& collateralLeft) {
    Deal d;
    d.id = Hash32::fromBytes(QByteArray(32, idByte));
    d.state = state;
    d.collateralLeft = collateralLeft;
    return d;
}

VoucherCheck::Channel channel(char idByte, const UInt256& best, const UInt256& claimed) {
    VoucherCheck::Channel c;
    c.id = Hash32::fromBytes(QByteArray(32, idByte));
    c.deposit = UInt256(1'000'000);
    c.bestAccepted = best;
    c.claimed = claimed;
    return c;
}

const UInt256 kMax = ~UInt256(0);

// What the markets earned; a value no sum gives when the sum failed.
UInt256 earned(const MarketTotals& totals) {
    auto sum = totals.earned();
    return sum.ok() ? *sum : UInt256(12345);
}

} // namespace

class TestMarketTotals : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dealsAreCountedByStateAndTheirCollateralSummed() {
        const QList<Deal> unfinished{deal(1, Deal::State::Active, UInt256(100)),
                                     deal(2, Deal::State::AwaitingData, UInt256(30)),
                                     deal(3, Deal::State::Transferring, UInt256(5)),
                                     deal(4, Deal::State::Publishing, UInt256(7)),
                                     deal(5, Deal::State::Active, UInt256(0))};
        auto totals = MarketTotals::ofDeals(unfinished, UInt256(4242));
        SD_VERIFY_OK(totals);
        QCOMPARE(totals->active, 2);
        QCOMPARE(totals->awaitingData, 2);
        QCOMPARE(totals->collateralLocked, UInt256(142));
        QCOMPARE(totals->paid, UInt256(4242));
        QCOMPARE(totals->collateralLost, UInt256(0));
        auto withLoss = MarketTotals::ofDeals(unfinished, UInt256(4242), UInt256(17));
        SD_VERIFY_OK(withLoss);
        QCOMPARE(withLoss->collateralLost, UInt256(17));
        QCOMPARE(withLoss->collateralLocked, UInt256(142));
    }

    void collateralThatWouldOverflowIsAnError() {
        auto totals = MarketTotals::ofDeals(
            {deal(1, Deal::State::Active, kMax), deal(2, Deal::State::Active, UInt256(1))},
            UInt256(0));
        QVERIFY(!totals.ok());
    }

    // Earned per channel: the best voucher, or the claims when they are more (a copy of a
    // voucher the desk never kept was claimed); still to claim: the best above the claims.
    void aChannelEarnsTheLargerOfItsBestVoucherAndItsClaims() {
        const QList<VoucherCheck::Channel> channels{
            channel(1, UInt256(500), UInt256(200)), // 300 still to claim
            channel(2, UInt256(100), UInt256(400)), // claimed above the best kept
            channel(3, UInt256(0), UInt256(0))};
        auto totals = MarketTotals::ofChannels(channels);
        SD_VERIFY_OK(totals);
        QCOMPARE(totals->channels, 3);
        QCOMPARE(totals->earned, UInt256(900));
        QCOMPARE(totals->claimed, UInt256(600));
        QCOMPARE(totals->unclaimed, UInt256(300));
        QCOMPARE(MarketTotals::unclaimedOn(channels.at(1)), UInt256(0));
    }

    void channelSumsThatWouldOverflowAreAnError() {
        auto totals = MarketTotals::ofChannels(
            {channel(1, kMax, UInt256(0)), channel(2, UInt256(1), UInt256(0))});
        QVERIFY(!totals.ok());
    }

    // What the chain paid: deal payments and retrieval claims; vouchers still to claim are not
    // in it.
    void whatIsEarnedSumsWhatTheMarketsThatRunPaid() {
        MarketTotals totals;
        QVERIFY(!totals.anyRunning());
        QCOMPARE(earned(totals), UInt256(0));
        totals.retrieval = RetrievalTotals{};
        totals.retrieval->earned = UInt256(90);
        totals.retrieval->claimed = UInt256(70);
        totals.retrieval->unclaimed = UInt256(20);
        QVERIFY(totals.anyRunning());
        QCOMPARE(earned(totals), UInt256(70));
        totals.deals = DealTotals{};
        totals.deals->paid = UInt256(30);
        QCOMPARE(earned(totals), UInt256(100));
        totals.deals->paid = kMax;
        QVERIFY(!totals.earned().ok());
    }
};

QTEST_GUILESS_MAIN(TestMarketTotals)
#include "tst_markettotals.moc"
