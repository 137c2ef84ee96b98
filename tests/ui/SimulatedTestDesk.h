#pragma once

// A Desk on the simulated market and a VirtualClock over a temporary data directory, started: what
// the Availabilities and Slot queue screen tests drive.
#include "core/clock/VirtualClock.h"
#include "core/desk/Desk.h"
#include "core/simulation/SimulatedClients.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace salesdesk::test {

class SimulatedTestDesk {
public:
    static constexpr Timestamp kStart = 1'760'000'000;
    static constexpr quint64 kQuota = quint64(8) << 30; // a number in the books; nothing is written

    // With demo clients that post only when asked (SimulatedClients::post).
    Result<void> open() {
        SimulatedDeskOptions options;
        options.engine.dataDirectory = m_dir.path();
        options.engine.quotaBytes = kQuota;
        options.engine.seed = 17;
        options.market.seed = 3;
        SimulatedClientsConfig clients;
        clients.seed = 5;
        clients.meanIntervalSeconds = 365ll * 24 * 3600; // the stream stays quiet
        clients.meanSlotSize = 64 * 1024;
        options.demoClients = clients;
        auto opened = Desk::openSimulated(m_clock, options);
        if (!opened.ok())
            return opened.error();
        m_desk = std::move(*opened);
        bool started = false;
        Result<void> result;
        m_desk->start([&](Result<void> r) {
            started = true;
            result = r;
        });
        m_clock.advanceBy(0);
        if (!QTest::qWaitFor([&] { return started; }, 10000))
            return makeError(ErrorCode::Io, QStringLiteral("the desk did not start"));
        return result;
    }

    // Advances virtual time a second at a time (running the event loop) until `done` or `limit`
    // seconds went by; returns whether `done` held.
    bool runUntil(const std::function<bool()>& done, int limit = 120) {
        for (int i = 0; i < limit; ++i) {
            QCoreApplication::processEvents();
            if (done())
                return true;
            m_clock.advanceBy(1);
        }
        QCoreApplication::processEvents();
        return done();
    }

    Desk& desk() { return *m_desk; }
    VirtualClock& clock() { return m_clock; }

private:
    QTemporaryDir m_dir;
    VirtualClock m_clock{kStart};
    std::unique_ptr<Desk> m_desk;
};

} // namespace salesdesk::test
