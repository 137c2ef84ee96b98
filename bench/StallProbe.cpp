#include "bench/StallProbe.h"

namespace salesdesk::bench {

StallProbe::StallProbe(int intervalMs, QObject* parent)
    : QObject(parent) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::fired);
}

void StallProbe::start() {
    m_gapsNs.clear();
    m_endsNs.clear();
    m_labels.clear();
    m_harnessGapsNs.clear();
    m_harnessNs = 0;
    m_clock.start();
    m_last = m_clock.nsecsElapsed();
    m_timer.start();
}

void StallProbe::stop() {
    m_timer.stop();
}

void StallProbe::fired() {
    const qint64 now = m_clock.nsecsElapsed();
    m_gapsNs.push_back(now - m_last);
    m_endsNs.push_back(now);
    m_labels.push_back(m_label ? m_label() : 0);
    m_harnessGapsNs.push_back(m_harnessNs);
    m_harnessNs = 0;
    m_last = now;
}

} // namespace salesdesk::bench
