#include "core/domain/StorageRequest.h"

#include <utility>

namespace salesdesk {

namespace {

Error invalid(QString message) {
    return makeError(ErrorCode::InvalidArgument, std::move(message));
}

Error tooLarge(const QString& field, const QString& product) {
    return makeError(
        ErrorCode::Overflow,
        QStringLiteral("%1 is too large: %2 does not fit in 256 bits").arg(field, product));
}

} // namespace

abi::Value StorageRequest::abiValue() const {
    return abi::tuple({
        abi::address(client),
        abi::tuple({abi::uint(ask.proofProbability), abi::uint(ask.pricePerBytePerSecond),
                    abi::uint(ask.collateralPerByte), abi::uint(ask.slots), abi::uint(ask.slotSize),
                    abi::uint(ask.duration), abi::uint(ask.maxSlotLoss)}),
        abi::tuple({abi::bytes(content.cid), abi::bytes32(content.merkleRoot)}),
        abi::uint(expiry),
        abi::bytes32(nonce),
    });
}

RequestId StorageRequest::id() const {
    return RequestId::fromBytes(abi::keccak256(abi::encode({abiValue()})).toByteArray());
}

Result<void> StorageRequest::validate() const {
    if (ask.slots == 0)
        return invalid(QStringLiteral("ask.slots must be at least 1"));
    if (ask.slotSize == 0)
        return invalid(QStringLiteral("ask.slotSize must be at least 1 byte"));
    if (ask.duration == 0)
        return invalid(QStringLiteral("ask.duration must be at least 1 second"));
    if (expiry == 0 || expiry >= ask.duration)
        return invalid(
            QStringLiteral("expiry must be more than 0 and less than ask.duration (%1 s), "
                           "got %2 s")
                .arg(ask.duration)
                .arg(expiry));
    if (ask.maxSlotLoss > ask.slots)
        return invalid(QStringLiteral("ask.maxSlotLoss (%1) must not exceed ask.slots (%2)")
                           .arg(ask.maxSlotLoss)
                           .arg(ask.slots));
    if (content.cid.isEmpty())
        return invalid(QStringLiteral("content.cid must not be empty"));

    // All factors but the per-byte amounts are >= 1 here, so once the full products fit, every
    // partial product the getters compute fits too.
    const auto perSecond = uint256::checkedMul(ask.pricePerBytePerSecond, ask.slotSize);
    if (!perSecond)
        return tooLarge(QStringLiteral("ask.pricePerBytePerSecond"),
                        QStringLiteral("pricePerBytePerSecond * slotSize"));
    const auto perSlot = uint256::checkedMul(*perSecond, ask.duration);
    if (!perSlot)
        return tooLarge(QStringLiteral("ask.pricePerBytePerSecond"),
                        QStringLiteral("the price per slot (pricePerBytePerSecond * slotSize * "
                                       "duration)"));
    const auto total = uint256::checkedMul(*perSlot, ask.slots);
    if (!total)
        return tooLarge(QStringLiteral("ask.pricePerBytePerSecond"),
                        QStringLiteral("the total price (pricePerBytePerSecond * slotSize * "
                                       "duration * slots)"));
    const auto collateral = uint256::checkedMul(ask.collateralPerByte, ask.slotSize);
    if (!collateral)
        return tooLarge(QStringLiteral("ask.collateralPerByte"),
                        QStringLiteral("the collateral per slot (collateralPerByte * slotSize)"));
    return {};
}

UInt256 StorageRequest::pricePerSlotPerSecond() const {
    return ask.pricePerBytePerSecond * ask.slotSize;
}

UInt256 StorageRequest::pricePerSlot() const {
    return pricePerSlotPerSecond() * ask.duration;
}

UInt256 StorageRequest::totalPrice() const {
    return pricePerSlot() * ask.slots;
}

UInt256 StorageRequest::collateralPerSlot() const {
    return ask.collateralPerByte * ask.slotSize;
}

UInt256 StorageRequest::size() const {
    return UInt256(ask.slots) * ask.slotSize;
}

} // namespace salesdesk
