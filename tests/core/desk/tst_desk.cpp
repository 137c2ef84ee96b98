// The front ends' composition: market, demo clients and engine over one data directory.
#include "core/clock/AcceleratedClock.h"
#include "core/clock/ClockHold.h"
#include "core/clock/VirtualClock.h"
#include "core/desk/Desk.h"
#include "core/sales/SlotQueue.h"
#include "core/storage/Database.h"
#include "tests/support/FolderSnapshot.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

namespace {

constexpr Timestamp kStart = 1'760'000'000;

// A real-time source for an AcceleratedClock that the test moves by hand.
struct FakeSource {
    qint64 ms = 5'000;
    AcceleratedClock::MonotonicSource source() {
        return [this] {
            return ms;
        };
    }
};

SimulatedDeskOptions options(const QString& dataDirectory, bool demo) {
    SimulatedDeskOptions o;
    o.engine.dataDirectory = dataDirectory;
    o.engine.quotaBytes = 16 * 1024 * 1024;
    o.engine.seed = 11;
    o.initialHostFunds = 1000;
    if (demo) {
        SimulatedClientsConfig clients;
        clients.meanIntervalSeconds = 60;
        clients.meanSlotSize = 64 * 1024;
        o.demoClients = clients;
    }
    return o;
}

// A desk's data directory as a process killed at work leaves it: both files with changes still
// in their write-ahead logs; `hostSchema` (when set) is written into the host's books first.
bool makeCrashImage(const QString& live, const QString& crash, int hostSchema) {
    VirtualClock clock(kStart);
    auto desk = Desk::openSimulated(clock, options(live, false));
    if (!desk.ok())
        return false;
    SimulatedMarket* market = (*desk)->simulatedMarket();
    if (!market->control().mint(market->signer(), 5).ok())
        return false;
    if (hostSchema > 0 && !(*desk)
                               ->engine()
                               .database()
                               .execute(QStringLiteral("PRAGMA user_version=%1").arg(hostSchema))
                               .ok())
        return false;
    return test::copyFiles(live, crash) && QFileInfo::exists(crash + "/market.sqlite-wal") &&
           QFileInfo::exists(crash + "/salesdesk.sqlite-wal");
}

} // namespace

class TestDesk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refusesAnEmptyDataDirectory() {
        VirtualClock clock(kStart);
        SD_VERIFY_ERROR(Desk::openSimulated(clock, options(QString(), false)),
                        ErrorCode::InvalidArgument);
    }

    void fundsTheHostOnceAndKeepsTheMarketInTheDataDirectory() {
        QTemporaryDir dir;
        VirtualClock clock(kStart);
        {
            auto desk = Desk::openSimulated(clock, options(dir.path(), false));
            SD_VERIFY_OK(desk);
            SimulatedMarket* market = (*desk)->simulatedMarket();
            QVERIFY(market);
            QCOMPARE(market->control().balanceOf(market->signer()), UInt256(1000));
            QVERIFY(market->control().isPersistent());
            QCOMPARE(market->control().filePath(), dir.filePath(QStringLiteral("market.sqlite")));
            QVERIFY(!(*desk)->demoClients());
            SD_VERIFY_OK(market->control().mint(market->signer(), 5));
        }
        // Reopened: the stored balance stays, nothing is minted again.
        auto desk = Desk::openSimulated(clock, options(dir.path(), false));
        SD_VERIFY_OK(desk);
        SimulatedMarket* market = (*desk)->simulatedMarket();
        QCOMPARE(market->control().balanceOf(market->signer()), UInt256(1005));
    }

    // The host's books are refused (written by a newer Sales Desk, the change still in the log):
    // the market's file, opened before them, is not written either.
    void refusedHostBooksLeaveTheMarketsFileUntouched() {
        QTemporaryDir live, crash;
        QVERIFY(makeCrashImage(live.path(), crash.path(), 999));
        const auto before = test::FolderSnapshot::take(crash.path());
        VirtualClock clock(kStart);
        auto desk = Desk::openSimulated(clock, options(crash.path(), false));
        SD_VERIFY_ERROR(desk, ErrorCode::DatabaseTooNew);
        SD_VERIFY_FOLDER_UNCHANGED(before, crash.path());
    }

    // The market's file is refused: the host's books, checked before it, are not written.
    void refusedMarketFileLeavesTheHostBooksUntouched() {
        QTemporaryDir live, crash;
        QVERIFY(makeCrashImage(live.path(), crash.path(), 0));
        {
            QSqlDatabase market = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "m");
            market.setDatabaseName(crash.filePath(QStringLiteral("market.sqlite")));
            QVERIFY(market.open());
            QVERIFY(QSqlQuery(market).exec(QStringLiteral("PRAGMA user_version=999")));
            market.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("m"));
        const auto before = test::FolderSnapshot::take(crash.path());
        QVERIFY(before.fileNames().contains(QStringLiteral("salesdesk.sqlite-wal")));
        VirtualClock clock(kStart);
        auto desk = Desk::openSimulated(clock, options(crash.path(), false));
        SD_VERIFY_ERROR(desk, ErrorCode::DatabaseTooNew);
        QVERIFY2(desk.message().contains(QStringLiteral("market.sqlite")),
                 qPrintable(desk.message()));
        SD_VERIFY_FOLDER_UNCHANGED(before, crash.path());
    }

    void startsTheDemoClientsOnlyAfterTheEngineStarted() {
        QTemporaryDir dir;
        VirtualClock clock(kStart);
        auto desk = Desk::openSimulated(clock, options(dir.path(), true));
        SD_VERIFY_OK(desk);
        SimulatedClients* clients = (*desk)->demoClients();
        QVERIFY(clients);
        QVERIFY(!clients->running());
        QSignalSpy posted(clients, &SimulatedClients::requestPosted);
        bool started = false;
        (*desk)->start([&](Result<void> r) {
            QVERIFY(r.ok());
            started = true;
        });
        clock.advanceBy(0);
        QCoreApplication::processEvents();
        QTRY_VERIFY(started);
        QVERIFY(clients->running());
        clock.advanceBy(3600);
        QVERIFY(posted.count() > 0);
        (*desk)->stop();
        QVERIFY(!clients->running());
    }

    void holdsTheDemoClockWhileSalesAreRecovered() {
        // At 3,600x ten real seconds of recovery would be ten simulated hours, enough to miss a
        // proof due early after a restart: the demo's clock stands still from start() until the
        // sales are recovered, at every step of the recovery, and runs again after.
        QTemporaryDir dir;
        FakeSource real;
        AcceleratedClock clock(kStart, 3'600, nullptr, real.source());
        auto desk = Desk::openSimulated(clock, options(dir.path(), false));
        SD_VERIFY_OK(desk);
        const Timestamp before = clock.now();
        std::optional<Result<void>> started;
        (*desk)->start([&](Result<void> r) { started = std::move(r); });
        for (int step = 0; !started && step < 1'000; ++step) {
            real.ms += 10'000;
            QCOMPARE(clock.now(), before);
            QCOMPARE(clock.heldBy(), std::optional(ClockHoldReason::Recovery));
            QCoreApplication::processEvents(); // the market's next answers
        }
        QVERIFY(started.has_value());
        SD_VERIFY_OK(*started);
        QCOMPARE(clock.now(), before);
        QCOMPARE(clock.activeHolds(), 0);
        real.ms += 1'000;
        QVERIFY(clock.now() > before);
        QVERIFY(clock.heldBy() != std::optional(ClockHoldReason::Recovery));
        (*desk)->stop();
    }

    void releasesTheDemoClockWhenRecoveryFails() {
        // The market refuses to list the host's slots: start() fails, and time runs again.
        QTemporaryDir dir;
        FakeSource real;
        AcceleratedClock clock(kStart, 3'600, nullptr, real.source());
        SimulatedDeskOptions o = options(dir.path(), false);
        o.engine.retryAttempts = 1;
        auto desk = Desk::openSimulated(clock, o);
        SD_VERIFY_OK(desk);
        (*desk)->simulation()->setFault(QStringLiteral("mySlots"), 1.0, kStart + 1'000'000);
        const Timestamp before = clock.now();
        std::optional<Result<void>> started;
        (*desk)->start([&](Result<void> r) { started = std::move(r); });
        real.ms += 10'000;
        QCOMPARE(clock.now(), before);
        QTRY_VERIFY(started.has_value());
        QVERIFY(!started->ok());
        QCOMPARE(clock.activeHolds(), 0);
        real.ms += 1'000;
        QVERIFY(clock.now() > before);
        (*desk)->stop();
    }
};

QTEST_GUILESS_MAIN(TestDesk)
#include "tst_desk.moc"
