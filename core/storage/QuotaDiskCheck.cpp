#include "core/storage/QuotaDiskCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace salesdesk {

QuotaDiskCheck QuotaDiskCheck::evaluate(quint64 quotaBytes, quint64 storedBytes,
                                        quint64 freeBytes) {
    QuotaDiskCheck check;
    check.quotaBytes = quotaBytes;
    check.storedBytes = storedBytes;
    check.toWriteBytes = quotaBytes > storedBytes ? quotaBytes - storedBytes : 0;
    check.freeBytes = freeBytes;
    if (check.toWriteBytes > freeBytes)
        check.verdict = Verdict::DoesNotFit;
    else if (freeBytes - check.toWriteBytes < kDiskReserveBytes)
        check.verdict = Verdict::LeavesTooLittle;
    else
        check.verdict = Verdict::Fits;
    return check;
}

Result<quint64> QuotaDiskCheck::freeBytesAt(const QString& directory) {
    QString existing = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    while (!QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).path();
        if (parent == existing)
            break;
        existing = parent;
    }
    const QStorageInfo storage(existing);
    if (!storage.isValid() || !storage.isReady() || storage.bytesAvailable() < 0)
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot read the free space of the disk holding %1")
                             .arg(QDir::toNativeSeparators(directory)));
    return static_cast<quint64>(storage.bytesAvailable());
}

Result<QuotaDiskCheck> QuotaDiskCheck::check(quint64 quotaBytes, quint64 storedBytes,
                                             const QString& directory) {
    auto free = freeBytesAt(directory);
    if (!free.ok())
        return free.error();
    return evaluate(quotaBytes, storedBytes, *free);
}

} // namespace salesdesk
