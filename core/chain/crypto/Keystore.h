#pragma once

#include "core/chain/crypto/PrivateKey.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace salesdesk {

// Web3 Secret Storage, version 3: the encrypted key file geth, foundry (cast wallet) and most
// wallets write.
//
//   derived key  scrypt(passphrase, salt, n, r, p) or PBKDF2-HMAC-SHA256(passphrase, salt, c),
//                32 bytes
//   ciphertext   AES-128-CTR(key = derived[0..16], iv) of the 32-byte private key
//   mac          keccak256(derived[16..32] || ciphertext)
//
// Decryption checks the MAC before it decrypts anything: a mismatch is a wrong passphrase (or a
// damaged file). Key-derivation parameters come from the file, so a hostile file could ask for
// any amount of memory or time; they are bounded (kMaxScryptN, kMaxScryptMemory, kMaxScryptWork,
// kMaxPbkdf2Iterations) and the error says which bound was passed. Errors name the bad field
// ("crypto.kdfparams.salt").
class Keystore {
    Q_DECLARE_TR_FUNCTIONS(Keystore)
public:
    struct ScryptParams {
        quint64 n = quint64(1) << 18; // geth's "standard" setting: about 256 MiB and a second
        quint64 r = 8;
        quint64 p = 1;
    };

    static constexpr quint64 kMaxScryptN = quint64(1) << 20;
    static constexpr quint64 kMaxScryptMemory = quint64(1) << 30; // 128 · r · n bytes
    static constexpr quint64 kMaxScryptWork = quint64(1) << 24;   // n · r · p
    static constexpr quint64 kMaxPbkdf2Iterations = 10'000'000;

    // A version-3 keystore of `key` (scrypt, a random salt and IV, a random UUID) with the
    // account's address in its "address" field, as geth writes it. The default parameters are
    // the standard ones; lighter ones are for tests, which must ask for them.
    static Result<QByteArray> encrypt(const PrivateKey& key, const QString& passphrase);
    static Result<QByteArray> encrypt(const PrivateKey& key, const QString& passphrase,
                                      const ScryptParams& params);
    // The private key of a version-3 keystore (scrypt or pbkdf2). When the file has an
    // "address" field it must be the key's.
    static Result<PrivateKey> decrypt(QByteArrayView json, const QString& passphrase);
    // The account's address from the "address" field, without the passphrase. An error when
    // the file has none or it is not 20 bytes of hex.
    static Result<Address> address(QByteArrayView json);
};

} // namespace salesdesk
