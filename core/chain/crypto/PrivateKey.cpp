#include "core/chain/crypto/PrivateKey.h"

#include <algorithm>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace salesdesk {

namespace {

Error invalidKey(const QString& why) {
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("invalid private key: %1").arg(why));
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

PrivateKey::PrivateKey(const Secp256k1::SecretBytes& secret)
    : m_secret(secret) {}

PrivateKey::PrivateKey(PrivateKey&& other) noexcept
    : m_secret(other.m_secret) {
    other.wipe();
}

PrivateKey& PrivateKey::operator=(PrivateKey&& other) noexcept {
    if (this != &other) {
        m_secret = other.m_secret;
        other.wipe();
    }
    return *this;
}

PrivateKey::~PrivateKey() {
    wipe();
}

void PrivateKey::wipe() {
    // OPENSSL_cleanse is not optimised away, unlike a memset of memory about to be freed.
    OPENSSL_cleanse(m_secret.data(), m_secret.size());
}

Result<PrivateKey> PrivateKey::fromBytes(QByteArrayView bytes) {
    if (bytes.size() != 32)
        return invalidKey(QStringLiteral("%1 bytes, expected 32").arg(bytes.size()));
    Secp256k1::SecretBytes secret;
    std::copy(bytes.begin(), bytes.end(), secret.begin());
    PrivateKey key(secret);
    OPENSSL_cleanse(secret.data(), secret.size());
    if (!Secp256k1::isValidSecret(key.m_secret))
        return invalidKey(QStringLiteral("zero or not below the secp256k1 curve order"));
    return key;
}

Result<PrivateKey> PrivateKey::fromHex(QByteArrayView text) {
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    if (end - begin >= 2 && text[begin] == '0' &&
        (text[begin + 1] == 'x' || text[begin + 1] == 'X'))
        begin += 2;
    if (end - begin != 64)
        return invalidKey(
            QStringLiteral("expected 64 hex digits, got %1 characters").arg(end - begin));
    Secp256k1::SecretBytes secret;
    for (int i = 0; i < 32; ++i) {
        const int high = hexValue(text[begin + 2 * i]);
        const int low = hexValue(text[begin + 2 * i + 1]);
        if (high < 0 || low < 0) {
            OPENSSL_cleanse(secret.data(), secret.size());
            return invalidKey(QStringLiteral("not hexadecimal"));
        }
        secret[i] = static_cast<std::uint8_t>(high * 16 + low);
    }
    PrivateKey key(secret);
    OPENSSL_cleanse(secret.data(), secret.size());
    if (!Secp256k1::isValidSecret(key.m_secret))
        return invalidKey(QStringLiteral("zero or not below the secp256k1 curve order"));
    return key;
}

Result<PrivateKey> PrivateKey::generate() {
    Secp256k1::SecretBytes secret;
    // A random 32-byte string is above the curve order with probability about 2^-128; retry.
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (RAND_bytes(secret.data(), static_cast<int>(secret.size())) != 1)
            return makeError(ErrorCode::Io,
                             QStringLiteral("the system's random number generator failed"));
        if (Secp256k1::isValidSecret(secret)) {
            PrivateKey key(secret);
            OPENSSL_cleanse(secret.data(), secret.size());
            return key;
        }
    }
    OPENSSL_cleanse(secret.data(), secret.size());
    return makeError(ErrorCode::Io,
                     QStringLiteral("the random number generator gave no valid private key"));
}

QByteArray PrivateKey::publicKey() const {
    return Secp256k1::publicKey(m_secret);
}

Address PrivateKey::address() const {
    return Secp256k1::addressOf(publicKey());
}

Signature PrivateKey::sign(const Hash32& digest) const {
    return Secp256k1::sign(m_secret, digest);
}

bool operator==(const PrivateKey& a, const PrivateKey& b) {
    return CRYPTO_memcmp(a.m_secret.data(), b.m_secret.data(), a.m_secret.size()) == 0;
}

} // namespace salesdesk
