// Chart axes in tokens: nice steps, labels without exponents, the symbol in the title.
#include "ui/common/TokenAxis.h"

#include <QTest>
#include <QValueAxis>

using namespace salesdesk;
using namespace salesdesk::ui;

class TestTokenAxis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void amountsAreDrawnInTokens() {
        QCOMPARE(TokenAxis::toTokens(UInt256(2500000000000000000ull)), 2.5);
        QCOMPARE(TokenAxis::toTokens(0), 0.0);
    }

    void stepsAreOneTwoOrFive() {
        QCOMPARE(TokenAxis::niceStep(10), 2.0);
        QCOMPARE(TokenAxis::niceStep(1), 0.2);
        QCOMPARE(TokenAxis::niceStep(0.0046), 0.001);
        QCOMPARE(TokenAxis::niceStep(2.3e5), 50000.0);
        QCOMPARE(TokenAxis::niceStep(0), 1.0);
    }

    void labelsHaveTheDecimalsTheStepNeeds() {
        QCOMPARE(TokenAxis::decimalsFor(50000), 0);
        QCOMPARE(TokenAxis::decimalsFor(1), 0);
        QCOMPARE(TokenAxis::decimalsFor(0.2), 1);
        QCOMPARE(TokenAxis::decimalsFor(0.001), 3);
        QCOMPARE(TokenAxis::decimalsFor(0.00005), 5);
    }

    void anAxisSpansWholeSteps() {
        QValueAxis axis;
        // 0.0046 TST: the demo's earnings, where "%g" printed "4.63e-03".
        TokenAxis::apply(&axis, 0, 0.0046, QStringLiteral("To date"));
        QCOMPARE(axis.min(), 0.0);
        QVERIFY(qFuzzyCompare(axis.max(), 0.005));
        QVERIFY(qFuzzyCompare(axis.tickInterval(), 0.001));
        QCOMPARE(axis.tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(axis.labelFormat(), QStringLiteral("%.3f"));
        QCOMPARE(axis.titleText(), QStringLiteral("To date (TST)"));

        TokenAxis::apply(&axis, -3, 230000);
        QCOMPARE(axis.labelFormat(), QStringLiteral("%.0f"));
        QCOMPARE(axis.min(), -50000.0);
        QCOMPARE(axis.max(), 250000.0);
        QCOMPARE(axis.titleText(), QStringLiteral("Tokens (TST)"));
    }

    void nothingToShowSpansOneToken() {
        // An empty chart (nothing earned in the period): 0 to 1 TST in steps of 0.2, not
        // 0 to 0.000001 with seven decimals.
        QValueAxis axis;
        TokenAxis::apply(&axis, 0, 0);
        QCOMPARE(axis.min(), 0.0);
        QCOMPARE(axis.max(), 1.0);
        QVERIFY(qFuzzyCompare(axis.tickInterval(), 0.2));
        QCOMPARE(axis.labelFormat(), QStringLiteral("%.1f"));
        // One value, not zero: one step around it.
        TokenAxis::apply(&axis, 0.004, 0.004);
        QVERIFY(axis.min() <= 0.004 && axis.max() >= 0.008);
        QVERIFY(axis.max() < 0.02);
    }
};

QTEST_MAIN(TestTokenAxis)
#include "tst_tokenaxis.moc"
