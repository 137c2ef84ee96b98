// `salesdesk-cli chain deploy` as a real child process against a bare anvil (no contracts): it
// deploys from the data directory's wallet, a second run sends nothing and prints the same
// deployment, a run killed between its transactions is taken up by the next one without a second
// deployment, and a wrong passphrase or a node that does not answer change nothing.
#include "core/chain/deploy/ChainDeployment.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/domain/CrashPoint.h"
#include "tests/support/FolderSnapshot.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/CliWallet.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

const QString kCli = QStringLiteral(SALESDESK_CLI);

// The deployment JSON line of a run's output.
std::optional<ChainDeployment> deploymentIn(const QString& out) {
    for (const QString& line : out.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("Deployment:")))
            continue;
        const QJsonDocument json =
            QJsonDocument::fromJson(line.section(QLatin1Char(':'), 1).trimmed().toUtf8());
        auto deployment =
            ChainDeployment::fromJson(json.object(), QStringLiteral("the printed deployment"));
        if (deployment.ok())
            return *deployment;
    }
    return std::nullopt;
}

} // namespace

class TestChainDeployCli : public QObject {
    Q_OBJECT
    AnvilFixture m_chain;
    QTemporaryDir m_dir;
    QString m_pass;

    // A data directory whose wallet holds anvil's account `index`.
    QString walletOf(int index) {
        return importedWallet(kCli, m_chain, m_dir.path(), index, m_pass);
    }

    QStringList deployArguments(const QString& data, const QString& pass) const {
        return {QStringLiteral("chain"),
                QStringLiteral("deploy"),
                QStringLiteral("--rpc"),
                m_chain.rpcUrl().toString(),
                QStringLiteral("--data-dir"),
                data,
                QStringLiteral("--passphrase-file"),
                pass,
                QStringLiteral("--period"),
                QStringLiteral("60")};
    }

    quint64 nonceOf(int index) {
        const auto answer =
            m_chain.call(QStringLiteral("eth_getTransactionCount"),
                         {m_chain.account(index).toHex(), QStringLiteral("latest")});
        const auto nonce = answer.ok() ? rpc::parseJsonQuantityU64(*answer) : Result<quint64>(0);
        return nonce.ok() ? *nonce : 999;
    }

    QByteArray codeAt(const Address& address) {
        const auto answer = m_chain.call(QStringLiteral("eth_getCode"),
                                         {address.toHex(), QStringLiteral("latest")});
        const auto code =
            answer.ok() ? rpc::parseJsonData(*answer) : Result<QByteArray>(QByteArray());
        return code.ok() ? *code : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() {
        LocalChain::Options bare;
        bare.deployMarketplace = false;
        QVERIFY2(m_chain.start(bare), qPrintable(m_chain.error()));
        m_pass = m_dir.filePath(QStringLiteral("pass"));
        QVERIFY(writeFile(m_pass, "deployer passphrase\n"));
    }

    void deploysOnceAndAgainSendsNothing() {
        const QString data = walletOf(1);
        QVERIFY(!data.isEmpty());
        const ProgramRun first = runProgram(kCli, deployArguments(data, m_pass), 120'000);
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        const auto deployment = deploymentIn(first.out);
        QVERIFY2(deployment, qPrintable(first.out));
        QCOMPARE(deployment->chainId, m_chain.chain().chainId());
        QVERIFY(!codeAt(deployment->marketplace).isEmpty());
        QVERIFY(!codeAt(deployment->token).isEmpty());
        QVERIFY(!codeAt(deployment->verifier).isEmpty());
        QVERIFY(!codeAt(deployment->retrievalChannels).isEmpty());
        QVERIFY(!codeAt(deployment->directDeals).isEmpty());
        QCOMPARE(nonceOf(1), 5u); // token, verifier, marketplace, retrieval channels, deals

        const ProgramRun again = runProgram(kCli, deployArguments(data, m_pass), 120'000);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QCOMPARE(deploymentIn(again.out), deployment);
        QCOMPARE(nonceOf(1), 5u); // nothing sent again
    }

    void killedDeploymentIsTakenUpWhereItStopped_data() {
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("account");
        // The second transaction (the verifier) at each instant of its life.
        QTest::newRow("signed, not sent") << "tx.send.beforeBroadcast:2" << 2;
        QTest::newRow("sent, not recorded") << "tx.send.afterBroadcast:2" << 3;
        QTest::newRow("mined, not recorded") << "tx.receipt.beforeRecord:2" << 4;
    }

    void killedDeploymentIsTakenUpWhereItStopped() {
        QFETCH(QString, point);
        QFETCH(int, account);
        const QString data = walletOf(account);
        QVERIFY(!data.isEmpty());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SALESDESK_CRASH_AT"), point);
        const ProgramRun killed =
            runProgram(kCli, deployArguments(data, m_pass), environment, 120'000);
        QVERIFY2(killed.exitCode == CrashPoint::kCrashExitCode,
                 qPrintable(killed.out + killed.err));

        const ProgramRun resumed = runProgram(kCli, deployArguments(data, m_pass), 120'000);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        const auto deployment = deploymentIn(resumed.out);
        QVERIFY(deployment);
        QVERIFY(!codeAt(deployment->marketplace).isEmpty());
        // Five transactions in all: nothing was deployed twice.
        QCOMPARE(nonceOf(account), 5u);
    }

    void wrongPassphraseSendsNothing() {
        const QString data = walletOf(5);
        QVERIFY(!data.isEmpty());
        const QString wrong = m_dir.filePath(QStringLiteral("wrong"));
        QVERIFY(writeFile(wrong, "not it\n"));
        const ProgramRun run = runProgram(kCli, deployArguments(data, wrong), 120'000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("passphrase")), qPrintable(run.err));
        QCOMPARE(nonceOf(5), 0u);
    }

    void nodeThatDoesNotAnswerIsNamed() {
        const QString data = walletOf(6);
        QVERIFY(!data.isEmpty());
        QStringList arguments = deployArguments(data, m_pass);
        arguments[3] = QStringLiteral("http://127.0.0.1:1"); // nothing listens on port 1
        const ProgramRun run = runProgram(kCli, arguments, 120'000);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("did not answer")), qPrintable(run.err));
    }

    void badOptionsAreRefused_data() {
        QTest::addColumn<QStringList>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("no rpc") << QStringList{QStringLiteral("--rpc"), QStringLiteral("ftp://x")}
                                << "http:// or https://";
        QTest::newRow("period") << QStringList{QStringLiteral("--period"), QStringLiteral("5")}
                                << "--period";
        QTest::newRow("timeout") << QStringList{QStringLiteral("--proof-timeout"),
                                                QStringLiteral("99999")}
                                 << "--proof-timeout";
        QTest::newRow("name") << QStringList{QStringLiteral("--name"), QStringLiteral("a/b")}
                              << "--name";
    }

    void badOptionsAreRefused() {
        QFETCH(QStringList, change);
        QFETCH(QString, message);
        QStringList arguments = deployArguments(m_dir.filePath(QStringLiteral("none")), m_pass);
        const qsizetype at = arguments.indexOf(change[0]);
        if (at >= 0)
            arguments[at + 1] = change[1];
        else
            arguments << change;
        const ProgramRun run = runProgram(kCli, arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestChainDeployCli)
#include "tst_chaindeploycli.moc"
