#include "core/simulation/FaultInjector.h"
#include "tests/core/simulation/SimulationTestSupport.h"

#include <QObject>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

class TestFaultInjector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noRuleNoFailureNoDraw();
    void shareOfFailuresFollowsTheProbability_data();
    void shareOfFailuresFollowsTheProbability();
    void ruleEndsAtItsTime();
    void methodRuleTakesPrecedenceOverStar();
    void sameSeedSameFailures();
    void restoredInjectorContinuesTheSequence();
    void zeroProbabilityRemovesTheRule();
};

void TestFaultInjector::noRuleNoFailureNoDraw() {
    FaultInjector faults(1);
    for (int i = 0; i < 100; ++i)
        QVERIFY(!faults.shouldFail(QStringLiteral("fillSlot"), kStart));
    QCOMPARE(faults.draws(), quint64(0));
}

void TestFaultInjector::shareOfFailuresFollowsTheProbability_data() {
    QTest::addColumn<double>("probability");
    QTest::newRow("0.1") << 0.1;
    QTest::newRow("0.5") << 0.5;
    QTest::newRow("0.9") << 0.9;
    QTest::newRow("1") << 1.0;
}

void TestFaultInjector::shareOfFailuresFollowsTheProbability() {
    QFETCH(double, probability);
    FaultInjector faults(7);
    faults.setFault(QStringLiteral("*"), probability, kStart + 100);
    const int calls = 10'000;
    int failed = 0;
    for (int i = 0; i < calls; ++i)
        failed += faults.shouldFail(QStringLiteral("getRequest"), kStart) ? 1 : 0;
    const double share = static_cast<double>(failed) / calls;
    QVERIFY2(qAbs(share - probability) < 0.02, qPrintable(QString::number(share)));
    QCOMPARE(faults.failures(), static_cast<quint64>(failed));
    QCOMPARE(faults.draws(), static_cast<quint64>(calls));
}

void TestFaultInjector::ruleEndsAtItsTime() {
    FaultInjector faults(3);
    faults.setFault(QStringLiteral("fillSlot"), 1.0, kStart + 60);
    QVERIFY(faults.shouldFail(QStringLiteral("fillSlot"), kStart + 59));
    QVERIFY(!faults.shouldFail(QStringLiteral("fillSlot"), kStart + 60));
    QVERIFY(!faults.shouldFail(QStringLiteral("reserveSlot"), kStart));
}

void TestFaultInjector::methodRuleTakesPrecedenceOverStar() {
    FaultInjector faults(3);
    faults.setFault(QStringLiteral("*"), 1.0, kStart + 100);
    faults.setFault(QStringLiteral("getRequest"), 1e-9, kStart + 100);
    int failed = 0;
    for (int i = 0; i < 100; ++i)
        failed += faults.shouldFail(QStringLiteral("getRequest"), kStart) ? 1 : 0;
    QCOMPARE(failed, 0);
    QVERIFY(faults.shouldFail(QStringLiteral("slotState"), kStart));
    // Once the method's rule is over, "*" applies again.
    faults.setFault(QStringLiteral("getRequest"), 0.5, kStart + 10);
    QVERIFY(faults.shouldFail(QStringLiteral("getRequest"), kStart + 50));
}

void TestFaultInjector::sameSeedSameFailures() {
    FaultInjector a(11);
    FaultInjector b(11);
    FaultInjector c(12);
    for (FaultInjector* f : {&a, &b, &c})
        f->setFault(QStringLiteral("*"), 0.5, kStart + 1);
    QString sa, sb, sc;
    for (int i = 0; i < 64; ++i) {
        sa += a.shouldFail(QStringLiteral("x"), kStart) ? u'1' : u'0';
        sb += b.shouldFail(QStringLiteral("x"), kStart) ? u'1' : u'0';
        sc += c.shouldFail(QStringLiteral("x"), kStart) ? u'1' : u'0';
    }
    QCOMPARE(sa, sb);
    QVERIFY(sa != sc);
}

void TestFaultInjector::restoredInjectorContinuesTheSequence() {
    FaultInjector straight(5);
    FaultInjector first(5);
    straight.setFault(QStringLiteral("*"), 0.3, kStart + 1);
    first.setFault(QStringLiteral("*"), 0.3, kStart + 1);
    QString expected, actual;
    for (int i = 0; i < 40; ++i) {
        expected += straight.shouldFail(QStringLiteral("x"), kStart) ? u'1' : u'0';
        actual += first.shouldFail(QStringLiteral("x"), kStart) ? u'1' : u'0';
    }
    FaultInjector second(5);
    second.restore(first.state());
    QCOMPARE(second.rules(), first.rules());
    QCOMPARE(second.draws(), quint64(40));
    for (int i = 0; i < 40; ++i) {
        expected += straight.shouldFail(QStringLiteral("x"), kStart) ? u'1' : u'0';
        actual += second.shouldFail(QStringLiteral("x"), kStart) ? u'1' : u'0';
    }
    QCOMPARE(actual, expected);
}

void TestFaultInjector::zeroProbabilityRemovesTheRule() {
    FaultInjector faults(3);
    faults.setFault(QStringLiteral("fillSlot"), 1.0, kStart + 100);
    faults.setFault(QStringLiteral("fillSlot"), 0.0, kStart + 100);
    QVERIFY(faults.rules().isEmpty());
    faults.setFault(QStringLiteral("fillSlot"), 7.0, kStart + 100); // clamped to 1
    QCOMPARE(faults.rules().value(QStringLiteral("fillSlot")).probability, 1.0);
    faults.clear();
    QVERIFY(!faults.shouldFail(QStringLiteral("fillSlot"), kStart));
}

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"
