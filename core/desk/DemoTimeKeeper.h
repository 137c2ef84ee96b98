#pragma once

#include "core/clock/Clock.h"

#include <QObject>
#include <QTimer>

namespace salesdesk {

class AcceleratedClock;
class SimulatedMarket;

// Keeps the demo's accelerated time from going backwards across restarts. The accelerated clock
// runs ahead of the wall clock, so a restart at wall time would put the simulated market in its
// own past. The keeper stores the clock's time with the market (SimulatedMarket::storeValue),
// every few real seconds and when it is destroyed, and on construction moves the clock forward
// to max(stored time, the clock's time).
class DemoTimeKeeper : public QObject {
    Q_OBJECT
public:
    static constexpr char kStoredTimeKey[] = "demo.clock.now";
    static constexpr int kSaveIntervalMs = 5'000;

    DemoTimeKeeper(AcceleratedClock& clock, SimulatedMarket& market, QObject* parent = nullptr);
    ~DemoTimeKeeper() override;

    // The time stored by the last run (0 when none).
    static Timestamp storedTime(const SimulatedMarket& market);
    // Stores the clock's time now.
    void save();

private:
    AcceleratedClock& m_clock;
    SimulatedMarket& m_market;
    QTimer m_saveTimer;
};

} // namespace salesdesk
