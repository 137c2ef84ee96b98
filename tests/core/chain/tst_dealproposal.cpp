// DealProposal: the client's signed offer of a direct deal, its JSON form, its EIP-712 digest (the
// deal's id) and the 65-byte signature form the contract takes.
#include "core/chain/crypto/Eip712Domain.h"
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/crypto/Secp256k1.h"
#include "core/chain/deals/DealProposal.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>
#include <limits>

using namespace salesdesk;

namespace {

// Two of anvil's well-known development keys.
constexpr QByteArrayView kClientKey =
    "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
constexpr QByteArrayView kOtherKey =
    "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

PrivateKey key(QByteArrayView hex) {
    return PrivateKey::fromHex(hex).value();
}

Address address(const char* text) {
    return Address::fromHex(QString::fromLatin1(text)).value();
}

Eip712Domain testDomain() {
    return DealProposal::domain(31337, address("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
}

DealProposal sample() {
    DealProposal p;
    p.client = address("0x00000000000000000000000000000000000000c1");
    p.provider = address("0x00000000000000000000000000000000000000b2");
    p.dataRoot = Hash32::fromBytes(QByteArray(32, '\x11'));
    p.size = 100'000;
    p.chunkCount = 2;
    p.start = 1'700'001'200;
    p.end = 1'700'008'400;
    p.pricePerSecond = UInt256(400'000);
    p.providerCollateral = UInt256(1'500'000);
    p.salt = UInt256(42);
    return p;
}

using Mutation = std::function<void(DealProposal&)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestDealProposal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonGoesThereAndBack() {
        DealProposal p = sample();
        p.salt = uint256::max(); // an amount beyond 64 bits survives as a decimal string
        p.size = std::numeric_limits<quint64>::max();
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value(u"client").toString(), p.client.toHex());
        QCOMPARE(json.value(u"dataRoot").toString(), p.dataRoot.toHex());
        QCOMPARE(json.value(u"pricePerSecond").toString(), QStringLiteral("400000"));
        QCOMPARE(json.value(u"size").toString(), QStringLiteral("18446744073709551615"));
        QCOMPARE(DealProposal::fromJson(json).value(), p);
        // Also through the text form.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        QCOMPARE(DealProposal::fromJson(reread).value(), p);
    }

    void fromJsonNamesTheMissingField_data() {
        QTest::addColumn<QString>("field");
        for (const char* field : {"client", "provider", "dataRoot", "size", "chunkCount", "start",
                                  "end", "pricePerSecond", "providerCollateral", "salt"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    void fromJsonNamesTheMissingField() {
        QFETCH(QString, field);
        QJsonObject json = sample().toJson();
        QVERIFY(json.contains(field));
        json.remove(field);
        const auto parsed = DealProposal::fromJson(json);
        SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        QCOMPARE(parsed.message(), QStringLiteral("deal proposal: \"%1\" is missing").arg(field));
    }

    void fromJsonNamesAMalformedField() {
        QJsonObject shortAddress = sample().toJson();
        shortAddress[QStringLiteral("provider")] = QStringLiteral("0x1234");
        auto parsed = DealProposal::fromJson(shortAddress);
        SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        QVERIFY2(parsed.message().contains(QStringLiteral("\"provider\"")),
                 qPrintable(parsed.message()));

        QJsonObject badAmount = sample().toJson();
        badAmount[QStringLiteral("pricePerSecond")] = QStringLiteral("12a");
        parsed = DealProposal::fromJson(badAmount);
        SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        QVERIFY2(parsed.message().contains(QStringLiteral("\"pricePerSecond\"")),
                 qPrintable(parsed.message()));

        QJsonObject numberAmount = sample().toJson();
        numberAmount[QStringLiteral("salt")] = 42;
        parsed = DealProposal::fromJson(numberAmount);
        SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        QVERIFY2(parsed.message().contains(QStringLiteral("\"salt\"")),
                 qPrintable(parsed.message()));

        QJsonObject hugeSize = sample().toJson();
        hugeSize[QStringLiteral("size")] = QStringLiteral("18446744073709551616"); // 2^64
        parsed = DealProposal::fromJson(hugeSize);
        SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        QVERIFY2(parsed.message().contains(QStringLiteral("\"size\"")),
                 qPrintable(parsed.message()));
    }

    void chunkCountIsTheNumberOf64KiBBlocks() {
        QCOMPARE(DealProposal::chunkCountOf(0), quint64(0));
        QCOMPARE(DealProposal::chunkCountOf(1), quint64(1));
        QCOMPARE(DealProposal::chunkCountOf(65'536), quint64(1));
        QCOMPARE(DealProposal::chunkCountOf(65'537), quint64(2));
    }

    void paymentIsThePriceOfTheWholeDuration() {
        DealProposal p = sample();
        QCOMPARE(p.duration(), quint64(7'200));
        QCOMPARE(p.payment().value(), UInt256(400'000ull * 7'200));
        p.end = p.start; // no duration: nothing to pay
        QCOMPARE(p.payment().value(), UInt256(0));
        p.end = p.start + 2;
        p.pricePerSecond = uint256::max() / 2 + 1; // twice that is 2^256
        SD_VERIFY_ERROR(p.payment(), ErrorCode::Overflow);
        p.pricePerSecond = uint256::max() / 2;
        QCOMPARE(p.payment().value(), uint256::max() - 1);
    }

    // The same digest as another implementation of EIP-712 (the contract scripts' JavaScript
    // toolkit, contracts/dev/evm.mjs typedDataDigest) computes for the sample proposal.
    void theDigestMatchesAnotherImplementation() {
        const DealProposal p = sample();
        QCOMPARE(
            p.structHash().toHex(),
            QStringLiteral("0x009e2bf50f38716070bbb37576ed8806d83906fdb7c06ec4712f528cfe214981"));
        QCOMPARE(
            p.digest(testDomain()).toHex(),
            QStringLiteral("0xd09b84c1f679ac6114e44e2a05c4e2d2257fb8ee53440cc298ac3c87657c2542"));
        // The struct hash is keccak256(abi.encode(typehash, proposal)), as the contract has it.
        const Hash32 typeHash = Eip712Domain::typeHash(DealProposal::kType);
        QCOMPARE(p.structHash(),
                 abi::keccak256(QByteArray(typeHash.toByteArray() + abi::encode({p.abiTuple()}))));
    }

    void theDigestChangesWithEachField_data() {
        QTest::addColumn<Mutation>("mutate");
        QTest::newRow("client") << Mutation([](DealProposal& p) {
            p.client = address("0x00000000000000000000000000000000000000c2");
        });
        QTest::newRow("provider") << Mutation([](DealProposal& p) {
            p.provider = address("0x00000000000000000000000000000000000000b3");
        });
        QTest::newRow("dataRoot") << Mutation(
            [](DealProposal& p) { p.dataRoot = Hash32::fromBytes(QByteArray(32, '\x12')); });
        QTest::newRow("size") << Mutation([](DealProposal& p) { ++p.size; });
        QTest::newRow("chunkCount") << Mutation([](DealProposal& p) { ++p.chunkCount; });
        QTest::newRow("start") << Mutation([](DealProposal& p) { ++p.start; });
        QTest::newRow("end") << Mutation([](DealProposal& p) { ++p.end; });
        QTest::newRow("pricePerSecond") << Mutation([](DealProposal& p) { ++p.pricePerSecond; });
        QTest::newRow("providerCollateral")
            << Mutation([](DealProposal& p) { ++p.providerCollateral; });
        QTest::newRow("salt") << Mutation([](DealProposal& p) { ++p.salt; });
    }

    void theDigestChangesWithEachField() {
        QFETCH(Mutation, mutate);
        const DealProposal original = sample();
        DealProposal changed = original;
        mutate(changed);
        QVERIFY(changed != original);
        QVERIFY(changed.structHash() != original.structHash());
        QVERIFY(changed.digest(testDomain()) != original.digest(testDomain()));
    }

    void theDigestChangesWithTheDomain() {
        const DealProposal p = sample();
        const Eip712Domain domain = testDomain();
        const Eip712Domain otherChain = DealProposal::domain(1, domain.verifyingContract);
        const Eip712Domain otherContract =
            DealProposal::domain(31337, address("0x5fbdb2315678afecb367f032d93f642f64180aa4"));
        QCOMPARE(domain.name, QStringLiteral("DirectDeals"));
        QCOMPARE(domain.version, QStringLiteral("1"));
        QVERIFY(p.digest(otherChain) != p.digest(domain));
        QVERIFY(p.digest(otherContract) != p.digest(domain));
        QVERIFY(p.digest(otherChain) != p.digest(otherContract));
        QCOMPARE(p.digest(DealProposal::domain(31337, domain.verifyingContract)), p.digest(domain));
    }

    void aSignatureRecoversToTheSigner() {
        const PrivateKey client = key(kClientKey);
        DealProposal p = sample();
        p.client = client.address();
        const Signature signature = p.sign(client, testDomain());
        QVERIFY(Secp256k1::hasLowS(signature));
        QCOMPARE(Secp256k1::recoverAddress(p.digest(testDomain()), signature).value(),
                 client.address());
        QVERIFY(client.address() != key(kOtherKey).address());
        // Checked against another chain's digest, the same signature names someone else.
        const Eip712Domain otherChain = DealProposal::domain(1, testDomain().verifyingContract);
        const auto stranger = Secp256k1::recoverAddress(p.digest(otherChain), signature);
        QVERIFY(!stranger.ok() || *stranger != client.address());
        // Deterministic: signing again gives the same bytes.
        QCOMPARE(p.sign(client, testDomain()), signature);
    }

    void signatureBytesGoThereAndBack() {
        const Signature signature = sample().sign(key(kOtherKey), testDomain());
        const QByteArray bytes = signatureBytes(signature);
        QCOMPARE(bytes.size(), qsizetype(65));
        QCOMPARE(bytes.first(32), signature.r);
        QCOMPARE(bytes.sliced(32, 32), signature.s);
        QCOMPARE(int(bytes.at(64)), 27 + signature.yParity);
        QCOMPARE(signatureFromBytes(bytes).value(), signature);

        QByteArray zeroOne = bytes;
        zeroOne[64] = static_cast<char>(signature.yParity);
        QCOMPARE(signatureFromBytes(zeroOne).value(), signature);

        const auto tooShort = signatureFromBytes(bytes.first(64));
        SD_VERIFY_ERROR(tooShort, ErrorCode::InvalidArgument);
        QVERIFY2(tooShort.message().contains(QStringLiteral("64")), qPrintable(tooShort.message()));
        SD_VERIFY_ERROR(signatureFromBytes(QByteArray(bytes).append('\0')),
                        ErrorCode::InvalidArgument);

        QByteArray badV = bytes;
        badV[64] = 29;
        const auto refused = signatureFromBytes(badV);
        SD_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
        QVERIFY2(refused.message().contains(QStringLiteral("29")), qPrintable(refused.message()));
    }
};

QTEST_GUILESS_MAIN(TestDealProposal)
#include "tst_dealproposal.moc"
