#pragma once

#include "core/chain/crypto/Signature.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <vector>

namespace salesdesk {

class PrivateKey;
struct SignedTransaction;

// One entry of an access list (EIP-2930): an account and the storage slots the transaction
// declares it will touch.
struct AccessListEntry {
    Address address;
    std::vector<Hash32> storageKeys;

    friend bool operator==(const AccessListEntry&, const AccessListEntry&) = default;
};

// A type-2 transaction (EIP-1559: a fee cap and a priority fee instead of one gas price).
//
//   signing hash  keccak256(0x02 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas,
//                                        gasLimit, to, value, data, accessList]))
//   raw signed    0x02 || rlp([... the same nine fields ..., yParity, r, s])
//   hash          keccak256(raw signed), the id nodes know it by
//
// `to` unset creates a contract (encoded as the empty string); integers are RLP's minimal
// big-endian strings; an empty access list is still an (empty) list.
class Eip1559Transaction {
public:
    static constexpr quint8 kType = 0x02;

    quint64 chainId = 0;
    quint64 nonce = 0;
    UInt256 maxPriorityFeePerGas = 0;
    UInt256 maxFeePerGas = 0;
    quint64 gasLimit = 0;
    std::optional<Address> to;
    UInt256 value = 0;
    QByteArray data;
    std::vector<AccessListEntry> accessList;

    // 0x02 || rlp(the nine fields): what the signature covers.
    QByteArray signingPayload() const;
    Hash32 signingHash() const;
    // 0x02 || rlp(the nine fields, yParity, r, s), for eth_sendRawTransaction.
    QByteArray encodeSigned(const Signature& signature) const;
    SignedTransaction sign(const PrivateKey& key) const;

    // A raw signed type-2 transaction read back (a stored one after a crash), with its signer
    // recovered. Strict: canonical RLP, exactly twelve fields, 20-byte `to`, 32-byte storage
    // keys, y parity 0 or 1, low s; the error names the field.
    static Result<SignedTransaction> decodeSigned(QByteArrayView raw);

    friend bool operator==(const Eip1559Transaction&, const Eip1559Transaction&) = default;
};

// A transaction with its signature, as sent: the raw bytes, their hash and the sender.
struct SignedTransaction {
    Eip1559Transaction transaction;
    Signature signature;
    QByteArray raw;
    Hash32 hash;
    Address sender;
};

} // namespace salesdesk
