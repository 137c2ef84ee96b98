#include "core/storage/Statement.h"

#include "core/storage/Database.h"

#include <QSqlError>

namespace salesdesk {

namespace {

Statement::Kind kindOf(const QString& sql) {
    const QString verb = sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    static const QStringList kRowWrites = {QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                                           QStringLiteral("DELETE"), QStringLiteral("REPLACE")};
    static const QStringList kSchemaWrites = {QStringLiteral("CREATE"), QStringLiteral("DROP"),
                                              QStringLiteral("ALTER")};
    if (kRowWrites.contains(verb))
        return Statement::Kind::RowWrite;
    if (kSchemaWrites.contains(verb))
        return Statement::Kind::SchemaWrite;
    return Statement::Kind::Other;
}

} // namespace

Statement::Statement(QSqlQuery query, QString sql, bool prepared, Database* owner)
    : m_query(std::move(query))
    , m_sql(std::move(sql))
    , m_prepared(prepared)
    , m_kind(kindOf(m_sql))
    , m_owner(owner) {}

Result<void> Statement::exec() {
    if (!m_prepared)
        return makeError(
            ErrorCode::Database,
            QStringLiteral("could not prepare \"%1\": %2").arg(m_sql, m_query.lastError().text()));
    m_query.finish();
    if (!m_query.exec())
        return makeError(ErrorCode::Database, QStringLiteral("database query failed (%1): %2")
                                                  .arg(m_sql, m_query.lastError().text()));
    const bool changed =
        m_kind == Kind::SchemaWrite || (m_kind == Kind::RowWrite && m_query.numRowsAffected() != 0);
    if (changed && m_owner)
        m_owner->noteWrite();
    return {};
}

} // namespace salesdesk
