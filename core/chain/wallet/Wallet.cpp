#include "core/chain/wallet/Wallet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

namespace salesdesk {

namespace {

Q_LOGGING_CATEGORY(lcWallet, "salesdesk.chain.wallet")

constexpr qint64 kMaxKeystoreSize = 64 * 1024;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

Wallet::Wallet(QString dataDirectory)
    : m_directory(std::move(dataDirectory)) {}

QString Wallet::filePath() const {
    return QDir(m_directory).filePath(QString::fromLatin1(kFileName));
}

bool Wallet::exists() const {
    return QFileInfo::exists(filePath());
}

Result<void> Wallet::checkVacant() const {
    if (exists())
        return makeError(ErrorCode::Conflict,
                         tr("%1 already holds an account; it is never overwritten")
                             .arg(QDir::toNativeSeparators(filePath())));
    return {};
}

Result<Address> Wallet::create(const QString& passphrase) {
    return create(passphrase, Keystore::ScryptParams{});
}

Result<Address> Wallet::create(const QString& passphrase, const Keystore::ScryptParams& params) {
    auto key = PrivateKey::generate();
    if (!key.ok())
        return key.error();
    return importKey(*key, passphrase, params);
}

Result<Address> Wallet::importKey(const PrivateKey& key, const QString& passphrase) {
    return importKey(key, passphrase, Keystore::ScryptParams{});
}

Result<Address> Wallet::importKey(const PrivateKey& key, const QString& passphrase,
                                  const Keystore::ScryptParams& params) {
    SD_TRY(checkVacant());
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The passphrase must not be empty"));
    auto json = Keystore::encrypt(key, passphrase, params);
    if (!json.ok())
        return json.error();
    SD_TRY(writeNew(*json));
    qCInfo(lcWallet).noquote() << "wallet written: address=" << key.address().toHex();
    return key.address();
}

Result<Address> Wallet::importKeystore(QByteArrayView json, const QString& passphrase) {
    SD_TRY(checkVacant());
    auto key = Keystore::decrypt(json, passphrase);
    if (!key.ok())
        return key.error();
    QJsonObject object = QJsonDocument::fromJson(json.toByteArray()).object();
    if (!object.contains(QLatin1String("address")))
        object.insert(QStringLiteral("address"), key->address().toHex().mid(2));
    SD_TRY(writeNew(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    qCInfo(lcWallet).noquote() << "keystore imported: address=" << key->address().toHex();
    return key->address();
}

Result<Address> Wallet::address() const {
    auto json = readFile();
    if (!json.ok())
        return json.error();
    return Keystore::address(*json);
}

Result<void> Wallet::unlock(const QString& passphrase) {
    auto json = readFile();
    if (!json.ok())
        return json.error();
    auto expected = Keystore::address(*json);
    if (!expected.ok())
        return expected.error();
    // decrypt() also refuses a key that is not the "address" field's.
    auto key = Keystore::decrypt(*json, passphrase);
    if (!key.ok())
        return key.error();
    m_key.emplace(std::move(*key));
    qCInfo(lcWallet).noquote() << "wallet unlocked: address=" << expected->toHex();
    return {};
}

void Wallet::lock() {
    m_key.reset(); // PrivateKey wipes its bytes
}

Result<SignedTransaction> Wallet::sign(const Eip1559Transaction& transaction) const {
    if (!m_key)
        return makeError(ErrorCode::Conflict, tr("The wallet is locked: unlock it to sign"));
    return transaction.sign(*m_key);
}

Result<Signature> Wallet::signDigest(const Hash32& digest) const {
    if (!m_key)
        return makeError(ErrorCode::Conflict, tr("The wallet is locked: unlock it to sign"));
    return m_key->sign(digest);
}

Result<QByteArray> Wallet::readFile() const {
    QFile file(filePath());
    if (!file.exists())
        return makeError(ErrorCode::NotFound,
                         tr("No wallet in %1: create one with salesdesk-cli wallet new or import "
                            "one with salesdesk-cli wallet import")
                             .arg(QDir::toNativeSeparators(m_directory)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(filePath()), file.errorString()));
    if (file.size() > kMaxKeystoreSize)
        return makeError(ErrorCode::InvalidArgument, tr("%1 is %2 bytes, too large for a keystore")
                                                         .arg(QDir::toNativeSeparators(filePath()))
                                                         .arg(file.size()));
    return file.readAll();
}

Result<void> Wallet::writeNew(const QByteArray& json) {
    if (!QDir().mkpath(m_directory))
        return makeError(
            ErrorCode::Io,
            tr("Cannot create the directory %1").arg(QDir::toNativeSeparators(m_directory)));
    const QString path = filePath();
    QSaveFile file(path);
    // The temporary file is made owner-only before the key goes into it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly) ||
        file.write(json) != json.size() || !file.commit())
        return makeError(
            ErrorCode::Io,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    if ((permissions & others) != 0 &&
        (!QFile::setPermissions(path, kOwnerOnly) || (QFile::permissions(path) & others) != 0))
        return makeError(ErrorCode::Io,
                         tr("%1 was written but others may read it, and its mode could not be "
                            "set to 0600")
                             .arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace salesdesk
