// DealAsk's JSON form: what the provider publishes as its ask for direct deals, and the refusals
// of a malformed or inconsistent one; its EIP-712 digest and the provider's signature over it
// (SignedDealAsk), which any change of the ask, the chain or the contract breaks.
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/crypto/Secp256k1.h"
#include "core/chain/deals/DealAsk.h"
#include "core/chain/deals/DealProposal.h"
#include "core/chain/deals/SignedDealAsk.h"
#include "core/domain/AbiEncoder.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QTest>

using namespace salesdesk;

namespace {

DealAsk custom() {
    DealAsk ask;
    ask.pricePerBytePerSecond = UInt256(3);
    ask.minCollateralPerByte = UInt256(10);
    ask.maxCollateralPerByte = uint256::max(); // beyond any JSON number
    ask.minSize = 1'024;
    ask.maxSize = quint64(1) << 60; // beyond 2^53: written as a decimal string
    ask.minDuration = 7'200;
    ask.maxDuration = 90 * 24 * 3'600;
    ask.minStartLead = 300;
    ask.maxStartLead = 3 * 24 * 3'600;
    ask.validUntil = 1'800'000'000;
    return ask;
}

QJsonObject reread(const QJsonObject& json) {
    return QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
}

Address address(const char* text) {
    return Address::fromHex(QString::fromLatin1(text)).value();
}

PrivateKey key(char fill) {
    return PrivateKey::fromBytes(QByteArray(32, fill)).value();
}

Eip712Domain dealsDomain() {
    return DealProposal::domain(31337, address("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
}

QByteArray word(const UInt256& value) {
    return uint256::toBigEndian32(value);
}

} // namespace

class TestDealAsk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theDefaultsGoThereAndBack() {
        const DealAsk defaults;
        const QJsonObject json = defaults.toJson();
        QCOMPARE(json.size(), qsizetype(10));
        QVERIFY(json.value(u"pricePerBytePerSecond").isString());
        QCOMPARE(json.value(u"maxSize").toInteger(), qint64(1) << 36);
        QCOMPARE(json.value(u"minStartLead").toInteger(), qint64(600));
        QCOMPARE(json.value(u"validUntil").toInteger(-1), qint64(0));
        QCOMPARE(DealAsk::fromJson(json).value(), defaults);
        QCOMPARE(DealAsk::fromJson(reread(json)).value(), defaults);
    }

    void anyValueGoesThereAndBack() {
        const DealAsk ask = custom();
        const QJsonObject json = ask.toJson();
        QCOMPARE(json.value(u"maxCollateralPerByte").toString(),
                 uint256::toDecimal(ask.maxCollateralPerByte));
        QCOMPARE(json.value(u"maxSize").toString(), QStringLiteral("1152921504606846976"));
        QCOMPARE(json.value(u"minSize").toInteger(), qint64(1'024));
        QCOMPARE(json.value(u"validUntil").toInteger(), qint64(1'800'000'000));
        QCOMPARE(DealAsk::fromJson(reread(json)).value(), ask);
    }

    void countsMayBeDecimalStrings() {
        QJsonObject json = custom().toJson();
        json[QStringLiteral("minDuration")] = QStringLiteral("3600");
        json[QStringLiteral("validUntil")] = QStringLiteral("0");
        const DealAsk ask = DealAsk::fromJson(json).value();
        QCOMPARE(ask.minDuration, quint64(3'600));
        QCOMPARE(ask.validUntil, Timestamp(0));
    }

    void fromJsonNamesTheMissingField_data() {
        QTest::addColumn<QString>("field");
        for (const char* field : {"pricePerBytePerSecond", "minCollateralPerByte",
                                  "maxCollateralPerByte", "minSize", "maxSize", "minDuration",
                                  "maxDuration", "minStartLead", "maxStartLead", "validUntil"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    void fromJsonNamesTheMissingField() {
        QFETCH(QString, field);
        QJsonObject json = custom().toJson();
        QVERIFY(json.contains(field));
        json.remove(field);
        const auto parsed = DealAsk::fromJson(json);
        SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        QCOMPARE(parsed.message(), QStringLiteral("deal ask: \"%1\" is missing").arg(field));
    }

    void fromJsonNamesTheMalformedField_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        const auto row = [](const char* title, const char* field, const QJsonValue& value) {
            QTest::newRow(title) << QString::fromLatin1(field) << value;
        };
        row("negative count", "maxSize", QJsonValue(-1));
        row("fractional count", "maxDuration", QJsonValue(1.5));
        row("count in letters", "minStartLead", QJsonValue(QStringLiteral("ten")));
        row("count as a boolean", "maxStartLead", QJsonValue(true));
        row("count as null", "minSize", QJsonValue(QJsonValue::Null));
        row("count of 2^64 as a number", "maxSize", QJsonValue(18446744073709551616.0));
        row("count of 2^64 as a string", "maxSize",
            QJsonValue(QStringLiteral("18446744073709551616")));
        row("time past 2^63 - 1", "validUntil", QJsonValue(QStringLiteral("9223372036854775808")));
        row("amount as a number", "pricePerBytePerSecond", QJsonValue(5));
        row("negative amount", "minCollateralPerByte", QJsonValue(QStringLiteral("-1")));
        row("amount past 2^256", "maxCollateralPerByte",
            QJsonValue(QString(uint256::toDecimal(uint256::max()) + QLatin1Char('0'))));
    }

    void fromJsonNamesTheMalformedField() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = custom().toJson();
        QVERIFY(json.contains(field));
        json[field] = value;
        const auto parsed = DealAsk::fromJson(json);
        SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        QVERIFY2(parsed.message().startsWith(QStringLiteral("deal ask: \"%1\"").arg(field)),
                 qPrintable(parsed.message()));
    }

    void boundsTheWrongWayRoundAreRefused_data() {
        QTest::addColumn<QString>("minField");
        QTest::addColumn<QString>("maxField");
        QTest::addColumn<QJsonValue>("min");
        QTest::addColumn<QJsonValue>("max");
        QTest::newRow("size") << QStringLiteral("minSize") << QStringLiteral("maxSize")
                              << QJsonValue(5) << QJsonValue(4);
        QTest::newRow("duration") << QStringLiteral("minDuration") << QStringLiteral("maxDuration")
                                  << QJsonValue(3'601) << QJsonValue(3'600);
        QTest::newRow("start lead")
            << QStringLiteral("minStartLead") << QStringLiteral("maxStartLead") << QJsonValue(61)
            << QJsonValue(60);
        QTest::newRow("collateral")
            << QStringLiteral("minCollateralPerByte") << QStringLiteral("maxCollateralPerByte")
            << QJsonValue(QStringLiteral("5")) << QJsonValue(QStringLiteral("4"));
    }

    void boundsTheWrongWayRoundAreRefused() {
        QFETCH(QString, minField);
        QFETCH(QString, maxField);
        QFETCH(QJsonValue, min);
        QFETCH(QJsonValue, max);
        QJsonObject json = custom().toJson();
        json[minField] = min;
        json[maxField] = max;
        const auto parsed = DealAsk::fromJson(json);
        SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        QVERIFY2(
            parsed.message().contains(QString(QLatin1Char('"') + minField + QLatin1Char('"'))) &&
                parsed.message().contains(QString(QLatin1Char('"') + maxField + QLatin1Char('"'))),
            qPrintable(parsed.message()));

        // Equal bounds are fine.
        json[minField] = max;
        SD_VERIFY_OK(DealAsk::fromJson(json));
    }

    void aLeastSizeOfZeroIsRefused() {
        QJsonObject json = custom().toJson();
        json[QStringLiteral("minSize")] = 0;
        const auto parsed = DealAsk::fromJson(json);
        SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        QVERIFY2(parsed.message().startsWith(QStringLiteral("deal ask: \"minSize\"")),
                 qPrintable(parsed.message()));
        json[QStringLiteral("minSize")] = 1;
        QCOMPARE(DealAsk::fromJson(json)->minSize, quint64(1));
    }

    // The digest the provider signs is the one a separate Keccak-256 and EIP-712 encoder
    // (written apart from this code, checked on the voucher vector of tst_voucher) computes, and
    // the one of the struct encoded here by hand, field by field.
    void theAsksDigestIsAFixedVector() {
        const Address provider = Address::fromBytes(QByteArray(20, '\xab'));
        const DealAsk ask = custom();
        QCOMPARE(
            ask.structHash(provider).toHex(),
            QStringLiteral("0xb187bae63500042d083b0c0748869c6b04575f79d4548cc7b130d609adfa748b"));
        QCOMPARE(
            ask.digest(dealsDomain(), provider).toHex(),
            QStringLiteral("0x9a3aa8892ae661822737bf1f566a3e7c0f74846fb8da79523fe3b1649ae4b2dd"));

        QByteArray encoded =
            abi::keccak256("DealAsk(address provider,uint256 pricePerBytePerSecond,"
                           "uint256 minCollateralPerByte,uint256 maxCollateralPerByte,"
                           "uint64 minSize,uint64 maxSize,uint64 minDuration,uint64 maxDuration,"
                           "uint64 minStartLead,uint64 maxStartLead,uint64 validUntil)")
                .toByteArray();
        encoded += QByteArray(12, '\0') + provider.toByteArray();
        for (const UInt256& value :
             {UInt256(3), UInt256(10), uint256::max(), UInt256(1'024), UInt256(quint64(1) << 60),
              UInt256(7'200), UInt256(90 * 24 * 3'600), UInt256(300), UInt256(3 * 24 * 3'600),
              UInt256(1'800'000'000)})
            encoded += word(value);
        const Hash32 structHash = abi::keccak256(encoded);
        QCOMPARE(ask.structHash(provider), structHash);
        QByteArray message("\x19\x01", 2);
        message += dealsDomain().separator().toByteArray() + structHash.toByteArray();
        QCOMPARE(ask.digest(dealsDomain(), provider), abi::keccak256(message));
    }

    // A signed ask verifies, also after its JSON went there and back.
    void aSignedAskVerifies() {
        const SignedDealAsk signedAsk = SignedDealAsk::sign(custom(), key(1), dealsDomain());
        QCOMPARE(signedAsk.provider, key(1).address());
        SD_VERIFY_OK(signedAsk.verify(dealsDomain()));
        const auto again = SignedDealAsk::fromJson(reread(signedAsk.toJson()));
        SD_VERIFY_OK(again);
        QCOMPARE(again->ask, custom());
        QCOMPARE(again->provider, key(1).address());
        QCOMPARE(again->signature, signedAsk.signature);
        SD_VERIFY_OK(again->verify(dealsDomain()));
    }

    void anyChangedFieldBreaksTheSignature_data() {
        QTest::addColumn<QString>("field");
        for (const char* field : {"provider", "pricePerBytePerSecond", "minCollateralPerByte",
                                  "maxCollateralPerByte", "minSize", "maxSize", "minDuration",
                                  "maxDuration", "minStartLead", "maxStartLead", "validUntil"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    // Each field is signed: changing any one after signing makes the check fail.
    void anyChangedFieldBreaksTheSignature() {
        QFETCH(QString, field);
        SignedDealAsk changed = SignedDealAsk::sign(custom(), key(1), dealsDomain());
        DealAsk& a = changed.ask;
        if (field == u"provider")
            changed.provider = key(2).address();
        else if (field == u"pricePerBytePerSecond")
            a.pricePerBytePerSecond -= UInt256(1);
        else if (field == u"minCollateralPerByte")
            a.minCollateralPerByte -= UInt256(1);
        else if (field == u"maxCollateralPerByte")
            a.maxCollateralPerByte -= UInt256(1);
        else if (field == u"minSize")
            ++a.minSize;
        else if (field == u"maxSize")
            ++a.maxSize;
        else if (field == u"minDuration")
            ++a.minDuration;
        else if (field == u"maxDuration")
            ++a.maxDuration;
        else if (field == u"minStartLead")
            ++a.minStartLead;
        else if (field == u"maxStartLead")
            ++a.maxStartLead;
        else if (field == u"validUntil")
            ++a.validUntil;
        QVERIFY(changed.ask != custom() || changed.provider != key(1).address());
        const auto verified = changed.verify(dealsDomain());
        SD_VERIFY_ERROR(verified, ErrorCode::InvalidArgument);
        QVERIFY2(verified.message().contains(changed.provider.toHex()),
                 qPrintable(verified.message()));
    }

    // An ask signed for one chain or DirectDeals contract is worth nothing on another.
    void anotherChainOrContractBreaksTheSignature() {
        const SignedDealAsk signedAsk = SignedDealAsk::sign(custom(), key(1), dealsDomain());
        const Eip712Domain otherChain = DealProposal::domain(1, dealsDomain().verifyingContract);
        const Eip712Domain otherContract =
            DealProposal::domain(31337, address("0x00000000000000000000000000000000000000c2"));
        SD_VERIFY_ERROR(signedAsk.verify(otherChain), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(signedAsk.verify(otherContract), ErrorCode::InvalidArgument);
        SD_VERIFY_OK(signedAsk.verify(dealsDomain()));
    }

    // The same signature in its other (high-s) form recovers to the provider too, and is refused.
    void aHighSTwinIsRefused() {
        SignedDealAsk twin = SignedDealAsk::sign(custom(), key(1), dealsDomain());
        twin.signature = Secp256k1::malleableTwin(twin.signature);
        SD_VERIFY_ERROR(twin.verify(dealsDomain()), ErrorCode::InvalidArgument);
    }

    // Signing through a signer function: its signature is checked against the provider named,
    // so a signer of another account (or one that fails) publishes nothing.
    void signingThroughASignerChecksItsAccount() {
        const auto signerOf = [](char fill) {
            return [fill](const Hash32& digest) -> Result<Signature> {
                return key(fill).sign(digest);
            };
        };
        const auto good =
            SignedDealAsk::sign(custom(), key(1).address(), dealsDomain(), signerOf(1));
        SD_VERIFY_OK(good);
        SD_VERIFY_OK(good->verify(dealsDomain()));
        SD_VERIFY_ERROR(SignedDealAsk::sign(custom(), key(1).address(), dealsDomain(), signerOf(2)),
                        ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(SignedDealAsk::sign(custom(), key(1).address(), dealsDomain(), {}),
                        ErrorCode::InvalidArgument);
        const SignedDealAsk::Signer locked = [](const Hash32&) -> Result<Signature> {
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("the wallet is locked"));
        };
        const auto refused = SignedDealAsk::sign(custom(), key(1).address(), dealsDomain(), locked);
        SD_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
        QCOMPARE(refused.message(), QStringLiteral("the wallet is locked"));
    }

    // An answer without a signature, or with one that is not 65 bytes of hex, is named.
    void aMalformedSignedAnswerIsNamed() {
        const QJsonObject json = SignedDealAsk::sign(custom(), key(1), dealsDomain()).toJson();
        QJsonObject noSignature = json;
        noSignature.remove(QStringLiteral("signature"));
        const auto missing = SignedDealAsk::fromJson(noSignature);
        SD_VERIFY_ERROR(missing, ErrorCode::InvalidArgument);
        QVERIFY2(missing.message().contains(QStringLiteral("\"signature\"")),
                 qPrintable(missing.message()));
        QJsonObject shortSignature = json;
        shortSignature[QStringLiteral("signature")] = QStringLiteral("0x1234");
        SD_VERIFY_ERROR(SignedDealAsk::fromJson(shortSignature), ErrorCode::InvalidArgument);
        QJsonObject badSigner = json;
        badSigner[QStringLiteral("signer")] = QStringLiteral("0x12");
        SD_VERIFY_ERROR(SignedDealAsk::fromJson(badSigner), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestDealAsk)
#include "tst_dealask.moc"
