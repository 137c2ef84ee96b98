#include "ui/common/ContentsSizingPause.h"

#include <QEvent>
#include <QTimer>

namespace salesdesk::ui {

ContentsSizingPause::ContentsSizingPause(QHeaderView& header)
    : QObject(&header)
    , m_header(header) {
    header.installEventFilter(this);
    QTimer::singleShot(0, this, [this] {
        if (!m_header.isVisible())
            pause();
    });
}

bool ContentsSizingPause::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &m_header) {
        if (event->type() == QEvent::Hide)
            pause();
        else if (event->type() == QEvent::Show)
            resume();
    }
    return QObject::eventFilter(watched, event);
}

void ContentsSizingPause::pause() {
    if (m_paused)
        return;
    m_paused = true;
    m_modes.clear();
    const int count = m_header.count();
    m_modes.reserve(count);
    for (int section = 0; section < count; ++section) {
        m_modes.append(m_header.sectionResizeMode(section));
        // Setting Interactive keeps the section's current width.
        if (m_modes.last() == QHeaderView::ResizeToContents)
            m_header.setSectionResizeMode(section, QHeaderView::Interactive);
    }
}

void ContentsSizingPause::resume() {
    if (!m_paused)
        return;
    m_paused = false;
    // A section added while paused (a model with more columns) keeps the mode it came with.
    const int count = qMin(m_header.count(), static_cast<int>(m_modes.size()));
    for (int section = 0; section < count; ++section)
        if (m_modes.at(section) == QHeaderView::ResizeToContents)
            m_header.setSectionResizeMode(section, QHeaderView::ResizeToContents);
    m_modes.clear();
}

} // namespace salesdesk::ui
