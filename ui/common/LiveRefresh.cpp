#include "ui/common/LiveRefresh.h"

namespace salesdesk::ui {

LiveRefresh::LiveRefresh(int intervalMs, bool live, std::function<void()> refresh, QObject* parent)
    : QObject(parent)
    , m_refresh(std::move(refresh))
    , m_live(live) {
    m_batch.setSingleShot(true);
    m_batch.setInterval(intervalMs);
    connect(&m_batch, &QTimer::timeout, this, &LiveRefresh::refreshNow);
}

void LiveRefresh::changed() {
    if (!m_live)
        m_stale = true;
    else if (!m_batch.isActive())
        m_batch.start();
}

void LiveRefresh::setLive(bool live) {
    if (live == m_live)
        return;
    m_live = live;
    if (!live) {
        m_stale = m_stale || m_batch.isActive();
        m_batch.stop();
    } else if (m_stale) {
        refreshNow();
    }
}

void LiveRefresh::refreshNow() {
    m_batch.stop();
    m_stale = false;
    m_refresh();
}

} // namespace salesdesk::ui
