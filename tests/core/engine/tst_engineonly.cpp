// The engine on its own: salesdesk_core with the tests' MockMarket and nothing else. This test
// links every object of salesdesk_core (whole archive) without salesdesk_simulation, so it stops
// linking the day the engine refers to the simulated marketplace (or the desk, the scenario
// runner, the chain); the engine's only market is the Market interface.
#include "core/clock/VirtualClock.h"
#include "core/engine/HostEngine.h"
#include "core/sales/SlotQueue.h"
#include "tests/support/MockMarket.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace salesdesk;

class TestEngineOnly : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void engineStartsOnAnyMarket();
};

void TestEngineOnly::engineStartsOnAnyMarket() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    VirtualClock clock(1'760'000'000);
    test::MockMarket market;
    market.signerAddress = Address::fromBytes(QByteArray(20, '\x42'));

    HostEngine::Options options;
    options.dataDirectory = dir.path();
    options.quotaBytes = 1024 * 1024;
    options.seed = 7;
    auto engine = HostEngine::open(market, clock, options);
    SD_VERIFY_OK(engine);

    std::optional<Result<void>> started;
    (*engine)->start([&](Result<void> r) { started = std::move(r); });
    for (int pass = 0; pass < 20 && !started; ++pass) {
        clock.advanceBy(0);
        QCoreApplication::processEvents();
    }
    QVERIFY(started.has_value());
    SD_VERIFY_OK(*started);

    // Recovery asked the market for the host's slots and the open requests, through the engine's
    // own retrying wrapper (not the mock itself), as the host it signs for.
    QVERIFY(market.calls.contains(QStringLiteral("mySlots")));
    QVERIFY(market.calls.contains(QStringLiteral("openRequests")));
    QVERIFY(&(*engine)->market() != &market);
    QCOMPARE((*engine)->market().signer(), market.signerAddress);
    QCOMPARE((*engine)->queue().size(), 0);
    (*engine)->stop();
}

QTEST_GUILESS_MAIN(TestEngineOnly)
#include "tst_engineonly.moc"
