#include "core/storage/Transaction.h"

#include "core/storage/Database.h"

namespace salesdesk {

Transaction::Transaction(Database* database, int depth, std::size_t callbacksAtStart)
    : m_database(database)
    , m_depth(depth)
    , m_callbacksAtStart(callbacksAtStart) {}

Transaction::Transaction(Transaction&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
    , m_depth(other.m_depth)
    , m_callbacksAtStart(other.m_callbacksAtStart) {}

Transaction::~Transaction() {
    if (m_database)
        m_database->rollbackLevel(m_depth, m_callbacksAtStart);
}

Result<void> Transaction::commit() {
    if (!m_database)
        return makeError(ErrorCode::Database, QStringLiteral("transaction already finished"));
    Database* database = std::exchange(m_database, nullptr);
    auto result = database->commitLevel(m_depth);
    if (!result.ok())
        database->rollbackLevel(m_depth, m_callbacksAtStart);
    return result;
}

} // namespace salesdesk
