// DemoTimeKeeper: the demo's accelerated time never goes backwards across restarts.
#include "core/clock/AcceleratedClock.h"
#include "core/desk/DemoTimeKeeper.h"
#include "core/simulation/SimulatedMarket.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

namespace {

constexpr Timestamp kWallTime = 1'760'000'000;

struct FakeSource {
    qint64 ms = 0;
    AcceleratedClock::MonotonicSource source() {
        return [this] {
            return ms;
        };
    }
};

} // namespace

class TestDemoTimeKeeper : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resumesFromTheStoredTimeAfterARestart() {
        QTemporaryDir dir;
        SimulatedMarketOptions options;
        options.filePath = dir.filePath(QStringLiteral("market.sqlite"));
        {
            FakeSource real;
            AcceleratedClock clock(kWallTime, 600, nullptr, real.source());
            auto market = SimulatedMarket::open(clock, options);
            SD_VERIFY_OK(market);
            DemoTimeKeeper keeper(clock, **market);
            QCOMPARE(DemoTimeKeeper::storedTime(**market), kWallTime);
            real.ms += 60'000; // ten simulated hours in one real minute
            QCOMPARE(clock.now(), kWallTime + 36'000);
        } // the keeper stores the time as it goes
        // Restarted a real minute later: wall time is far behind the simulated time.
        FakeSource real;
        AcceleratedClock clock(kWallTime + 60, 600, nullptr, real.source());
        auto market = SimulatedMarket::open(clock, options);
        SD_VERIFY_OK(market);
        QCOMPARE(DemoTimeKeeper::storedTime(**market), kWallTime + 36'000);
        DemoTimeKeeper keeper(clock, **market);
        QCOMPARE(clock.now(), kWallTime + 36'000);
    }

    void keepsTheClockWhenItIsAhead() {
        QTemporaryDir dir;
        SimulatedMarketOptions options;
        options.filePath = dir.filePath(QStringLiteral("market.sqlite"));
        FakeSource real;
        AcceleratedClock clock(kWallTime, 60, nullptr, real.source());
        auto market = SimulatedMarket::open(clock, options);
        SD_VERIFY_OK(market);
        SD_VERIFY_OK(
            (*market)->control().storeValue(QString::fromLatin1(DemoTimeKeeper::kStoredTimeKey),
                                            QVariant::fromValue<qint64>(kWallTime - 500)));
        DemoTimeKeeper keeper(clock, **market);
        QCOMPARE(clock.now(), kWallTime);
        real.ms += 1'000;
        keeper.save();
        QCOMPARE(DemoTimeKeeper::storedTime(**market), kWallTime + 60);
    }
};

QTEST_GUILESS_MAIN(TestDemoTimeKeeper)
#include "tst_demotimekeeper.moc"
