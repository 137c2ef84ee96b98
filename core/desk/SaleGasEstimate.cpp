#include "core/desk/SaleGasEstimate.h"

#include <algorithm>
#include <limits>

namespace salesdesk {

SaleGasEstimate SaleGasEstimate::of(quint64 durationSeconds, quint64 periodSeconds,
                                    const UInt256& feePerGas) {
    SaleGasEstimate estimate;
    const quint64 period = std::max<quint64>(1, periodSeconds);
    // A started period asks for its proof too.
    estimate.proofs = durationSeconds / period + (durationSeconds % period != 0 ? 1 : 0);
    // In UInt256: a long duration over one-second periods must not wrap.
    const UInt256 units = UInt256(kReserveSlotGas) + UInt256(kFillSlotGas) + UInt256(kFreeSlotGas) +
                          UInt256(estimate.proofs) * UInt256(kSubmitProofGas);
    estimate.gasUnits = units > UInt256(std::numeric_limits<quint64>::max())
                            ? std::numeric_limits<quint64>::max()
                            : units.convert_to<quint64>();
    auto wei = uint256::checkedMul(units, feePerGas);
    estimate.wei = wei.ok() ? *wei : uint256::max();
    return estimate;
}

} // namespace salesdesk
