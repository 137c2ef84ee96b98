#include "core/chain/rpc/ContractErrorTable.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QTest>

using namespace salesdesk;

namespace {

QByteArray word(quint64 value) {
    return uint256::toBigEndian32(UInt256(value));
}

// Error(string) with `reason`, as solc encodes it.
QByteArray errorString(const QByteArray& reason) {
    QByteArray padded = reason;
    padded.append(QByteArray((32 - reason.size() % 32) % 32, '\0'));
    return QByteArray::fromHex("08c379a0") + word(32) + word(quint64(reason.size())) + padded;
}

const char* kAbi = R"([
  {"type": "function", "name": "fillSlot", "inputs": [], "outputs": []},
  {"type": "error", "name": "Marketplace_SlotIsFree", "inputs": []},
  {"type": "error", "name": "ERC20InsufficientAllowance", "inputs": [
    {"name": "spender", "type": "address"}, {"name": "allowance", "type": "uint256"},
    {"name": "needed", "type": "uint256"}]},
  {"type": "error", "name": "Nested", "inputs": [
    {"name": "points", "type": "tuple[]", "components": [
      {"name": "x", "type": "uint256"},
      {"name": "inner", "type": "tuple", "components": [{"name": "a", "type": "address"}, {"name": "b", "type": "bytes"}]}]},
    {"name": "id", "type": "bytes32"}]},
  {"type": "event", "name": "SlotFilled", "inputs": []}
])";

} // namespace

class TestContractErrorTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void selectorsAreKeccakOfTheSignature();
    void knowsErrorAndPanicFromTheStart();
    void decodesErrorString();
    void decodesPanicWithItsMeaning();
    void decodesCustomErrorsAddedBySignature();
    void buildsSignaturesFromAbiJson();
    void acceptsAnArtifactWithAnAbiMember();
    void refusesJsonThatIsNoAbi();
    void emptyAndShortAndUnknownData();
    void malformedErrorStringIsNotTrusted();
    void firstSignatureOfASelectorStays();
};

void TestContractErrorTable::selectorsAreKeccakOfTheSignature() {
    QCOMPARE(ContractErrorTable::selectorOf(QStringLiteral("Marketplace_SlotIsFree()")),
             quint32(0x8b41ec7f));
    QCOMPARE(ContractErrorTable::selectorOf(QStringLiteral("Error(string)")), quint32(0x08c379a0));
    QCOMPARE(ContractErrorTable::selectorOf(QStringLiteral("Panic(uint256)")), quint32(0x4e487b71));
    QCOMPARE(ContractErrorTable::selectorOf(
                 QStringLiteral("ERC20InsufficientAllowance(address,uint256,uint256)")),
             quint32(0xfb8f41b2));
    QCOMPARE(
        ContractErrorTable::selectorOf(QStringLiteral("SlotReservations_ReservationNotAllowed()")),
        quint32(0x424a04ab));
}

void TestContractErrorTable::knowsErrorAndPanicFromTheStart() {
    const ContractErrorTable table;
    QCOMPARE(table.size(), qsizetype(2));
    QCOMPARE(table.signatureOf(0x08c379a0).value_or(QString()), QStringLiteral("Error(string)"));
    QCOMPARE(table.signatureOf(0x4e487b71).value_or(QString()), QStringLiteral("Panic(uint256)"));
    QVERIFY(!table.signatureOf(0x8b41ec7f).has_value());
}

void TestContractErrorTable::decodesErrorString() {
    const ContractErrorTable table;
    const DecodedRevert decoded = table.decode(errorString("not enough funds"));
    QCOMPARE(decoded.kind, DecodedRevert::Kind::ErrorString);
    QCOMPARE(decoded.reason, QStringLiteral("not enough funds"));
    QCOMPARE(decoded.name(), QStringLiteral("Error"));
    QCOMPARE(decoded.describe(), QStringLiteral("Error(\"not enough funds\")"));
    const QByteArray longReason(40, 'x'); // two words of text
    QCOMPARE(table.decode(errorString(longReason)).reason, QString::fromLatin1(longReason));
}

void TestContractErrorTable::decodesPanicWithItsMeaning() {
    const ContractErrorTable table;
    const DecodedRevert overflow =
        table.decode(QByteArray(QByteArray::fromHex("4e487b71") + word(0x11)));
    QCOMPARE(overflow.kind, DecodedRevert::Kind::Panic);
    QCOMPARE(overflow.panicCode.value(), UInt256(0x11));
    QCOMPARE(overflow.describe(), QStringLiteral("Panic(0x11: arithmetic overflow or underflow)"));
    const DecodedRevert assertion =
        table.decode(QByteArray(QByteArray::fromHex("4e487b71") + word(0x01)));
    QCOMPARE(assertion.describe(), QStringLiteral("Panic(0x1: assertion failed)"));
    QCOMPARE(table.decode(QByteArray(QByteArray::fromHex("4e487b71") + word(0x99))).describe(),
             QStringLiteral("Panic(0x99: unknown panic code)"));
}

void TestContractErrorTable::decodesCustomErrorsAddedBySignature() {
    ContractErrorTable table;
    QVERIFY(table.addSignature(QStringLiteral("Marketplace_SlotIsFree()")));
    const DecodedRevert decoded = table.decode(QByteArray::fromHex("8b41ec7f"));
    QCOMPARE(decoded.kind, DecodedRevert::Kind::Custom);
    QCOMPARE(decoded.selector, quint32(0x8b41ec7f));
    QCOMPARE(decoded.name(), QStringLiteral("Marketplace_SlotIsFree"));
    QCOMPARE(decoded.describe(), QStringLiteral("Marketplace_SlotIsFree()"));
    QVERIFY(decoded.arguments.isEmpty());
}

void TestContractErrorTable::buildsSignaturesFromAbiJson() {
    ContractErrorTable table;
    const auto added = table.addAbiJson(QByteArray(kAbi));
    SD_VERIFY_OK(added);
    QCOMPARE(*added, 3); // the function and the event are not errors
    QCOMPARE(table.signatureOf(0x8b41ec7f).value_or(QString()),
             QStringLiteral("Marketplace_SlotIsFree()"));
    QCOMPARE(table.signatureOf(0xfb8f41b2).value_or(QString()),
             QStringLiteral("ERC20InsufficientAllowance(address,uint256,uint256)"));
    const QString nested = QStringLiteral("Nested((uint256,(address,bytes))[],bytes32)");
    QCOMPARE(table.signatureOf(ContractErrorTable::selectorOf(nested)).value_or(QString()), nested);

    const QByteArray allowance = QByteArray::fromHex("fb8f41b2") + word(0xabc) + word(5) + word(10);
    const DecodedRevert decoded = table.decode(allowance);
    QCOMPARE(decoded.kind, DecodedRevert::Kind::Custom);
    QCOMPARE(decoded.arguments.size(), qsizetype(96));
    QVERIFY(decoded.describe().startsWith(
        QLatin1String("ERC20InsufficientAllowance(address,uint256,uint256) with arguments 0x")));
}

void TestContractErrorTable::acceptsAnArtifactWithAnAbiMember() {
    ContractErrorTable table;
    const QByteArray artifact =
        "{\"contractName\": \"X\", \"abi\": " + QByteArray(kAbi) + ", \"bytecode\": \"0x\"}";
    const auto added = table.addAbiJson(artifact);
    SD_VERIFY_OK(added);
    QCOMPARE(*added, 3);
    QCOMPARE(table.addAbiJson(artifact).value(), 0); // nothing new the second time
}

void TestContractErrorTable::refusesJsonThatIsNoAbi() {
    ContractErrorTable table;
    SD_VERIFY_ERROR(table.addAbiJson("not json"), ErrorCode::InvalidArgument);
    SD_VERIFY_ERROR(table.addAbiJson("{\"bytecode\": \"0x\"}"), ErrorCode::InvalidArgument);
    SD_VERIFY_ERROR(table.addAbiJson("[{\"type\": \"error\", \"inputs\": []}]"),
                    ErrorCode::InvalidArgument);
    SD_VERIFY_ERROR(
        table.addAbiJson(
            "[{\"type\": \"error\", \"name\": \"E\", \"inputs\": [{\"name\": \"x\"}]}]"),
        ErrorCode::InvalidArgument);
    QCOMPARE(table.size(), qsizetype(2));
}

void TestContractErrorTable::emptyAndShortAndUnknownData() {
    const ContractErrorTable table;
    QCOMPARE(table.decode(QByteArray()).kind, DecodedRevert::Kind::Empty);
    QCOMPARE(table.decode(QByteArray()).describe(), QStringLiteral("reverted without data"));
    QCOMPARE(table.decode(QByteArray::fromHex("8b41ec")).kind, DecodedRevert::Kind::Unknown);
    const DecodedRevert unknown =
        table.decode(QByteArray(QByteArray::fromHex("12345678") + word(1)));
    QCOMPARE(unknown.kind, DecodedRevert::Kind::Unknown);
    QCOMPARE(unknown.selector, quint32(0x12345678));
    QCOMPARE(unknown.describe(),
             QStringLiteral("unknown error 0x12345678 with 32 bytes of arguments"));
}

void TestContractErrorTable::malformedErrorStringIsNotTrusted() {
    const ContractErrorTable table;
    // The length word claims more bytes than there are.
    const QByteArray lying =
        QByteArray::fromHex("08c379a0") + word(32) + word(1000) + QByteArray(32, 'a');
    const DecodedRevert decoded = table.decode(lying);
    QCOMPARE(decoded.kind, DecodedRevert::Kind::Unknown);
    QVERIFY(decoded.argumentsMalformed);
    QVERIFY(decoded.reason.isEmpty());
    QVERIFY(decoded.describe().contains(QLatin1String("malformed")));
    // An offset past the end, and a panic without its word.
    QCOMPARE(table.decode(QByteArray(QByteArray::fromHex("08c379a0") + word(4096))).kind,
             DecodedRevert::Kind::Unknown);
    QCOMPARE(table.decode(QByteArray::fromHex("4e487b71")).kind, DecodedRevert::Kind::Unknown);
}

void TestContractErrorTable::firstSignatureOfASelectorStays() {
    ContractErrorTable table;
    QVERIFY(table.addSignature(QStringLiteral("A()")));
    QVERIFY(!table.addSignature(QStringLiteral("A()")));
    QCOMPARE(table.size(), qsizetype(3));
}

QTEST_GUILESS_MAIN(TestContractErrorTable)
#include "tst_contracterrortable.moc"
