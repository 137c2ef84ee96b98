#include "core/chain/crypto/Eip55.h"
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/crypto/Rlp.h"
#include "core/chain/crypto/Secp256k1.h"
#include "core/domain/AbiEncoder.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTest>

using namespace salesdesk;

namespace {

QByteArray hex(const char* text) {
    return QByteArray::fromHex(text);
}

PrivateKey key(const char* hexText) {
    return PrivateKey::fromHex(hexText).value();
}

} // namespace

// Keys, addresses and signatures against published vectors: the secp256k1 arithmetic, the
// Keccak-based address, EIP-55 checksums, RFC 6979 signatures with low s, and recovery.
class TestPrivateKey : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void derivesThePublishedAddresses_data();
    void derivesThePublishedAddresses();
    void refusesInvalidKeys_data();
    void refusesInvalidKeys();
    void errorsNeverRepeatTheKey();
    void checksumsFollowEip55();
    void parsesChecksummedAddresses();
    void signsTheEip155ExampleLikeItsAuthors();
    void signaturesHaveLowS();
    void signAndRecoverRoundTrip();
    void refusesMalformedSignatures();
    void generatedKeysDiffer();
    void movedFromKeyIsWiped();
};

void TestPrivateKey::derivesThePublishedAddresses_data() {
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("address");
    // The example of web3.js's accounts documentation.
    QTest::newRow("web3.js example")
        << QByteArray("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
        << QStringLiteral("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23");
    // anvil's first two funded accounts (its default mnemonic), as its --config-out lists them.
    QTest::newRow("anvil account 0")
        << QByteArray("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")
        << QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    QTest::newRow("anvil account 1")
        << QByteArray("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d\n")
        << QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    // The key of EIP-155's example.
    QTest::newRow("EIP-155 example")
        << QByteArray("4646464646464646464646464646464646464646464646464646464646464646")
        << QStringLiteral("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F");
}

void TestPrivateKey::derivesThePublishedAddresses() {
    QFETCH(QByteArray, secret);
    QFETCH(QString, address);
    const auto parsed = PrivateKey::fromHex(secret);
    SD_VERIFY_OK(parsed);
    QCOMPARE(parsed->publicKey().size(), 64);
    QCOMPARE(eip55::toChecksumHex(parsed->address()), address);
}

void TestPrivateKey::refusesInvalidKeys_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("zero") << QByteArray(64, '0') << QStringLiteral("curve order");
    // n, the order of the curve, and n + 1.
    QTest::newRow("curve order")
        << QByteArray("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
        << QStringLiteral("curve order");
    QTest::newRow("above the order")
        << QByteArray("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364142")
        << QStringLiteral("curve order");
    QTest::newRow("short") << QByteArray("0x1234") << QStringLiteral("64 hex digits");
    QTest::newRow("not hex") << QByteArray(QByteArray(63, '1') + 'g')
                             << QStringLiteral("not hexadecimal");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("64 hex digits");
}

void TestPrivateKey::refusesInvalidKeys() {
    QFETCH(QByteArray, text);
    QFETCH(QString, reason);
    const auto parsed = PrivateKey::fromHex(text);
    SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
    QVERIFY2(parsed.message().contains(reason), qPrintable(parsed.message()));
    SD_VERIFY_ERROR(PrivateKey::fromBytes(hex("0102")), ErrorCode::InvalidArgument);
    // The largest valid key, n - 1, is accepted.
    SD_VERIFY_OK(
        PrivateKey::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140"));
}

void TestPrivateKey::errorsNeverRepeatTheKey() {
    const QByteArray almost = QByteArray(62, '7') + "zz";
    const auto parsed = PrivateKey::fromHex(almost);
    SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
    QVERIFY(!parsed.message().contains(QLatin1String("7777")));
}

void TestPrivateKey::checksumsFollowEip55() {
    // The examples of EIP-55's text: mixed case, then all upper and all lower case (whose
    // checksum happens to give that case).
    for (const char* text : {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                             "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                             "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
                             "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
                             "0x52908400098527886E0F7030069857D2E4169EE7",
                             "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
                             "0xde709f2102306220921060314715629080e2fb77",
                             "0x27b1fdb04752bbc536007a920d24acb045561c26"}) {
        const QString expected = QString::fromLatin1(text);
        const Address address = Address::fromHex(expected.toLower()).value();
        QCOMPARE(eip55::toChecksumHex(address), expected);
    }
}

void TestPrivateKey::parsesChecksummedAddresses() {
    const QString good = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    SD_VERIFY_OK(eip55::parse(good));
    SD_VERIFY_OK(eip55::parse(good.toLower()));
    SD_VERIFY_OK(eip55::parse(QString(QStringLiteral("0x") + good.mid(2).toUpper())));
    QString typo = good;
    typo[3] = QLatin1Char('A'); // "0x5a" → "0x5A"
    const auto refused = eip55::parse(typo);
    SD_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY2(refused.message().contains(QLatin1String("checksum")), qPrintable(refused.message()));
    SD_VERIFY_ERROR(eip55::parse(u"0x1234"), ErrorCode::InvalidArgument);
}

void TestPrivateKey::signsTheEip155ExampleLikeItsAuthors() {
    // EIP-155's example: nonce 9, gas price 20 gwei, gas 21000, to 0x3535…35, 1 ether, no data,
    // chain id 1. Its signing data, hash and signature (v = 37, so y parity 0) are in the EIP.
    const QByteArray signingData = rlp::encodeList(
        {rlp::encodeUInt(quint64(9)), rlp::encodeUInt(quint64(20'000'000'000)),
         rlp::encodeUInt(quint64(21'000)), rlp::encodeBytes(QByteArray(20, '\x35')),
         rlp::encodeUInt(quint64(1'000'000'000'000'000'000)), rlp::encodeBytes({}),
         rlp::encodeUInt(quint64(1)), rlp::encodeUInt(quint64(0)), rlp::encodeUInt(quint64(0))});
    QCOMPARE(signingData.toHex(), QByteArray("ec098504a817c800825208943535353535353535353535353535"
                                             "353535353535880de0b6b3a764000080018080"));
    const Hash32 digest = abi::keccak256(signingData);
    QCOMPARE(digest.toHex(),
             QStringLiteral("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53"));
    const Signature signature =
        key("4646464646464646464646464646464646464646464646464646464646464646").sign(digest);
    QCOMPARE(signature.r.toHex(),
             QByteArray("28ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276"));
    QCOMPARE(signature.s.toHex(),
             QByteArray("67cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83"));
    QCOMPARE(signature.yParity, 0);
    const QByteArray raw =
        rlp::encodeList({rlp::encodeUInt(quint64(9)), rlp::encodeUInt(quint64(20'000'000'000)),
                         rlp::encodeUInt(quint64(21'000)), rlp::encodeBytes(QByteArray(20, '\x35')),
                         rlp::encodeUInt(quint64(1'000'000'000'000'000'000)), rlp::encodeBytes({}),
                         rlp::encodeUInt(quint64(37)), rlp::encodeBytes(signature.r),
                         rlp::encodeBytes(signature.s)});
    QCOMPARE(raw.toHex(),
             QByteArray("f86c098504a817c800825208943535353535353535353535353535353535353535880de0"
                        "b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e15906"
                        "20aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b"
                        "6d83"));
}

void TestPrivateKey::signaturesHaveLowS() {
    // libsecp256k1 normalises s; half the digests would give a high s otherwise.
    const PrivateKey signer =
        key("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    int parityOne = 0;
    for (int i = 0; i < 200; ++i) {
        const Signature signature = signer.sign(abi::keccak256(QByteArray::number(i)));
        QVERIFY2(Secp256k1::hasLowS(signature), qPrintable(QString::number(i)));
        parityOne += signature.yParity;
    }
    QVERIFY2(parityOne > 50 && parityOne < 150, qPrintable(QString::number(parityOne)));
    Signature high;
    high.s = hex("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a1");
    QVERIFY(!Secp256k1::hasLowS(high));
    high.s = hex("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");
    QVERIFY(Secp256k1::hasLowS(high));
}

void TestPrivateKey::signAndRecoverRoundTrip() {
    const PrivateKey signer = PrivateKey::generate().value();
    const Hash32 digest = abi::keccak256("a message");
    Signature signature = signer.sign(digest);
    QCOMPARE(signer.sign(digest), signature); // deterministic (RFC 6979)
    QCOMPARE(Secp256k1::recoverAddress(digest, signature).value(), signer.address());
    QCOMPARE(Secp256k1::recoverPublicKey(digest, signature).value(), signer.publicKey());
    // Another digest or the other parity recovers another account.
    QVERIFY(Secp256k1::recoverAddress(abi::keccak256("another"), signature).value() !=
            signer.address());
    signature.yParity ^= 1;
    const auto flipped = Secp256k1::recoverAddress(digest, signature);
    QVERIFY(!flipped.ok() || *flipped != signer.address());

    // A measured figure for the report: sign and recover, one pair per iteration.
    QElapsedTimer timer;
    timer.start();
    constexpr int kRounds = 500;
    for (int i = 0; i < kRounds; ++i) {
        const Hash32 h = abi::keccak256(QByteArray::number(i));
        QCOMPARE(Secp256k1::recoverAddress(h, signer.sign(h)).value(), signer.address());
    }
    qInfo("sign+recover: %.0f per second", kRounds * 1000.0 / std::max<qint64>(1, timer.elapsed()));
}

void TestPrivateKey::refusesMalformedSignatures() {
    const Hash32 digest = abi::keccak256("x");
    Signature signature =
        key("4646464646464646464646464646464646464646464646464646464646464646").sign(digest);
    Signature badParity = signature;
    badParity.yParity = 2;
    SD_VERIFY_ERROR(Secp256k1::recoverAddress(digest, badParity), ErrorCode::InvalidArgument);
    Signature zeroR = signature;
    zeroR.r = QByteArray(32, '\0');
    SD_VERIFY_ERROR(Secp256k1::recoverAddress(digest, zeroR), ErrorCode::InvalidArgument);
    Signature overflowS = signature;
    overflowS.s = QByteArray(32, '\xff');
    SD_VERIFY_ERROR(Secp256k1::recoverAddress(digest, overflowS), ErrorCode::InvalidArgument);
    Signature shortR = signature;
    shortR.r.chop(1);
    const auto refused = Secp256k1::recoverAddress(digest, shortR);
    SD_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
    QVERIFY2(refused.message().contains(QLatin1String("32 bytes")), qPrintable(refused.message()));
}

void TestPrivateKey::generatedKeysDiffer() {
    const PrivateKey a = PrivateKey::generate().value();
    const PrivateKey b = PrivateKey::generate().value();
    QVERIFY(!(a == b));
    QVERIFY(a.address() != b.address());
}

void TestPrivateKey::movedFromKeyIsWiped() {
    PrivateKey source = key("4646464646464646464646464646464646464646464646464646464646464646");
    const PrivateKey target = std::move(source);
    QCOMPARE(target.secret()[0], std::uint8_t(0x46));
    // NOLINTNEXTLINE(bugprone-use-after-move): checking what a move leaves behind
    const auto& left = source.secret();
    QVERIFY(std::all_of(left.begin(), left.end(), [](std::uint8_t b) { return b == 0; }));
}

QTEST_APPLESS_MAIN(TestPrivateKey)
#include "tst_privatekey.moc"
