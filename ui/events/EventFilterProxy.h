#pragma once

#include "ui/events/EventLogEntry.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace salesdesk::ui {

// Filters the events log (EventLogModel) by kind, alerts only, least severity and a text found in
// the request id, slot index or message (case-insensitive). Keeps the log's order.
class EventFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EventFilterProxy(QObject* parent = nullptr);

    void setKind(std::optional<EventKind> kind);
    void setAlertsOnly(bool alertsOnly);
    void setMinimumSeverity(EventSeverity severity);
    void setSearchText(const QString& text);

    std::optional<EventKind> kind() const { return m_kind; }
    bool alertsOnly() const { return m_alertsOnly; }
    EventSeverity minimumSeverity() const { return m_minimumSeverity; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<EventKind> m_kind;
    bool m_alertsOnly = false;
    EventSeverity m_minimumSeverity = EventSeverity::Info;
    QString m_text;
};

} // namespace salesdesk::ui
