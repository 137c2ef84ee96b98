#include "core/proofs/Sha256.h"

#include <QtGlobal>

#include <array>
#include <cstdint>
#include <openssl/evp.h>

namespace salesdesk::proofs {

namespace {

// Fetched once: EVP_sha256() would make OpenSSL 3 look the implementation up on every init.
const EVP_MD* sha256Algorithm() {
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md != nullptr ? md : EVP_sha256();
}

} // namespace

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new()) {
    Q_CHECK_PTR(m_ctx);
}

Sha256::~Sha256() {
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::start() {
    // Only fails on allocation failure or a broken OpenSSL installation; neither is recoverable.
    if (EVP_DigestInit_ex2(m_ctx, sha256Algorithm(), nullptr) != 1)
        qFatal("OpenSSL cannot start a SHA-256 digest");
    m_started = true;
}

void Sha256::add(const void* data, std::size_t size) {
    if (!m_started)
        start();
    if (size > 0 && EVP_DigestUpdate(m_ctx, data, size) != 1)
        qFatal("OpenSSL SHA-256 update failed");
}

Hash32 Sha256::finish() {
    if (!m_started)
        start();
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_ctx, digest.data(), &length) != 1 || length != 32)
        qFatal("OpenSSL SHA-256 final failed");
    m_started = false;
    return Hash32::fromBytes(
        QByteArrayView(reinterpret_cast<const char*>(digest.data()), static_cast<qsizetype>(32)));
}

Hash32 Sha256::hash(const void* data, std::size_t size) {
    Sha256 hasher;
    hasher.add(data, size);
    return hasher.finish();
}

Hash32 Sha256::hashPair(const Hash32& left, const Hash32& right) {
    std::array<std::uint8_t, 64> both{};
    std::copy(left.bytes().begin(), left.bytes().end(), both.begin());
    std::copy(right.bytes().begin(), right.bytes().end(), both.begin() + 32);
    return hash(both.data(), both.size());
}

} // namespace salesdesk::proofs
