#include "core/chain/rpc/RpcHex.h"
#include "core/domain/CrashPoint.h"
#include "core/storage/Database.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

const QString kHelper = QStringLiteral(SALESDESK_TX_CRASH_HELPER);
const Address kRecipient = Address::fromHex(u"0x00000000000000000000000000000000000c0ffe").value();
const UInt256 kAmount(1'234'567'890'123'456ULL);
constexpr int kRunTimeoutMs = 90'000;

} // namespace

// A real process killed at each transaction crash point (SALESDESK_CRASH_AT, exit 86) while it
// sends one ETH transfer under a fixed intent key to anvil, then started again on the same data
// directory: the intent settles as mined, exactly one transaction with its nonce is on the chain,
// and the recipient got the amount once. A third run answers the stored outcome and sends nothing.
class TestTransactionManagerCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyTransactionCrashPointIsListed();
    void aTransferKilledAtAPointIsMinedOnce_data();
    void aTransferKilledAtAPointIsMinedOnce();

private:
    ProgramRun runHelper(const QString& dataDir, const QString& crashAt, bool bump);
    quint64 nonceOf(const Address& account);
    UInt256 balanceOf(const Address& account);

    AnvilFixture m_chain;
};

void TestTransactionManagerCrash::initTestCase() {
    QVERIFY2(QFile::exists(kHelper), qPrintable(kHelper));
    LocalChain::Options options;
    options.deployMarketplace = false;
    options.initialBlocks = 1;
    QVERIFY2(m_chain.start(options), qPrintable(m_chain.error()));
}

void TestTransactionManagerCrash::init() {
    QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error()));
}

void TestTransactionManagerCrash::cleanup() {
    const auto automine = m_chain.call(QStringLiteral("evm_setAutomine"), {true});
    QVERIFY2(automine.ok(), qPrintable(rpcFailure(automine)));
    QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error()));
}

ProgramRun TestTransactionManagerCrash::runHelper(const QString& dataDir, const QString& crashAt,
                                                  bool bump) {
    QStringList arguments{QStringLiteral("--data-dir"), dataDir,
                          QStringLiteral("--rpc"),      m_chain.rpcUrl().toString(),
                          QStringLiteral("--chain-id"), QString::number(m_chain.chain().chainId()),
                          QStringLiteral("--key"),      QStringLiteral("transfer:crash-test"),
                          QStringLiteral("--to"),       kRecipient.toHex(),
                          QStringLiteral("--wei"),      uint256::toDecimal(kAmount)};
    if (bump)
        arguments << QStringLiteral("--bump-after-seconds") << QStringLiteral("1");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SALESDESK_CRASH_AT"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("salesdesk.chain.transactionmanager.info=true"));
    if (!crashAt.isEmpty())
        environment.insert(QStringLiteral("SALESDESK_CRASH_AT"), crashAt);
    return runProgram(kHelper, arguments, environment, kRunTimeoutMs);
}

quint64 TestTransactionManagerCrash::nonceOf(const Address& account) {
    const auto count = m_chain.call(QStringLiteral("eth_getTransactionCount"),
                                    {account.toHex(), QStringLiteral("latest")});
    return count.ok() ? rpc::parseJsonQuantityU64(*count).value() : ~quint64(0);
}

UInt256 TestTransactionManagerCrash::balanceOf(const Address& account) {
    const auto balance =
        m_chain.call(QStringLiteral("eth_getBalance"), {account.toHex(), QStringLiteral("latest")});
    return balance.ok() ? rpc::parseJsonQuantity(*balance).value() : UInt256(0);
}

// The points this test kills at are those of the transaction manager, and there are four.
void TestTransactionManagerCrash::everyTransactionCrashPointIsListed() {
    QStringList points;
    for (const CrashPointInfo& point : CrashPoint::all())
        if (QLatin1String(point.name).startsWith(QLatin1String("tx.")))
            points.append(QLatin1String(point.name));
    QCOMPARE(points, (QStringList{QStringLiteral("tx.send.beforeBroadcast"),
                                  QStringLiteral("tx.send.afterBroadcast"),
                                  QStringLiteral("tx.bump.beforeBroadcast"),
                                  QStringLiteral("tx.receipt.beforeRecord")}));
}

void TestTransactionManagerCrash::aTransferKilledAtAPointIsMinedOnce_data() {
    QTest::addColumn<QString>("point");
    for (const CrashPointInfo& point : CrashPoint::all())
        if (QLatin1String(point.name).startsWith(QLatin1String("tx.")))
            QTest::newRow(point.name) << QString::fromLatin1(point.name);
}

void TestTransactionManagerCrash::aTransferKilledAtAPointIsMinedOnce() {
    QFETCH(QString, point);
    const Address account = m_chain.account(0);
    const quint64 nonceBefore = nonceOf(account);
    const UInt256 balanceBefore = balanceOf(kRecipient);
    // A fee bump needs a transaction that waits: blocks are mined by hand until the restart.
    const bool bump = point == QLatin1String("tx.bump.beforeBroadcast");
    if (bump)
        QVERIFY(m_chain.call(QStringLiteral("evm_setAutomine"), {false}).ok());
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();

    const ProgramRun crashed = runHelper(dir.path(), point, bump);
    QVERIFY2(crashed.exitCode == CrashPoint::kCrashExitCode,
             qPrintable(QStringLiteral("exit %1\n%2").arg(crashed.exitCode).arg(crashed.err)));
    QVERIFY2(crashed.err.contains(point), qPrintable(crashed.err));
    const qint64 crashMs = timer.elapsed();
    if (bump) {
        QVERIFY(m_chain.mine(1));
        QVERIFY(m_chain.call(QStringLiteral("evm_setAutomine"), {true}).ok());
    }

    const ProgramRun restarted = runHelper(dir.path(), QString(), false);
    QVERIFY2(restarted.exitCode == 0,
             qPrintable(QStringLiteral("exit %1\n%2\n%3")
                            .arg(restarted.exitCode)
                            .arg(restarted.out, restarted.err.right(3000))));
    // The restart took the stored intent up; past the first point the node had the transaction
    // already and answered "nonce too low", and the receipts settled it.
    QVERIFY2(restarted.err.contains(QLatin1String("resumed: nonce ")), qPrintable(restarted.err));
    if (point != QLatin1String("tx.send.beforeBroadcast"))
        QVERIFY2(restarted.err.contains(QLatin1String("nonce too low")), qPrintable(restarted.err));
    const QJsonObject outcome = QJsonDocument::fromJson(restarted.out.toUtf8()).object();
    QCOMPARE(outcome.value(QLatin1String("state")).toString(), QStringLiteral("mined"));
    QCOMPARE(outcome.value(QLatin1String("resumed")).toInt(), 1);
    QCOMPARE(outcome.value(QLatin1String("nonce")).toInteger(), qint64(nonceBefore));
    QCOMPARE(outcome.value(QLatin1String("attempts")).toInt(), bump ? 2 : 1);
    const qint64 totalMs = timer.elapsed();

    // Exactly one transaction of the account since: the one with the intent's nonce.
    QCOMPARE(nonceOf(account), nonceBefore + 1);
    QCOMPARE(balanceOf(kRecipient), balanceBefore + kAmount);
    const auto mined = m_chain.call(QStringLiteral("eth_getTransactionByHash"),
                                    {outcome.value(QLatin1String("hash")).toString()});
    QVERIFY2(mined.ok() && mined->isObject(), qPrintable(rpcFailure(mined)));
    QCOMPARE(mined->toObject().value(QLatin1String("from")).toString(), account.toHex());
    QCOMPARE(mined->toObject().value(QLatin1String("nonce")).toString(),
             rpc::toQuantity(nonceBefore));
    const auto pool = m_chain.call(QStringLiteral("txpool_status"));
    QVERIFY2(pool.ok(), qPrintable(rpcFailure(pool)));
    QCOMPARE(pool->toObject().value(QLatin1String("pending")).toString(), QStringLiteral("0x0"));

    // Once settled, the same intent answers its stored outcome and sends nothing.
    const ProgramRun again = runHelper(dir.path(), QString(), false);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err.right(2000)));
    const QJsonObject stored = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(stored.value(QLatin1String("hash")), outcome.value(QLatin1String("hash")));
    QCOMPARE(stored.value(QLatin1String("resumed")).toInt(), 0);
    QCOMPARE(nonceOf(account), nonceBefore + 1);
    QCOMPARE(balanceOf(kRecipient), balanceBefore + kAmount);
    {
        auto db = Database::open(dir.filePath(QStringLiteral("salesdesk.sqlite")),
                                 Database::kHostApplicationId);
        SD_VERIFY_OK(db);
        QCOMPARE(
            (*db)->queryValue(QStringLiteral("SELECT count(*) FROM chain_transactions"))->toInt(),
            1);
        QCOMPARE(
            (*db)->queryValue(QStringLiteral("SELECT state FROM chain_transactions"))->toString(),
            QStringLiteral("mined"));
        // The first attempt was mined, also where a bump was signed and stored after it.
        QCOMPARE(
            (*db)
                ->queryValue(QStringLiteral(
                    "SELECT a.hash = t.mined_hash FROM chain_transactions t JOIN"
                    " chain_transaction_attempts a ON a.transaction_id = t.id AND a.attempt = 0"))
                ->toInt(),
            1);
    }
    qInfo().noquote() << QStringLiteral("%1: killed after %2 ms, settled after %3 ms in all")
                             .arg(point)
                             .arg(crashMs)
                             .arg(totalMs);
}

QTEST_GUILESS_MAIN(TestTransactionManagerCrash)
#include "tst_transactionmanagercrash.moc"
