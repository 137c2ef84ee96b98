#include "core/chain/rpc/RpcBackoff.h"

#include <QObject>
#include <QSet>
#include <QTest>

using namespace salesdesk;

class TestRpcBackoff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void baseDoublesUpToTheCap();
    void jitterAddsUpToHalfTheBase();
    void jitterSpreadsClients();
};

void TestRpcBackoff::baseDoublesUpToTheCap() {
    const RpcBackoff backoff{1, 30};
    QCOMPARE(backoff.baseDelay(1), qint64(1));
    QCOMPARE(backoff.baseDelay(2), qint64(2));
    QCOMPARE(backoff.baseDelay(3), qint64(4));
    QCOMPARE(backoff.baseDelay(5), qint64(16));
    QCOMPARE(backoff.baseDelay(6), qint64(30));
    QCOMPARE(backoff.baseDelay(1000), qint64(30));
    const RpcBackoff odd{3, 10};
    QCOMPARE(odd.baseDelay(2), qint64(6));
    QCOMPARE(odd.baseDelay(3), qint64(10));
}

void TestRpcBackoff::jitterAddsUpToHalfTheBase() {
    const RpcBackoff backoff{1, 30};
    QRandomGenerator random(7);
    for (int retry = 1; retry <= 8; ++retry) {
        const qint64 base = backoff.baseDelay(retry);
        for (int i = 0; i < 200; ++i) {
            const qint64 delay = backoff.delay(retry, random);
            QVERIFY2(delay >= base && delay <= base + base / 2,
                     qPrintable(QStringLiteral("retry %1: %2 outside %3 … %4")
                                    .arg(retry)
                                    .arg(delay)
                                    .arg(base)
                                    .arg(base + base / 2)));
        }
    }
    QCOMPARE(backoff.delay(1, random), qint64(1)); // nothing to add to 1 s in whole seconds
}

void TestRpcBackoff::jitterSpreadsClients() {
    // Clients that failed together come back over the whole jitter range, not all at once.
    const RpcBackoff backoff{1, 64};
    QSet<qint64> seen;
    for (quint32 seed = 1; seed <= 100; ++seed) {
        QRandomGenerator random(seed);
        seen.insert(backoff.delay(6, random)); // base 32: 32 … 48
    }
    QVERIFY2(seen.size() >= 10, qPrintable(QString::number(seen.size())));
}

QTEST_GUILESS_MAIN(TestRpcBackoff)
#include "tst_rpcbackoff.moc"
