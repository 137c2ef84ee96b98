#include "ui/events/EventLogModel.h"

#include "ui/common/Formatting.h"
#include "ui/sales/SaleText.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace salesdesk::ui {

namespace {

constexpr int kDefaultBatchMilliseconds = 250;

} // namespace

EventLogModel::EventLogModel(QObject* parent)
    : QAbstractTableModel(parent) {
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(kDefaultBatchMilliseconds);
    connect(&m_batchTimer, &QTimer::timeout, this, &EventLogModel::applyPendingEntries);
}

int EventLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int EventLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventLogEntry& entry = m_entries.at(index.row());
    switch (role) {
    case KindRole:
        return static_cast<int>(entry.kind);
    case SeverityRole:
        return static_cast<int>(entry.severity);
    case AlertRole:
        return entry.alert;
    case SearchTextRole:
        return QString(entry.requestId + QLatin1Char(' ') +
                       (entry.slotIndex >= 0 ? QString::number(entry.slotIndex) : QString()) +
                       QLatin1Char(' ') + entry.message);
    case Qt::TextAlignmentRole:
        return index.column() == SlotColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == RequestColumn)
            return entry.requestId;
        if (index.column() == MessageColumn)
            return entry.details.isEmpty() ? entry.message
                                           : entry.message + QLatin1Char('\n') + entry.details;
        return {};
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        switch (entry.severity) {
        case EventSeverity::Info:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        case EventSeverity::Warning:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case EventSeverity::Error:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return formatTimestamp(entry.at);
        case SeverityColumn:
            return eventSeverityName(entry.severity);
        case KindColumn:
            return eventKindName(entry.kind);
        case RequestColumn:
            return entry.requestId.isEmpty() ? QString() : shortHexId(entry.requestId);
        case SlotColumn:
            return entry.slotIndex >= 0 ? QString::number(entry.slotIndex) : QString();
        case MessageColumn:
            return entry.message;
        }
        return {};
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == SlotColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case KindColumn:
        return tr("Kind");
    case RequestColumn:
        return tr("Request");
    case SlotColumn:
        return tr("Slot");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

void EventLogModel::setCapacity(int capacity) {
    m_capacity = std::max(1, capacity);
    trimTo(m_capacity);
}

void EventLogModel::append(const EventLogEntry& entry) {
    m_pending.append(entry);
    if (m_pending.size() > m_capacity)
        m_pending.removeFirst(); // would not stay anyway
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void EventLogModel::applyPendingEntries() {
    m_batchTimer.stop();
    if (m_pending.isEmpty())
        return;
    QList<EventLogEntry> batch;
    batch.swap(m_pending);
    // Only the newest `capacity` of the batch can stay.
    const qsizetype keep = std::min<qsizetype>(batch.size(), m_capacity);
    const qsizetype skip = batch.size() - keep;
    // Make room first, so the model never holds more than its capacity.
    trimTo(static_cast<int>(m_capacity - keep));
    beginInsertRows({}, 0, static_cast<int>(keep) - 1);
    QList<EventLogEntry> merged;
    merged.reserve(keep + m_entries.size());
    for (qsizetype i = batch.size() - 1; i >= skip; --i)
        merged.append(batch.at(i));
    merged.append(m_entries);
    m_entries.swap(merged);
    endInsertRows();
    Q_EMIT entriesAdded(batch);
}

void EventLogModel::clear() {
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void EventLogModel::restore(const QList<EventLogEntry>& entries) {
    const qsizetype room = m_capacity - m_entries.size();
    const qsizetype keep = std::min<qsizetype>(room, entries.size());
    if (keep <= 0)
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(keep) - 1);
    // Newest first: the restored entries' newest comes right after what is shown.
    for (qsizetype i = entries.size() - 1; i >= entries.size() - keep; --i)
        m_entries.append(entries.at(i));
    endInsertRows();
}

void EventLogModel::trimTo(int capacity) {
    if (m_entries.size() <= capacity)
        return;
    beginRemoveRows({}, capacity, static_cast<int>(m_entries.size()) - 1);
    m_entries.resize(capacity);
    endRemoveRows();
}

} // namespace salesdesk::ui
