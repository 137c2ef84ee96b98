#pragma once

#include "TestSupport.h"
#include "clock/VirtualClock.h"
#include "engine/Desk.h"
#include "market/SimulatedClients.h"
#include "reservations/Reservations.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace salesdesk::test {

// A Desk on the simulated market and a VirtualClock over a temporary data directory, started,
// with clients that post the requests a test scripts. For screen tests: small sizes, seconds of
// real time for hours of simulated time.
struct ScriptedDesk {
    static constexpr Timestamp kStart = 1'760'000'000;
    static constexpr quint64 kSlotSize = 64 * 1024;

    QTemporaryDir dir;
    VirtualClock clock{kStart};
    std::unique_ptr<Desk> desk;
    std::unique_ptr<SimulatedClients> clients;

    // Opens and starts the desk; false (with a test failure) when it cannot.
    bool open(int failEveryNProofs = 0) {
        SimulatedDeskOptions options;
        options.engine.dataDirectory = dir.path();
        options.engine.quotaBytes = 64 * 1024 * 1024;
        options.engine.seed = 7;
        options.engine.failEveryNProofs = failEveryNProofs;
        options.market.seed = 3;
        options.initialHostFunds = UInt256(1) << 80;
        auto opened = Desk::openSimulated(clock, options);
        if (!opened.ok()) {
            qWarning("cannot open the desk: %s", qPrintable(opened.message()));
            return false;
        }
        desk = std::move(*opened);
        SimulatedClientsConfig config;
        config.seed = 5;
        clients = std::make_unique<SimulatedClients>(*desk->simulatedMarket(), clock, config);
        bool started = false;
        desk->start([&](Result<void> r) { started = r.ok(); });
        clock.advanceBy(0);
        QCoreApplication::processEvents();
        return started;
    }

    // Replaces the clients by a running stream of requests (for screenshots and load).
    void startStream(const SimulatedClientsConfig& config) {
        clients = std::make_unique<SimulatedClients>(*desk->simulatedMarket(), clock, config);
        clients->start();
    }

    ~ScriptedDesk() {
        clients.reset();
        desk.reset();
    }

    Reservations& books() const { return desk->engine().reservations(); }

    static StorageAsk ask(quint64 slots = 4, quint64 duration = 4 * 3600) {
        StorageAsk a;
        a.slots = slots;
        a.slotSize = kSlotSize;
        a.duration = duration;
        a.pricePerBytePerSecond = 10;
        a.collateralPerByte = 2;
        a.proofProbability = 1;
        a.maxSlotLoss = 1;
        return a;
    }

    static NewAvailability offer(quint64 size = 64 * kSlotSize) {
        NewAvailability p;
        p.totalSize = size;
        p.duration = 24 * 3600;
        p.minPricePerBytePerSecond = 1;
        p.totalCollateral = UInt256(size) * 10;
        return p;
    }
};

} // namespace salesdesk::test
