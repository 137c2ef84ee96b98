#pragma once

#include "core/domain/FixedBytes.h"

#include <QByteArrayView>

#include <cstddef>

struct evp_md_ctx_st; // OpenSSL's EVP_MD_CTX; OpenSSL stays out of our headers

namespace salesdesk::proofs {

// SHA-256 through OpenSSL's EVP interface, which uses the CPU's SHA extensions where there are
// any (Qt 6.4's QCryptographicHash does not, and is several times slower). One object hashes one
// message at a time and can be reused; it is not thread-safe, the static functions are.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(const void* data, std::size_t size);
    void add(QByteArrayView data) { add(data.data(), static_cast<std::size_t>(data.size())); }
    // The digest of everything added since the last finish(); starts a new message.
    Hash32 finish();

    static Hash32 hash(const void* data, std::size_t size);
    static Hash32 hash(QByteArrayView data) {
        return hash(data.data(), static_cast<std::size_t>(data.size()));
    }
    // SHA-256(left || right): an inner node of our Merkle trees.
    static Hash32 hashPair(const Hash32& left, const Hash32& right);

private:
    void start();

    evp_md_ctx_st* m_ctx = nullptr;
    bool m_started = false;
};

} // namespace salesdesk::proofs
