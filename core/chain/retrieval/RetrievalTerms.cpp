#include "core/chain/retrieval/RetrievalTerms.h"

#include "core/domain/AbiEncoder.h"

namespace salesdesk {

Hash32 RetrievalTerms::structHash(const Address& payee) const {
    static const Hash32 type = Eip712Domain::typeHash(kType);
    QByteArray encoded = type.toByteArray();
    encoded += QByteArray(12, '\0') + payee.toByteArray();
    encoded += uint256::toBigEndian32(pricePerByte);
    encoded += uint256::toBigEndian32(UInt256(paymentInterval));
    encoded += uint256::toBigEndian32(UInt256(paymentIntervalIncrease));
    return abi::keccak256(encoded);
}

Result<void> RetrievalTerms::validate() const {
    if (paymentInterval == 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the payment interval must be at least one byte"));
    constexpr quint64 kLargest = quint64(1) << 40;
    if (paymentInterval > kLargest || paymentIntervalIncrease > kLargest)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the payment interval and its increase must be at most "
                                        "1 TiB (%1 and %2 bytes given)")
                             .arg(paymentInterval)
                             .arg(paymentIntervalIncrease));
    return {};
}

namespace {

// Walks the chunks of a retrieval of `size` bytes from the first while `goOn(index, begin, end)`
// holds; returns the index it stopped at. Lengths saturate instead of overflowing.
template <typename GoOn>
quint64 walkChunks(const RetrievalTerms& terms, quint64 size, GoOn&& goOn) {
    quint64 index = 0;
    quint64 begin = 0;
    quint64 length = terms.paymentInterval;
    while (begin < size) {
        const quint64 end = length >= size - begin ? size : begin + length;
        if (!goOn(index, begin, end))
            return index;
        begin = end;
        ++index;
        length = terms.paymentIntervalIncrease > ~quint64(0) - length
                     ? ~quint64(0)
                     : length + terms.paymentIntervalIncrease;
    }
    return index;
}

} // namespace

quint64 RetrievalTerms::chunkBegin(quint64 index, quint64 size) const {
    quint64 found = size;
    walkChunks(*this, size, [&](quint64 k, quint64 begin, quint64) {
        if (k < index)
            return true;
        found = begin;
        return false;
    });
    return found;
}

quint64 RetrievalTerms::chunkCount(quint64 size) const {
    return walkChunks(*this, size, [](quint64, quint64, quint64) { return true; });
}

quint64 RetrievalTerms::chunkAt(quint64 offset, quint64 size) const {
    return walkChunks(*this, size, [&](quint64, quint64, quint64 end) { return end <= offset; });
}

Result<UInt256> RetrievalTerms::priceOf(quint64 bytes) const {
    return uint256::checkedMul(pricePerByte, UInt256(bytes));
}

} // namespace salesdesk
