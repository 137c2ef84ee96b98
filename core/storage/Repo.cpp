#include "core/storage/Repo.h"

#include "core/domain/CrashPoint.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMetaMethod>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcRepo, "salesdesk.storage.repo")

static_assert(Repo::kBlockSize == SlotDataFiles::kBlockSize);

namespace {

QVariant sqlSize(quint64 bytes) {
    return QVariant(static_cast<qint64>(bytes)); // RepoQuota::checkSize passed
}

QVariant sqlSlot(const SlotId& slot) {
    return QVariant(slot.toByteArray());
}

} // namespace

Repo::Repo(Database& database, QString slotDataDirectory, QObject* parent)
    : QObject(parent)
    , m_db(database)
    , m_quota(database)
    , m_files(std::move(slotDataDirectory))
    , m_sweeper(*this, database) {}

Result<void> Repo::open() {
    SD_TRY(m_files.createDirectory());
    std::vector<SlotDataFiles::FileInfo> files;
    SD_TRY_ASSIGN(files, m_files.list());
    QHash<SlotId, quint64> fileSizes;
    for (const SlotDataFiles::FileInfo& file : files)
        fileSizes.insert(file.slot, file.size);

    QHash<SlotId, quint64> records;
    SD_TRY_ASSIGN(records, slotDataRecords());
    QSet<SlotId> generated;
    SD_TRY_ASSIGN(generated, generatedSlotData());
    for (auto record = records.cbegin(); record != records.cend(); ++record) {
        const SlotId slot = record.key();
        if (generated.contains(slot))
            continue; // no file is its data: any file of the slot goes below
        const quint64 recorded = record.value();
        const auto file = fileSizes.constFind(slot);
        const quint64 onDisk = file == fileSizes.constEnd() ? 0 : *file;
        if (onDisk > recorded) {
            // An append whose transaction did not commit: the record is the truth.
            if (auto cut = m_files.truncate(slot, recorded); !cut.ok())
                qCWarning(lcRepo).noquote() << cut.message();
            else
                qCInfo(lcRepo).noquote() << "cut back unrecorded data of slot" << slot.toHex()
                                         << "from" << onDisk << "to" << recorded << "bytes";
        } else if (onDisk < recorded) {
            qCCritical(lcRepo).noquote()
                << "slot" << slot.toHex() << "has" << recorded << "bytes on record but" << onDisk
                << "on disk: its data was lost outside Sales Desk";
        }
        fileSizes.remove(slot);
    }
    // Files without a record: deletions that committed just before a crash, or appends to new
    // slots that never committed. Neither is counted in the quota.
    for (auto it = fileSizes.cbegin(); it != fileSizes.cend(); ++it) {
        if (auto removed = m_files.remove(it.key()); !removed.ok())
            qCWarning(lcRepo).noquote() << removed.message();
        else
            qCInfo(lcRepo).noquote() << "deleted slot data without a record:" << it.key().toHex();
    }

    SD_TRY_ASSIGN(m_lastQuota, quota());
    return {};
}

Result<QHash<SlotId, quint64>> Repo::slotDataRecords() const {
    Statement& records = m_db.statement(QStringLiteral("SELECT slot_id, bytes FROM slot_data"));
    SD_TRY(records.exec());
    QHash<SlotId, quint64> bytes;
    while (records.next())
        bytes.insert(SlotId::fromBytes(records.value(0).toByteArray()),
                     static_cast<quint64>(records.value(1).toLongLong()));
    records.finish();
    return bytes;
}

Result<QSet<SlotId>> Repo::generatedSlotData() const {
    Statement& select =
        m_db.statement(QStringLiteral("SELECT slot_id FROM slot_data WHERE generated = 1"));
    SD_TRY(select.exec());
    QSet<SlotId> slots;
    while (select.next())
        slots.insert(SlotId::fromBytes(select.value(0).toByteArray()));
    select.finish();
    return slots;
}

Result<QuotaUsage> Repo::quota() const {
    return m_quota.usage();
}

Result<void> Repo::setMaxBytes(quint64 maxBytes) {
    SD_TRY(m_quota.setMaxBytes(maxBytes));
    notifyQuotaChangedAfterCommit();
    return {};
}

Result<bool> Repo::hasAvailable(quint64 bytes) const {
    SD_TRY(RepoQuota::checkSize(bytes));
    QuotaUsage usage;
    SD_TRY_ASSIGN(usage, quota());
    return bytes <= usage.available();
}

Result<void> Repo::reserve(quint64 bytes) {
    SD_TRY(m_quota.reserve(bytes));
    notifyQuotaChangedAfterCommit();
    return {};
}

Result<void> Repo::release(quint64 bytes) {
    SD_TRY(m_quota.release(bytes));
    notifyQuotaChangedAfterCommit();
    return {};
}

Result<void> Repo::releaseWrittenReservationBytes(quint64 bytes) {
    SD_TRY(m_quota.releaseWrittenReservationBytes(bytes));
    notifyQuotaChangedAfterCommit();
    return {};
}

Result<void> Repo::reserveWrittenReservationBytes(quint64 bytes) {
    SD_TRY(m_quota.reserveWrittenReservationBytes(bytes));
    notifyQuotaChangedAfterCommit();
    return {};
}

Result<void> Repo::appendSlotData(const SlotId& slot, QByteArrayView data, Timestamp expiry) {
    const auto bytes = static_cast<quint64>(data.size());
    SD_TRY_DECLARE(tx, m_db.begin());
    std::optional<quint64> before;
    SD_TRY_ASSIGN(before, recordedBytes(slot));
    const quint64 offset = before.value_or(0);

    // Accounting first: when the bytes do not fit, nothing touches the disk.
    SD_TRY(countSlotData(slot, bytes, expiry));

    // The file is written inside the transaction, so a failed write rolls the accounting back
    // (tx goes out of scope uncommitted). Writing at the recorded offset overwrites whatever an
    // earlier uncommitted append left behind.
    SD_TRY(m_files.append(slot, offset, data));

    notifyQuotaChangedAfterCommit();
    m_sweeper.sweepAfterCommitBy(expiry);
    auto committed = tx.commit();
    if (!committed.ok()) {
        if (before.has_value())
            (void)m_files.truncate(slot, offset);
        else
            (void)m_files.remove(slot);
        return committed.error();
    }
    return {};
}

Result<void> Repo::recordWrittenSlotData(const SlotId& slot, quint64 offset, quint64 bytes,
                                         Timestamp expiry,
                                         const std::function<Result<void>()>& alsoInTransaction) {
    auto cutBack = [this, slot, offset] {
        if (offset > 0)
            (void)m_files.truncate(slot, offset);
        else
            (void)m_files.remove(slot);
    };
    SD_TRY_DECLARE(tx, m_db.begin());
    std::optional<quint64> before;
    SD_TRY_ASSIGN(before, recordedBytes(slot));
    if (before.value_or(0) != offset) {
        // Deleted or appended to while the worker wrote: the bytes on disk are not ours to
        // count. (Not cut: the file now belongs to whoever moved the record.)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("slot %1 changed while its data was written: %2 bytes on "
                                        "record, the write started at %3")
                             .arg(slot.toHex())
                             .arg(before.value_or(0))
                             .arg(offset));
    }
    if (auto counted = countSlotData(slot, bytes, expiry); !counted.ok()) {
        cutBack();
        return counted.error();
    }
    if (alsoInTransaction)
        if (auto also = alsoInTransaction(); !also.ok()) {
            cutBack();
            return also.error();
        }
    notifyQuotaChangedAfterCommit();
    m_sweeper.sweepAfterCommitBy(expiry);
    crashPoint("repo.record.beforeCommit");
    if (auto committed = tx.commit(); !committed.ok()) {
        cutBack();
        return committed.error();
    }
    return {};
}

Result<void> Repo::recordGeneratedSlotData(const SlotId& slot, quint64 offset, quint64 bytes,
                                           Timestamp expiry,
                                           const std::function<Result<void>()>& alsoInTransaction) {
    SD_TRY_DECLARE(tx, m_db.begin());
    std::optional<quint64> before;
    SD_TRY_ASSIGN(before, recordedBytes(slot));
    if (before.value_or(0) != offset)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("slot %1 changed while its data was counted: %2 bytes on "
                                        "record, the batch starts at %3")
                             .arg(slot.toHex())
                             .arg(before.value_or(0))
                             .arg(offset));
    if (before.has_value()) {
        QSet<SlotId> generated;
        SD_TRY_ASSIGN(generated, generatedSlotData());
        if (!generated.contains(slot))
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("slot %1 holds %2 bytes of stored data: generated "
                                            "data cannot be added to it")
                                 .arg(slot.toHex())
                                 .arg(*before));
    }
    // The caller's part first: when it releases the bytes from a reservation, they move from
    // reserved to used without needing room beyond it.
    if (alsoInTransaction)
        SD_TRY(alsoInTransaction());
    SD_TRY(countSlotData(slot, bytes, expiry, true));
    notifyQuotaChangedAfterCommit();
    m_sweeper.sweepAfterCommitBy(expiry);
    return tx.commit();
}

Result<void> Repo::countSlotData(const SlotId& slot, quint64 bytes, Timestamp expiry,
                                 bool generated) {
    if (auto counted = m_quota.use(bytes); !counted.ok()) {
        if (counted.code() == ErrorCode::QuotaExceeded)
            qCInfo(lcRepo).noquote()
                << "slot data refused for" << slot.toHex() << ":" << counted.message();
        return counted.error();
    }
    Statement& record = m_db.statement(
        QStringLiteral("INSERT INTO slot_data (slot_id, bytes, expiry, generated)"
                       " VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (slot_id) DO UPDATE"
                       " SET bytes = bytes + excluded.bytes, expiry = excluded.expiry"));
    return record.bind(0, sqlSlot(slot))
        .bind(1, sqlSize(bytes))
        .bind(2, expiry)
        .bind(3, generated ? 1 : 0)
        .exec();
}

Result<QByteArray> Repo::readBlock(const SlotId& slot, quint64 index) const {
    std::optional<quint64> recorded;
    SD_TRY_ASSIGN(recorded, recordedBytes(slot));
    if (!recorded)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no data is stored for slot %1").arg(slot.toHex()));
    // Only recorded bytes are read: the file may hold more from an append that never committed.
    return m_files.readBlock(slot, index, *recorded);
}

Result<quint64> Repo::storedBytes(const SlotId& slot) const {
    std::optional<quint64> recorded;
    SD_TRY_ASSIGN(recorded, recordedBytes(slot));
    return recorded.value_or(0);
}

Result<void> Repo::setExpiry(const SlotId& slot, Timestamp expiry) {
    Statement& update =
        m_db.statement(QStringLiteral("UPDATE slot_data SET expiry = ? WHERE slot_id = ?"));
    SD_TRY(update.bind(0, expiry).bind(1, sqlSlot(slot)).execChangingOneRow([&] {
        return QStringLiteral("no data is stored for slot %1").arg(slot.toHex());
    }));
    m_sweeper.sweepAfterCommitBy(expiry);
    return {};
}

// Order: the record and the accounting go in the transaction, the file only after the outermost
// commit. A crash before the commit keeps both; a crash between commit and file removal leaves a
// file that nothing counts, which open() deletes. Removing the file first could leave counted
// bytes without a file: after a crash, or when a surrounding transaction rolls the record back.
Result<quint64> Repo::deleteSlotData(const SlotId& slot) {
    SD_TRY_DECLARE(tx, m_db.begin());
    std::optional<quint64> recorded;
    SD_TRY_ASSIGN(recorded, recordedBytes(slot));
    if (!recorded) {
        removeFileAfterCommit(slot); // a leftover file, if any; nothing is counted for it
        SD_TRY(tx.commit());
        return quint64{0};
    }
    const quint64 bytes = *recorded;
    Statement& remove = m_db.statement(QStringLiteral("DELETE FROM slot_data WHERE slot_id = ?"));
    SD_TRY(remove.bind(0, sqlSlot(slot)).execChangingOneRow([&] {
        return QStringLiteral("no data is stored for slot %1").arg(slot.toHex());
    }));
    if (auto uncounted = m_quota.unuse(bytes); !uncounted.ok()) {
        if (uncounted.code() != ErrorCode::OutOfBounds)
            return uncounted.error();
        return makeError(ErrorCode::OutOfBounds, QStringLiteral("slot %1 holds %2 bytes but %3")
                                                     .arg(slot.toHex())
                                                     .arg(bytes)
                                                     .arg(uncounted.message()));
    }
    removeFileAfterCommit(slot);
    m_db.afterCommit([self = QPointer<Repo>(this), slot, bytes] {
        if (self)
            Q_EMIT self->slotDataDeleted(slot, bytes);
    });
    notifyQuotaChangedAfterCommit();
    SD_TRY(tx.commit());
    return bytes;
}

Result<int> Repo::sweepExpired(Timestamp now) {
    return m_sweeper.sweep(now);
}

void Repo::startSweeper(Clock& clock) {
    m_sweeper.start(clock);
}

QString Repo::slotDataPath(const SlotId& slot) const {
    return m_files.path(slot);
}

Result<std::optional<quint64>> Repo::recordedBytes(const SlotId& slot) const {
    Statement& select =
        m_db.statement(QStringLiteral("SELECT bytes FROM slot_data WHERE slot_id = ?"));
    SD_TRY(select.bind(0, sqlSlot(slot)).exec());
    std::optional<quint64> bytes;
    if (select.next())
        bytes = static_cast<quint64>(select.value(0).toLongLong());
    select.finish();
    return bytes;
}

// The value is read after the commit rather than captured now: several changes in one transaction
// then all report the committed state, and the repeats are dropped.
void Repo::notifyQuotaChangedAfterCommit() {
    // Reading the quota back costs a query per change: skip it when nobody listens (the books
    // change thousands of times a second in scenario runs).
    static const QMetaMethod signal = QMetaMethod::fromSignal(&Repo::quotaChanged);
    if (!isSignalConnected(signal))
        return;
    m_db.afterCommit([self = QPointer<Repo>(this)] {
        if (!self)
            return;
        auto usage = self->quota();
        if (!usage.ok()) {
            qCWarning(lcRepo).noquote() << "cannot read the quota:" << usage.message();
            return;
        }
        if (self->m_lastQuota == *usage)
            return;
        self->m_lastQuota = *usage;
        Q_EMIT self->quotaChanged(*usage);
    });
}

void Repo::removeFileAfterCommit(const SlotId& slot) {
    m_db.afterCommit([self = QPointer<Repo>(this), slot] {
        crashPoint("repo.delete.beforeFileRemoval");
        if (!self)
            return;
        // A later operation in the same transaction may have stored new data for the slot; its
        // file must stay.
        auto recorded = self->recordedBytes(slot);
        if (!recorded.ok()) {
            qCWarning(lcRepo).noquote()
                << "slot data file of" << slot.toHex() << "kept:" << recorded.message();
            return;
        }
        if (recorded->has_value())
            return;
        if (auto removed = self->m_files.remove(slot); !removed.ok())
            qCWarning(lcRepo).noquote() << removed.message() << "(deleted at the next start)";
    });
}

} // namespace salesdesk
