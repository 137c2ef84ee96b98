#include "core/chain/crypto/Secp256k1.h"
#include "core/chain/wallet/ChainAccount.h"
#include "core/chain/wallet/Wallet.h"
#include "tests/support/KeystoreFiles.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace salesdesk;

namespace {

// Light scrypt: only tests ask for it.
const Keystore::ScryptParams kLight{1024, 8, 1};

// go-ethereum's keystore/testdata "no-address": its "aaa" file without the "address" field.
QByteArray gethKeystoreWithoutAddress() {
    QJsonObject object = QJsonDocument::fromJson(test::kGethKeystore).object();
    object.remove(QStringLiteral("address"));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

unsigned modeOf(const QString& path) {
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & 0777) : 0;
}

Eip1559Transaction transfer() {
    Eip1559Transaction tx;
    tx.chainId = 31337;
    tx.gasLimit = 21000;
    tx.maxFeePerGas = 2;
    tx.to = Address::fromHex(u"0x00000000000000000000000000000000000c0dec").value();
    tx.value = 5;
    return tx;
}

} // namespace

// The host's wallet: one keystore file per data directory, owner-only, never overwritten; the
// address without the passphrase; signing only while unlocked.
class TestWallet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsAnOwnerOnlyKeystore();
    void signsOnlyWhileUnlocked();
    void signsDigestsOnlyWhileUnlockedAndAsItsAccount();
    void wrongPassphraseLeavesItLocked();
    void neverOverwritesAnAccount();
    void importsAKey();
    void importsAGethKeystoreAndAddsTheAddress();
    void refusesAKeystoreWhoseAddressIsNotItsKey();
    void saysWhenThereIsNoWallet();
};

void TestWallet::createsAnOwnerOnlyKeystore() {
    QTemporaryDir dir;
    Wallet wallet(dir.filePath(QStringLiteral("data")));
    QVERIFY(!wallet.exists());
    const auto address = wallet.create(QStringLiteral("s3cret"), kLight);
    SD_VERIFY_OK(address);
    QVERIFY(wallet.exists());
    QCOMPARE(wallet.filePath(), dir.filePath(QStringLiteral("data/wallet.json")));
    QCOMPARE(modeOf(wallet.filePath()), 0600u);
    QVERIFY(!wallet.isUnlocked());
    QCOMPARE(wallet.address().value(), *address);
    // Another Wallet over the same directory reads the same account.
    QCOMPARE(Wallet(dir.filePath(QStringLiteral("data"))).address().value(), *address);
    const QJsonObject file = QJsonDocument::fromJson(test::readFile(wallet.filePath())).object();
    QCOMPARE(file.value(QLatin1String("version")).toInt(), 3);
    QCOMPARE(file.value(QLatin1String("address")).toString(), address->toHex().mid(2));
}

void TestWallet::signsOnlyWhileUnlocked() {
    QTemporaryDir dir;
    Wallet wallet(dir.path());
    const Address address = wallet.create(QStringLiteral("s3cret"), kLight).value();
    const auto locked = wallet.sign(transfer());
    SD_VERIFY_ERROR(locked, ErrorCode::Conflict);
    QVERIFY2(locked.message().contains(QLatin1String("locked")), qPrintable(locked.message()));

    SD_VERIFY_OK(wallet.unlock(QStringLiteral("s3cret")));
    QVERIFY(wallet.isUnlocked());
    const auto signedTx = wallet.sign(transfer());
    SD_VERIFY_OK(signedTx);
    QCOMPARE(signedTx->sender, address);
    QCOMPARE(Eip1559Transaction::decodeSigned(signedTx->raw).value().sender, address);

    wallet.lock();
    QVERIFY(!wallet.isUnlocked());
    SD_VERIFY_ERROR(wallet.sign(transfer()), ErrorCode::Conflict);
}

// What the provider's endpoints publish (its asks) is signed as a digest with the wallet's key,
// directly or through the ChainAccount the desk is given: the signature recovers to the wallet's
// address, and nothing is signed while the wallet is locked.
void TestWallet::signsDigestsOnlyWhileUnlockedAndAsItsAccount() {
    QTemporaryDir dir;
    auto wallet = std::make_shared<Wallet>(dir.path());
    const Address address = wallet->create(QStringLiteral("s3cret"), kLight).value();
    const Hash32 digest = Hash32::fromBytes(QByteArray(32, '\x5a'));
    SD_VERIFY_ERROR(wallet->signDigest(digest), ErrorCode::Conflict);
    SD_VERIFY_ERROR(ChainAccount::ofWallet(wallet), ErrorCode::InvalidArgument);

    SD_VERIFY_OK(wallet->unlock(QStringLiteral("s3cret")));
    const auto account = ChainAccount::ofWallet(wallet);
    SD_VERIFY_OK(account);
    for (const Result<Signature>& signature :
         {wallet->signDigest(digest), account->signDigest(digest)}) {
        SD_VERIFY_OK(signature);
        QVERIFY(Secp256k1::hasLowS(*signature));
        QCOMPARE(Secp256k1::recoverAddress(digest, *signature).value(), address);
    }
    // Another digest, another signature: not a constant.
    const Hash32 other = Hash32::fromBytes(QByteArray(32, '\x5b'));
    QVERIFY(account->signDigest(other).value().r != account->signDigest(digest).value().r);

    wallet->lock();
    SD_VERIFY_ERROR(account->signDigest(digest), ErrorCode::Conflict);
}

void TestWallet::wrongPassphraseLeavesItLocked() {
    QTemporaryDir dir;
    Wallet wallet(dir.path());
    SD_VERIFY_OK(wallet.create(QStringLiteral("s3cret"), kLight));
    const auto refused = wallet.unlock(QStringLiteral("secret"));
    SD_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY2(refused.message().startsWith(QLatin1String("Wrong passphrase")),
             qPrintable(refused.message()));
    QVERIFY(!wallet.isUnlocked());
    SD_VERIFY_ERROR(wallet.create(QString(), kLight), ErrorCode::Conflict);
}

void TestWallet::neverOverwritesAnAccount() {
    QTemporaryDir dir;
    Wallet wallet(dir.path());
    SD_VERIFY_OK(wallet.create(QStringLiteral("s3cret"), kLight));
    const QByteArray before = test::readFile(wallet.filePath());
    const auto again = wallet.create(QStringLiteral("other"), kLight);
    SD_VERIFY_ERROR(again, ErrorCode::Conflict);
    QVERIFY2(again.message().contains(QLatin1String("never overwritten")),
             qPrintable(again.message()));
    SD_VERIFY_ERROR(wallet.importKeystore(gethKeystoreWithoutAddress(), QStringLiteral("foobar")),
                    ErrorCode::Conflict);
    QCOMPARE(test::readFile(wallet.filePath()), before);
    // An empty passphrase is refused before anything is written.
    QTemporaryDir other;
    SD_VERIFY_ERROR(Wallet(other.path()).create(QString(), kLight), ErrorCode::InvalidArgument);
    QVERIFY(!Wallet(other.path()).exists());
}

void TestWallet::importsAKey() {
    QTemporaryDir dir;
    Wallet wallet(dir.path());
    const PrivateKey key =
        PrivateKey::fromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
            .value();
    QCOMPARE(wallet.importKey(key, QStringLiteral("pw"), kLight).value(), key.address());
    QCOMPARE(modeOf(wallet.filePath()), 0600u);
    SD_VERIFY_OK(wallet.unlock(QStringLiteral("pw")));
    QCOMPARE(wallet.sign(transfer()).value().sender, key.address());
}

void TestWallet::importsAGethKeystoreAndAddsTheAddress() {
    QTemporaryDir dir;
    Wallet wallet(dir.path());
    const Address expected =
        Address::fromHex(u"0xf466859ead1932d743d622cb74fc058882e8648a").value();
    SD_VERIFY_ERROR(wallet.importKeystore(gethKeystoreWithoutAddress(), QStringLiteral("wrong")),
                    ErrorCode::InvalidArgument);
    QVERIFY(!wallet.exists());
    QCOMPARE(wallet.importKeystore(gethKeystoreWithoutAddress(), QStringLiteral("foobar")).value(),
             expected);
    QCOMPARE(modeOf(wallet.filePath()), 0600u);
    QCOMPARE(wallet.address().value(), expected);
    // Kept with its own KDF parameters and passphrase.
    const QJsonObject file = QJsonDocument::fromJson(test::readFile(wallet.filePath())).object();
    QCOMPARE(file.value(QLatin1String("crypto"))
                 .toObject()
                 .value(QLatin1String("kdfparams"))
                 .toObject()
                 .value(QLatin1String("n"))
                 .toInt(),
             8);
    SD_VERIFY_OK(wallet.unlock(QStringLiteral("foobar")));
}

void TestWallet::refusesAKeystoreWhoseAddressIsNotItsKey() {
    QTemporaryDir dir;
    Wallet wallet(dir.path());
    SD_VERIFY_OK(wallet.create(QStringLiteral("pw"), kLight));
    // Someone edits the address field: the address shown would not be the account signing.
    QJsonObject file = QJsonDocument::fromJson(test::readFile(wallet.filePath())).object();
    file[QStringLiteral("address")] = QStringLiteral("00000000000000000000000000000000000000aa");
    QFile out(wallet.filePath());
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(file).toJson());
    out.close();
    const auto refused = wallet.unlock(QStringLiteral("pw"));
    SD_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY2(refused.message().contains(QLatin1String("address is 0x0000")),
             qPrintable(refused.message()));
    QVERIFY(!wallet.isUnlocked());
}

void TestWallet::saysWhenThereIsNoWallet() {
    QTemporaryDir dir;
    Wallet wallet(dir.path());
    const auto address = wallet.address();
    SD_VERIFY_ERROR(address, ErrorCode::NotFound);
    QVERIFY2(address.message().contains(QLatin1String("wallet new")),
             qPrintable(address.message()));
    SD_VERIFY_ERROR(wallet.unlock(QStringLiteral("pw")), ErrorCode::NotFound);
}

QTEST_APPLESS_MAIN(TestWallet)
#include "tst_wallet.moc"
