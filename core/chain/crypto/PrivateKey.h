#pragma once

#include "core/chain/crypto/Secp256k1.h"
#include "core/chain/crypto/Signature.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace salesdesk {

// An Ethereum account's secp256k1 private key: always a valid one (not zero, below the curve
// order). Its 32 bytes are wiped when the object goes (also a moved-from one), and it has no
// text form and no QDebug operator, so it cannot end up in a log by accident. Move-only: the
// secret lives in as few places as possible.
class PrivateKey {
public:
    // Exactly 32 bytes forming a valid key.
    static Result<PrivateKey> fromBytes(QByteArrayView bytes);
    // 64 hex digits, with or without "0x"; surrounding white space (a key file's newline) is
    // ignored. The message never repeats the text.
    static Result<PrivateKey> fromHex(QByteArrayView text);
    // A new key from OpenSSL's CSPRNG.
    static Result<PrivateKey> generate();

    PrivateKey(PrivateKey&& other) noexcept;
    PrivateKey& operator=(PrivateKey&& other) noexcept;
    PrivateKey(const PrivateKey&) = delete;
    PrivateKey& operator=(const PrivateKey&) = delete;
    ~PrivateKey();

    // The uncompressed public key without its 0x04 prefix (64 bytes).
    QByteArray publicKey() const;
    Address address() const;
    // A recoverable, deterministic (RFC 6979), low-s signature of a 32-byte digest.
    Signature sign(const Hash32& digest) const;

    // The raw secret, for encrypting it into a keystore. Do not copy it anywhere that outlives
    // the call.
    const Secp256k1::SecretBytes& secret() const { return m_secret; }

    friend bool operator==(const PrivateKey& a, const PrivateKey& b);

private:
    explicit PrivateKey(const Secp256k1::SecretBytes& secret);
    void wipe();

    Secp256k1::SecretBytes m_secret{};
};

} // namespace salesdesk
