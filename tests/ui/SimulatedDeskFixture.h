#pragma once

// A Desk on the simulated market and a VirtualClock in a temporary folder, for the screens'
// tests: small slots, a seeded market, clients that post when the test says so.

#include "TestSupport.h"
#include "clock/VirtualClock.h"
#include "engine/Desk.h"
#include "market/SimulatedClients.h"
#include "market/SimulatedMarket.h"
#include "reservations/Reservations.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace salesdesk::test {

struct SimulatedDeskFixture {
    static constexpr Timestamp kStart = 1'760'000'000;
    static constexpr quint64 kSlotSize = 64 * 1024;

    QTemporaryDir dir;
    VirtualClock clock{kStart};
    std::unique_ptr<Desk> desk;
    std::unique_ptr<SimulatedClients> clients;

    // `failEveryNProofs` > 0 makes every Nth proof invalid (missed proofs, slashes).
    Result<void> open(UInt256 hostFunds = UInt256(1) << 80, int failEveryNProofs = 0) {
        SimulatedDeskOptions options;
        options.engine.dataDirectory = dir.path();
        options.engine.quotaBytes = 16 * 1024 * 1024;
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

    Result<void> start() {
        std::optional<Result<void>> started;
        desk->start([&](Result<void> r) { started = std::move(r); });
        clock.advanceBy(0);
        QCoreApplication::processEvents();
        if (!started)
            return makeError(ErrorCode::Io, QStringLiteral("the desk did not start"));
        return *started;
    }

    Result<Availability> offer(quint64 size) {
        NewAvailability p;
        p.totalSize = size;
        p.duration = 24 * 3600;
        p.minPricePerBytePerSecond = 1;
        p.totalCollateral = UInt256(size) * 10;
        return desk->engine().reservations().createAvailability(p);
    }

    StorageAsk ask(quint64 slots = 4) const {
        StorageAsk a;
        a.slots = slots;
        a.slotSize = kSlotSize;
        a.duration = 4 * 3600;
        a.pricePerBytePerSecond = 10;
        a.collateralPerByte = 2;
        a.proofProbability = 1;
        a.maxSlotLoss = 1;
        return a;
    }

    Result<RequestId> post(quint64 slots = 4) { return clients->post(ask(slots), 600); }

    ~SimulatedDeskFixture() {
        // The clients post to the desk's market: they go first.
        clients.reset();
        desk.reset();
    }
};

} // namespace salesdesk::test
