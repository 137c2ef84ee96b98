#pragma once

#include "core/domain/Result.h"
#include "core/stats/LedgerEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace salesdesk::ui {

// Ledger entries as CSV (RFC 4180: comma separated, CRLF line ends, a header row). Amounts are
// exact decimal integers in the token's smallest unit, times both ISO 8601 (UTC) and unix
// seconds, kinds in stable English names, so spreadsheets and scripts read it the same in every
// locale.
class LedgerCsvWriter {
public:
    static QByteArray toCsv(const QList<LedgerEntry>& entries);
    // Writes atomically (QSaveFile): the file is replaced only when everything was written. Blocks
    // on the disk: run it off the GUI thread.
    static Result<void> write(const QString& filePath, const QList<LedgerEntry>& entries);
    // "payout", "collateral_returned", …
    static QString kindName(LedgerKind kind);
};

} // namespace salesdesk::ui
