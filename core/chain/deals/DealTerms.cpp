#include "core/chain/deals/DealTerms.h"

namespace salesdesk {

namespace {

Error outside(const QString& what, quint64 value, quint64 least, quint64 most) {
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("the provider's ask takes a %1 from %2 to %3, not %4")
                         .arg(what)
                         .arg(least)
                         .arg(most)
                         .arg(value));
}

} // namespace

Result<DealTerms> DealTerms::within(const DealAsk& ask, Timestamp now, quint64 size,
                                    quint64 duration, quint64 startLead,
                                    const std::optional<UInt256>& pricePerBytePerSecond) {
    if (ask.validUntil != 0 && now > ask.validUntil)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the provider's ask was valid until %1, and it is %2 now")
                             .arg(ask.validUntil)
                             .arg(now));
    if (size < ask.minSize || size > ask.maxSize)
        return outside(QStringLiteral("size in bytes"), size, ask.minSize, ask.maxSize);
    if (duration < ask.minDuration || duration > ask.maxDuration)
        return outside(QStringLiteral("duration in seconds"), duration, ask.minDuration,
                       ask.maxDuration);
    if (startLead < ask.minStartLead || startLead > ask.maxStartLead)
        return outside(QStringLiteral("start in seconds from now"), startLead, ask.minStartLead,
                       ask.maxStartLead);
    const UInt256 price = pricePerBytePerSecond.value_or(ask.pricePerBytePerSecond);
    if (price < ask.pricePerBytePerSecond)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("the provider's ask takes at least %1 base units per "
                           "byte per second, not %2")
                .arg(uint256::toDecimal(ask.pricePerBytePerSecond), uint256::toDecimal(price)));
    DealTerms terms;
    SD_TRY_ASSIGN(terms.pricePerSecond, uint256::checkedMul(price, UInt256(size)));
    SD_TRY_ASSIGN(terms.providerCollateral,
                  uint256::checkedMul(ask.minCollateralPerByte, UInt256(size)));
    SD_TRY_ASSIGN(terms.payment, uint256::checkedMul(terms.pricePerSecond, UInt256(duration)));
    return terms;
}

} // namespace salesdesk
