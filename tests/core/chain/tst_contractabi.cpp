// ContractAbi over the contracts' real artifacts (embedded by salesdesk_contracts): signatures and
// selectors agree with solc's methodIdentifiers, event topics with keccak256 of the signature;
// calls, outputs, logs and revert data of Marketplace and TestToken encode and decode by name.
#include "core/chain/abi/AbiCodec.h"
#include "core/chain/abi/ContractAbi.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace salesdesk;
using salesdesk::abi::AbiCodec;
using salesdesk::abi::AbiEntry;
using salesdesk::abi::AbiType;
using salesdesk::abi::AbiValue;
using salesdesk::abi::ContractAbi;

namespace {

QByteArray artifactJson(const QString& name) {
    QFile file(QStringLiteral(":/salesdesk/contracts/%1.json").arg(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ContractAbi contract(const QString& name) {
    return ContractAbi::fromArtifact(artifactJson(name)).value();
}

QByteArray word(quint64 value) {
    return uint256::toBigEndian32(UInt256(value));
}

Hash32 hashOf(QByteArrayView text) {
    return abi::keccak256(text);
}

AbiValue bytes32(char fill) {
    return AbiValue::bytes(QByteArray(32, fill));
}

AbiValue bytes32List(int count, char first) {
    std::vector<AbiValue> items;
    for (int i = 0; i < count; ++i)
        items.push_back(bytes32(char(first + i)));
    return AbiValue::list(std::move(items));
}

} // namespace

class TestContractAbi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Every function of every artifact: our signature and selector are solc's.
    void selectorsEqualTheArtifactsMethodIdentifiers_data() {
        QTest::addColumn<QString>("name");
        for (const char* name : {"Marketplace", "ProofVerifier", "TestToken"})
            QTest::addRow("%s", name) << QString::fromLatin1(name);
    }
    void selectorsEqualTheArtifactsMethodIdentifiers() {
        QFETCH(QString, name);
        const QByteArray json = artifactJson(name);
        QVERIFY(!json.isEmpty());
        const auto parsed = ContractAbi::fromArtifact(json);
        SD_VERIFY_OK(parsed);
        const QJsonObject ids =
            QJsonDocument::fromJson(json).object().value("methodIdentifiers").toObject();
        QVERIFY(!ids.isEmpty());
        QCOMPARE(parsed->functions().size(), std::size_t(ids.size()));
        for (const AbiEntry& function : parsed->functions()) {
            QVERIFY2(ids.contains(function.signature), qPrintable(function.signature));
            QCOMPARE(QString::fromLatin1(function.selector.toHex()),
                     ids.value(function.signature).toString());
        }
    }

    // The tuple components are spelt out in the canonical signature.
    void fillSlotSignatureSpellsOutItsTuples() {
        const ContractAbi marketplace = contract("Marketplace");
        const auto fillSlot = marketplace.function(u"fillSlot");
        SD_VERIFY_OK(fillSlot);
        QCOMPARE(
            (*fillSlot)->signature,
            QStringLiteral("fillSlot(bytes32,uint64,(bytes32,bytes32[],(bytes32[],bytes32[])))"));
        QCOMPARE((*fillSlot)->inputs[2].name, QStringLiteral("proof"));
        QCOMPARE((*fillSlot)->inputs[2].type.componentName(2), QStringLiteral("proof"));
        QVERIFY(marketplace.constructor().has_value());
        QCOMPARE(marketplace.constructor()->inputs.size(), std::size_t(3));
    }

    // A fillSlot call encodes and decodes back to the same arguments; a bad member is named.
    void fillSlotCallRoundTrips() {
        const ContractAbi marketplace = contract("Marketplace");
        const std::vector<AbiValue> arguments = {
            bytes32('r'), AbiValue::uint(7),
            AbiValue::list({bytes32('s'), bytes32List(3, 'a'),
                            AbiValue::list({bytes32List(2, 'k'), bytes32List(5, 'p')})})};
        const auto call = marketplace.encodeCall(u"fillSlot", arguments);
        SD_VERIFY_OK(call);
        QCOMPARE(call->left(4).toHex(), QByteArray("94047446"));
        const auto decoded = marketplace.decodeCall(*call);
        SD_VERIFY_OK(decoded);
        QCOMPARE(decoded->name, QStringLiteral("fillSlot"));
        QVERIFY(*decoded->value("slotIndex") == AbiValue::uint(7));
        QVERIFY(*decoded->value("proof") == arguments[2]);

        std::vector<AbiValue> bad = arguments;
        bad[2] = AbiValue::list({bytes32('s'), AbiValue::list({AbiValue::bytes("short")}),
                                 AbiValue::list({bytes32List(0, 'k'), bytes32List(0, 'p')})});
        const auto refused = marketplace.encodeCall(u"fillSlot", bad);
        SD_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
        QVERIFY2(refused.message().contains("argument 3 proof ((bytes32,bytes32[],(bytes32[],"
                                            "bytes32[]))).slotPath[0]: bytes32 takes exactly 32"),
                 qPrintable(refused.message()));
    }

    // Overloaded names are resolved by signature or by the number of values.
    void overloadsResolveBySignatureOrArgumentCount() {
        const ContractAbi marketplace = contract("Marketplace");
        const auto one = marketplace.encodeCall(u"freeSlot", {bytes32('x')});
        SD_VERIFY_OK(one);
        QCOMPARE(one->left(4).toHex(), QByteArray("a29c29a4"));
        const AbiValue zero = AbiValue::address(Address());
        const auto three = marketplace.encodeCall(u"freeSlot", {bytes32('x'), zero, zero});
        SD_VERIFY_OK(three);
        QCOMPARE(three->left(4), abi::selector("freeSlot(bytes32,address,address)"));
        const auto bySignature =
            marketplace.encodeCall(u"withdrawFunds(bytes32,address)", {bytes32('x'), zero});
        SD_VERIFY_OK(bySignature);
        const auto ambiguous = marketplace.function(u"freeSlot");
        SD_VERIFY_ERROR(ambiguous, ErrorCode::InvalidArgument);
        QVERIFY(ambiguous.message().contains("freeSlot(bytes32), freeSlot(bytes32,address,"
                                             "address)"));
        SD_VERIFY_ERROR(marketplace.encodeCall(u"freeSlot", {}), ErrorCode::NotFound);
        SD_VERIFY_ERROR(marketplace.function(u"noSuchFunction"), ErrorCode::NotFound);
    }

    // Return data decodes against the function's outputs, strictly.
    void outputsDecode() {
        const ContractAbi marketplace = contract("Marketplace");
        QByteArray host = word(0);
        host.replace(12, 20, QByteArray(20, '\x42'));
        const auto decoded = marketplace.decodeOutput(u"getHost", host);
        SD_VERIFY_OK(decoded);
        QCOMPARE(decoded->front().toAddress(), Address::fromBytes(QByteArray(20, '\x42')));
        host[0] = 1;
        const auto dirty = marketplace.decodeOutput(u"getHost", host);
        SD_VERIFY_ERROR(dirty, ErrorCode::InvalidArgument);
        QVERIFY2(dirty.message().startsWith("getHost(bytes32): return value 1 (address): dirty"),
                 qPrintable(dirty.message()));
    }

    // Logs: topic 0 is keccak256 of the signature, indexed values come from the topics.
    void eventsDecodeFromTopicsAndData() {
        const ContractAbi marketplace = contract("Marketplace");
        const Hash32 topic = hashOf("SlotFilled(bytes32,uint64)");
        const abi::AbiEntry* event = marketplace.eventByTopic(topic);
        QVERIFY(event);
        QCOMPARE(event->name, QStringLiteral("SlotFilled"));
        const Hash32 requestId = Hash32::fromBytes(QByteArray(32, '\x11'));
        const auto decoded = marketplace.decodeEvent({topic, requestId}, word(3));
        SD_VERIFY_OK(decoded);
        QCOMPARE(decoded->values.size(), std::size_t(2));
        QCOMPARE(decoded->value("requestId")->bytes(), requestId.toByteArray());
        QCOMPARE(decoded->value("slotIndex")->word(), UInt256(3));
        SD_VERIFY_ERROR(marketplace.decodeEvent({topic}, word(3)), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(marketplace.decodeEvent({hashOf("Nope()")}, {}), ErrorCode::NotFound);

        const ContractAbi token = contract("TestToken");
        const Hash32 transfer = hashOf("Transfer(address,address,uint256)");
        QByteArray from(32, '\0');
        from[31] = 1;
        const auto log =
            token.decodeEvent({transfer, Hash32::fromBytes(from), Hash32()}, word(1000));
        SD_VERIFY_OK(log);
        QCOMPARE(log->value("from")->toAddress().toByteArray().back(), '\x01');
        QCOMPARE(log->value("value")->word(), UInt256(1000));
        from[0] = 1; // an address topic with dirty padding
        SD_VERIFY_ERROR(token.decodeEvent({transfer, Hash32::fromBytes(from), Hash32()}, word(1)),
                        ErrorCode::InvalidArgument);
    }

    // An indexed parameter of a dynamic type gives only the hash of its encoding.
    void indexedDynamicParametersGiveTheirHash() {
        const QJsonArray json = QJsonDocument::fromJson(R"([{"type": "event", "name": "Named",
            "anonymous": false, "inputs": [
              {"name": "label", "type": "string", "indexed": true},
              {"name": "count", "type": "uint8", "indexed": false}]}])")
                                    .array();
        const auto parsed = ContractAbi::fromJson(json);
        SD_VERIFY_OK(parsed);
        const Hash32 labelHash = hashOf("storage");
        const auto decoded =
            parsed->decodeEvent({hashOf("Named(string,uint8)"), labelHash}, word(2));
        SD_VERIFY_OK(decoded);
        QVERIFY(decoded->values[0].hashed);
        QCOMPARE(decoded->values[0].value.bytes(), labelHash.toByteArray());
        QVERIFY(!decoded->values[1].hashed);
    }

    // Revert data names the custom error, Error(string) or Panic(uint256), with its arguments.
    void errorsDecodeByName() {
        const ContractAbi marketplace = contract("Marketplace");
        const auto slotNotFree =
            marketplace.decodeError(abi::selector("Marketplace_SlotNotFree()"));
        SD_VERIFY_OK(slotNotFree);
        QCOMPARE(slotNotFree->name, QStringLiteral("Marketplace_SlotNotFree"));
        QVERIFY(slotNotFree->values.empty());

        const auto reason = AbiCodec::encode(AbiType::parse(u"string").value(),
                                             AbiValue::string("not enough funds"));
        const auto errorString =
            marketplace.decodeError(QByteArray(abi::selector("Error(string)") + *reason));
        SD_VERIFY_OK(errorString);
        QCOMPARE(errorString->name, QStringLiteral("Error"));
        QCOMPARE(errorString->value("reason")->text(), QStringLiteral("not enough funds"));
        const auto panic =
            marketplace.decodeError(QByteArray(abi::selector("Panic(uint256)") + word(0x11)));
        SD_VERIFY_OK(panic);
        QCOMPARE(panic->value("code")->word(), UInt256(0x11));

        const ContractAbi token = contract("TestToken");
        QByteArray sender = word(0);
        sender[31] = 9;
        const auto balance = token.decodeError(
            QByteArray(abi::selector("ERC20InsufficientBalance(address,uint256,uint256)") + sender +
                       word(5) + word(10)));
        SD_VERIFY_OK(balance);
        QCOMPARE(balance->name, QStringLiteral("ERC20InsufficientBalance"));
        QCOMPARE(balance->values[1].value.word(), UInt256(5));
        QCOMPARE(balance->values[2].value.word(), UInt256(10));

        SD_VERIFY_ERROR(marketplace.decodeError({}), ErrorCode::NotFound);
        SD_VERIFY_ERROR(marketplace.decodeError(QByteArray("\x01\x02", 2)), ErrorCode::NotFound);
        SD_VERIFY_ERROR(marketplace.decodeError(QByteArray::fromHex("deadbeef")),
                        ErrorCode::NotFound);
        const auto truncated = marketplace.decodeError(
            QByteArray(abi::selector("Panic(uint256)") + QByteArray(8, '\0')));
        SD_VERIFY_ERROR(truncated, ErrorCode::OutOfBounds);
        QVERIFY2(truncated.message().startsWith("Panic(uint256): argument 1 code (uint256)"),
                 qPrintable(truncated.message()));
    }

    // Constructor arguments follow the creation code.
    void constructorArgumentsFollowTheBytecode() {
        const ContractAbi token = contract("TestToken");
        const QByteArray code = QByteArray::fromHex("6080604052");
        const auto plain = token.encodeConstructor(code, {});
        SD_VERIFY_OK(plain);
        QCOMPARE(*plain, code);
        SD_VERIFY_ERROR(token.encodeConstructor(code, {AbiValue::uint(1)}),
                        ErrorCode::InvalidArgument);

        const ContractAbi marketplace = contract("Marketplace");
        const AbiType config = marketplace.constructor()->inputs[0].type;
        QVERIFY(config.kind() == AbiType::Kind::Tuple);
        QVERIFY(!config.components().empty());
        SD_VERIFY_ERROR(marketplace.encodeConstructor(code, {AbiValue::uint(1)}),
                        ErrorCode::InvalidArgument);
    }

    // A malformed ABI is refused, naming the entry and the parameter.
    void malformedAbiIsRefused() {
        const auto parsed = ContractAbi::fromArtifact(
            R"([{"type": "function", "name": "f", "inputs": [{"name": "a", "type": "uint7"}]}])");
        SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
        QVERIFY2(parsed.message().startsWith("ABI function f, input 1: uint7 is not a type"),
                 qPrintable(parsed.message()));
        SD_VERIFY_ERROR(ContractAbi::fromArtifact("{"), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(ContractAbi::fromArtifact(R"({"abi": 3})"), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(ContractAbi::fromArtifact(R"([{"type": "event", "inputs": []}])"),
                        ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestContractAbi)
#include "tst_contractabi.moc"
