#pragma once

// A Desk on a new local test chain (anvil from node_modules, started by the desk on a free
// loopback port) in a temporary data directory, started: what the screen tests that need a chain
// drive. Demo clients post rarely and small, so the chain stays quiet unless a test acts.
#include "core/clock/SystemClock.h"
#include "core/desk/Desk.h"

#include <QTest>

#include <memory>
#include <optional>

namespace salesdesk::test {

inline LocalChainDeskOptions localChainTestDeskOptions(const QString& directory) {
    LocalChainDeskOptions options;
    options.engine.dataDirectory = directory;
    options.engine.quotaBytes = quint64(64) << 20;
    options.engine.hooks.storeData = false;
    options.engine.seed = 5;
    options.chain.clients.seed = 9;
    options.chain.clients.meanIntervalSeconds = 3600;
    options.chain.clients.minSlotSize = 100'000;
    options.chain.clients.maxSlotSize = 300'000;
    return options;
}

// The desk, opened and started on `clock`; null (with a warning saying why) if it did not.
inline std::unique_ptr<Desk> startedLocalChainDesk(SystemClock& clock, const QString& directory) {
    std::optional<Result<std::unique_ptr<Desk>>> opened;
    Desk::openLocalChain(clock, localChainTestDeskOptions(directory),
                         [&](Result<std::unique_ptr<Desk>> desk) { opened = std::move(desk); });
    if (!QTest::qWaitFor([&] { return opened.has_value(); }, 90'000) || !opened->ok()) {
        qWarning("the local chain did not open: %s",
                 opened ? qPrintable(opened->message()) : "no answer");
        return nullptr;
    }
    std::unique_ptr<Desk> desk = std::move(**opened);
    std::optional<Result<void>> started;
    desk->start([&](Result<void> result) { started = std::move(result); });
    if (!QTest::qWaitFor([&] { return started.has_value(); }, 60'000) || !started->ok()) {
        qWarning("the desk did not start: %s",
                 started ? qPrintable(started->message()) : "no answer");
        return nullptr;
    }
    return desk;
}

} // namespace salesdesk::test
