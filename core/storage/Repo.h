#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/storage/RepoQuota.h"
#include "core/storage/SlotDataFiles.h"
#include "core/storage/SlotDataSweeper.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace salesdesk {

class Database;

// Disk space accounting and slot data. The quota row lives in the database; slot data lives in
// one file per slot under `slotDataDirectory`, in 64 KiB blocks, and counts as used. Every change
// is a statement inside the caller's transaction when one is open (so Reservations can move bytes
// between an availability and the quota atomically); signals follow the commit. The quota's
// bookkeeping is RepoQuota's: its reserved total is derived from the reservations' rows.
class Repo : public QObject {
    Q_OBJECT
public:
    static constexpr quint64 kBlockSize = 64 * 1024;
    static constexpr quint64 kDefaultQuotaBytes = 20ull * 1024 * 1024 * 1024;

    Repo(Database& database, QString slotDataDirectory, QObject* parent = nullptr);

    // Creates the slot data folder. Call once before use. Also tidies what a crash can leave: a
    // file without a record (or of a slot whose data is generated) is deleted and a file longer
    // than its record is cut back.
    Result<void> open();

    Result<QuotaUsage> quota() const;
    // Refuses (QuotaExceeded) a maximum below what is reserved plus used.
    Result<void> setMaxBytes(quint64 maxBytes);
    // bytes <= available (reserving exactly what is left is allowed).
    Result<bool> hasAvailable(quint64 bytes) const;
    // QuotaExceeded ("Not enough storage quota: …") when used + reserved + bytes > max.
    Result<void> reserve(quint64 bytes);
    // OutOfBounds when bytes > reserved; nothing changes.
    Result<void> release(quint64 bytes);
    // `bytes` held by a reservation were written as slot data: they leave the reserved bytes.
    // Called inside the transaction that records them in the reservation's row (its size goes
    // down by `bytes`, its slot_size stays), before the row changes (the reserved total is
    // derived from the rows: RepoQuota); the quota row does not change. OutOfBounds when
    // bytes > reserved.
    Result<void> releaseWrittenReservationBytes(quint64 bytes);
    // The reverse: `bytes` written for a reservation are reserved again (given back to the
    // availability, or the reservation ends), inside the transaction that takes them off the
    // reservation's row (its slot_size goes down by `bytes`, or the row goes), before the row
    // changes. QuotaExceeded as reserve() when they do not fit (delete the slot's data first).
    Result<void> reserveWrittenReservationBytes(quint64 bytes);

    // Appends `data` to the slot's file (creating it) and counts it as used; QuotaExceeded when it
    // does not fit. `expiry` is when the sweeper may delete the data (unix seconds); it replaces
    // the slot's previous expiry.
    Result<void> appendSlotData(const SlotId& slot, QByteArrayView data, Timestamp expiry);
    // appendSlotData in two halves, for writers off the event loop (HostHooks): a worker writes
    // `bytes` at `offset` (storedBytes() when it started) through slotDataFiles(), which is
    // thread-safe; then, on the Repo's thread, recordWrittenSlotData counts them as used and
    // records them in one transaction. When that is refused (QuotaExceeded, or Conflict when the
    // record moved meanwhile) the written bytes are cut off again. `alsoInTransaction`, when
    // given, runs inside the same transaction after the bytes are counted (the caller's own
    // bookkeeping of them, such as releasing them from a reservation); its failure undoes all.
    const SlotDataFiles& slotDataFiles() const { return m_files; }
    Result<void> recordWrittenSlotData(const SlotId& slot, quint64 offset, quint64 bytes,
                                       Timestamp expiry,
                                       const std::function<Result<void>()>& alsoInTransaction = {});
    // recordWrittenSlotData for data that is not written (a host that does not store data proves
    // from the simulated client's generator): counts `bytes` at `offset` as used and records them
    // as generated, so the slot has no file. `alsoInTransaction` runs first (bytes it releases
    // from a reservation need no room beyond it). Conflict when the record is not at `offset`, or
    // holds data that was written.
    Result<void> recordGeneratedSlotData(const SlotId& slot, quint64 offset, quint64 bytes,
                                         Timestamp expiry,
                                         const std::function<Result<void>()>& alsoInTransaction);
    // Block `index` (the last block of a slot may be shorter than kBlockSize). NotFound when the
    // slot has no data, OutOfBounds past its last block.
    Result<QByteArray> readBlock(const SlotId& slot, quint64 index) const;
    // Every slot's bytes on record (the slot_data rows), generated ones included.
    Result<QHash<SlotId, quint64>> slotDataRecords() const;
    // The slots whose data on record is generated (recordGeneratedSlotData): no file belongs to
    // them.
    Result<QSet<SlotId>> generatedSlotData() const;
    // Bytes of the slot on record (0 when none).
    Result<quint64> storedBytes(const SlotId& slot) const;
    // Sets the expiry exactly (it may move earlier: data must not outlive its slot, ref. #1251).
    Result<void> setExpiry(const SlotId& slot, Timestamp expiry);
    // Deletes the slot's file and record; returns the bytes given back to the quota (0 if none).
    // The record goes at once, the file after the outermost commit.
    Result<quint64> deleteSlotData(const SlotId& slot);
    // Deletes every slot whose expiry is <= now; returns how many.
    Result<int> sweepExpired(Timestamp now);
    // Runs sweepExpired at each earliest expiry, on `clock` (one timer at a time: SlotDataSweeper).
    void startSweeper(Clock& clock);

    QString slotDataPath(const SlotId& slot) const;

Q_SIGNALS:
    // After a commit that changed the quota; carries the committed values.
    void quotaChanged(salesdesk::QuotaUsage usage);
    void slotDataDeleted(salesdesk::SlotId slot, quint64 bytes);

private:
    Result<std::optional<quint64>> recordedBytes(const SlotId& slot) const;
    // The accounting of an append at `offset`: quota used and the slot's record.
    Result<void> countSlotData(const SlotId& slot, quint64 bytes, Timestamp expiry,
                               bool generated = false);
    void notifyQuotaChangedAfterCommit();
    void removeFileAfterCommit(const SlotId& slot);

    Database& m_db;
    RepoQuota m_quota;
    SlotDataFiles m_files;
    SlotDataSweeper m_sweeper;
    std::optional<QuotaUsage> m_lastQuota; // last value emitted, so a no-op change stays quiet
};

} // namespace salesdesk
