#include "core/chain/crypto/Keystore.h"

#include "core/domain/AbiEncoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cmath>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace salesdesk {

namespace {

constexpr int kSecretSize = 32;
constexpr int kIvSize = 16;
constexpr int kSaltSize = 32;
constexpr int kMinDerivedKeyLength = 32;
constexpr int kMaxDerivedKeyLength = 64;

// Bytes wiped when they go: derived keys, plaintexts, passphrases.
class SecretBuffer {
public:
    explicit SecretBuffer(qsizetype size)
        : m_bytes(size, '\0') {}
    explicit SecretBuffer(QByteArray bytes)
        : m_bytes(std::move(bytes)) {}
    ~SecretBuffer() { OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;

    unsigned char* data() { return reinterpret_cast<unsigned char*>(m_bytes.data()); }
    const unsigned char* data() const {
        return reinterpret_cast<const unsigned char*>(m_bytes.constData());
    }
    qsizetype size() const { return m_bytes.size(); }
    QByteArrayView view() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

struct Kdf {
    QString name;
    QByteArray salt;
    int derivedKeyLength = 32;
    quint64 n = 0, r = 0, p = 0; // scrypt
    quint64 iterations = 0;      // pbkdf2
};

Error corrupt(const QString& field, const QString& why) {
    return makeError(ErrorCode::InvalidArgument,
                     Keystore::tr("Not a usable keystore: %1 %2").arg(field, why));
}

Result<QByteArray> hexField(const QJsonObject& object, const QString& key, const QString& field,
                            qsizetype exactSize = -1) {
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return corrupt(field, Keystore::tr("is missing or not a string"));
    QByteArray text = value.toString().toLatin1();
    if (text.startsWith("0x"))
        text = text.mid(2);
    const bool isHex = text.size() % 2 == 0 && std::all_of(text.begin(), text.end(), [](char c) {
                           return std::isxdigit(static_cast<unsigned char>(c)) != 0;
                       });
    if (!isHex || text.isEmpty())
        return corrupt(field, Keystore::tr("is not hexadecimal bytes"));
    QByteArray bytes = QByteArray::fromHex(text);
    if (exactSize >= 0 && bytes.size() != exactSize)
        return corrupt(field,
                       Keystore::tr("has %1 bytes, expected %2").arg(bytes.size()).arg(exactSize));
    return bytes;
}

Result<quint64> positiveField(const QJsonObject& object, const QString& key, const QString& field) {
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number > 9.0e15 || std::floor(number) != number)
        return corrupt(field, Keystore::tr("is missing or not a positive whole number"));
    return static_cast<quint64>(number);
}

Result<Kdf> readKdf(const QJsonObject& crypto) {
    Kdf kdf;
    kdf.name = crypto.value(QLatin1String("kdf")).toString();
    const QJsonObject params = crypto.value(QLatin1String("kdfparams")).toObject();
    if (kdf.name != QLatin1String("scrypt") && kdf.name != QLatin1String("pbkdf2"))
        return corrupt(QStringLiteral("crypto.kdf"),
                       Keystore::tr("is \"%1\"; supported are scrypt and pbkdf2").arg(kdf.name));
    if (params.isEmpty())
        return corrupt(QStringLiteral("crypto.kdfparams"), Keystore::tr("is missing"));
    auto salt = hexField(params, QStringLiteral("salt"), QStringLiteral("crypto.kdfparams.salt"));
    if (!salt.ok())
        return salt.error();
    kdf.salt = *salt;
    auto dklen =
        positiveField(params, QStringLiteral("dklen"), QStringLiteral("crypto.kdfparams.dklen"));
    if (!dklen.ok())
        return dklen.error();
    if (*dklen < kMinDerivedKeyLength || *dklen > kMaxDerivedKeyLength)
        return corrupt(QStringLiteral("crypto.kdfparams.dklen"),
                       Keystore::tr("is %1, expected %2 to %3")
                           .arg(*dklen)
                           .arg(kMinDerivedKeyLength)
                           .arg(kMaxDerivedKeyLength));
    kdf.derivedKeyLength = static_cast<int>(*dklen);

    if (kdf.name == QLatin1String("pbkdf2")) {
        const QString prf = params.value(QLatin1String("prf")).toString();
        if (prf != QLatin1String("hmac-sha256"))
            return corrupt(QStringLiteral("crypto.kdfparams.prf"),
                           Keystore::tr("is \"%1\"; supported is hmac-sha256").arg(prf));
        auto c = positiveField(params, QStringLiteral("c"), QStringLiteral("crypto.kdfparams.c"));
        if (!c.ok())
            return c.error();
        if (*c > Keystore::kMaxPbkdf2Iterations)
            return corrupt(QStringLiteral("crypto.kdfparams.c"),
                           Keystore::tr("asks for %1 iterations, more than the %2 we allow")
                               .arg(*c)
                               .arg(Keystore::kMaxPbkdf2Iterations));
        kdf.iterations = *c;
        return kdf;
    }
    auto n = positiveField(params, QStringLiteral("n"), QStringLiteral("crypto.kdfparams.n"));
    auto r = positiveField(params, QStringLiteral("r"), QStringLiteral("crypto.kdfparams.r"));
    auto p = positiveField(params, QStringLiteral("p"), QStringLiteral("crypto.kdfparams.p"));
    for (const auto* field : {&n, &r, &p})
        if (!field->ok())
            return field->error();
    if (*n < 2 || (*n & (*n - 1)) != 0)
        return corrupt(QStringLiteral("crypto.kdfparams.n"),
                       Keystore::tr("is %1, not a power of two above 1").arg(*n));
    if (*n > Keystore::kMaxScryptN)
        return corrupt(
            QStringLiteral("crypto.kdfparams.n"),
            Keystore::tr("is %1, more than the %2 we allow").arg(*n).arg(Keystore::kMaxScryptN));
    // RFC 7914: n below 2^(128·r/8). OpenSSL holds to it (the first published test vector,
    // n = 2^18 with r = 1, does not).
    if (16 * *r < 64 && *n >= (quint64(1) << (16 * *r)))
        return corrupt(QStringLiteral("crypto.kdfparams.n"),
                       Keystore::tr("is %1, but scrypt needs n below 2^(16·r) = %2 for r = %3")
                           .arg(*n)
                           .arg(quint64(1) << (16 * *r))
                           .arg(*r));
    if (*r > 1024 || 128 * *r * *n > Keystore::kMaxScryptMemory)
        return corrupt(QStringLiteral("crypto.kdfparams.r"),
                       Keystore::tr("with n asks for more than %1 MiB of memory")
                           .arg(Keystore::kMaxScryptMemory >> 20));
    if (*p > 1024 || *n * *r * *p > Keystore::kMaxScryptWork)
        return corrupt(QStringLiteral("crypto.kdfparams.p"),
                       Keystore::tr("with n and r asks for more work (n·r·p) than the %1 we allow")
                           .arg(Keystore::kMaxScryptWork));
    kdf.n = *n;
    kdf.r = *r;
    kdf.p = *p;
    return kdf;
}

Result<void> deriveKey(const Kdf& kdf, const QString& passphrase, SecretBuffer& out) {
    const SecretBuffer password(passphrase.toUtf8());
    const char* pass = reinterpret_cast<const char*>(password.data());
    const auto salt = reinterpret_cast<const unsigned char*>(kdf.salt.constData());
    int ok = 0;
    if (kdf.name == QLatin1String("scrypt")) {
        // OpenSSL's own memory cap: the bound checked above plus the p blocks of 128·r bytes.
        const quint64 maxMemory = 128 * kdf.r * (kdf.n + kdf.p + 2) + (quint64(1) << 20);
        ok = EVP_PBE_scrypt(pass, static_cast<size_t>(password.size()), salt,
                            static_cast<size_t>(kdf.salt.size()), kdf.n, kdf.r, kdf.p, maxMemory,
                            out.data(), static_cast<size_t>(out.size()));
    } else {
        ok = PKCS5_PBKDF2_HMAC(pass, static_cast<int>(password.size()), salt,
                               static_cast<int>(kdf.salt.size()), static_cast<int>(kdf.iterations),
                               EVP_sha256(), static_cast<int>(out.size()), out.data());
    }
    if (ok != 1)
        return makeError(
            ErrorCode::Io,
            Keystore::tr("The key derivation (%1) failed; out of memory?").arg(kdf.name));
    return {};
}

// AES-128-CTR is its own inverse: the same call encrypts and decrypts.
Result<void> aes128Ctr(const unsigned char* key, const QByteArray& iv, const unsigned char* in,
                       unsigned char* out, int size) {
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> context(EVP_CIPHER_CTX_new(),
                                                                            &EVP_CIPHER_CTX_free);
    int written = 0;
    int finalWritten = 0;
    if (!context ||
        EVP_EncryptInit_ex(context.get(), EVP_aes_128_ctr(), nullptr, key,
                           reinterpret_cast<const unsigned char*>(iv.constData())) != 1 ||
        EVP_EncryptUpdate(context.get(), out, &written, in, size) != 1 ||
        EVP_EncryptFinal_ex(context.get(), out + written, &finalWritten) != 1)
        return makeError(ErrorCode::Io, Keystore::tr("AES-128-CTR failed"));
    return {};
}

Hash32 macOf(const SecretBuffer& derived, const QByteArray& ciphertext) {
    return abi::keccak256(QByteArray(derived.view().sliced(16, 16).toByteArray() + ciphertext));
}

Result<QJsonObject> parseObject(QByteArrayView json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (!document.isObject())
        return makeError(ErrorCode::InvalidArgument,
                         Keystore::tr("Not a keystore: not a JSON object (%1)")
                             .arg(parseError.error == QJsonParseError::NoError
                                      ? Keystore::tr("another JSON value")
                                      : parseError.errorString()));
    return document.object();
}

} // namespace

Result<QByteArray> Keystore::encrypt(const PrivateKey& key, const QString& passphrase) {
    return encrypt(key, passphrase, ScryptParams{});
}

Result<QByteArray> Keystore::encrypt(const PrivateKey& key, const QString& passphrase,
                                     const ScryptParams& params) {
    Kdf kdf;
    kdf.name = QStringLiteral("scrypt");
    kdf.n = params.n;
    kdf.r = params.r;
    kdf.p = params.p;
    QByteArray salt(kSaltSize, '\0');
    QByteArray iv(kIvSize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltSize) != 1 ||
        RAND_bytes(reinterpret_cast<unsigned char*>(iv.data()), kIvSize) != 1)
        return makeError(ErrorCode::Io, tr("The system's random number generator failed"));
    kdf.salt = salt;
    SecretBuffer derived(32);
    SD_TRY(deriveKey(kdf, passphrase, derived));
    QByteArray ciphertext(kSecretSize, '\0');
    SD_TRY(aes128Ctr(derived.data(), iv, key.secret().data(),
                     reinterpret_cast<unsigned char*>(ciphertext.data()), kSecretSize));

    QJsonObject kdfParams{{QStringLiteral("dklen"), 32},
                          {QStringLiteral("n"), static_cast<qint64>(params.n)},
                          {QStringLiteral("r"), static_cast<qint64>(params.r)},
                          {QStringLiteral("p"), static_cast<qint64>(params.p)},
                          {QStringLiteral("salt"), QString::fromLatin1(salt.toHex())}};
    QJsonObject crypto{{QStringLiteral("cipher"), QStringLiteral("aes-128-ctr")},
                       {QStringLiteral("cipherparams"),
                        QJsonObject{{QStringLiteral("iv"), QString::fromLatin1(iv.toHex())}}},
                       {QStringLiteral("ciphertext"), QString::fromLatin1(ciphertext.toHex())},
                       {QStringLiteral("kdf"), kdf.name},
                       {QStringLiteral("kdfparams"), kdfParams},
                       {QStringLiteral("mac"),
                        QString::fromLatin1(macOf(derived, ciphertext).toByteArray().toHex())}};
    QJsonObject file{{QStringLiteral("address"), key.address().toHex().mid(2)},
                     {QStringLiteral("crypto"), crypto},
                     {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {QStringLiteral("version"), 3}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<PrivateKey> Keystore::decrypt(QByteArrayView json, const QString& passphrase) {
    auto object = parseObject(json);
    if (!object.ok())
        return object.error();
    const QJsonValue version = object->value(QLatin1String("version"));
    if (version.toInt(-1) != 3)
        return corrupt(QStringLiteral("version"),
                       tr("is %1; only version 3 is supported")
                           .arg(version.isDouble()      ? QString::number(version.toDouble())
                                : version.isUndefined() ? tr("missing")
                                                        : tr("not a number")));
    // Version 3 files of some old tools spell it "Crypto".
    QJsonValue cryptoValue = object->value(QLatin1String("crypto"));
    if (cryptoValue.isUndefined())
        cryptoValue = object->value(QLatin1String("Crypto"));
    if (!cryptoValue.isObject())
        return corrupt(QStringLiteral("crypto"), tr("is missing or not an object"));
    const QJsonObject crypto = cryptoValue.toObject();
    const QString cipher = crypto.value(QLatin1String("cipher")).toString();
    if (cipher != QLatin1String("aes-128-ctr"))
        return corrupt(QStringLiteral("crypto.cipher"),
                       tr("is \"%1\"; supported is aes-128-ctr").arg(cipher));
    auto iv = hexField(crypto.value(QLatin1String("cipherparams")).toObject(), QStringLiteral("iv"),
                       QStringLiteral("crypto.cipherparams.iv"), kIvSize);
    if (!iv.ok())
        return iv.error();
    auto ciphertext =
        hexField(crypto, QStringLiteral("ciphertext"), QStringLiteral("crypto.ciphertext"));
    if (!ciphertext.ok())
        return ciphertext.error();
    // Old geth versions stored keys with leading zero bytes left out: 30 or 31 bytes.
    if (ciphertext->size() > kSecretSize)
        return corrupt(
            QStringLiteral("crypto.ciphertext"),
            tr("has %1 bytes, expected at most %2").arg(ciphertext->size()).arg(kSecretSize));
    auto mac = hexField(crypto, QStringLiteral("mac"), QStringLiteral("crypto.mac"), 32);
    if (!mac.ok())
        return mac.error();
    auto kdf = readKdf(crypto);
    if (!kdf.ok())
        return kdf.error();
    std::optional<Address> expectedAddress;
    if (object->contains(QLatin1String("address"))) {
        auto address = Keystore::address(json);
        if (!address.ok())
            return address.error();
        expectedAddress = *address;
    }

    SecretBuffer derived(kdf->derivedKeyLength);
    SD_TRY(deriveKey(*kdf, passphrase, derived));
    const Hash32 computedMac = macOf(derived, *ciphertext);
    if (CRYPTO_memcmp(computedMac.bytes().data(), mac->constData(), 32) != 0)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Wrong passphrase: the keystore's MAC does not match (or the file is "
                            "damaged)"));
    SecretBuffer plaintext(kSecretSize); // zeros in front of a short key
    const int shortBy = kSecretSize - static_cast<int>(ciphertext->size());
    SD_TRY(aes128Ctr(derived.data(), *iv,
                     reinterpret_cast<const unsigned char*>(ciphertext->constData()),
                     plaintext.data() + shortBy, static_cast<int>(ciphertext->size())));
    auto key = PrivateKey::fromBytes(plaintext.view());
    if (!key.ok())
        return corrupt(QStringLiteral("crypto.ciphertext"),
                       tr("does not hold a valid private key"));
    if (expectedAddress && *expectedAddress != key->address())
        return corrupt(
            QStringLiteral("address"),
            tr("is %1, but the key is %2's").arg(expectedAddress->toHex(), key->address().toHex()));
    return key;
}

Result<Address> Keystore::address(QByteArrayView json) {
    auto object = parseObject(json);
    if (!object.ok())
        return object.error();
    if (!object->contains(QLatin1String("address")))
        return corrupt(QStringLiteral("address"), tr("is missing"));
    auto bytes = hexField(*object, QStringLiteral("address"), QStringLiteral("address"), 20);
    if (!bytes.ok())
        return bytes.error();
    return Address::fromBytes(*bytes);
}

} // namespace salesdesk
