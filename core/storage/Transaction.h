#pragma once

#include "core/domain/Result.h"

namespace salesdesk {

class Database;

// A unit of work. The outermost one is BEGIN IMMEDIATE … COMMIT; a nested one is a SAVEPOINT, so
// an operation that runs inside a larger one joins it. Destroying it without commit() rolls back
// (also the after-commit callbacks registered inside it).
class [[nodiscard]] Transaction {
public:
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Result<void> commit();

private:
    friend class Database;
    Transaction(Database* database, int depth, std::size_t callbacksAtStart);

    Database* m_database = nullptr; // null once committed, rolled back or moved from
    int m_depth = 0;                // 1 for the outermost
    std::size_t m_callbacksAtStart = 0;
};

} // namespace salesdesk
