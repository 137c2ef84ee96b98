#pragma once

#include "core/domain/Result.h"

#include <QString>

namespace salesdesk {

// The storage quota against the disk that holds the data directory. The quota counts bytes the
// engine may still write (the quota minus the slot data already stored); those must fit in the
// file system's free space, with kDiskReserveBytes left over for the database, its log and the
// rest of the system.
struct QuotaDiskCheck {
    enum class Verdict {
        Fits,            // the quota can be filled and the reserve is still free
        LeavesTooLittle, // it fits, but filling it leaves less than the reserve: warn
        DoesNotFit,      // filling the quota would fill the disk first: refuse
    };
    static constexpr quint64 kDiskReserveBytes = 1024ull * 1024 * 1024;

    Verdict verdict = Verdict::Fits;
    quint64 quotaBytes = 0;
    quint64 storedBytes = 0;  // slot data already on the disk (counted in the quota)
    quint64 toWriteBytes = 0; // quota − stored: what filling the quota still writes
    quint64 freeBytes = 0;    // free on the data directory's file system now
    // What is left on the disk once the quota is filled (0 when it does not fit).
    quint64 freeAfterFilling() const {
        return freeBytes > toWriteBytes ? freeBytes - toWriteBytes : 0;
    }
    // The largest quota that fits with the reserve left free.
    quint64 largestQuota() const {
        return storedBytes + (freeBytes > kDiskReserveBytes ? freeBytes - kDiskReserveBytes : 0);
    }
    bool fits() const { return verdict != Verdict::DoesNotFit; }

    // The rule, on figures.
    static QuotaDiskCheck evaluate(quint64 quotaBytes, quint64 storedBytes, quint64 freeBytes);
    // The free space (for the user: QStorageInfo::bytesAvailable) of the file system holding
    // `directory`, or of its nearest existing parent when it does not exist yet. Io when it
    // cannot be read.
    static Result<quint64> freeBytesAt(const QString& directory);
    // evaluate() with the free space of `directory`.
    static Result<QuotaDiskCheck> check(quint64 quotaBytes, quint64 storedBytes,
                                        const QString& directory);
};

} // namespace salesdesk
