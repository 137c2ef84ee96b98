#include "core/storage/RepoQuota.h"

#include "core/storage/Database.h"

#include <QLoggingCategory>

#include <limits>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcRepoQuota, "salesdesk.storage.repoquota")

namespace {

// SQLite integers are signed 64-bit; larger sizes could not be stored or summed.
constexpr quint64 kLargestSize = static_cast<quint64>(std::numeric_limits<qint64>::max());

QVariant sqlSize(quint64 bytes) {
    return QVariant(static_cast<qint64>(bytes)); // callers checked bytes <= kLargestSize
}

Error cannotRelease(quint64 bytes, quint64 reserved) {
    Error error = makeError(ErrorCode::OutOfBounds,
                            QStringLiteral("Cannot release %1 bytes: only %2 bytes are reserved")
                                .arg(bytes)
                                .arg(reserved));
    // Releasing more than was reserved means the caller's books are off: worth a warning.
    qCWarning(lcRepoQuota).noquote() << "release refused:" << error.message;
    return error;
}

} // namespace

RepoQuota::RepoQuota(Database& database)
    : m_db(database) {}

Result<void> RepoQuota::checkSize(quint64 bytes) {
    if (bytes > kLargestSize)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 bytes is more than the largest size Sales Desk can "
                                        "account for (%2 bytes)")
                             .arg(bytes)
                             .arg(kLargestSize));
    return {};
}

Result<RepoQuota::Books*> RepoQuota::books() const {
    if (m_books && m_booksGeneration == m_db.rollbackGeneration())
        return &*m_books;
    m_books.reset();
    Statement& select = m_db.statement(
        QStringLiteral("SELECT max_bytes, promised_bytes, used_bytes,"
                       " (SELECT coalesce(sum(slot_size - size), 0) FROM reservations)"
                       " FROM quota WHERE id = 1"));
    SD_TRY(select.exec());
    if (!select.next())
        return makeError(ErrorCode::Database,
                         QStringLiteral("the quota row is missing from %1").arg(m_db.filePath()));
    Books books;
    books.maxBytes = static_cast<quint64>(select.value(0).toLongLong());
    books.promisedBytes = static_cast<quint64>(select.value(1).toLongLong());
    books.usedBytes = static_cast<quint64>(select.value(2).toLongLong());
    books.writtenReservationBytes = static_cast<quint64>(select.value(3).toLongLong());
    select.finish();
    if (books.writtenReservationBytes > books.promisedBytes)
        return makeError(ErrorCode::Database,
                         QStringLiteral("the books of %1 are inconsistent: reservations hold %2 "
                                        "written bytes, more than the %3 bytes promised")
                             .arg(m_db.filePath())
                             .arg(books.writtenReservationBytes)
                             .arg(books.promisedBytes));
    m_books = books;
    m_booksGeneration = m_db.rollbackGeneration();
    return &*m_books;
}

Result<QuotaUsage> RepoQuota::usage() const {
    Books* books = nullptr;
    SD_TRY_ASSIGN(books, this->books());
    QuotaUsage usage;
    usage.maxBytes = books->maxBytes;
    usage.reservedBytes = books->reserved();
    usage.usedBytes = books->usedBytes;
    return usage;
}

Error RepoQuota::notEnough(quint64 bytes) const {
    QuotaUsage usage;
    SD_TRY_ASSIGN(usage, this->usage());
    return makeError(ErrorCode::QuotaExceeded,
                     QStringLiteral("Not enough storage quota: %1 bytes requested, %2 available "
                                    "(used %3, reserved %4, limit %5)")
                         .arg(bytes)
                         .arg(usage.available())
                         .arg(usage.usedBytes)
                         .arg(usage.reservedBytes)
                         .arg(usage.maxBytes));
}

// Each statement below reads the copy first and changes it only after the row changed: a later
// failure in the transaction rolls both back (the copy is read again).
//
// The reserved total in SQL is promised_bytes less the bytes written for reservations (bound),
// which never exceed the promise. The conditions are written as subtractions so they cannot
// overflow: max >= used + reserved always holds, so the right side is never negative, whereas
// used + reserved + bytes could exceed INT64_MAX and turn into an imprecise REAL.

Result<void> RepoQuota::setMaxBytes(quint64 maxBytes) {
    SD_TRY(checkSize(maxBytes));
    Books* books = nullptr;
    SD_TRY_ASSIGN(books, this->books());
    Statement& update =
        m_db.statement(QStringLiteral("UPDATE quota SET max_bytes = ?"
                                      " WHERE id = 1 AND used_bytes + (promised_bytes - ?) <= ?"));
    auto changed = update.bind(0, sqlSize(maxBytes))
                       .bind(1, sqlSize(books->writtenReservationBytes))
                       .bind(2, sqlSize(maxBytes))
                       .execChangingOneRow();
    if (!changed.ok()) {
        if (changed.code() != ErrorCode::NotFound)
            return changed.error();
        return makeError(ErrorCode::QuotaExceeded,
                         QStringLiteral("The storage quota cannot be set to %1 bytes: %2 bytes "
                                        "are taken (used %3, reserved %4)")
                             .arg(maxBytes)
                             .arg(books->usedBytes + books->reserved())
                             .arg(books->usedBytes)
                             .arg(books->reserved()));
    }
    books->maxBytes = maxBytes;
    return {};
}

Result<void> RepoQuota::reserve(quint64 bytes) {
    SD_TRY(checkSize(bytes));
    Books* books = nullptr;
    SD_TRY_ASSIGN(books, this->books());
    Statement& update = m_db.statement(
        QStringLiteral("UPDATE quota SET promised_bytes = promised_bytes + ?"
                       " WHERE id = 1 AND ? <= max_bytes - used_bytes - (promised_bytes - ?)"));
    auto changed = update.bind(0, sqlSize(bytes))
                       .bind(1, sqlSize(bytes))
                       .bind(2, sqlSize(books->writtenReservationBytes))
                       .execChangingOneRow();
    if (!changed.ok()) {
        if (changed.code() != ErrorCode::NotFound)
            return changed.error();
        Error error = notEnough(bytes);
        qCInfo(lcRepoQuota).noquote() << "reserve refused:" << error.message;
        return error;
    }
    books->promisedBytes += bytes;
    return {};
}

Result<void> RepoQuota::release(quint64 bytes) {
    SD_TRY(checkSize(bytes));
    Books* books = nullptr;
    SD_TRY_ASSIGN(books, this->books());
    Statement& update =
        m_db.statement(QStringLiteral("UPDATE quota SET promised_bytes = promised_bytes - ?"
                                      " WHERE id = 1 AND promised_bytes - ? >= ?"));
    auto changed = update.bind(0, sqlSize(bytes))
                       .bind(1, sqlSize(books->writtenReservationBytes))
                       .bind(2, sqlSize(bytes))
                       .execChangingOneRow();
    if (!changed.ok()) {
        if (changed.code() != ErrorCode::NotFound)
            return changed.error();
        return cannotRelease(bytes, books->reserved());
    }
    books->promisedBytes -= bytes;
    return {};
}

Result<void> RepoQuota::requireTransaction(const char* function) const {
    if (m_db.inTransaction())
        return {};
    return makeError(ErrorCode::Database,
                     QStringLiteral("RepoQuota::%1 called outside a transaction: the "
                                    "reservation's row that records the bytes must change with it")
                         .arg(QLatin1String(function)));
}

// No statement here: the caller's change of the reservation's row is the record. The copy
// changes at once, and the transaction level is marked as changed, so that a rollback of it reads
// the books again whichever statement failed.
Result<void> RepoQuota::releaseWrittenReservationBytes(quint64 bytes) {
    SD_TRY(checkSize(bytes));
    SD_TRY(requireTransaction("releaseWrittenReservationBytes"));
    Books* books = nullptr;
    SD_TRY_ASSIGN(books, this->books());
    if (bytes > books->reserved())
        return cannotRelease(bytes, books->reserved());
    m_db.noteWrite();
    books->writtenReservationBytes += bytes;
    return {};
}

Result<void> RepoQuota::reserveWrittenReservationBytes(quint64 bytes) {
    SD_TRY(checkSize(bytes));
    SD_TRY(requireTransaction("reserveWrittenReservationBytes"));
    Books* books = nullptr;
    SD_TRY_ASSIGN(books, this->books());
    if (bytes > books->writtenReservationBytes) {
        Error error = makeError(ErrorCode::OutOfBounds,
                                QStringLiteral("Cannot reserve %1 written bytes again: "
                                               "reservations hold only %2 written bytes")
                                    .arg(bytes)
                                    .arg(books->writtenReservationBytes));
        qCWarning(lcRepoQuota).noquote() << "reserve refused:" << error.message;
        return error;
    }
    const quint64 taken = books->usedBytes + books->reserved();
    const quint64 available = books->maxBytes > taken ? books->maxBytes - taken : 0;
    if (bytes > available) {
        Error error = notEnough(bytes);
        qCInfo(lcRepoQuota).noquote() << "reserve refused:" << error.message;
        return error;
    }
    m_db.noteWrite();
    books->writtenReservationBytes -= bytes;
    return {};
}

Result<void> RepoQuota::use(quint64 bytes) {
    SD_TRY(checkSize(bytes));
    Books* books = nullptr;
    SD_TRY_ASSIGN(books, this->books());
    Statement& use = m_db.statement(
        QStringLiteral("UPDATE quota SET used_bytes = used_bytes + ?"
                       " WHERE id = 1 AND ? <= max_bytes - used_bytes - (promised_bytes - ?)"));
    auto counted = use.bind(0, sqlSize(bytes))
                       .bind(1, sqlSize(bytes))
                       .bind(2, sqlSize(books->writtenReservationBytes))
                       .execChangingOneRow();
    if (!counted.ok()) {
        if (counted.code() != ErrorCode::NotFound)
            return counted.error();
        return notEnough(bytes);
    }
    books->usedBytes += bytes;
    return {};
}

Result<void> RepoQuota::unuse(quint64 bytes) {
    SD_TRY(checkSize(bytes));
    Books* books = nullptr;
    SD_TRY_ASSIGN(books, this->books());
    Statement& unuse = m_db.statement(QStringLiteral(
        "UPDATE quota SET used_bytes = used_bytes - ? WHERE id = 1 AND used_bytes >= ?"));
    auto uncounted = unuse.bind(0, sqlSize(bytes)).bind(1, sqlSize(bytes)).execChangingOneRow();
    if (!uncounted.ok()) {
        if (uncounted.code() != ErrorCode::NotFound)
            return uncounted.error();
        return makeError(ErrorCode::OutOfBounds,
                         QStringLiteral("only %1 bytes are counted as used").arg(books->usedBytes));
    }
    books->usedBytes -= bytes;
    return {};
}

} // namespace salesdesk
