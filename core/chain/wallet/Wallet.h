#pragma once

#include "core/chain/crypto/Eip1559Transaction.h"
#include "core/chain/crypto/Keystore.h"
#include "core/chain/crypto/PrivateKey.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace salesdesk {

// The host's chain account: one per data directory, kept only as a Web3 Secret Storage v3
// keystore, `wallet.json` in the data directory (docs/data-files.md), readable and writable by
// its owner only (0600). It is written once, atomically (QSaveFile), and never overwritten: a
// second create or import is refused.
//
// The address is read from the keystore's "address" field without the passphrase; unlock()
// decrypts the key into memory (and checks it against that field), lock() wipes it, and sign()
// works only in between. The passphrase itself is never kept.
class Wallet {
    Q_DECLARE_TR_FUNCTIONS(Wallet)
public:
    static constexpr const char* kFileName = "wallet.json";

    explicit Wallet(QString dataDirectory);

    QString filePath() const;
    bool exists() const;
    // An error saying the directory already holds an account (Conflict) when it does: what
    // create and import check first, for a caller to check before asking for a passphrase.
    Result<void> checkVacant() const;

    // A new account from OpenSSL's CSPRNG, encrypted with `passphrase` (standard scrypt unless
    // `params` asks otherwise: tests only). The wallet is left locked.
    Result<Address> create(const QString& passphrase);
    Result<Address> create(const QString& passphrase, const Keystore::ScryptParams& params);
    // An existing key (from a key file), encrypted with a new `passphrase`.
    Result<Address> importKey(const PrivateKey& key, const QString& passphrase);
    Result<Address> importKey(const PrivateKey& key, const QString& passphrase,
                              const Keystore::ScryptParams& params);
    // A keystore written by geth, foundry (cast wallet) or another wallet, unlocked with its own
    // `passphrase` to check it, then kept as it is (its KDF and passphrase), with the "address"
    // field added when it has none.
    Result<Address> importKeystore(QByteArrayView json, const QString& passphrase);

    // The account's address from the keystore, without unlocking.
    Result<Address> address() const;

    Result<void> unlock(const QString& passphrase);
    void lock();
    bool isUnlocked() const { return m_key.has_value(); }

    // The transaction signed with the account's key; an error while locked.
    Result<SignedTransaction> sign(const Eip1559Transaction& transaction) const;
    // A 32-byte digest signed with the account's key (low s); an error while locked.
    Result<Signature> signDigest(const Hash32& digest) const;

private:
    Result<QByteArray> readFile() const;
    Result<void> writeNew(const QByteArray& json);

    QString m_directory;
    std::optional<PrivateKey> m_key;
};

} // namespace salesdesk
