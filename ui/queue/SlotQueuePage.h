#pragma once

#include "core/domain/FixedBytes.h"

#include <QWidget>

#include <optional>
#include <utility>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace salesdesk {

class Desk;
class SlotQueue;

namespace ui {

class SlotQueueModel;
class SlotQueueSortProxy;

// The Slot queue screen: every queued slot in the order the engine will take it (rank, request,
// slot, size, duration, price, profitability, collateral, expiry, whether it was already checked),
// sortable on any column and filtered by request id; the queue's real state (running, paused by
// the user, or paused by itself because no queued slot matches an availability) and its workers.
//
// Actions for the window:
// - pauseAction() "Pause queue" (checkable, Ctrl+Shift+P): checked = the user paused the queue
//   (SlotQueue::setUserPaused). It follows the engine: a pause set elsewhere checks it.
// - filterAction() (Ctrl+F): focuses the request id filter.
class SlotQueuePage : public QWidget {
    Q_OBJECT
public:
    explicit SlotQueuePage(Desk& desk, QWidget* parent = nullptr);

    QAction* pauseAction() const { return m_pauseAction; }
    QAction* filterAction() const { return m_filterAction; }
    SlotQueueModel* model() const { return m_model; }
    SlotQueueSortProxy* proxy() const { return m_proxy; }

public Q_SLOTS:
    void setPaused(bool paused);
    // Shows only the slots whose request id contains `text` (case-insensitive; empty: all).
    void setFilterText(const QString& text);

private:
    void buildUi();
    void updateState();
    void updateCounts();
    void rememberSelection();
    void restoreSelection();

    SlotQueue& m_queue;
    SlotQueueModel* m_model = nullptr;
    SlotQueueSortProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_workers = nullptr;
    QLabel* m_counts = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_filterAction = nullptr;
    std::optional<std::pair<RequestId, quint64>> m_selected;
    bool m_columnsSized = false;
};

} // namespace ui
} // namespace salesdesk
