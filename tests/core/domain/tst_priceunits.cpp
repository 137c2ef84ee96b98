#include "core/domain/PriceUnits.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QTest>

using namespace salesdesk;

class TestPriceUnits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aTiBMonthHoldsThatManyByteSeconds() {
        // 2^40 bytes × 30 days × 86,400 s
        QCOMPARE(prices::byteSecondsPerTiBMonth(), UInt256(2849934139195392000ull));
    }

    void perTiBMonthIsExact() {
        const auto one = prices::perTiBMonth(1);
        SD_VERIFY_OK(one);
        QCOMPARE(*one, UInt256(2849934139195392000ull));
        const auto zero = prices::perTiBMonth(0);
        SD_VERIFY_OK(zero);
        QCOMPARE(*zero, UInt256(0));
        SD_VERIFY_ERROR(prices::perTiBMonth(uint256::max()), ErrorCode::Overflow);
    }

    void perByteSecondRoundsAsAsked() {
        const UInt256 unit = prices::byteSecondsPerTiBMonth();
        QCOMPARE(prices::perByteSecond(unit * 3, prices::Rounding::Down), UInt256(3));
        QCOMPARE(prices::perByteSecond(unit * 3, prices::Rounding::Up), UInt256(3));
        QCOMPARE(prices::perByteSecond(unit * 3 + 1, prices::Rounding::Down), UInt256(3));
        QCOMPARE(prices::perByteSecond(unit * 3 + 1, prices::Rounding::Up), UInt256(4));
        QCOMPARE(prices::perByteSecond(unit - 1, prices::Rounding::Down), UInt256(0));
        QCOMPARE(prices::perByteSecond(unit - 1, prices::Rounding::Up), UInt256(1));
        QCOMPARE(prices::perByteSecond(0, prices::Rounding::Up), UInt256(0));
    }

    void roundUpDoesNotOverflowAtTheTop() {
        const UInt256 up = prices::perByteSecond(uint256::max(), prices::Rounding::Up);
        QCOMPARE(up, UInt256(uint256::max() / prices::byteSecondsPerTiBMonth() + 1));
    }

    void nearestPrices() {
        const UInt256 unit = prices::byteSecondsPerTiBMonth();
        const prices::NearestPrices exact = prices::nearestPerByteSecond(unit * 7);
        QVERIFY(exact.exact);
        QCOMPARE(exact.below, UInt256(7));
        QCOMPARE(exact.above, UInt256(7));
        // 1.5 TST per TiB per month lies between 0 and 1 base unit per byte per second.
        const prices::NearestPrices between =
            prices::nearestPerByteSecond(UInt256(1500000000000000000ull));
        QVERIFY(!between.exact);
        QCOMPARE(between.below, UInt256(0));
        QCOMPARE(between.above, UInt256(1));
    }

    void conversionsRoundTrip() {
        for (const UInt256& perByteSecond : {UInt256(0), UInt256(1), UInt256(123456789)}) {
            const auto perTiB = prices::perTiBMonth(perByteSecond);
            SD_VERIFY_OK(perTiB);
            QCOMPARE(prices::perByteSecond(*perTiB, prices::Rounding::Down), perByteSecond);
            QCOMPARE(prices::perByteSecond(*perTiB, prices::Rounding::Up), perByteSecond);
        }
    }
};

QTEST_GUILESS_MAIN(TestPriceUnits)
#include "tst_priceunits.moc"
