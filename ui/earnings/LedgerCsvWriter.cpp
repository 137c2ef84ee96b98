#include "ui/earnings/LedgerCsvWriter.h"

#include "core/domain/TokenAmount.h"

#include <QDateTime>
#include <QSaveFile>

namespace salesdesk::ui {

QString LedgerCsvWriter::kindName(LedgerKind kind) {
    switch (kind) {
    case LedgerKind::CollateralDeposited:
        return QStringLiteral("collateral_deposited");
    case LedgerKind::CollateralReturned:
        return QStringLiteral("collateral_returned");
    case LedgerKind::Payout:
        return QStringLiteral("payout");
    case LedgerKind::CollateralLost:
        return QStringLiteral("collateral_lost");
    }
    return QStringLiteral("unknown");
}

QByteArray LedgerCsvWriter::toCsv(const QList<LedgerEntry>& entries, const TokenInfo& token) {
    // No field can hold a comma, a quote or a line break, so none needs quoting; a symbol that
    // does is quoted.
    QByteArray unit = token.symbol.toUtf8();
    if (unit.contains(',') || unit.contains('"') || unit.contains('\n') || unit.contains('\r'))
        unit = '"' + unit.replace('"', "\"\"") + '"';
    QByteArray out(
        "time_utc,unix_time,kind,request_id,slot_index,amount,unit,amount_base_units\r\n");
    out.reserve(out.size() + entries.size() * 160);
    for (const LedgerEntry& e : entries) {
        out += QDateTime::fromSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODate).toLatin1();
        out += ',';
        out += QByteArray::number(e.at);
        out += ',';
        out += kindName(e.kind).toLatin1();
        out += ',';
        out += e.requestId.toHex().toLatin1();
        out += ',';
        out += QByteArray::number(e.slotIndex);
        out += ',';
        out += tokens::toPlainDecimal(e.amount, token).toLatin1();
        out += ',';
        out += unit;
        out += ',';
        out += uint256::toDecimal(e.amount).toLatin1();
        out += "\r\n";
    }
    return out;
}

Result<void> LedgerCsvWriter::write(const QString& filePath, const QList<LedgerEntry>& entries,
                                    const TokenInfo& token) {
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("Cannot write %1: %2").arg(filePath, file.errorString()));
    const QByteArray csv = toCsv(entries, token);
    if (file.write(csv) != csv.size() || !file.commit())
        return makeError(ErrorCode::Io,
                         QStringLiteral("Cannot write %1: %2").arg(filePath, file.errorString()));
    return {};
}

} // namespace salesdesk::ui
