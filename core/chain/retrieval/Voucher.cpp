#include "core/chain/retrieval/Voucher.h"

#include "core/chain/crypto/PrivateKey.h"
#include "core/domain/AbiEncoder.h"

namespace salesdesk {

Eip712Domain Voucher::domain(quint64 chainId, const Address& contract) {
    return Eip712Domain{QStringLiteral("RetrievalChannels"), QStringLiteral("1"), chainId,
                        contract};
}

Hash32 Voucher::structHash(const Hash32& channelId, const UInt256& cumulativeAmount) {
    static const Hash32 type = Eip712Domain::typeHash(kType);
    QByteArray encoded = type.toByteArray();
    encoded += channelId.toByteArray();
    encoded += uint256::toBigEndian32(cumulativeAmount);
    return abi::keccak256(encoded);
}

Hash32 Voucher::digest(const Eip712Domain& domain, const Hash32& channelId,
                       const UInt256& cumulativeAmount) {
    return domain.digest(structHash(channelId, cumulativeAmount));
}

Voucher Voucher::sign(const PrivateKey& payer, const Eip712Domain& domain, const Hash32& channelId,
                      const UInt256& cumulativeAmount) {
    return Voucher{channelId, cumulativeAmount,
                   payer.sign(digest(domain, channelId, cumulativeAmount))};
}

QByteArray Voucher::signatureBytes() const {
    QByteArray bytes = signature.r + signature.s;
    bytes.append(static_cast<char>(27 + signature.yParity));
    return bytes;
}

Result<Signature> Voucher::signatureFromBytes(QByteArrayView bytes) {
    if (bytes.size() != 65)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a voucher's signature has 65 bytes (r, s, v), not %1")
                             .arg(bytes.size()));
    const int v = static_cast<unsigned char>(bytes[64]);
    int parity = -1;
    if (v == 27 || v == 28)
        parity = v - 27;
    else if (v == 0 || v == 1)
        parity = v;
    if (parity < 0)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("a voucher's signature ends in v = 27 or 28, not %1").arg(v));
    return Signature{bytes.first(32).toByteArray(), bytes.sliced(32, 32).toByteArray(), parity};
}

} // namespace salesdesk
