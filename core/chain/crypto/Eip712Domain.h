#pragma once

#include "core/domain/FixedBytes.h"

#include <QByteArrayView>
#include <QString>

namespace salesdesk {

// The EIP-712 domain of a contract that checks typed-data signatures: its name and version, the
// chain id and the contract's address (no salt), as our contracts build it (contracts/
// TypedDataDomain.sol). A signature made for one domain recovers to a stranger in any other, so
// a voucher or a deal proposal signed for one chain or contract is worthless on another.
struct Eip712Domain {
    QString name;
    QString version;
    quint64 chainId = 0;
    Address verifyingContract;

    // keccak256(abi.encode(the domain's type hash, keccak256(name), keccak256(version), chainId,
    // verifyingContract)).
    Hash32 separator() const;
    // What the signer signs: keccak256(0x19 0x01 ‖ separator ‖ structHash).
    Hash32 digest(const Hash32& structHash) const;

    // keccak256 of a type's canonical string, e.g. "Voucher(bytes32 channelId,uint256
    // cumulativeAmount)".
    static Hash32 typeHash(QByteArrayView typeString);
};

} // namespace salesdesk
