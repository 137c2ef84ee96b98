#include "core/chain/crypto/Eip712Domain.h"

#include "core/domain/UInt256.h"

#include <QCryptographicHash>

namespace salesdesk {

namespace {

QByteArray keccak(QByteArrayView bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Keccak_256);
}

} // namespace

Hash32 Eip712Domain::typeHash(QByteArrayView typeString) {
    return Hash32::fromBytes(keccak(typeString));
}

Hash32 Eip712Domain::separator() const {
    static const Hash32 domainType = typeHash(
        "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    QByteArray encoded;
    encoded.reserve(5 * 32);
    encoded += domainType.toByteArray();
    encoded += keccak(name.toUtf8());
    encoded += keccak(version.toUtf8());
    encoded += uint256::toBigEndian32(UInt256(chainId));
    encoded += QByteArray(12, '\0') + verifyingContract.toByteArray();
    return Hash32::fromBytes(keccak(encoded));
}

Hash32 Eip712Domain::digest(const Hash32& structHash) const {
    QByteArray message("\x19\x01", 2);
    message += separator().toByteArray();
    message += structHash.toByteArray();
    return Hash32::fromBytes(keccak(message));
}

} // namespace salesdesk
