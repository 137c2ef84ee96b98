// `salesdesk-cli wallet balance` against a local chain: the ETH balance of the wallet's account
// and, with --token, its balance of a freshly deployed TestToken, printed with its decimals.
#include "core/chain/rpc/RpcHex.h"
#include "core/domain/AbiEncoder.h"
#include "tests/support/FolderSnapshot.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/chain/AnvilFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

ProgramRun runCli(const QStringList& arguments) {
    // anvil is a process of its own: it answers while this one blocks.
    return runProgram(QStringLiteral(SALESDESK_CLI), arguments);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    return test::writeFile(path, content) ? path : QString();
}

QByteArray testTokenInitCode() {
    QFile file(QStringLiteral(":/salesdesk/contracts/TestToken.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString bytecode = QJsonDocument::fromJson(file.readAll())
                                 .object()
                                 .value(QLatin1String("bytecode"))
                                 .toString();
    return rpc::parseData(bytecode).ok() ? rpc::parseData(bytecode).value() : QByteArray();
}

} // namespace

class TestWalletBalanceCli : public QObject {
    Q_OBJECT
    AnvilFixture m_chain;
    QTemporaryDir m_dir;
    QString m_data;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_chain.start(), qPrintable(m_chain.error()));
        // The wallet holds anvil's second funded account (10000 ETH).
        m_data = m_dir.filePath(QStringLiteral("data"));
        const QString key = writeFile(m_dir, QStringLiteral("key"),
                                      m_chain.chain().accounts().at(1).privateKey.toHex());
        const QString pass = writeFile(m_dir, QStringLiteral("pass"), "pw\n");
        const ProgramRun run = runCli(
            {QStringLiteral("wallet"), QStringLiteral("import"), QStringLiteral("--data-dir"),
             m_data, QStringLiteral("--key-file"), key, QStringLiteral("--passphrase-file"), pass});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    void init() { QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error())); }
    void cleanup() { QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error())); }

    void printsTheEthBalance() {
        const ProgramRun run = runCli({QStringLiteral("wallet"), QStringLiteral("balance"),
                                       QStringLiteral("--data-dir"), m_data,
                                       QStringLiteral("--rpc"), m_chain.rpcUrl().toString()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("ETH: 10000\n")), qPrintable(run.out));
    }

    void printsTheTokenBalanceWithItsDecimals() {
        const auto token = m_chain.deploy(testTokenInitCode());
        QVERIFY2(token.has_value(), qPrintable(m_chain.error()));
        // mint(holder, 1.5 tokens) from account 0, which anvil signs for.
        const QByteArray mint = abi::encodeCall(
            "mint(address,uint256)",
            {abi::address(m_chain.account(1)), abi::uint(UInt256(1'500'000'000'000'000'000ULL))});
        QCOMPARE(mint.size(), 68);
        const auto sent =
            m_chain.call(QStringLiteral("eth_sendTransaction"),
                         {QJsonObject{{QStringLiteral("from"), m_chain.account(0).toHex()},
                                      {QStringLiteral("to"), token->toHex()},
                                      {QStringLiteral("data"), rpc::toData(mint)}}});
        QVERIFY2(sent.ok(), qPrintable(rpcFailure(sent)));
        const auto mined = m_chain.receipt(sent->toString());
        QVERIFY2(mined.ok(), qPrintable(rpcFailure(mined)));

        const ProgramRun run =
            runCli({QStringLiteral("wallet"), QStringLiteral("balance"),
                    QStringLiteral("--data-dir"), m_data, QStringLiteral("--rpc"),
                    m_chain.rpcUrl().toString(), QStringLiteral("--token"), token->toHex()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral(": 1.5 (18 decimals)")), qPrintable(run.out));
    }

    void saysWhenTheNodeDoesNotAnswer() {
        const ProgramRun run = runCli(
            {QStringLiteral("wallet"), QStringLiteral("balance"), QStringLiteral("--data-dir"),
             m_data, QStringLiteral("--rpc"), QStringLiteral("http://127.0.0.1:1")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.startsWith(QStringLiteral("salesdesk: the node at http://127.0.0.1:1")),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestWalletBalanceCli)
#include "tst_walletbalancecli.moc"
