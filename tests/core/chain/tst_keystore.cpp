#include "core/chain/crypto/Keystore.h"
#include "tests/support/KeystoreFiles.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace salesdesk;
using salesdesk::test::kGethKeystore;

namespace {

// The two test vectors of the Web3 Secret Storage definition: passphrase "testpassword", secret
// 7a28b5ba…fe9d, address 0x008aeeda4d805471df9b2a5b0f38a0c3bcba786b.
const QByteArray kPbkdf2Vector = R"({
  "crypto": {
    "cipher": "aes-128-ctr",
    "cipherparams": {"iv": "6087dab2f9fdbbfaddc31a909735c1e6"},
    "ciphertext": "5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46",
    "kdf": "pbkdf2",
    "kdfparams": {"c": 262144, "dklen": 32, "prf": "hmac-sha256",
                  "salt": "ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd"},
    "mac": "517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2"
  },
  "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6",
  "version": 3
})";

const QByteArray kScryptVector = R"({
  "crypto": {
    "cipher": "aes-128-ctr",
    "cipherparams": {"iv": "740770fce12ce862af21264dab25f1da"},
    "ciphertext": "dd8a1132cf57db67c038c6763afe2cbe6ea1949a86abc5843f8ca656ebbb1ea2",
    "kdf": "scrypt",
    "kdfparams": {"dklen": 32, "n": 262144, "p": 1, "r": 8,
                  "salt": "25710c2ccd7c610b24d068af83b959b7a0e5f40641f0c82daeb1345766191034"},
    "mac": "337aeb86505d2d0bb620effe57f18381377d67d76dac1090626aa5cd20886a7c"
  },
  "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6",
  "version": 3
})";

const char* kVectorSecret = "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d";

// Removes a field in withField.
const QJsonValue kRemoved(QJsonValue::Undefined);

// Light parameters: only tests ask for them.
const Keystore::ScryptParams kLight{1024, 8, 1};

QJsonObject objectOf(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object();
}

// `json` with the value at a dotted path ("crypto.kdfparams.n") replaced, or removed when
// `value` is undefined.
QByteArray withField(const QByteArray& json, const QString& path, const QJsonValue& value) {
    const QStringList keys = path.split(QLatin1Char('.'));
    std::function<QJsonObject(QJsonObject, int)> set = [&](QJsonObject object, int depth) {
        if (depth == keys.size() - 1) {
            if (value.isUndefined())
                object.remove(keys[depth]);
            else
                object[keys[depth]] = value;
        } else {
            object[keys[depth]] = set(object.value(keys[depth]).toObject(), depth + 1);
        }
        return object;
    };
    return QJsonDocument(set(objectOf(json), 0)).toJson(QJsonDocument::Compact);
}

} // namespace

// Web3 Secret Storage v3 keystores: the published vectors, geth's files, round trips, and a
// clear refusal for a wrong passphrase, each corrupt field and hostile KDF parameters.
class TestKeystore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decryptsThePbkdf2Vector();
    void decryptsTheScryptVector();
    void refusesTheFirstScryptVectorAsRfc7914Does();
    void decryptsGethsShortKeys();
    void importsGethKeystoreWithAddress();
    void roundTrips();
    void encryptsWithStandardScryptByDefault();
    void wrongPassphraseIsSaidSo();
    void namesEachCorruptField_data();
    void namesEachCorruptField();
    void refusesHostileKdfParameters_data();
    void refusesHostileKdfParameters();
    void refusesAnAddressThatIsNotTheKeys();
};

void TestKeystore::decryptsThePbkdf2Vector() {
    QElapsedTimer timer;
    timer.start();
    const auto key = Keystore::decrypt(kPbkdf2Vector, QStringLiteral("testpassword"));
    SD_VERIFY_OK(key);
    qInfo("pbkdf2 c=262144 decrypt: %lld ms", timer.elapsed());
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(key->secret().data()), 32).toHex(),
             QByteArray(kVectorSecret));
    QCOMPARE(key->address().toHex(), QStringLiteral("0x008aeeda4d805471df9b2a5b0f38a0c3bcba786b"));
}

void TestKeystore::decryptsTheScryptVector() {
    // The definition's scrypt vector (n = 2^18, r = 8, p = 1) was generated with the salt's hex
    // text taken as the salt bytes: its published derived key 7446f59e… is scrypt over the 64
    // ASCII characters, not over the 32 bytes they spell. As written it fails its MAC in every
    // implementation that decodes the salt (as geth and we do); with the salt field holding the
    // bytes the generator really used, it decrypts to the published secret, which checks our
    // scrypt, MAC and AES-128-CTR against the vector's intermediate values.
    const QString asWritten =
        QStringLiteral("25710c2ccd7c610b24d068af83b959b7a0e5f40641f0c82daeb1345766191034");
    const QByteArray asGenerated = withField(kScryptVector, QStringLiteral("crypto.kdfparams.salt"),
                                             QString::fromLatin1(asWritten.toLatin1().toHex()));
    QElapsedTimer timer;
    timer.start();
    const auto key = Keystore::decrypt(asGenerated, QStringLiteral("testpassword"));
    SD_VERIFY_OK(key);
    qInfo("scrypt n=262144 r=8 p=1 decrypt: %lld ms", timer.elapsed());
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(key->secret().data()), 32).toHex(),
             QByteArray(kVectorSecret));
    const auto asPublished = Keystore::decrypt(kScryptVector, QStringLiteral("testpassword"));
    SD_VERIFY_ERROR(asPublished, ErrorCode::InvalidArgument);
    QVERIFY(asPublished.message().startsWith(QLatin1String("Wrong passphrase")));
    // Without an "address" field there is no address to read before unlocking.
    SD_VERIFY_ERROR(Keystore::address(kScryptVector), ErrorCode::InvalidArgument);
}

void TestKeystore::refusesTheFirstScryptVectorAsRfc7914Does() {
    // The definition's first scrypt vector (kept in go-ethereum's v3_test_vector.json) has
    // n = 2^18 with r = 1, which RFC 7914 forbids (n < 2^16 for r = 1); OpenSSL will not
    // compute it, so it is refused up front with the reason.
    QByteArray first = withField(kScryptVector, QStringLiteral("crypto.kdfparams.r"), 1);
    first = withField(first, QStringLiteral("crypto.kdfparams.p"), 8);
    const auto refused = Keystore::decrypt(first, QStringLiteral("testpassword"));
    SD_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY2(refused.message().contains(QString::fromUtf8("n below 2^(16·r) = 65536 for r = 1")),
             qPrintable(refused.message()));
}

void TestKeystore::decryptsGethsShortKeys() {
    // go-ethereum's v3_test_vector.json "31_byte_key": a key with a leading zero byte stored
    // in 31 bytes by old geth versions.
    const QByteArray json =
        R"({"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"e0c41130a323adc1446fc82f724bca2f"},"ciphertext":"9517cd5bdbe69076f9bf5057248c6c050141e970efa36ce53692d5d59a3984","kdf":"scrypt","kdfparams":{"dklen":32,"n":2,"r":8,"p":1,"salt":"711f816911c92d649fb4c84b047915679933555030b3552c1212609b38208c63"},"mac":"d5e116151c6aa71470e67a7d42c9620c75c4d23229847dcc127794f0732b0db5"},"id":"fecfc4ce-e956-48fd-953b-30f8b52ed66c","version":3})";
    const auto key = Keystore::decrypt(json, QStringLiteral("foo"));
    SD_VERIFY_OK(key);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(key->secret().data()), 32).toHex(),
             QByteArray("00fa7b3db73dc7dfdf8c5fbdb796d741e4488628c41fc4febd9160a866ba0f35"));
}

void TestKeystore::importsGethKeystoreWithAddress() {
    const Address expected =
        Address::fromHex(u"0xf466859ead1932d743d622cb74fc058882e8648a").value();
    QCOMPARE(Keystore::address(kGethKeystore).value(), expected);
    const auto key = Keystore::decrypt(kGethKeystore, QStringLiteral("foobar"));
    SD_VERIFY_OK(key);
    QCOMPARE(key->address(), expected);
    // The "Crypto" spelling of some older tools is read too.
    QByteArray capitalised = kGethKeystore;
    capitalised.replace("\"crypto\"", "\"Crypto\"");
    SD_VERIFY_OK(Keystore::decrypt(capitalised, QStringLiteral("foobar")));
}

void TestKeystore::roundTrips() {
    const PrivateKey key = PrivateKey::generate().value();
    const QString passphrase = QStringLiteral("corrêct horse battery staple");
    const auto json = Keystore::encrypt(key, passphrase, kLight);
    SD_VERIFY_OK(json);
    const QJsonObject object = objectOf(*json);
    QCOMPARE(object.value(QLatin1String("version")).toInt(), 3);
    QCOMPARE(
        object.value(QLatin1String("crypto")).toObject().value(QLatin1String("kdf")).toString(),
        QStringLiteral("scrypt"));
    QCOMPARE(object.value(QLatin1String("id")).toString().size(), 36);
    QVERIFY(!json->contains(
        QByteArray(reinterpret_cast<const char*>(key.secret().data()), 32).toHex()));
    QCOMPARE(Keystore::address(*json).value(), key.address());
    const auto back = Keystore::decrypt(*json, passphrase);
    SD_VERIFY_OK(back);
    QVERIFY(*back == key);
    // A fresh salt and IV each time.
    QVERIFY(Keystore::encrypt(key, passphrase, kLight).value() != *json);
}

void TestKeystore::encryptsWithStandardScryptByDefault() {
    const Keystore::ScryptParams defaults;
    QCOMPARE(defaults.n, quint64(262144));
    QCOMPARE(defaults.r, quint64(8));
    QCOMPARE(defaults.p, quint64(1));
    QElapsedTimer timer;
    timer.start();
    const auto json = Keystore::encrypt(PrivateKey::generate().value(), QStringLiteral("pw"));
    SD_VERIFY_OK(json);
    qInfo("scrypt n=262144 r=8 p=1 encrypt: %lld ms", timer.elapsed());
    const QJsonObject params = objectOf(*json)
                                   .value(QLatin1String("crypto"))
                                   .toObject()
                                   .value(QLatin1String("kdfparams"))
                                   .toObject();
    QCOMPARE(params.value(QLatin1String("n")).toInteger(), 262144);
    QCOMPARE(params.value(QLatin1String("r")).toInteger(), 8);
    QCOMPARE(params.value(QLatin1String("p")).toInteger(), 1);
    QCOMPARE(params.value(QLatin1String("salt")).toString().size(), 64);
    SD_VERIFY_OK(Keystore::decrypt(*json, QStringLiteral("pw")));
}

void TestKeystore::wrongPassphraseIsSaidSo() {
    const auto refused = Keystore::decrypt(kGethKeystore, QStringLiteral("foobaz"));
    SD_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY2(refused.message().startsWith(QLatin1String("Wrong passphrase")),
             qPrintable(refused.message()));
    SD_VERIFY_ERROR(Keystore::decrypt(kGethKeystore, QString()), ErrorCode::InvalidArgument);
}

void TestKeystore::namesEachCorruptField_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("not JSON") << QByteArray("{\"crypto\":") << QStringLiteral("JSON");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("JSON object");
    QTest::newRow("version 2") << withField(kGethKeystore, QStringLiteral("version"), 2)
                               << QStringLiteral("version is 2");
    QTest::newRow("no version") << withField(kGethKeystore, QStringLiteral("version"), kRemoved)
                                << QStringLiteral("version is missing");
    QTest::newRow("no crypto") << withField(kGethKeystore, QStringLiteral("crypto"), kRemoved)
                               << QStringLiteral("crypto is missing");
    QTest::newRow("cipher") << withField(kGethKeystore, QStringLiteral("crypto.cipher"),
                                         QStringLiteral("aes-128-cbc"))
                            << QStringLiteral("crypto.cipher is \"aes-128-cbc\"");
    QTest::newRow("iv short") << withField(kGethKeystore, QStringLiteral("crypto.cipherparams.iv"),
                                           QStringLiteral("00ff"))
                              << QStringLiteral("crypto.cipherparams.iv has 2 bytes");
    QTest::newRow("ciphertext not hex")
        << withField(kGethKeystore, QStringLiteral("crypto.ciphertext"), QStringLiteral("zz"))
        << QStringLiteral("crypto.ciphertext is not hexadecimal");
    QTest::newRow("mac missing") << withField(kGethKeystore, QStringLiteral("crypto.mac"), kRemoved)
                                 << QStringLiteral("crypto.mac is missing");
    QTest::newRow("kdf") << withField(kGethKeystore, QStringLiteral("crypto.kdf"),
                                      QStringLiteral("argon2"))
                         << QStringLiteral("crypto.kdf is \"argon2\"");
    QTest::newRow("salt") << withField(kGethKeystore, QStringLiteral("crypto.kdfparams.salt"), 7)
                          << QStringLiteral("crypto.kdfparams.salt is missing or not a string");
    QTest::newRow("dklen 16") << withField(kGethKeystore, QStringLiteral("crypto.kdfparams.dklen"),
                                           16)
                              << QStringLiteral("crypto.kdfparams.dklen is 16");
    QTest::newRow("n not a power of two")
        << withField(kGethKeystore, QStringLiteral("crypto.kdfparams.n"), 1000)
        << QStringLiteral("crypto.kdfparams.n is 1000, not a power of two");
    QTest::newRow("r fractional")
        << withField(kGethKeystore, QStringLiteral("crypto.kdfparams.r"), 1.5)
        << QStringLiteral("crypto.kdfparams.r is missing or not a positive whole number");
    QTest::newRow("prf") << withField(kPbkdf2Vector, QStringLiteral("crypto.kdfparams.prf"),
                                      QStringLiteral("hmac-sha1"))
                         << QStringLiteral("crypto.kdfparams.prf is \"hmac-sha1\"");
    QTest::newRow("address not hex")
        << withField(kGethKeystore, QStringLiteral("address"), QStringLiteral("xyz"))
        << QStringLiteral("address is not hexadecimal");
}

void TestKeystore::namesEachCorruptField() {
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto refused = Keystore::decrypt(json, QStringLiteral("foobar"));
    SD_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY2(refused.message().contains(field), qPrintable(refused.message()));
}

void TestKeystore::refusesHostileKdfParameters_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("n = 2^21")
        << withField(kGethKeystore, QStringLiteral("crypto.kdfparams.n"), 1 << 21)
        << QStringLiteral("crypto.kdfparams.n is 2097152, more than the 1048576 we allow");
    QTest::newRow("memory beyond 1 GiB")
        << withField(withField(kGethKeystore, QStringLiteral("crypto.kdfparams.n"), 1 << 20),
                     QStringLiteral("crypto.kdfparams.r"), 16)
        << QStringLiteral("more than 1024 MiB of memory");
    QTest::newRow("work beyond the bound")
        << withField(withField(kGethKeystore, QStringLiteral("crypto.kdfparams.n"), 1 << 18),
                     QStringLiteral("crypto.kdfparams.p"), 64)
        << QStringLiteral("crypto.kdfparams.p with n and r asks for more work");
    QTest::newRow("pbkdf2 iterations")
        << withField(kPbkdf2Vector, QStringLiteral("crypto.kdfparams.c"), 1e9)
        << QStringLiteral("crypto.kdfparams.c asks for 1000000000 iterations");
}

void TestKeystore::refusesHostileKdfParameters() {
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QElapsedTimer timer;
    timer.start();
    const auto refused = Keystore::decrypt(json, QStringLiteral("foobar"));
    SD_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY2(refused.message().contains(reason), qPrintable(refused.message()));
    QVERIFY2(timer.elapsed() < 1000, "refused only after deriving a key");
}

void TestKeystore::refusesAnAddressThatIsNotTheKeys() {
    const QByteArray json = withField(kGethKeystore, QStringLiteral("address"),
                                      QStringLiteral("00000000000000000000000000000000000000aa"));
    const auto refused = Keystore::decrypt(json, QStringLiteral("foobar"));
    SD_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY2(refused.message().contains(
                 QLatin1String("address is 0x00000000000000000000000000000000000000aa")),
             qPrintable(refused.message()));
}

QTEST_APPLESS_MAIN(TestKeystore)
#include "tst_keystore.moc"
