#pragma once

#include <QHeaderView>
#include <QList>
#include <QObject>

namespace salesdesk::ui {

// Pauses the sizing of a header's ResizeToContents columns while the header is hidden: Qt
// measures such a column again on every change of its model, also when nobody can see it (a
// screen not shown, a tab behind another), and with a thousand rows that is most of what the
// window does. While hidden, every section is Interactive (its width kept); on showing, each
// section gets its mode back, and ResizeToContents columns are measured once then. A header
// created hidden is paused on the first event-loop turn after its setup (so the modes its owner
// sets after fitColumnsToContents are the ones restored). Owned by the header.
class ContentsSizingPause : public QObject {
    Q_OBJECT
public:
    explicit ContentsSizingPause(QHeaderView& header);

    bool isPaused() const { return m_paused; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void pause();
    void resume();

    QHeaderView& m_header;
    QList<QHeaderView::ResizeMode> m_modes; // each logical section's mode, while paused
    bool m_paused = false;
};

} // namespace salesdesk::ui
