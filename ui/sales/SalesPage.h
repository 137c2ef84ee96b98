#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace salesdesk {
class Desk;
}

namespace salesdesk::ui {

class FinishedSalesModel;
class RunningSalesModel;
class SaleDetailsPane;
class SaleStatesModel;

// The Sales screen. "Running": the states with their counts on the left, the sales in the
// selected state in the middle and the selected sale's details (ids, money, proofs and its state
// history) on the right. "History": the sales that ended, this session's and the ledger's.
//
// Actions for the window (also active on the page itself):
// - findAction() (Find, Ctrl+F): focuses the search field of the visible tab;
// - copyIdsAction() (Ctrl+Shift+C): copies the selected running sale's request id, slot index
//   and slot id to the clipboard;
// - showRunningAction() (Alt+1) and showHistoryAction() (Alt+2) switch the tab.
class SalesPage : public QWidget {
    Q_OBJECT
public:
    explicit SalesPage(salesdesk::Desk& desk, QWidget* parent = nullptr);

    QAction* findAction() const { return m_findAction; }
    QAction* copyIdsAction() const { return m_copyIdsAction; }
    QAction* showRunningAction() const { return m_showRunningAction; }
    QAction* showHistoryAction() const { return m_showHistoryAction; }

    // The parts, for the window and for tests.
    RunningSalesModel& runningModel() const { return *m_running; }
    SaleStatesModel& statesModel() const { return *m_states; }
    FinishedSalesModel& finishedModel() const { return *m_finished; }
    SaleDetailsPane& detailsPane() const { return *m_details; }
    QTreeView& statesView() const { return *m_statesView; }
    QTreeView& salesView() const { return *m_salesView; }
    QTreeView& historyView() const { return *m_historyView; }
    QTabWidget& tabs() const { return *m_tabs; }

    // Lists the sales of the state group at `row` of statesModel() (0: all).
    void selectStateGroup(int row);

private:
    QWidget* buildRunningTab();
    QWidget* buildHistoryTab();
    void onRunningBatch();
    void onHistoryBatch();
    void onSaleSelected();
    void updateRunningEmptyState();
    void copySelectedIds();

    RunningSalesModel* m_running = nullptr;
    SaleStatesModel* m_states = nullptr;
    FinishedSalesModel* m_finished = nullptr;
    QSortFilterProxyModel* m_stateFilter = nullptr;
    QSortFilterProxyModel* m_runningSearch = nullptr;
    QSortFilterProxyModel* m_historySearch = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeView* m_statesView = nullptr;
    QTreeView* m_salesView = nullptr;
    QTreeView* m_historyView = nullptr;
    QStackedWidget* m_runningStack = nullptr;
    QStackedWidget* m_historyStack = nullptr;
    QLabel* m_runningEmpty = nullptr;
    QLineEdit* m_runningFilter = nullptr;
    QLineEdit* m_historyFilter = nullptr;
    SaleDetailsPane* m_details = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_copyIdsAction = nullptr;
    QAction* m_showRunningAction = nullptr;
    QAction* m_showHistoryAction = nullptr;
};

} // namespace salesdesk::ui
