#include "core/domain/PriceUnits.h"

namespace salesdesk::prices {

const UInt256& byteSecondsPerTiBMonth() {
    static const UInt256 value = UInt256(kBytesPerTiB) * kSecondsPerMonth;
    return value;
}

Result<UInt256> perTiBMonth(const UInt256& perByteSecond) {
    return uint256::checkedMul(perByteSecond, byteSecondsPerTiBMonth());
}

UInt256 perByteSecond(const UInt256& perTiBMonth, Rounding rounding) {
    const UInt256& divisor = byteSecondsPerTiBMonth();
    UInt256 quotient = perTiBMonth / divisor;
    // The quotient is at most (2^256 − 1) / 2^40, so adding one cannot overflow.
    if (rounding == Rounding::Up && perTiBMonth % divisor != 0)
        quotient += 1;
    return quotient;
}

NearestPrices nearestPerByteSecond(const UInt256& perTiBMonth) {
    NearestPrices nearest;
    nearest.below = perByteSecond(perTiBMonth, Rounding::Down);
    nearest.above = perByteSecond(perTiBMonth, Rounding::Up);
    nearest.exact = nearest.below == nearest.above;
    return nearest;
}

} // namespace salesdesk::prices
