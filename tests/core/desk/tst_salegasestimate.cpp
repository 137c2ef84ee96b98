// The gas one sale needs at the most: reserve, fill, payout and a proof every period (a started
// period counts), times the node's fee; no wrap for absurd durations or fees.
#include "core/desk/SaleGasEstimate.h"

#include <QTest>

using namespace salesdesk;

class TestSaleGasEstimate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A day at two-minute periods: 720 proofs and the three calls, at 2 gwei.
    void aDayOfProofsAtTwoGwei() {
        const UInt256 fee(2'000'000'000ULL);
        const SaleGasEstimate estimate = SaleGasEstimate::of(24 * 3600, 120, fee);
        QCOMPARE(estimate.proofs, quint64(720));
        const quint64 units = 93'033 + 176'209 + 71'936 + 720 * 52'615;
        QCOMPARE(estimate.gasUnits, units);
        QCOMPARE(uint256::toDecimal(estimate.wei), uint256::toDecimal(UInt256(units) * fee));
    }

    // A started period asks for its proof too; no duration needs only the three calls.
    void aStartedPeriodCounts() {
        QCOMPARE(SaleGasEstimate::of(121, 120, 1).proofs, quint64(2));
        QCOMPARE(SaleGasEstimate::of(120, 120, 1).proofs, quint64(1));
        QCOMPARE(SaleGasEstimate::of(0, 120, 1).gasUnits, quint64(93'033 + 176'209 + 71'936));
        QCOMPARE(SaleGasEstimate::of(10, 0, 1).proofs, quint64(10)); // a period of 0 reads as 1 s
    }

    // Figures past 256 bits saturate instead of throwing.
    void absurdFiguresSaturate() {
        const SaleGasEstimate estimate =
            SaleGasEstimate::of(std::numeric_limits<quint64>::max(), 1, uint256::max());
        QCOMPARE(estimate.wei, uint256::max());
        QCOMPARE(estimate.gasUnits, std::numeric_limits<quint64>::max());
    }
};

QTEST_GUILESS_MAIN(TestSaleGasEstimate)
#include "tst_salegasestimate.moc"
