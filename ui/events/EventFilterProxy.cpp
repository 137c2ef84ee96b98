#include "ui/events/EventFilterProxy.h"

#include "ui/events/EventLogModel.h"

namespace salesdesk::ui {

EventFilterProxy::EventFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
}

void EventFilterProxy::setKind(std::optional<EventKind> kind) {
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void EventFilterProxy::setAlertsOnly(bool alertsOnly) {
    if (m_alertsOnly == alertsOnly)
        return;
    m_alertsOnly = alertsOnly;
    invalidateFilter();
}

void EventFilterProxy::setMinimumSeverity(EventSeverity severity) {
    if (m_minimumSeverity == severity)
        return;
    m_minimumSeverity = severity;
    invalidateFilter();
}

void EventFilterProxy::setSearchText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && index.data(EventLogModel::KindRole).toInt() != static_cast<int>(*m_kind))
        return false;
    if (m_alertsOnly && !index.data(EventLogModel::AlertRole).toBool())
        return false;
    if (index.data(EventLogModel::SeverityRole).toInt() < static_cast<int>(m_minimumSeverity))
        return false;
    if (!m_text.isEmpty() &&
        !index.data(EventLogModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace salesdesk::ui
