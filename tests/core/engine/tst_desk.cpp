// The front ends' composition: market, demo clients and engine over one data directory.
#include "core/clock/VirtualClock.h"
#include "core/engine/Desk.h"
#include "core/sales/SlotQueue.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

namespace {

constexpr Timestamp kStart = 1'760'000'000;

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
            QCOMPARE(market->balanceOf(market->signer()), UInt256(1000));
            QVERIFY(market->isPersistent());
            QCOMPARE(market->filePath(), dir.filePath(QStringLiteral("market.sqlite")));
            QVERIFY(!(*desk)->demoClients());
            SD_VERIFY_OK(market->mint(market->signer(), 5));
        }
        // Reopened: the stored balance stays, nothing is minted again.
        auto desk = Desk::openSimulated(clock, options(dir.path(), false));
        SD_VERIFY_OK(desk);
        SimulatedMarket* market = (*desk)->simulatedMarket();
        QCOMPARE(market->balanceOf(market->signer()), UInt256(1005));
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
};

QTEST_GUILESS_MAIN(TestDesk)
#include "tst_desk.moc"
