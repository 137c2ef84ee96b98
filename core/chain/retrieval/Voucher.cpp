#include "core/chain/retrieval/Voucher.h"

#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/crypto/SignatureBytes.h"
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
    return salesdesk::signatureBytes(signature);
}

Result<Signature> Voucher::signatureFromBytes(QByteArrayView bytes) {
    return salesdesk::signatureFromBytes(bytes);
}

} // namespace salesdesk
