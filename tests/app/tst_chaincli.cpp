// `salesdesk-cli chain start` end to end: the binary runs a local chain until a signal.
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/clock/SystemClock.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <optional>

using namespace salesdesk;

namespace {

const QString kCli = QStringLiteral(SALESDESK_CLI);
constexpr int kWaitMs = 30'000;

RpcResult<QJsonValue> callAndWait(const QUrl& url, const QString& method) {
    SystemClock clock;
    JsonRpcClient client(url, clock);
    std::optional<RpcResult<QJsonValue>> answer;
    client.call(method, {}, nullptr, [&](const RpcResult<QJsonValue>& r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs))
        return RpcError::timeout(kWaitMs / 1000);
    return *answer;
}

} // namespace

class TestChainCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runsUntilASignalAndStopsTheChain_data();
    void runsUntilASignalAndStopsTheChain();
    void refusesABadBlockTime();
    void refusesAnUnknownSubcommand();
};

void TestChainCli::runsUntilASignalAndStopsTheChain_data() {
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("SIGTERM") << int(SIGTERM) << QStringList();
    QTest::newRow("SIGINT, block time")
        << int(SIGINT) << QStringList{QStringLiteral("--block-time"), QStringLiteral("2")};
}

void TestChainCli::runsUntilASignalAndStopsTheChain() {
    QFETCH(int, signalNumber);
    QFETCH(QStringList, extra);
    QProcess cli;
    cli.start(kCli, QStringList{QStringLiteral("chain"), QStringLiteral("start")} + extra);
    QVERIFY(cli.waitForStarted(kWaitMs));
    QByteArray out;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     out += cli.readAllStandardOutput();
                     return out.contains("Running until interrupted") ||
                            cli.state() == QProcess::NotRunning;
                 },
                 kWaitMs),
             out.constData());
    QVERIFY2(out.contains("Running until interrupted"),
             QByteArray(out + cli.readAllStandardError()).constData());

    const QRegularExpressionMatch url =
        QRegularExpression(QStringLiteral("RPC URL: +(http://127\\.0\\.0\\.1:(\\d+))"))
            .match(QString::fromUtf8(out));
    QVERIFY2(url.hasMatch(), out.constData());
    QVERIFY(out.contains("Chain id:    31337"));
    QVERIFY(QRegularExpression(QStringLiteral("Marketplace: 0x[0-9a-f]{40} "))
                .match(QString::fromUtf8(out))
                .hasMatch());
    QVERIFY(out.contains("Test Storage Token, 18 decimals"));
    QVERIFY(out.contains("ETH and 1000000 TST each"));
    QVERIFY(out.contains("key 0x"));
    QCOMPARE(out.count("key 0x"), qsizetype(10));
    QVERIFY(out.contains("ws://127.0.0.1:"));
    const QUrl rpcUrl(url.captured(1));
    QCOMPARE(callAndWait(rpcUrl, QStringLiteral("eth_chainId")).value().toString(),
             QStringLiteral("0x7a69"));
    const auto firstBlock = callAndWait(rpcUrl, QStringLiteral("eth_blockNumber"));
    QVERIFY(firstBlock.ok());
    if (!extra.isEmpty()) {
        // Interval mining after the deployment: blocks come without transactions.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto now = callAndWait(rpcUrl, QStringLiteral("eth_blockNumber"));
                return now.ok() && now->toString() != firstBlock->toString();
            },
            10'000));
    }

    QVERIFY(::kill(static_cast<pid_t>(cli.processId()), signalNumber) == 0);
    QVERIFY(cli.waitForFinished(kWaitMs));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 0);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(url.captured(2).toUInt()));
    QVERIFY(!socket.waitForConnected(2000)); // anvil went with it
}

void TestChainCli::refusesABadBlockTime() {
    QProcess cli;
    cli.start(kCli, {QStringLiteral("chain"), QStringLiteral("start"),
                     QStringLiteral("--block-time"), QStringLiteral("0")});
    QVERIFY(cli.waitForFinished(kWaitMs));
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY(cli.readAllStandardError().contains("--block-time"));
}

void TestChainCli::refusesAnUnknownSubcommand() {
    QProcess cli;
    cli.start(kCli, {QStringLiteral("chain"), QStringLiteral("launch")});
    QVERIFY(cli.waitForFinished(kWaitMs));
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY(cli.readAllStandardError().contains("chain start"));
}

QTEST_GUILESS_MAIN(TestChainCli)
#include "tst_chaincli.moc"
