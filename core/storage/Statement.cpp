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

// Whether binding `next` where `bound` is bound would bind the same thing (QSQLite binds by type,
// and a null string or byte array as NULL). Only the types bound on hot paths are compared; any
// other binds again.
bool sameBinding(const QVariant& bound, const QVariant& next) {
    if (bound.metaType() != next.metaType())
        return false;
    switch (bound.typeId()) {
    case QMetaType::QByteArray: {
        const auto& a = *static_cast<const QByteArray*>(bound.constData());
        const auto& b = *static_cast<const QByteArray*>(next.constData());
        return a.isNull() == b.isNull() && a == b;
    }
    case QMetaType::QString: {
        const auto& a = *static_cast<const QString*>(bound.constData());
        const auto& b = *static_cast<const QString*>(next.constData());
        return a.isNull() == b.isNull() && a == b;
    }
    case QMetaType::LongLong:
        return *static_cast<const qlonglong*>(bound.constData()) ==
               *static_cast<const qlonglong*>(next.constData());
    case QMetaType::ULongLong:
        return *static_cast<const qulonglong*>(bound.constData()) ==
               *static_cast<const qulonglong*>(next.constData());
    case QMetaType::Int:
        return *static_cast<const int*>(bound.constData()) ==
               *static_cast<const int*>(next.constData());
    case QMetaType::UInt:
        return *static_cast<const uint*>(bound.constData()) ==
               *static_cast<const uint*>(next.constData());
    case QMetaType::Bool:
        return *static_cast<const bool*>(bound.constData()) ==
               *static_cast<const bool*>(next.constData());
    default:
        return false;
    }
}

} // namespace

Statement::Statement(QSqlQuery query, QString sql, bool prepared, Database* owner)
    : m_query(std::move(query))
    , m_sql(std::move(sql))
    , m_prepared(prepared)
    , m_kind(kindOf(m_sql))
    , m_owner(owner) {}

Statement& Statement::bind(int index, const QVariant& value) {
    if (index >= 0 && index < m_bound.size() && sameBinding(m_bound.at(index), value))
        return *this;
    m_query.bindValue(index, value);
    if (index >= 0) {
        if (index >= m_bound.size())
            m_bound.resize(index + 1);
        m_bound[index] = value;
    }
    return *this;
}

Result<void> Statement::exec() {
    if (!m_prepared)
        return makeError(
            ErrorCode::Database,
            QStringLiteral("could not prepare \"%1\": %2").arg(m_sql, m_query.lastError().text()));
    // No finish() first: QSQLite's exec resets the statement and its cached rows itself.
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
