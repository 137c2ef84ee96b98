#include "ui/events/EventHistory.h"

#include "core/storage/HistoryStore.h"
#include "ui/events/EventLogModel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace salesdesk::ui {

Q_LOGGING_CATEGORY(lcEventHistory, "salesdesk.ui.eventhistory")

const QString EventHistory::kChannel = QStringLiteral("events");

EventHistory::EventHistory(Database& database, EventLogModel& model, QObject* parent)
    : QObject(parent)
    , m_db(database) {
    auto records = HistoryStore(m_db).load(kChannel, kKeptEvents);
    if (records.ok()) {
        QList<EventLogEntry> entries;
        for (const QByteArray& record : *records)
            if (auto entry = decode(record))
                entries.append(*entry);
        model.restore(entries);
    } else {
        qCWarning(lcEventHistory).noquote() << "cannot read the saved events:" << records.message();
    }
    connect(&model, &EventLogModel::entriesAdded, this, &EventHistory::save);
    connect(&model, &EventLogModel::modelReset, this, &EventHistory::forget);
}

void EventHistory::save(const QList<EventLogEntry>& entries) {
    QList<QByteArray> records;
    records.reserve(entries.size());
    for (const EventLogEntry& entry : entries)
        records.append(encode(entry));
    if (auto saved = HistoryStore(m_db).append(kChannel, records, kKeptEvents); !saved.ok())
        qCWarning(lcEventHistory).noquote() << "cannot save events:" << saved.message();
}

void EventHistory::forget() {
    if (auto cleared = HistoryStore(m_db).clear(kChannel); !cleared.ok())
        qCWarning(lcEventHistory).noquote()
            << "cannot clear the saved events:" << cleared.message();
}

QByteArray EventHistory::encode(const EventLogEntry& entry) {
    QJsonObject o;
    o[QStringLiteral("at")] = static_cast<qint64>(entry.at);
    o[QStringLiteral("kind")] = static_cast<int>(entry.kind);
    o[QStringLiteral("severity")] = static_cast<int>(entry.severity);
    if (!entry.requestId.isEmpty())
        o[QStringLiteral("request")] = entry.requestId;
    if (entry.slotIndex >= 0)
        o[QStringLiteral("slot")] = entry.slotIndex;
    o[QStringLiteral("message")] = entry.message;
    if (entry.alert) {
        o[QStringLiteral("alert")] = true;
        o[QStringLiteral("alertTitle")] = entry.alertTitle;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<EventLogEntry> EventHistory::decode(const QByteArray& record) {
    const QJsonObject o = QJsonDocument::fromJson(record).object();
    const int kind = o.value(QStringLiteral("kind")).toInt(-1);
    const int severity = o.value(QStringLiteral("severity")).toInt(-1);
    if (o.isEmpty() || kind < 0 || kind >= kEventKindCount || severity < 0 ||
        severity > static_cast<int>(EventSeverity::Error))
        return std::nullopt;
    EventLogEntry entry;
    entry.at = static_cast<Timestamp>(o.value(QStringLiteral("at")).toInteger());
    entry.kind = static_cast<EventKind>(kind);
    entry.severity = static_cast<EventSeverity>(severity);
    entry.requestId = o.value(QStringLiteral("request")).toString();
    entry.slotIndex = o.value(QStringLiteral("slot")).toInteger(-1);
    entry.message = o.value(QStringLiteral("message")).toString();
    entry.alert = o.value(QStringLiteral("alert")).toBool();
    entry.alertTitle = o.value(QStringLiteral("alertTitle")).toString();
    return entry;
}

} // namespace salesdesk::ui
