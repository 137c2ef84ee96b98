#include "core/chain/crypto/Secp256k1.h"

#include "core/domain/AbiEncoder.h"
#include "core/domain/UInt256.h"

#include <algorithm>
#include <cstring>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <secp256k1.h>
#include <secp256k1_recovery.h>
#include <stdexcept>

namespace salesdesk {

namespace {

// Half the curve order n, big-endian: s above it is "high".
constexpr std::array<std::uint8_t, 32> kHalfOrder = {
    0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0x5d, 0x57, 0x6e, 0x73, 0x57, 0xa4, 0x50, 0x1d, 0xdf, 0xe9, 0x2f, 0x46, 0x68, 0x1b, 0x20, 0xa0};

class Context {
public:
    Context()
        : m_context(secp256k1_context_create(SECP256K1_CONTEXT_NONE)) {
        if (!m_context)
            throw std::runtime_error("secp256k1_context_create failed");
        unsigned char seed[32];
        // Randomisation blinds the signing computations; without entropy it is skipped, which
        // leaves the results correct.
        if (RAND_bytes(seed, sizeof seed) == 1 && !secp256k1_context_randomize(m_context, seed))
            throw std::runtime_error("secp256k1_context_randomize failed");
        OPENSSL_cleanse(seed, sizeof seed);
    }
    ~Context() { secp256k1_context_destroy(m_context); }
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    const secp256k1_context* get() const { return m_context; }

private:
    secp256k1_context* m_context;
};

const secp256k1_context* context() {
    static const Context instance;
    return instance.get();
}

const unsigned char* bytesOf(QByteArrayView view) {
    return reinterpret_cast<const unsigned char*>(view.data());
}

Error invalidSignature(const QString& why) {
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("invalid signature: %1").arg(why));
}

} // namespace

bool Secp256k1::isValidSecret(const SecretBytes& secret) {
    return secp256k1_ec_seckey_verify(context(), secret.data()) == 1;
}

QByteArray Secp256k1::publicKey(const SecretBytes& secret) {
    secp256k1_pubkey key;
    if (secp256k1_ec_pubkey_create(context(), &key, secret.data()) != 1)
        throw std::invalid_argument("secp256k1: not a valid private key");
    unsigned char serialized[65];
    size_t length = sizeof serialized;
    secp256k1_ec_pubkey_serialize(context(), serialized, &length, &key, SECP256K1_EC_UNCOMPRESSED);
    return QByteArray(reinterpret_cast<const char*>(serialized) + 1, 64);
}

Address Secp256k1::addressOf(QByteArrayView publicKey64) {
    return Address::fromBytes(abi::keccak256(publicKey64).toByteArray().right(20));
}

Signature Secp256k1::sign(const SecretBytes& secret, const Hash32& digest) {
    secp256k1_ecdsa_recoverable_signature recoverable;
    // A null nonce function is libsecp256k1's RFC 6979 default; it yields a low s.
    if (secp256k1_ecdsa_sign_recoverable(context(), &recoverable, digest.bytes().data(),
                                         secret.data(), nullptr, nullptr) != 1)
        throw std::invalid_argument("secp256k1: not a valid private key");
    unsigned char compact[64];
    int recoveryId = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(context(), compact, &recoveryId,
                                                            &recoverable);
    Signature signature;
    signature.r = QByteArray(reinterpret_cast<const char*>(compact), 32);
    signature.s = QByteArray(reinterpret_cast<const char*>(compact) + 32, 32);
    signature.yParity = recoveryId;
    return signature;
}

Result<QByteArray> Secp256k1::recoverPublicKey(const Hash32& digest, const Signature& signature) {
    if (signature.r.size() != 32 || signature.s.size() != 32)
        return invalidSignature(QStringLiteral("r and s must be 32 bytes each, not %1 and %2")
                                    .arg(signature.r.size())
                                    .arg(signature.s.size()));
    if (signature.yParity != 0 && signature.yParity != 1)
        return invalidSignature(
            QStringLiteral("y parity must be 0 or 1, not %1").arg(signature.yParity));
    const QByteArray compact = signature.r + signature.s;
    secp256k1_ecdsa_recoverable_signature recoverable;
    if (secp256k1_ecdsa_recoverable_signature_parse_compact(
            context(), &recoverable, bytesOf(compact), signature.yParity) != 1)
        return invalidSignature(QStringLiteral("r or s is not below the curve order"));
    if (std::all_of(compact.begin(), compact.begin() + 32, [](char c) { return c == 0; }) ||
        std::all_of(compact.begin() + 32, compact.end(), [](char c) { return c == 0; }))
        return invalidSignature(QStringLiteral("r or s is zero"));
    secp256k1_pubkey key;
    if (secp256k1_ecdsa_recover(context(), &key, &recoverable, digest.bytes().data()) != 1)
        return invalidSignature(QStringLiteral("no public key recovers from it"));
    unsigned char serialized[65];
    size_t length = sizeof serialized;
    secp256k1_ec_pubkey_serialize(context(), serialized, &length, &key, SECP256K1_EC_UNCOMPRESSED);
    return QByteArray(reinterpret_cast<const char*>(serialized) + 1, 64);
}

Result<Address> Secp256k1::recoverAddress(const Hash32& digest, const Signature& signature) {
    auto key = recoverPublicKey(digest, signature);
    if (!key.ok())
        return key.error();
    return addressOf(*key);
}

Signature Secp256k1::malleableTwin(const Signature& signature) {
    static const UInt256 order =
        uint256::parse(u"0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
            .value();
    const UInt256 s = uint256::fromBigEndian(signature.s).value();
    return Signature{signature.r, uint256::toBigEndian32(order - s), 1 - signature.yParity};
}

bool Secp256k1::hasLowS(const Signature& signature) {
    return signature.s.size() == 32 &&
           std::memcmp(signature.s.constData(), kHalfOrder.data(), 32) <= 0;
}

} // namespace salesdesk
