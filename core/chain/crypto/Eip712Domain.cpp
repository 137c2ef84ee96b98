#include "core/chain/crypto/Eip712Domain.h"

#include "core/domain/AbiEncoder.h"
#include "core/domain/UInt256.h"

namespace salesdesk {

Hash32 Eip712Domain::typeHash(QByteArrayView typeString) {
    return abi::keccak256(typeString);
}

Hash32 Eip712Domain::separator() const {
    static const Hash32 domainType = typeHash(
        "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    QByteArray encoded;
    encoded.reserve(5 * 32);
    encoded += domainType.toByteArray();
    encoded += abi::keccak256(name.toUtf8()).toByteArray();
    encoded += abi::keccak256(version.toUtf8()).toByteArray();
    encoded += uint256::toBigEndian32(UInt256(chainId));
    encoded += QByteArray(12, '\0') + verifyingContract.toByteArray();
    return abi::keccak256(encoded);
}

Hash32 Eip712Domain::digest(const Hash32& structHash) const {
    QByteArray message("\x19\x01", 2);
    message += separator().toByteArray();
    message += structHash.toByteArray();
    return abi::keccak256(message);
}

} // namespace salesdesk
