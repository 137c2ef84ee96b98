#include "ui/availabilities/OfferCheck.h"

#include "core/domain/TokenAmount.h"
#include "ui/availabilities/OfferUnits.h"
#include "ui/common/Formatting.h"
#include "ui/wallet/WalletTransactionsModel.h"

#include <QStringList>

namespace salesdesk::ui {

namespace {

using Field = AvailabilityRules::Field;
using Unit = AvailabilityRules::Unit;

// An amount of a rule for people, in the unit the form shows it in.
QString formatRuleAmount(const UInt256& amount, Unit unit) {
    switch (unit) {
    case Unit::Bytes:
        return formatBytes(amount.convert_to<quint64>());
    case Unit::Seconds:
        return formatDuration(amount.convert_to<qint64>());
    case Unit::BaseUnits:
        return OfferCheck::tr("%1 base units (%2)")
            .arg(formatBaseUnits(amount), formatAmount(amount));
    case Unit::BaseUnitsPerByteSecond:
        return formatPrice(amount);
    case Unit::PointInTime:
        return formatTimestamp(amount.convert_to<qint64>());
    }
    return uint256::toDecimal(amount);
}

} // namespace

OfferCheck::OfferCheck(std::optional<Availability> original, Timestamp latestHostedSlotEnd) {
    m_context.original = std::move(original);
    m_context.latestHostedSlotEnd = latestHostedSlotEnd;
}

OfferCheck::OfferCheck(AvailabilityRules::Context context)
    : m_context(std::move(context)) {}

quint64 OfferCheck::availableBytes() const {
    return (m_context.quota ? m_context.quota->available() : 0) +
           (m_context.original ? m_context.original->totalSize : 0);
}

QList<AvailabilityRules::Violation> OfferCheck::violations(const OfferFields& fields) const {
    AvailabilityChange proposed;
    proposed.totalSize = fields.totalSize;
    proposed.duration = fields.duration;
    proposed.minPricePerBytePerSecond = fields.minPricePerBytePerSecond;
    proposed.totalCollateral = fields.totalCollateral;
    proposed.until = fields.until;
    proposed.enabled = fields.enabled;
    return AvailabilityRules::check(proposed, m_context);
}

QString OfferCheck::walletWarning(const UInt256& totalCollateral, std::optional<UInt256> tokens,
                                  std::optional<UInt256> gas,
                                  std::optional<SaleGasEstimate> saleGas) {
    QStringList warnings;
    if (tokens && totalCollateral > *tokens)
        warnings << tr("Your wallet holds %1, less than this collateral: sales stop taking slots "
                       "once their collateral has used the wallet up.")
                        .arg(formatAmount(*tokens));
    if (gas && saleGas && *gas < saleGas->wei) {
        const TokenInfo ether = WalletTransactionsModel::ether();
        warnings << tr("Your wallet holds %1 for gas, less than one sale may need: %2 (%3 gas: "
                       "reserve, fill, payout and up to %4 proofs, one per period, at the node's "
                       "current fee). Send at least %5 more to the wallet.")
                        .arg(tokens::formatExact(*gas, ether),
                             tokens::formatExact(saleGas->wei, ether),
                             QLocale().toString(qulonglong(saleGas->gasUnits)),
                             QLocale().toString(qulonglong(saleGas->proofs)),
                             tokens::formatExact(saleGas->wei - *gas, ether));
    } else if (gas && *gas == 0)
        warnings << tr("Your wallet holds no ETH for gas: it cannot send the transactions a sale "
                       "needs (reserve, fill, proofs, payout).");
    return warnings.join(QLatin1Char(' '));
}

QString OfferCheck::describe(const AvailabilityRules::Violation& violation) {
    const QString message = AvailabilityRules::describe(
        violation.code, formatRuleAmount(violation.value, violation.unit),
        formatRuleAmount(violation.limit, violation.unit));
    if (violation.code == AvailabilityRules::Code::NotEnoughQuota)
        return tr("%1. Raise the quota in Settings → Storage quota.").arg(message);
    return message;
}

QString OfferCheck::problemOf(Field field, const OfferFields& fields) const {
    for (const AvailabilityRules::Violation& violation : violations(fields))
        if (violation.field == field)
            return describe(violation);
    return {};
}

QString OfferCheck::sizeProblem(const OfferFields& fields) const {
    return problemOf(Field::TotalSize, fields);
}

QString OfferCheck::durationProblem(const OfferFields& fields) const {
    return problemOf(Field::Duration, fields);
}

QString OfferCheck::priceProblem(const OfferFields& fields) const {
    if (!fields.priceParseError.isEmpty())
        return fields.priceParseError;
    if (!fields.minPricePerBytePerSecond)
        return tr("The contract cannot hold %1 %2 per TiB per month exactly: it stores a whole "
                  "number of base units per byte per second. Choose one of the nearest prices.")
            .arg(fields.priceText.trimmed(), displayToken().symbol);
    return problemOf(Field::MinPrice, fields);
}

QString OfferCheck::collateralProblem(const OfferFields& fields) const {
    if (!fields.collateralParseError.isEmpty())
        return fields.collateralParseError;
    return problemOf(Field::TotalCollateral, fields);
}

QString OfferCheck::untilProblem(const OfferFields& fields) const {
    return problemOf(Field::Until, fields);
}

NewAvailability OfferCheck::newAvailability(const OfferFields& fields) {
    NewAvailability params;
    params.totalSize = *fields.totalSize;
    params.duration = *fields.duration;
    params.minPricePerBytePerSecond = *fields.minPricePerBytePerSecond;
    params.totalCollateral = *fields.totalCollateral;
    params.until = fields.until;
    params.enabled = fields.enabled;
    return params;
}

AvailabilityChange OfferCheck::changeOfOriginal(const OfferFields& fields) const {
    AvailabilityChange change;
    const Availability& a = *m_context.original;
    if (*fields.totalSize != a.totalSize)
        change.totalSize = fields.totalSize;
    if (*fields.duration != a.duration)
        change.duration = fields.duration;
    if (*fields.minPricePerBytePerSecond != a.minPricePerBytePerSecond)
        change.minPricePerBytePerSecond = fields.minPricePerBytePerSecond;
    if (*fields.totalCollateral != a.totalCollateral)
        change.totalCollateral = fields.totalCollateral;
    if (fields.until != a.until)
        change.until = fields.until;
    if (fields.enabled != a.enabled)
        change.enabled = fields.enabled;
    return change;
}

} // namespace salesdesk::ui
