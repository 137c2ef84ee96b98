#pragma once

#include "core/clock/VirtualClock.h"
#include "core/desk/Desk.h"
#include "core/reservations/Reservations.h"
#include "core/simulation/SimulatedClients.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>
#include <optional>

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

    // Opens the desk without starting it (a test may connect to it first); `failEveryNProofs` > 0
    // makes every Nth proof invalid (missed proofs, slashes).
    Result<void> openStopped(UInt256 hostFunds = UInt256(1) << 80, int failEveryNProofs = 0) {
        SimulatedDeskOptions options;
        options.engine.dataDirectory = dir.path();
        options.engine.quotaBytes = 64 * 1024 * 1024;
        options.engine.seed = 7;
        options.engine.failEveryNProofs = failEveryNProofs;
        options.market.seed = 3;
        options.initialHostFunds = hostFunds;
        auto opened = Desk::openSimulated(clock, options);
        if (!opened.ok())
            return opened.error();
        desk = std::move(*opened);
        SimulatedClientsConfig config;
        config.seed = 5;
        clients = std::make_unique<SimulatedClients>(*desk->simulatedMarket(), clock, config);
        return {};
    }
    // Starts the opened desk and lets its recovery finish.
    Result<void> start() {
        std::optional<Result<void>> started;
        desk->start([&](Result<void> r) { started = std::move(r); });
        clock.advanceBy(0);
        QCoreApplication::processEvents();
        if (!started)
            return makeError(ErrorCode::Io, QStringLiteral("the desk did not start"));
        return *started;
    }
    // Opens and starts the desk; false (with a warning) when it cannot.
    bool open(int failEveryNProofs = 0) {
        auto opened = openStopped(UInt256(1) << 80, failEveryNProofs);
        if (opened.ok())
            opened = start();
        if (!opened.ok())
            qWarning("cannot open the desk: %s", qPrintable(opened.message()));
        return opened.ok();
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

    // Offers `size` bytes in the books (offer(size)).
    Result<Availability> createOffer(quint64 size) {
        return books().createAvailability(offer(size));
    }
    // A client posts a request of `slots` slots (ask(slots)) expiring in 10 minutes.
    Result<RequestId> post(quint64 slots = 4) { return clients->post(ask(slots), 600); }
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
