#pragma once

#include "core/domain/Result.h"

#include <QtGlobal>

#include <optional>

namespace salesdesk {

class Database;

// The repo's quota: max, reserved (promised to availabilities and reservations, not yet written)
// and used (slot data on disk).
struct QuotaUsage {
    quint64 maxBytes = 0;
    quint64 reservedBytes = 0;
    quint64 usedBytes = 0;

    quint64 totalUsed() const { return reservedBytes + usedBytes; }
    quint64 available() const { return maxBytes > totalUsed() ? maxBytes - totalUsed() : 0; }
    friend bool operator==(const QuotaUsage&, const QuotaUsage&) = default;
};

// The quota's bookkeeping for Repo: the quota row and the reserved total, each change a statement
// inside the caller's transaction (Repo emits the signals).
//
// The reserved total is derived (schema 11): the bytes promised through reserve() (the row's
// promised_bytes: the availabilities' total sizes) less the bytes already written for the
// reservations that still hold them, which the reservations' rows record (Σ slot_size - size).
// So a reservation's release writes its own row and not the quota's. A write-through copy of the
// row and of that sum is read on first use and again after a transaction that changed data rolled
// back (Database::rollbackGeneration).
class RepoQuota {
public:
    explicit RepoQuota(Database& database);

    // InvalidArgument above INT64_MAX, which SQLite cannot store or sum.
    static Result<void> checkSize(quint64 bytes);

    Result<QuotaUsage> usage() const;
    // QuotaExceeded below what is reserved plus used.
    Result<void> setMaxBytes(quint64 maxBytes);
    // QuotaExceeded when used + reserved + bytes > max.
    Result<void> reserve(quint64 bytes);
    // OutOfBounds when bytes > reserved.
    Result<void> release(quint64 bytes);
    // Bytes held by a reservation were written, inside the transaction that records them in the
    // reservation's row: they leave the reserved total. OutOfBounds when bytes > reserved.
    Result<void> releaseWrittenReservationBytes(quint64 bytes);
    // Bytes written for a reservation are reserved again, inside the transaction that takes them
    // off its row. QuotaExceeded as reserve() when they do not fit.
    Result<void> reserveWrittenReservationBytes(quint64 bytes);
    // Slot data counted as used: QuotaExceeded when it does not fit beside what is reserved.
    Result<void> use(quint64 bytes);
    // Slot data deleted. OutOfBounds when fewer bytes are counted as used.
    Result<void> unuse(quint64 bytes);
    // "Not enough storage quota: …", with the quota as it is.
    Error notEnough(quint64 bytes) const;

private:
    // The quota row and the bytes written for reservations, as the connection sees them.
    struct Books {
        quint64 maxBytes = 0;
        quint64 promisedBytes = 0;
        quint64 usedBytes = 0;
        quint64 writtenReservationBytes = 0;

        quint64 reserved() const { return promisedBytes - writtenReservationBytes; }
    };
    // The copy, read again when a rollback may have made it stale.
    Result<Books*> books() const;
    Result<void> requireTransaction(const char* function) const;

    Database& m_db;
    mutable std::optional<Books> m_books;
    mutable quint64 m_booksGeneration = 0;
};

} // namespace salesdesk
