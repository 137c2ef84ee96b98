#pragma once

#include "core/chain/crypto/Signature.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>

namespace salesdesk {

// The secp256k1 operations Ethereum accounts need, over libsecp256k1 (with its recovery module).
// One library context for the process, randomised once against side channels; its functions are
// safe to call from any thread.
class Secp256k1 {
public:
    using SecretBytes = std::array<std::uint8_t, 32>;

    // True when `secret` is a valid private key: not zero and below the curve order.
    static bool isValidSecret(const SecretBytes& secret);
    // The uncompressed public key without its 0x04 prefix: x and y, 32 bytes each. `secret` must
    // be valid.
    static QByteArray publicKey(const SecretBytes& secret);
    // The Ethereum address of a 64-byte public key: the last 20 bytes of its Keccak-256.
    static Address addressOf(QByteArrayView publicKey64);

    // A recoverable signature of a 32-byte digest: deterministic (RFC 6979 nonces), low s.
    static Signature sign(const SecretBytes& secret, const Hash32& digest);
    // The 64-byte public key that made `signature` of `digest`; an error for a malformed
    // signature (r or s zero or not below the curve order, parity not 0 or 1) or one from which
    // no key can be recovered.
    static Result<QByteArray> recoverPublicKey(const Hash32& digest, const Signature& signature);
    static Result<Address> recoverAddress(const Hash32& digest, const Signature& signature);

    // True when s is at most half the curve order (EIP-2: transactions with a high s are
    // invalid, so each signature has one form).
    static bool hasLowS(const Signature& signature);
    // The other signature that recovers to the same key for the same digest: (r, n − s) with
    // the other parity. What a replay through signature malleability sends; checks refuse it by
    // its high s. `signature` must have a 32-byte s below the curve order n.
    static Signature malleableTwin(const Signature& signature);
};

} // namespace salesdesk
