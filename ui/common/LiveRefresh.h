#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace salesdesk::ui {

// One refresh for a burst of changes, and none for a screen nobody looks at. A view calls
// changed() on every change of what it shows: the refresh runs intervalMs later, once for all
// the changes in between. While not live (its screen is hidden) a change only marks the view
// stale, and going live again refreshes a stale view at once; a batch under way when the view
// goes hidden is kept as stale, never lost. The refresh itself is the owner's: refreshNow()
// runs it at once and ends the batch.
class LiveRefresh final : public QObject {
    Q_OBJECT
public:
    LiveRefresh(int intervalMs, bool live, std::function<void()> refresh,
                QObject* parent = nullptr);

    void changed();
    void setLive(bool live);
    bool isLive() const { return m_live; }
    // A change is waiting for the batch, or for the view to go live.
    bool isPending() const { return m_stale || m_batch.isActive(); }
    void refreshNow();

private:
    std::function<void()> m_refresh;
    QTimer m_batch;
    bool m_live = true;
    bool m_stale = false;
};

} // namespace salesdesk::ui
