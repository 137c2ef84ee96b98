#include "core/desk/DemoTimeKeeper.h"

#include "core/clock/AcceleratedClock.h"
#include "core/simulation/SimulatedMarket.h"

#include <QLoggingCategory>

namespace salesdesk {

namespace {
Q_LOGGING_CATEGORY(lcDemoTime, "salesdesk.desk.demotimekeeper")
} // namespace

DemoTimeKeeper::DemoTimeKeeper(AcceleratedClock& clock, SimulatedMarket& market, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_market(market) {
    const Timestamp stored = storedTime(market);
    if (stored > m_clock.now()) {
        qCInfo(lcDemoTime) << "resuming simulated time at" << stored << "(clock was at"
                           << m_clock.now() << ")";
        m_clock.advanceTo(stored);
    }
    save();
    m_saveTimer.setInterval(kSaveIntervalMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &DemoTimeKeeper::save);
    m_saveTimer.start();
}

DemoTimeKeeper::~DemoTimeKeeper() {
    save();
}

Timestamp DemoTimeKeeper::storedTime(const SimulatedMarket& market) {
    bool ok = false;
    const qint64 stored =
        market.control().storedValue(QString::fromLatin1(kStoredTimeKey)).toLongLong(&ok);
    return ok ? stored : 0;
}

void DemoTimeKeeper::save() {
    if (auto stored = m_market.control().storeValue(QString::fromLatin1(kStoredTimeKey),
                                                    QVariant::fromValue<qint64>(m_clock.now()));
        !stored.ok())
        qCWarning(lcDemoTime) << "cannot store the simulated time:" << stored.message();
}

} // namespace salesdesk
