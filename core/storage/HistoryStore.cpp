#include "core/storage/HistoryStore.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

namespace salesdesk {

HistoryStore::HistoryStore(Database& database)
    : m_db(database) {}

Result<void> HistoryStore::insert(const QString& channel, const QList<QByteArray>& records) {
    Statement& insert =
        m_db.statement(QStringLiteral("INSERT INTO history (channel, record) VALUES (?, ?)"));
    for (const QByteArray& record : records)
        SD_TRY(insert.bind(0, channel).bind(1, record).exec());
    return {};
}

Result<void> HistoryStore::append(const QString& channel, const QList<QByteArray>& records,
                                  int keep) {
    if (keep < 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a history keeps at least 0 records, not %1").arg(keep));
    SD_TRY_DECLARE(tx, m_db.begin());
    SD_TRY(insert(channel, records));
    Statement& trim = m_db.statement(QStringLiteral(
        "DELETE FROM history WHERE channel = ? AND id <= (SELECT id FROM history WHERE channel = ?"
        " ORDER BY id DESC LIMIT 1 OFFSET ?)"));
    SD_TRY(trim.bind(0, channel).bind(1, channel).bind(2, keep).exec());
    return tx.commit();
}

Result<void> HistoryStore::replace(const QString& channel, const QList<QByteArray>& records) {
    SD_TRY_DECLARE(tx, m_db.begin());
    SD_TRY(clear(channel));
    SD_TRY(insert(channel, records));
    return tx.commit();
}

Result<QList<QByteArray>> HistoryStore::load(const QString& channel, int limit) const {
    Statement& select = m_db.statement(
        QStringLiteral("SELECT record FROM (SELECT id, record FROM history WHERE channel = ?"
                       " ORDER BY id DESC LIMIT ?) ORDER BY id"));
    SD_TRY(select.bind(0, channel).bind(1, limit).exec());
    QList<QByteArray> records;
    while (select.next())
        records.append(select.value(0).toByteArray());
    select.finish();
    return records;
}

Result<void> HistoryStore::clear(const QString& channel) {
    Statement& remove = m_db.statement(QStringLiteral("DELETE FROM history WHERE channel = ?"));
    return remove.bind(0, channel).exec();
}

} // namespace salesdesk
