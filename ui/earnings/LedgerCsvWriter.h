#pragma once

#include "core/desk/MarketEarningsReader.h"
#include "core/domain/Result.h"
#include "core/domain/TokenInfo.h"
#include "core/stats/LedgerEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace salesdesk::ui {

// Ledger entries and the other markets' earnings as CSV (RFC 4180: comma separated, CRLF line
// ends, a header row), one row each, oldest first (a ledger entry before an earning of the same
// second). The market column says whose row it is ("slot_sales", "direct_deals",
// "paid_retrieval"); a direct deal's row is a payment ("deal_payment") or collateral lost
// ("collateral_lost"), a retrieval's a claim ("retrieval_claim"); request_id and slot_index are a
// slot sale's, deal_id a deal's, channel_id a retrieval claim's, empty otherwise. Amounts are exact
// decimal numbers of tokens with
// "." as the decimal point ("0.000000000000000042"), followed by the token's symbol in a unit
// column and the same amount in base units (the token's smallest unit, a whole number); times both
// ISO 8601 (UTC) and unix seconds, markets and kinds in stable English names, so spreadsheets and
// scripts read it the same in every locale.
class LedgerCsvWriter {
public:
    // `entries` and `earnings` each oldest first.
    static QByteArray toCsv(const QList<LedgerEntry>& entries, const TokenInfo& token,
                            const QList<MarketEarning>& earnings = {});
    // Writes atomically (QSaveFile): the file is replaced only when everything was written. Blocks
    // on the disk: run it off the GUI thread.
    static Result<void> write(const QString& filePath, const QList<LedgerEntry>& entries,
                              const TokenInfo& token, const QList<MarketEarning>& earnings = {});
    // "payout", "collateral_returned", …
    static QString kindName(LedgerKind kind);
    // "direct_deals", "paid_retrieval".
    static QString marketName(MarketEarning::Market market);
};

} // namespace salesdesk::ui
