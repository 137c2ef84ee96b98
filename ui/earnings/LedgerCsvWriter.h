#pragma once

#include "core/domain/Result.h"
#include "core/domain/TokenInfo.h"
#include "core/stats/LedgerEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace salesdesk::ui {

// Ledger entries as CSV (RFC 4180: comma separated, CRLF line ends, a header row). Amounts are
// exact decimal numbers of tokens with "." as the decimal point ("0.000000000000000042"), followed
// by the token's symbol in a unit column and the same amount in base units (the token's smallest
// unit, a whole number); times both ISO 8601 (UTC) and unix seconds, kinds in stable English
// names, so spreadsheets and scripts read it the same in every locale.
class LedgerCsvWriter {
public:
    static QByteArray toCsv(const QList<LedgerEntry>& entries, const TokenInfo& token);
    // Writes atomically (QSaveFile): the file is replaced only when everything was written. Blocks
    // on the disk: run it off the GUI thread.
    static Result<void> write(const QString& filePath, const QList<LedgerEntry>& entries,
                              const TokenInfo& token);
    // "payout", "collateral_returned", …
    static QString kindName(LedgerKind kind);
};

} // namespace salesdesk::ui
