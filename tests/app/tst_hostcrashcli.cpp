// `salesdesk-cli host` killed at every named point of a sale on a real chain, and restarted each
// time on the same data directory: anvil (a block a second, so chain time is wall time, which the
// host's SystemClock reads) with our contracts deployed with a 10-second proof period; a client
// (in-process, MarketplaceSession) posts a request of two slots; the host process is killed
// during the download, after fillSlot is signed and before it is broadcast, after it is mined and
// before its receipt is recorded, after a proof, by a plain SIGKILL at a moment the seed chooses
// while proving, and after freeSlot paid and before the ledger booked it. A last run sells to the
// end and stops on SIGTERM. Then the books are exact: the host's token balance on chain moved by
// exactly what the ledger says (deposits out, payouts and returned collateral in), so do the
// token transfers the host's follower stored through every kill (TokenTransferFollower), no
// reservation is left, the availability is whole again and the chain lists no slot of ours.
//
// Before that, the refusals: no wallet, a wrong passphrase, a node that does not answer, a node of
// another chain.
//
// The seed (SALESDESK_TEST_SEED, else the time) chooses the download point and the SIGKILL
// moment; it is printed so that a failing run can be repeated.

#include "core/chain/market/MarketplaceCalls.h"
#include "core/chain/market/TokenTransferFollower.h"
#include "core/domain/CrashPoint.h"
#include "core/domain/MarketStates.h"
#include "core/engine/HostEngine.h"
#include "core/reservations/Reservations.h"
#include "core/stats/Ledger.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"
#include "tests/support/FolderSnapshot.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/CliWallet.h"
#include "tests/support/chain/MarketplaceSession.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr quint64 kBlock = 64 * 1024;
constexpr quint64 kSlotSize = 2 * kBlock + 500;
constexpr quint64 kSlots = 2;
constexpr quint64 kPeriod = 10;
constexpr quint64 kDuration = 160;
// Every slot must be filled before the request expires, through the restarts of steps 1 to 3:
// each start unlocks the keystore (scrypt) and reads the chain, which takes several seconds on a
// busy two-core machine; 60 s was once not enough there (the request was cancelled).
constexpr quint64 kExpiry = 120;
// A bound on any one run, not a delay: a run may have to wait for the request's end.
constexpr int kRunMs = int(kDuration + 60) * 1000;
const QString kCli = QStringLiteral(SALESDESK_CLI);

// A stored transaction intent of the host's chain side.
struct Intent {
    QString key;
    QString state;
    QStringList hashes; // of its attempts, 0x…
};

} // namespace

class TestHostCrashCli : public QObject {
    Q_OBJECT

    AnvilFixture m_chain;
    std::unique_ptr<MarketplaceSession> m_session;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_passphrase;
    quint32 m_seed = 0;
    int m_runs = 0;
    int m_kills = 0;
    QString m_allOut; // every run's stdout, for a failure's message

    Address host() const { return m_chain.account(2); }

    QStringList hostArguments() {
        const auto& deployment = *m_chain.chain().deployment();
        return {QStringLiteral("host"),
                QStringLiteral("--rpc-url"),
                m_chain.rpcUrl().toString(),
                QStringLiteral("--chain-id"),
                QString::number(m_chain.chain().chainId()),
                QStringLiteral("--marketplace"),
                deployment.marketplace.toHex(),
                QStringLiteral("--start-block"),
                QString::number(deployment.marketplaceBlock),
                QStringLiteral("--poll-seconds"),
                QStringLiteral("1"),
                QStringLiteral("--data-dir"),
                m_data,
                QStringLiteral("--passphrase-file"),
                m_passphrase,
                QStringLiteral("--offer"),
                QStringLiteral("%1,86400,1,1000000000000").arg(16 * kSlotSize)};
    }

    std::unique_ptr<QProcess> startHost(const QString& crashAt) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("SALESDESK_CRASH_AT"));
        if (!crashAt.isEmpty())
            environment.insert(QStringLiteral("SALESDESK_CRASH_AT"), crashAt);
        process->setProcessEnvironment(environment);
        process->setStandardInputFile(QProcess::nullDevice());
        process->start(kCli, hostArguments());
        ++m_runs;
        return process;
    }

    // Waits for the process to end by itself; its stdout (and stderr) to `out`.
    bool waitForEnd(QProcess& process, QString& out, QString& err, int ms = kRunMs) {
        const bool ended = process.waitForFinished(ms);
        out = QString::fromUtf8(process.readAllStandardOutput());
        err = QString::fromUtf8(process.readAllStandardError());
        m_allOut += out;
        if (!ended) {
            process.kill();
            process.waitForFinished();
        }
        return ended;
    }

    // One run that must end at `crashAt`.
    bool runUntilCrash(const QString& crashAt) {
        auto process = startHost(crashAt);
        QString out, err;
        if (!waitForEnd(*process, out, err)) {
            qWarning("the host did not reach %s within %d ms:\n%s\n%s", qPrintable(crashAt), kRunMs,
                     qPrintable(out), qPrintable(err));
            return false;
        }
        const QString point = crashAt.section(QLatin1Char(':'), 0, 0);
        if (process->exitStatus() != QProcess::NormalExit ||
            process->exitCode() != CrashPoint::kCrashExitCode || !err.contains(point)) {
            qWarning("the host was to die at %s, it ended with %d:\n%s\n%s", qPrintable(crashAt),
                     process->exitCode(), qPrintable(out), qPrintable(err));
            return false;
        }
        ++m_kills;
        return true;
    }

    // The host's transaction intents, read from its chain database while no host runs.
    QList<Intent> intents() const {
        QList<Intent> found;
        const QString name = QStringLiteral("intents%1").arg(m_runs);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(m_data).filePath(QStringLiteral("chain.sqlite")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(QStringLiteral(
                    "SELECT t.intent_key, t.state, a.hash FROM chain_transactions t LEFT JOIN "
                    "chain_transaction_attempts a ON a.transaction_id = t.id ORDER BY t.id"));
                while (query.next()) {
                    const QString key = query.value(0).toString();
                    if (found.isEmpty() || found.last().key != key)
                        found.append({key, query.value(1).toString(), {}});
                    if (!query.value(2).isNull())
                        found.last().hashes.append(
                            QStringLiteral("0x") +
                            QString::fromLatin1(query.value(2).toByteArray().toHex()));
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return found;
    }

    // Whether one of the intent's attempts is mined on the chain.
    bool minedOnChain(const Intent& intent) {
        for (const QString& hash : intent.hashes) {
            const auto receipt = m_chain.call(QStringLiteral("eth_getTransactionReceipt"), {hash});
            if (receipt.ok() && receipt->isObject())
                return true;
        }
        return false;
    }

    static bool isFill(const Intent& intent) {
        return intent.key.startsWith(QLatin1String("fillSlot"));
    }

    // Runs killed at a point every transaction passes until `caught` says the kill was the one
    // wanted (other transactions reach it first). At `point`:1 each run when the point is not
    // reached again for what the last run left (a signed transaction is broadcast on restart
    // without being signed again), else at :1, :2, … (a receipt left unrecorded is read again
    // first on restart).
    enum class Resumed { NotAgain, ReachedAgain };
    bool killAtTransactionPoint(const QString& point, Resumed resumed,
                                const std::function<bool(const QList<Intent>&)>& caught,
                                int maxRuns = 6) {
        for (int run = 1; run <= maxRuns; ++run) {
            const int hit = resumed == Resumed::NotAgain ? 1 : run;
            if (!runUntilCrash(QStringLiteral("%1:%2").arg(point).arg(hit)))
                return false;
            const QList<Intent> stored = intents();
            if (caught(stored))
                return true;
            QStringList states;
            for (const Intent& intent : stored)
                states << intent.key.section(QLatin1Char('/'), 0, 0) + QLatin1Char('=') +
                              intent.state;
            qInfo("killed at %s:%d, not yet the fill (%s)", qPrintable(point), hit,
                  qPrintable(states.join(QLatin1Char(' '))));
        }
        qWarning("the fill was never caught at %s", qPrintable(point));
        return false;
    }

private Q_SLOTS:
    void initTestCase() {
        m_seed = qEnvironmentVariableIsSet("SALESDESK_TEST_SEED")
                     ? quint32(qEnvironmentVariableIntValue("SALESDESK_TEST_SEED"))
                     : quint32(QDateTime::currentMSecsSinceEpoch());
        qInfo("seed %u (SALESDESK_TEST_SEED=%u repeats this run)", m_seed, m_seed);
        LocalChain::Options options;
        options.anvil.blockTimeSeconds = 1;
        options.market.periodSeconds = kPeriod;
        options.market.proofTimeout = 5;
        QVERIFY2(m_chain.start(options), qPrintable(m_chain.error()));
        m_session = std::make_unique<MarketplaceSession>(m_chain);
        QVERIFY2(m_session->error().isEmpty(), qPrintable(m_session->error()));
        QVERIFY(m_dir.isValid());
        m_passphrase = m_dir.filePath(QStringLiteral("passphrase"));
        QVERIFY(writeFile(m_passphrase, "host passphrase\n"));
        m_data = importedWallet(kCli, m_chain, m_dir.path(), 2, m_passphrase);
        QVERIFY(!m_data.isEmpty());
    }

    // What keeps the host from starting is said, with the exit code, before anything is sold.
    void refusesWithAMessage_data() {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no wallet") << "no wallet" << 2 << "salesdesk-cli wallet new";
        QTest::newRow("wrong passphrase") << "wrong passphrase" << 2 << "Wrong passphrase";
        QTest::newRow("node down") << "node down" << 1 << "could not read the chain id";
        QTest::newRow("wrong chain") << "wrong chain" << 1 << "serves chain id";
    }
    void refusesWithAMessage() {
        QFETCH(QString, problem);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString passphrase = dir.filePath(QStringLiteral("passphrase"));
        QVERIFY(writeFile(passphrase, problem == QLatin1String("wrong passphrase")
                                          ? QByteArray("not it\n")
                                          : QByteArray("host passphrase\n")));
        QStringList arguments = hostArguments();
        const auto set = [&](const QString& option, const QString& value) {
            arguments[arguments.indexOf(option) + 1] = value;
        };
        set(QStringLiteral("--passphrase-file"), passphrase);
        if (problem == QLatin1String("no wallet")) {
            set(QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("empty")));
        } else {
            const QString data = importedWallet(
                kCli, m_chain, dir.path(), 3,
                problem == QLatin1String("wrong passphrase") ? m_passphrase : passphrase);
            QVERIFY(!data.isEmpty());
            set(QStringLiteral("--data-dir"), data);
        }
        if (problem == QLatin1String("node down")) {
            QTcpServer probe; // a port that was free a moment ago: nothing listens there
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            const quint16 port = probe.serverPort();
            probe.close();
            set(QStringLiteral("--rpc-url"), QStringLiteral("http://127.0.0.1:%1").arg(port));
        }
        if (problem == QLatin1String("wrong chain"))
            set(QStringLiteral("--chain-id"), QStringLiteral("789987"));
        const ProgramRun run = runProgram(kCli, arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(QString::number(run.exitCode) + run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(!run.out.contains(QStringLiteral("selling")), qPrintable(run.out));
    }

    void killedAtEveryPointBooksExact() {
        QRandomGenerator random(m_seed);
        const UInt256 balanceBefore = m_session->balanceOf(host());
        const StorageRequest request = MarketplaceSession::makeRequest(
            m_chain.account(4), kSlots, kSlotSize, kDuration, kExpiry);
        const auto posted = m_session->post(request);
        QVERIFY2(posted.ok(), qPrintable(MarketplaceSession::failure(posted)));

        // 1. During the download: a batch written and not recorded, or recorded and the next
        // one not started.
        const QString downloadPoint = random.bounded(2) == 0
                                          ? QStringLiteral("sale.download.afterWrite")
                                          : QStringLiteral("sale.download.afterRecord");
        QVERIFY(runUntilCrash(downloadPoint));

        // 2. A fillSlot signed and stored, not broadcast.
        QVERIFY(killAtTransactionPoint(
            QStringLiteral("tx.send.beforeBroadcast"), Resumed::NotAgain,
            [](const QList<Intent>& stored) {
                return std::any_of(stored.cbegin(), stored.cend(), [](const Intent& intent) {
                    return isFill(intent) && intent.state == QLatin1String("signed");
                });
            }));

        // 3. A fillSlot mined on chain, its receipt not recorded.
        QVERIFY(killAtTransactionPoint(
            QStringLiteral("tx.receipt.beforeRecord"), Resumed::ReachedAgain,
            [this](const QList<Intent>& stored) {
                return std::any_of(stored.cbegin(), stored.cend(), [this](const Intent& intent) {
                    return isFill(intent) && intent.state != QLatin1String("mined") &&
                           minedOnChain(intent);
                });
            }));

        // 4. While proving: a proof submitted.
        QVERIFY(runUntilCrash(QStringLiteral("sale.proof.afterSubmit")));

        // 5. A plain SIGKILL at a moment the seed chooses, once the host sells again.
        {
            auto process = startHost({});
            QVERIFY(process->waitForStarted());
            QString out;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    out += QString::fromUtf8(process->readAllStandardOutput());
                    return out.contains(QStringLiteral("selling")) ||
                           process->state() == QProcess::NotRunning;
                },
                kRunMs));
            QVERIFY2(process->state() == QProcess::Running, qPrintable(out));
            const int afterMs = 200 + int(random.bounded(5000));
            qInfo("SIGKILL %d ms after the host sells again", afterMs);
            QTest::qWait(afterMs);
            QVERIFY2(process->state() == QProcess::Running, qPrintable(out));
            process->kill();
            QVERIFY(process->waitForFinished());
            QCOMPARE(process->exitStatus(), QProcess::CrashExit);
            m_allOut += out + QString::fromUtf8(process->readAllStandardOutput());
            ++m_kills;
        }

        // 6. freeSlot paid, the ledger has not booked it.
        QVERIFY(runUntilCrash(QStringLiteral("sale.payout.afterMarket")));

        // 7. Sells to the end, then SIGTERM: a clean stop.
        {
            auto process = startHost({});
            QString out;
            static const QRegularExpression finished(
                QStringLiteral("/(\\d+): (ended|settled at start as) SaleFinished"));
            const auto finishedSlots = [&] {
                QSet<QString> slots;
                for (auto match = finished.globalMatch(out); match.hasNext();)
                    slots.insert(match.next().captured(1));
                return slots.size();
            };
            const bool allFinished = QTest::qWaitFor(
                [&] {
                    out += QString::fromUtf8(process->readAllStandardOutput());
                    return finishedSlots() == int(kSlots) ||
                           process->state() == QProcess::NotRunning;
                },
                kRunMs);
            m_allOut += out;
            QVERIFY2(allFinished && process->state() == QProcess::Running,
                     qPrintable(out + QString::fromUtf8(process->readAllStandardError())));
            process->terminate();
            QVERIFY(process->waitForFinished(30'000));
            out = QString::fromUtf8(process->readAllStandardOutput());
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QCOMPARE(process->exitCode(), 0);
            QVERIFY2(out.contains(QStringLiteral("stopped")), qPrintable(out));
        }
        qInfo("%d runs, %d kills", m_runs, m_kills);

        // The chain: the request finished, no slot of ours.
        const auto state = m_session->view(marketplace::requestState(request.id()));
        QVERIFY2(state.ok(), qPrintable(MarketplaceSession::failure(state)));
        const auto requestState = m_session->answers().requestState(*state);
        SD_VERIFY_OK(requestState);
        QVERIFY(*requestState == RequestState::Finished);
        const auto mine = m_session->view(marketplace::mySlots(), host());
        QVERIFY2(mine.ok(), qPrintable(MarketplaceSession::failure(mine)));
        const auto slots = m_session->answers().slotIds(*mine);
        SD_VERIFY_OK(slots);
        QVERIFY(slots->isEmpty());

        // The books, read without writing.
        auto checked = HostEngine::checkDatabase(m_data);
        SD_VERIFY_OK(checked);
        auto database = Database::openReadOnly(std::move(*checked));
        SD_VERIFY_OK(database);
        Repo repo(**database, HostEngine::slotDataDirectory(m_data));
        Reservations reservations(**database, repo);
        Ledger ledger(**database);
        const auto entries = ledger.entries();
        SD_VERIFY_OK(entries);
        UInt256 in = 0;
        UInt256 out = 0;
        int deposits = 0;
        int payouts = 0;
        for (const LedgerEntry& entry : *entries) {
            switch (entry.kind) {
            case LedgerKind::CollateralDeposited:
                out += entry.amount;
                ++deposits;
                break;
            case LedgerKind::Payout:
                ++payouts;
                in += entry.amount;
                break;
            case LedgerKind::CollateralReturned:
                in += entry.amount;
                break;
            case LedgerKind::CollateralLost:
                break;
            }
        }
        QCOMPARE(deposits, int(kSlots));
        QCOMPARE(payouts, int(kSlots));
        // The books follow the chain: the transfers the host's follower stored (through every
        // kill) add up to what the ledger books.
        {
            auto chainChecked =
                Database::check(QDir(m_data).filePath(QStringLiteral("chain.sqlite")),
                                Database::kHostApplicationId);
            SD_VERIFY_OK(chainChecked);
            auto chainDatabase = Database::openReadOnly(std::move(*chainChecked));
            SD_VERIFY_OK(chainDatabase);
            const auto followed =
                TokenTransferFollower::totals(**chainDatabase, host(), m_session->marketplace());
            SD_VERIFY_OK(followed);
            // Per slot: the deposit, then the payout and the collateral back.
            QCOMPARE(followed->transfers, int(3 * kSlots));
            const QStringList disagreements =
                TokenTransferFollower::disagreements(*followed, out, in);
            QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(QLatin1Char('\n'))));
        }
        const UInt256 balanceAfter = m_session->balanceOf(host());
        QVERIFY(balanceAfter > balanceBefore); // the host earned something
        QCOMPARE(balanceAfter - balanceBefore, in - out);

        const auto held = reservations.reservations();
        SD_VERIFY_OK(held);
        QVERIFY(held->isEmpty());
        const auto offered = reservations.availabilities();
        SD_VERIFY_OK(offered);
        QCOMPARE(offered->size(), 1);
        QCOMPARE(offered->first().freeSize, offered->first().totalSize);
        QCOMPARE(offered->first().totalRemainingCollateral, offered->first().totalCollateral);
        database->reset();

        // `salesdesk-cli check` agrees, against the chain; and finds a ledger entry that is gone.
        const QStringList check{QStringLiteral("check"),
                                QStringLiteral("--data-dir"),
                                m_data,
                                QStringLiteral("--rpc-url"),
                                m_chain.rpcUrl().toString(),
                                QStringLiteral("--start-block"),
                                QString::number(m_chain.chain().deployment()->marketplaceBlock)};
        const ProgramRun agreed = runProgram(kCli, check);
        QVERIFY2(agreed.exitCode == 0 && agreed.out.contains(QStringLiteral("ok:")),
                 qPrintable(agreed.out + agreed.err));
        const QString damaged = m_dir.filePath(QStringLiteral("damaged"));
        QVERIFY(copyFiles(m_data, damaged));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(HostEngine::databaseFilePath(damaged));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("DELETE FROM ledger WHERE id = (SELECT max(id) FROM ledger)")));
            QCOMPARE(query.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        QStringList checkDamaged = check;
        checkDamaged[2] = damaged;
        const ProgramRun found = runProgram(kCli, checkDamaged);
        QVERIFY2(found.exitCode == 1 && found.out.contains(QStringLiteral("violation:")),
                 qPrintable(found.out + found.err));
    }
};

QTEST_GUILESS_MAIN(TestHostCrashCli)
#include "tst_hostcrashcli.moc"
