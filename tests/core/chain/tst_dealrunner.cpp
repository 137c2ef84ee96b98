// DealRunner's rules for collecting a running deal's payment (the contract's settle): how much
// proven, unpaid time makes a settlement worth its gas, and up to when a settlement now pays. The
// runner's steps on a chain are in tst_dealsonchain and tst_hostdealcrashcli.
#include "core/chain/deals/DealRunner.h"

#include <QTest>

using namespace salesdesk;

class TestDealRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void settleInterval_data();
    void settleInterval();
    void settleableUntil_data();
    void settleableUntil();
};

void TestDealRunner::settleInterval_data() {
    QTest::addColumn<quint64>("duration");
    QTest::addColumn<quint64>("period");
    QTest::addColumn<qint64>("every");
    QTest::addColumn<quint64>("interval");
    // A month-long deal with hour periods: once a day.
    QTest::newRow("month, daily") << quint64(30 * 86'400) << quint64(3'600) << qint64(86'400)
                                  << quint64(86'400);
    // A four-hour deal: a quarter of it, an hour.
    QTest::newRow("short deal, a quarter")
        << quint64(4 * 3'600) << quint64(600) << qint64(86'400) << quint64(3'600);
    // Five one-minute periods: a quarter is 75 s, more than a period.
    QTest::newRow("five periods") << quint64(300) << quint64(60) << qint64(86'400) << quint64(75);
    // A quarter shorter than a period: a period, not a settlement per proof and more.
    QTest::newRow("at least a period")
        << quint64(120) << quint64(60) << qint64(86'400) << quint64(60);
    QTest::newRow("setting below a period")
        << quint64(30 * 86'400) << quint64(3'600) << qint64(10) << quint64(3'600);
    // A nonsense setting (0 or below) is taken as a second, then raised to the period.
    QTest::newRow("setting of zero") << quint64(86'400) << quint64(30) << qint64(0) << quint64(30);
    QTest::newRow("setting below zero")
        << quint64(86'400) << quint64(30) << qint64(-5) << quint64(30);
}

void TestDealRunner::settleInterval() {
    QFETCH(quint64, duration);
    QFETCH(quint64, period);
    QFETCH(qint64, every);
    QFETCH(quint64, interval);
    QCOMPARE(DealRunner::settleInterval(duration, period, every), interval);
}

void TestDealRunner::settleableUntil_data() {
    QTest::addColumn<quint64>("lastProvenPeriod");
    QTest::addColumn<quint64>("end");
    QTest::addColumn<quint64>("now");
    QTest::addColumn<quint64>("until");
    // Periods of 100 s. Proven through period 12: up to 1,300, unless now or the end is earlier.
    QTest::newRow("now first") << quint64(12) << quint64(5'000) << quint64(1'250) << quint64(1'250);
    QTest::newRow("proven period first")
        << quint64(12) << quint64(5'000) << quint64(1'400) << quint64(1'300);
    QTest::newRow("end first") << quint64(12) << quint64(1'280) << quint64(1'400) << quint64(1'280);
}

void TestDealRunner::settleableUntil() {
    QFETCH(quint64, lastProvenPeriod);
    QFETCH(quint64, end);
    QFETCH(quint64, now);
    QFETCH(quint64, until);
    QCOMPARE(DealRunner::settleableUntil(lastProvenPeriod, 100, end, now), until);
}

QTEST_GUILESS_MAIN(TestDealRunner)
#include "tst_dealrunner.moc"
