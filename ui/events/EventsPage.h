#pragma once

#include "ui/events/EventLogEntry.h"

#include <QList>
#include <QSystemTrayIcon>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace salesdesk {
class Desk;
}

namespace salesdesk::ui {

class AlertBanner;
class EngineEventCollector;
class EventFilterProxy;
class EventLogModel;

// The Events screen: the log of sale state changes, errors and alerts, newest first and bounded
// (EventLogModel::kDefaultCapacity), filterable by kind, severity and request/slot text.
//
// Alerts (a slot errored, a proof missed, collateral slashed, a low balance) show in a banner on
// the page, count in unseenAlertCount() (for a badge) and are raised with alertRaised() for the
// window's QSystemTrayIcon::showMessage(title, text, icon). Alerts that arrive in one batch are
// raised as one message.
//
// Actions for the window (also active on the page itself):
// - findAction() (Find, Ctrl+F): focuses the search field;
// - dismissAlertsAction() (Ctrl+Shift+D): dismisses the alerts;
// - clearLogAction() (no shortcut): empties the log.
class EventsPage : public QWidget {
    Q_OBJECT
public:
    explicit EventsPage(salesdesk::Desk& desk, QWidget* parent = nullptr);

    int unseenAlertCount() const { return m_unseenAlerts; }
    QAction* findAction() const { return m_findAction; }
    QAction* dismissAlertsAction() const { return m_dismissAction; }
    QAction* clearLogAction() const { return m_clearAction; }

    // The parts, for the window and for tests.
    EventLogModel& logModel() const { return *m_log; }
    EventFilterProxy& filterModel() const { return *m_filter; }
    EngineEventCollector& collector() const { return *m_collector; }
    AlertBanner& alertBanner() const { return *m_banner; }
    QTreeView& view() const { return *m_view; }
    QComboBox& kindFilter() const { return *m_kind; }
    QComboBox& severityFilter() const { return *m_severity; }
    QLineEdit& searchField() const { return *m_search; }

public Q_SLOTS:
    void dismissAlerts();
    // Shows only the alerts in the log.
    void showAlerts();

Q_SIGNALS:
    void alertRaised(const QString& title, const QString& text, QSystemTrayIcon::MessageIcon icon);
    void unseenAlertCountChanged(int count);

private:
    void onEntriesAdded(const QList<EventLogEntry>& entries);
    void applyKindFilter();
    void updateStatus();
    static QString describe(const EventLogEntry& entry);

    EngineEventCollector* m_collector = nullptr;
    EventLogModel* m_log = nullptr;
    EventFilterProxy* m_filter = nullptr;
    AlertBanner* m_banner = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_severity = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_status = nullptr;
    QTreeView* m_view = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_dismissAction = nullptr;
    QAction* m_clearAction = nullptr;
    int m_unseenAlerts = 0;
    QString m_latestAlert;
    bool m_latestIsError = false;
};

} // namespace salesdesk::ui
