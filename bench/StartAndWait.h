#pragma once

#include "core/domain/Result.h"

#include <QEventLoop>

#include <functional>
#include <optional>

namespace salesdesk::bench {

// Calls `startable.start(callback)` (a Desk or a HostEngine: recovery, then the engine runs) and
// runs the event loop until the callback reports; returns what it reported.
template <typename Startable> Result<void> startAndWait(Startable& startable) {
    std::optional<Result<void>> outcome;
    QEventLoop loop;
    startable.start([&](Result<void> r) {
        outcome = std::move(r);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

} // namespace salesdesk::bench
