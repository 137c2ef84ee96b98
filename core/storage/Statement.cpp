#include "storage/Statement.h"

#include <QSqlError>

namespace salesdesk {

Statement::Statement(QSqlQuery query, QString sql, bool prepared)
    : m_query(std::move(query))
    , m_sql(std::move(sql))
    , m_prepared(prepared) {}

Result<void> Statement::exec() {
    if (!m_prepared)
        return makeError(
            ErrorCode::Database,
            QStringLiteral("could not prepare \"%1\": %2").arg(m_sql, m_query.lastError().text()));
    m_query.finish();
    if (!m_query.exec())
        return makeError(ErrorCode::Database, QStringLiteral("database query failed (%1): %2")
                                                  .arg(m_sql, m_query.lastError().text()));
    return {};
}

} // namespace salesdesk
