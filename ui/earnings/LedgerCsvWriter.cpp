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

QString LedgerCsvWriter::marketName(MarketEarning::Market market) {
    switch (market) {
    case MarketEarning::Market::DirectDeals:
        return QStringLiteral("direct_deals");
    case MarketEarning::Market::PaidRetrieval:
        return QStringLiteral("paid_retrieval");
    }
    return QStringLiteral("unknown");
}

QByteArray LedgerCsvWriter::toCsv(const QList<LedgerEntry>& entries, const TokenInfo& token,
                                  const QList<MarketEarning>& earnings) {
    // No field can hold a comma, a quote or a line break, so none needs quoting; a symbol that
    // does is quoted.
    QByteArray unit = token.symbol.toUtf8();
    if (unit.contains(',') || unit.contains('"') || unit.contains('\n') || unit.contains('\r'))
        unit = '"' + unit.replace('"', "\"\"") + '"';
    QByteArray out("time_utc,unix_time,market,kind,request_id,slot_index,deal_id,channel_id,amount,"
                   "unit,amount_base_units\r\n");
    out.reserve(out.size() + (entries.size() + earnings.size()) * 180);
    const auto writeTime = [&out](Timestamp at) {
        out += QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate).toLatin1();
        out += ',';
        out += QByteArray::number(at);
        out += ',';
    };
    const auto writeAmount = [&out, &unit, &token](const UInt256& amount) {
        out += tokens::toPlainDecimal(amount, token).toLatin1();
        out += ',';
        out += unit;
        out += ',';
        out += uint256::toDecimal(amount).toLatin1();
        out += "\r\n";
    };
    // request_id and slot_index empty; then the deal's id, or the channel's after an empty one.
    const auto writeEarning = [&](const MarketEarning& earning) {
        const bool deal = earning.market == MarketEarning::Market::DirectDeals;
        writeTime(earning.at);
        out += marketName(earning.market).toLatin1();
        out += !deal                                                 ? ",retrieval_claim,,,,"
               : earning.kind == MarketEarning::Kind::CollateralLost ? ",collateral_lost,,,"
                                                                     : ",deal_payment,,,";
        out += earning.source.toHex().toLatin1();
        out += deal ? ",," : ",";
        writeAmount(earning.amount);
    };
    qsizetype e = 0;
    for (const LedgerEntry& entry : entries) {
        for (; e < earnings.size() && earnings.at(e).at < entry.at; ++e)
            writeEarning(earnings.at(e));
        writeTime(entry.at);
        out += "slot_sales,";
        out += kindName(entry.kind).toLatin1();
        out += ',';
        out += entry.requestId.toHex().toLatin1();
        out += ',';
        out += QByteArray::number(entry.slotIndex);
        out += ",,,";
        writeAmount(entry.amount);
    }
    for (; e < earnings.size(); ++e)
        writeEarning(earnings.at(e));
    return out;
}

Result<void> LedgerCsvWriter::write(const QString& filePath, const QList<LedgerEntry>& entries,
                                    const TokenInfo& token, const QList<MarketEarning>& earnings) {
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("Cannot write %1: %2").arg(filePath, file.errorString()));
    const QByteArray csv = toCsv(entries, token, earnings);
    if (file.write(csv) != csv.size() || !file.commit())
        return makeError(ErrorCode::Io,
                         QStringLiteral("Cannot write %1: %2").arg(filePath, file.errorString()));
    return {};
}

} // namespace salesdesk::ui
