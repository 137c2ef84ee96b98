#pragma once

#include "core/domain/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace salesdesk {

class Database;

// A prepared SQL statement, prepared once and reused (Database caches them by text). Every
// execution is checked: exec() returns an error naming the statement and SQLite's message.
class Statement {
public:
    enum class Kind { RowWrite, SchemaWrite, Other };

    Statement(QSqlQuery query, QString sql, bool prepared, Database* owner);

    // Positional binding, in placeholder order. A value stays bound until it is bound again, so
    // binding the value a placeholder already holds (same type, same value, same nullness) is
    // skipped: QSqlQuery's positional binding builds a placeholder name and looks it up each time.
    Statement& bind(int index, const QVariant& value);
    Result<void> exec();
    // Runs the statement and requires that it changed exactly one row (an UPDATE/DELETE whose
    // WHERE clause encodes the precondition); returns NotFound otherwise, with the message that
    // `messageIfNone()` builds (only then: these run on hot paths).
    template <typename MessageFn> Result<void> execChangingOneRow(MessageFn&& messageIfNone) {
        SD_TRY(exec());
        if (m_query.numRowsAffected() == 1)
            return {};
        QString message = messageIfNone();
        return makeError(ErrorCode::NotFound, std::move(message));
    }
    Result<void> execChangingOneRow() {
        return execChangingOneRow(
            [this]() -> QString { return QStringLiteral("no row matched: ") + m_sql; });
    }

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // Ends a SELECT early so it does not keep a read snapshot open.
    void finish() { m_query.finish(); }
    const QString& sql() const { return m_sql; }

private:
    QSqlQuery m_query;
    QVariantList m_bound; // what m_query holds bound, by placeholder
    QString m_sql;
    bool m_prepared = false;
    Kind m_kind = Kind::Other; // a rollback after a change must be noticed (Database)
    Database* m_owner = nullptr;
};

} // namespace salesdesk
