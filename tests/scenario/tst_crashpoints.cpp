// Crash points end to end: for every point of CrashPoint::all() the demo reaches (all but the
// chain transactions' tx.*, the direct deals' deal.* and the paid retrieval's retrieval.* points),
// the real salesdesk-cli demo is killed there (SALESDESK_CRASH_AT), started again on the same data
// directory, and `salesdesk-cli check` must then find books that reconcile.
#include "core/domain/CrashPoint.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

namespace {

const QString kCli = QStringLiteral(SALESDESK_CLI);

// Fast enough that a 2-hour demo request ends in about two real seconds.
const QString kSpeed = QStringLiteral("3600");
// How long a run may take to reach its point (a payout needs a whole request).
const QString kCrashRunSeconds = QStringLiteral("20");
// The restart after a crash: recovery, then a little selling.
const QString kSettleSeconds = QStringLiteral("1");
constexpr int kProcessTimeoutMs = 60'000;

struct CliRun {
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
    QString describe() const {
        return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3")
            .arg(exitCode)
            .arg(out, err.right(2000));
    }
};

CliRun runCli(const QStringList& arguments, const QString& crashAt = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SALESDESK_CRASH_AT"));
    if (!crashAt.isEmpty())
        environment.insert(QStringLiteral("SALESDESK_CRASH_AT"), crashAt);
    process.setProcessEnvironment(environment);
    process.start(kCli, arguments);
    CliRun run;
    run.finished =
        process.waitForFinished(kProcessTimeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!run.finished)
        process.kill();
    process.waitForFinished();
    run.exitCode = process.exitCode();
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

// The demo's own requests last a day or more and write no data, so the runs here use its small
// scale (--small): slots written to disk, requests that end within seconds at kSpeed. Only the
// points of generated data need the demo's own scale.
bool needsTheDemosOwnScale(const QString& point) {
    return point == QLatin1String("sale.download.afterCount");
}

CliRun demo(const QString& dataDir, const QString& runFor, const QString& crashAt = {},
            bool small = true) {
    QStringList arguments{QStringLiteral("demo"),
                          QStringLiteral("--data-dir"),
                          dataDir,
                          QStringLiteral("--speed"),
                          kSpeed,
                          QStringLiteral("--run-for"),
                          runFor};
    if (small)
        arguments.append(QStringLiteral("--small"));
    return runCli(arguments, crashAt);
}

CliRun check(const QString& dataDir) {
    return runCli({QStringLiteral("check"), QStringLiteral("--data-dir"), dataDir});
}

// The chain's transaction points (tx.*): the demo sends no transactions; a helper process that
// does is killed at each of them in tests/core/chain/tst_transactionmanagercrash.cpp. The deal.*
// and retrieval.* points are a chain host's: tests/app/tst_hostdealcrashcli.cpp and
// tst_hostretrievalcrashcli.cpp kill `salesdesk-cli host` at them.
bool reachedByTheDemo(const QString& point) {
    return !point.startsWith(QLatin1String("tx.")) && !point.startsWith(QLatin1String("deal.")) &&
           !point.startsWith(QLatin1String("retrieval."));
}

// Points reached only while a restarted desk recovers: the crash before them leaves what they
// settle.
QString preparationFor(const QString& point) {
    if (point == QLatin1String("sales.reconcile.beforeCommit"))
        return QStringLiteral("sale.fill.beforeMarket"); // a reservation whose fill never went out
    return {};
}

} // namespace

class TestCrashPoints : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(kCli), qPrintable(kCli)); }

    void everyPointIsNamedOnce() {
        QSet<QString> names;
        for (const CrashPointInfo& point : CrashPoint::all()) {
            const QString name = QLatin1String(point.name);
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QVERIFY2(QString::fromLatin1(point.where).size() > 10, qPrintable(name));
        }
        QVERIFY(names.size() >= 15);
    }

    void aDemoThatStopsCleanlyReconciles() {
        QTemporaryDir dir;
        const CliRun run = demo(dir.path(), QStringLiteral("3"));
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        const CliRun checked = check(dir.path());
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.describe()));
        QVERIFY(checked.out.contains(QLatin1String("reconcile")));
    }

    void checkFindsBooksThatDoNotReconcile() {
        QTemporaryDir dir;
        const CliRun run = demo(dir.path(), QStringLiteral("3"));
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        {
            // A deposit the ledger never heard of: the balance no longer adds up.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(dir.filePath(QStringLiteral("salesdesk.sqlite")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO ledger (at, kind, request_id, slot_index, amount) VALUES "
                "(1, 1, zeroblob(32), 0, X'00000000000000000000000000000000000000000000000000000"
                "000000000FF')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const CliRun checked = check(dir.path());
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.out.contains(QLatin1String("violation: host: balance")),
                 qPrintable(checked.out));
    }

    void checkRefusesWhatIsNoDesk() {
        QTemporaryDir dir;
        const CliRun missing = check(dir.filePath(QStringLiteral("none")));
        QCOMPARE(missing.exitCode, 2);
        const CliRun empty = check(dir.path());
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err.contains(QLatin1String("holds no desk")), qPrintable(empty.err));
        const CliRun noDir = runCli({QStringLiteral("check")});
        QCOMPARE(noDir.exitCode, 2);
    }

    void anUnknownPointIsRefused() {
        QTemporaryDir dir;
        const CliRun run = demo(dir.path(), QStringLiteral("1"), QStringLiteral("no.such.point"));
        QCOMPARE(run.exitCode, CrashPoint::kUnknownPointExitCode);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("salesdesk.sqlite"))));
    }

    void booksReconcileAfterACrash_data() {
        QTest::addColumn<QString>("point");
        for (const CrashPointInfo& point : CrashPoint::all())
            if (reachedByTheDemo(QString::fromLatin1(point.name)))
                QTest::newRow(point.name) << QString::fromLatin1(point.name);
    }

    void booksReconcileAfterACrash() {
        QFETCH(QString, point);
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        const bool small = !needsTheDemosOwnScale(point);
        if (const QString before = preparationFor(point); !before.isEmpty()) {
            const CliRun prepared = demo(dir.path(), kCrashRunSeconds, before, small);
            QVERIFY2(prepared.exitCode == CrashPoint::kCrashExitCode,
                     qPrintable(prepared.describe()));
        }
        const CliRun crashed = demo(dir.path(), kCrashRunSeconds, point, small);
        QVERIFY2(crashed.exitCode == CrashPoint::kCrashExitCode,
                 qPrintable(QStringLiteral("%1 not reached: %2").arg(point, crashed.describe())));
        QVERIFY2(crashed.err.contains(point), qPrintable(crashed.err));
        const qint64 crashMs = timer.elapsed();

        const CliRun restarted = demo(dir.path(), kSettleSeconds, {}, small);
        QVERIFY2(restarted.finished && restarted.exitCode == 0, qPrintable(restarted.describe()));
        const CliRun checked = check(dir.path());
        qInfo().noquote() << point << "crashed after" << crashMs << "ms, checked after"
                          << timer.elapsed() << "ms";
        QVERIFY2(checked.exitCode == 0,
                 qPrintable(QStringLiteral("after a crash at %1: %2").arg(point, checked.out)));
    }
};

QTEST_GUILESS_MAIN(TestCrashPoints)
#include "tst_crashpoints.moc"
