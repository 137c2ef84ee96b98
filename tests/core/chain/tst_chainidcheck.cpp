#include "core/chain/rpc/ChainIdCheck.h"
#include "core/clock/VirtualClock.h"
#include "tests/support/chain/AnvilFixture.h"

#include <QObject>
#include <QTcpServer>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

ChainIdCheck checkAndWait(JsonRpcClient& client, quint64 expected) {
    std::optional<ChainIdCheck> check;
    ChainIdCheck::run(client, expected, nullptr, [&](const ChainIdCheck& c) { check = c; });
    if (!QTest::qWaitFor([&] { return check.has_value(); }, 10'000))
        return ChainIdCheck{};
    return check.value_or(ChainIdCheck{});
}

} // namespace

class TestChainIdCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theRightChainMatches();
    void aWrongChainIsNamed();
    void anUnreachableNodeIsNotAMatch();

private:
    AnvilFixture m_chain;
    VirtualClock m_clock{1'800'000'000};
};

void TestChainIdCheck::initTestCase() {
    QVERIFY2(m_chain.start(), qPrintable(m_chain.error()));
}

void TestChainIdCheck::theRightChainMatches() {
    JsonRpcClient client(m_chain.rpcUrl(), m_clock);
    const ChainIdCheck check = checkAndWait(client, 31337);
    QVERIFY(check.matches());
    QCOMPARE(check.actual.value_or(0), quint64(31337));
    QVERIFY(check.message().contains(QLatin1String("as expected")));
}

void TestChainIdCheck::aWrongChainIsNamed() {
    JsonRpcClient client(m_chain.rpcUrl(), m_clock);
    const ChainIdCheck check = checkAndWait(client, 789987);
    QVERIFY(!check.matches());
    QCOMPARE(check.actual.value_or(0), quint64(31337));
    QVERIFY(!check.error.has_value());
    const QString message = check.message();
    QVERIFY2(message.contains(QLatin1String("31337")) && message.contains(QLatin1String("789987")),
             qPrintable(message));
    QVERIFY2(message.contains(m_chain.rpcUrl().toString()), qPrintable(message));
}

void TestChainIdCheck::anUnreachableNodeIsNotAMatch() {
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    JsonRpcClient::Options options;
    options.maxAttempts = 1;
    JsonRpcClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), m_clock, options);
    const ChainIdCheck check = checkAndWait(client, 31337);
    QVERIFY(!check.matches());
    QVERIFY(!check.actual.has_value());
    QVERIFY(check.error.has_value());
    QCOMPARE(check.error->kind, RpcError::Kind::Transport);
    QVERIFY2(check.message().contains(QLatin1String("could not read the chain id")),
             qPrintable(check.message()));
}

QTEST_GUILESS_MAIN(TestChainIdCheck)
#include "tst_chainidcheck.moc"
