#include "core/chain/crypto/Eip1559Transaction.h"
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/crypto/Rlp.h"
#include "core/domain/AbiEncoder.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTest>

using namespace salesdesk;

namespace {

QByteArray hex(const char* text) {
    return QByteArray::fromHex(text);
}

// The signer of ethereumjs's EIP-1559 vectors (packages/tx/test/json/eip1559.json of the
// ethereumjs monorepo): chain id 7822, to 0x…aaaa, no data, an empty access list.
constexpr const char* kEthereumJsKey =
    "8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63";

Eip1559Transaction ethereumJsTransaction(quint64 nonce, quint64 value, quint64 gasLimit,
                                         quint64 maxPriorityFee, quint64 maxFee) {
    Eip1559Transaction tx;
    tx.chainId = 7822;
    tx.nonce = nonce;
    tx.value = value;
    tx.gasLimit = gasLimit;
    tx.maxPriorityFeePerGas = maxPriorityFee;
    tx.maxFeePerGas = maxFee;
    tx.to = Address::fromHex(u"0x000000000000000000000000000000000000aaaa").value();
    return tx;
}

} // namespace

// EIP-1559 transactions: encoding and signing against published vectors, decoding back with the
// sender recovered, and the strict decoder's refusals.
class TestEip1559Transaction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void signsTheEthereumJsVectors_data();
    void signsTheEthereumJsVectors();
    void signingHashMatchesOx();
    void decodesWhatItSigned();
    void encodesContractCreationAndAccessLists();
    void refusesMalformedTransactions_data();
    void refusesMalformedTransactions();
    void refusesHighS();
    void decodingIsCanonicalUnderMutation();
};

void TestEip1559Transaction::signsTheEthereumJsVectors_data() {
    QTest::addColumn<quint64>("nonce");
    QTest::addColumn<quint64>("value");
    QTest::addColumn<quint64>("gasLimit");
    QTest::addColumn<quint64>("maxPriorityFee");
    QTest::addColumn<quint64>("maxFee");
    QTest::addColumn<QByteArray>("signedRlp");
    // The first two entries of ethereumjs's eip1559.json (y parity 0 and 1). The file gives each
    // raw transaction wrapped once more as an RLP string.
    QTest::newRow("ethereumjs eip1559.json #1")
        << quint64(819) << quint64(43203529) << quint64(35552) << quint64(75853) << quint64(121212)
        << hex("b87302f870821e8e8203338301284d8301d97c828ae094000000000000000000000000000000000000a"
               "a"
               "aa8402933bc980c080a0d067f2167008c59219652f91cbf8788dbca5f771f6e91e2b7657e85b78b472"
               "e0a01d305af9fe81fdba43f0dfcd400ed24dcace0a7e30d4e85701dcaaf484cd079e");
    QTest::newRow("ethereumjs eip1559.json #2")
        << quint64(353) << quint64(61901619) << quint64(32593) << quint64(38850) << quint64(136295)
        << hex("b87202f86f821e8e8201618297c283021467827f5194000000000000000000000000000000000000aa"
               "aa8403b08b3380c001a004205678f13fc1d7b10feea6513dfa76e24418b6e08097d95c6f93a3b64e53"
               "6da01d45ad61bfece43862de2cce7d2575a8c1d08c26c87f3cb5f26d7b0be54a91b2");
}

void TestEip1559Transaction::signsTheEthereumJsVectors() {
    QFETCH(quint64, nonce);
    QFETCH(quint64, value);
    QFETCH(quint64, gasLimit);
    QFETCH(quint64, maxPriorityFee);
    QFETCH(quint64, maxFee);
    QFETCH(QByteArray, signedRlp);
    const QByteArray expected = rlp::decode(signedRlp).value().value();
    const PrivateKey key = PrivateKey::fromHex(kEthereumJsKey).value();
    const Eip1559Transaction tx =
        ethereumJsTransaction(nonce, value, gasLimit, maxPriorityFee, maxFee);
    const SignedTransaction signedTx = tx.sign(key);
    QCOMPARE(signedTx.raw.toHex(), expected.toHex());
    QCOMPARE(signedTx.hash, abi::keccak256(expected));
    QCOMPARE(signedTx.sender, key.address());
}

void TestEip1559Transaction::signingHashMatchesOx() {
    // The test of the ox library's TransactionEnvelopeEip1559.hash (presign): 1 ether to anvil's
    // second account on chain 1.
    Eip1559Transaction tx;
    tx.chainId = 1;
    tx.nonce = 665;
    tx.gasLimit = 21000;
    tx.maxFeePerGas = UInt256(13'000'000'000ULL);
    tx.maxPriorityFeePerGas = UInt256(1'000'000'000ULL);
    tx.value = UInt256(1'000'000'000'000'000'000ULL);
    tx.to = Address::fromHex(u"0x70997970c51812dc3a010c7d01b50e0d17dc79c8").value();
    QCOMPARE(tx.signingHash().toHex(),
             QStringLiteral("0x1d099d1f25465b53e1e56e715e35d5daaaef6a9e9883ba21652eea7f411fffc7"));
}

void TestEip1559Transaction::decodesWhatItSigned() {
    const PrivateKey key = PrivateKey::generate().value();
    Eip1559Transaction tx = ethereumJsTransaction(7, 1, 21000, 2, 3);
    tx.value = uint256::max();
    tx.data = QByteArray(300, '\x5a');
    tx.accessList = {{Address::fromHex(u"0x00000000000000000000000000000000000000ff").value(),
                      {abi::keccak256("slot 0"), abi::keccak256("slot 1")}},
                     {Address(), {}}};
    const SignedTransaction signedTx = tx.sign(key);
    const auto decoded = Eip1559Transaction::decodeSigned(signedTx.raw);
    SD_VERIFY_OK(decoded);
    QVERIFY(decoded->transaction == tx);
    QCOMPARE(decoded->signature, signedTx.signature);
    QCOMPARE(decoded->sender, key.address());
    QCOMPARE(decoded->hash, signedTx.hash);
    QCOMPARE(decoded->raw, signedTx.raw);
    QCOMPARE(decoded->transaction.encodeSigned(decoded->signature), signedTx.raw);

    // The published vectors decode to their signer.
    const QByteArray vector =
        rlp::decode(hex("b87202f86f821e8e8201618297c283021467827f5194000000000000000000000000000000"
                        "000000aaaa8403b0"
                        "8b3380c001a004205678f13fc1d7b10feea6513dfa76e24418b6e08097d95c6f93a3b64e53"
                        "6da01d45ad61bfec"
                        "e43862de2cce7d2575a8c1d08c26c87f3cb5f26d7b0be54a91b2"))
            .value()
            .value();
    const auto published = Eip1559Transaction::decodeSigned(vector);
    SD_VERIFY_OK(published);
    QCOMPARE(published->sender, PrivateKey::fromHex(kEthereumJsKey).value().address());
    QCOMPARE(published->transaction.nonce, quint64(353));
    QCOMPARE(published->transaction.maxFeePerGas, UInt256(136295));
}

void TestEip1559Transaction::encodesContractCreationAndAccessLists() {
    Eip1559Transaction tx;
    tx.chainId = 1;
    tx.data = hex("6000");
    // chainId 1, nonce 0, fees 0, gas 0, to "", value 0, data 0x6000, access list [].
    QCOMPARE(tx.signingPayload().toHex(), QByteArray("02cb0180808080808082600"
                                                     "0c0"));
    const auto decoded =
        Eip1559Transaction::decodeSigned(tx.sign(PrivateKey::generate().value()).raw);
    SD_VERIFY_OK(decoded);
    QVERIFY(!decoded->transaction.to.has_value());
    QCOMPARE(decoded->transaction.data, hex("6000"));
}

void TestEip1559Transaction::refusesMalformedTransactions_data() {
    const PrivateKey key = PrivateKey::fromHex(kEthereumJsKey).value();
    const Eip1559Transaction tx = ethereumJsTransaction(1, 2, 21000, 3, 4);
    const SignedTransaction good = tx.sign(key);
    const QByteArray body = good.raw.mid(1);
    const auto fields = rlp::decode(body).value().items();
    auto withField = [&](std::size_t index, const QByteArray& encoded) -> QByteArray {
        QByteArray payload;
        for (std::size_t i = 0; i < fields.size(); ++i)
            payload += i == index ? encoded : fields[i].encode();
        return QByteArray(1, '\x02') + rlp::encodeListPayload(payload);
    };
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("no bytes");
    QTest::newRow("legacy") << QByteArray(QByteArray(1, '\xf8') + body)
                            << QStringLiteral("type byte 0xf8");
    QTest::newRow("type 1") << QByteArray(QByteArray(1, '\x01') + body)
                            << QStringLiteral("type byte 0x01");
    QTest::newRow("truncated") << good.raw.chopped(1) << QStringLiteral("truncated");
    QTest::newRow("trailing byte")
        << QByteArray(good.raw + '\0') << QStringLiteral("after the item");
    QTest::newRow("eleven fields")
        << QByteArray(QByteArray(1, '\x02') + rlp::encodeListPayload(body.mid(2).chopped(33)))
        << QStringLiteral("12 fields, found 11");
    QTest::newRow("nonce with a leading zero")
        << withField(1, rlp::encodeBytes(hex("0001"))) << QStringLiteral("nonce");
    QTest::newRow("chain id above 64 bits")
        << withField(0, rlp::encodeBytes(hex("010000000000000000"))) << QStringLiteral("chainId");
    QTest::newRow("to of 19 bytes")
        << withField(5, rlp::encodeBytes(QByteArray(19, '\x01'))) << QStringLiteral("to is");
    QTest::newRow("data as a list") << withField(7, rlp::encodeList({})) << QStringLiteral("data");
    QTest::newRow("access list as a string")
        << withField(8, rlp::encodeBytes("x")) << QStringLiteral("accessList");
    QTest::newRow("access list key of 31 bytes")
        << withField(8, rlp::encodeList({rlp::encodeList(
                            {rlp::encodeBytes(QByteArray(20, '\x01')),
                             rlp::encodeList({rlp::encodeBytes(QByteArray(31, '\x01'))})})}))
        << QStringLiteral("storage key");
    QTest::newRow("parity 2") << withField(9, rlp::encodeUInt(quint64(2)))
                              << QStringLiteral("yParity is 2");
    QTest::newRow("r zero") << withField(10, rlp::encodeUInt(quint64(0))) << QStringLiteral("zero");
}

void TestEip1559Transaction::refusesMalformedTransactions() {
    QFETCH(QByteArray, raw);
    QFETCH(QString, reason);
    const auto decoded = Eip1559Transaction::decodeSigned(raw);
    SD_VERIFY_ERROR(decoded, ErrorCode::InvalidArgument);
    QVERIFY2(decoded.message().contains(reason), qPrintable(decoded.message()));
}

void TestEip1559Transaction::refusesHighS() {
    // The same signature with s replaced by n - s (and the parity flipped) is valid ECDSA for the
    // same key, but Ethereum accepts only the low form.
    const PrivateKey key = PrivateKey::fromHex(kEthereumJsKey).value();
    const Eip1559Transaction tx = ethereumJsTransaction(1, 2, 21000, 3, 4);
    Signature signature = tx.sign(key).signature;
    const UInt256 n =
        uint256::parse(u"0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
            .value();
    signature.s = uint256::toBigEndian32(n - uint256::fromBigEndian(signature.s).value());
    signature.yParity ^= 1;
    const auto decoded = Eip1559Transaction::decodeSigned(tx.encodeSigned(signature));
    SD_VERIFY_ERROR(decoded, ErrorCode::InvalidArgument);
    QVERIFY2(decoded.message().contains(QLatin1String("half the curve order")),
             qPrintable(decoded.message()));
}

void TestEip1559Transaction::decodingIsCanonicalUnderMutation() {
    // Random byte flips, insertions and cuts of a signed transaction (a fixed seed): the decoder
    // never crashes, and whatever it accepts encodes back to exactly the bytes it was given, so
    // one transaction has one encoding and one hash.
    const PrivateKey key = PrivateKey::fromHex(kEthereumJsKey).value();
    Eip1559Transaction tx = ethereumJsTransaction(5, 6, 21000, 7, 8);
    tx.data = QByteArray::fromHex("a9059cbb");
    tx.accessList = {{Address(), {Hash32()}}};
    const QByteArray raw = tx.sign(key).raw;
    QRandomGenerator random(20261203);
    int accepted = 0;
    for (int round = 0; round < 20'000; ++round) {
        QByteArray mutated = raw;
        const int edits = 1 + random.bounded(3);
        for (int e = 0; e < edits && !mutated.isEmpty(); ++e) {
            const qsizetype at = random.bounded(mutated.size());
            switch (random.bounded(3)) {
            case 0:
                mutated[at] = static_cast<char>(random.bounded(256));
                break;
            case 1:
                mutated.insert(at, static_cast<char>(random.bounded(256)));
                break;
            default:
                mutated.remove(at, 1 + random.bounded(4));
            }
        }
        const auto decoded = Eip1559Transaction::decodeSigned(mutated);
        const auto item =
            rlp::decode(QByteArrayView(mutated).sliced(std::min<qsizetype>(1, mutated.size())));
        if (item.ok())
            QCOMPARE(item->encode(), QByteArrayView(mutated).sliced(1).toByteArray());
        if (!decoded.ok())
            continue;
        ++accepted;
        QCOMPARE(decoded->transaction.encodeSigned(decoded->signature), mutated);
    }
    // Flips inside r, s or a value keep the bytes decodable: some mutations are accepted.
    QVERIFY2(accepted > 0, "no mutation was accepted: the property was never exercised");
}

QTEST_APPLESS_MAIN(TestEip1559Transaction)
#include "tst_eip1559transaction.moc"
