#include "core/chain/rpc/ContractErrorTable.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RevertData.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/clock/SystemClock.h"
#include "tests/support/chain/AnvilFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

// Init code of a contract whose every call reverts with its calldata as the revert data:
// runtime CALLDATASIZE 0 0 CALLDATACOPY CALLDATASIZE 0 REVERT (366000600037366000fd), copied
// into memory and returned by the 12-byte constructor in front of it.
const QByteArray kEchoRevertInitCode =
    QByteArray::fromHex("600a600c600039600a6000f3366000600037366000fd");

QJsonValue json(const char* text) {
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text));
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

} // namespace

class TestRevertData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void findsTheShapesOfKnownNodes_data();
    void findsTheShapesOfKnownNodes();
    void findsNothingWhereThereIsNoRevert_data();
    void findsNothingWhereThereIsNoRevert();
    void onlyJsonRpcErrorsCarryRevertData();
    void extractsAndNamesRevertsFromAnvil_data();
    void extractsAndNamesRevertsFromAnvil();

private:
    AnvilFixture m_chain;
    Address m_reverter;
};

void TestRevertData::initTestCase() {
    QVERIFY2(m_chain.start(), qPrintable(m_chain.error()));
    const auto deployed = m_chain.deploy(kEchoRevertInitCode);
    QVERIFY2(deployed.has_value(), qPrintable(m_chain.error()));
    m_reverter = *deployed;
}

void TestRevertData::init() {
    QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error()));
}

void TestRevertData::cleanup() {
    QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error()));
}

void TestRevertData::findsTheShapesOfKnownNodes_data() {
    QTest::addColumn<QJsonValue>("error");
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("anvil custom error")
        << json(
               R"({"code":3,"message":"execution reverted: custom error 0x8b41ec7f","data":"0x8b41ec7f"})")
        << QByteArray::fromHex("8b41ec7f");
    QTest::newRow("geth")
        << json(
               R"({"code":3,"message":"execution reverted","data":"0x4e487b710000000000000000000000000000000000000000000000000000000000000011"})")
        << QByteArray::fromHex(
               "4e487b710000000000000000000000000000000000000000000000000000000000000011");
    QTest::newRow("bare revert") << json(R"({"code":3,"message":"execution reverted","data":"0x"})")
                                 << QByteArray();
    QTest::newRow("hardhat nested")
        << json(
               R"({"code":-32603,"message":"Error: VM Exception while processing transaction: reverted with custom error 'X()'","data":{"message":"Error: VM Exception","data":"0x424a04ab"}})")
        << QByteArray::fromHex("424a04ab");
    QTest::newRow("wrapped by a provider")
        << json(
               R"({"code":-32000,"message":"call failed","data":{"originalError":{"code":3,"message":"execution reverted","data":"0xd651ce18"}}})")
        << QByteArray::fromHex("d651ce18");
    QTest::newRow("ganache 6")
        << json(
               R"({"code":-32000,"message":"VM Exception while processing transaction: revert","data":{"0xabc":{"error":"revert","program_counter":42,"return":"0xff556acf"},"name":"RuntimeError"}})")
        << QByteArray::fromHex("ff556acf");
    QTest::newRow("openethereum")
        << json(R"({"code":-32015,"message":"VM execution error.","data":"Reverted 0x3edef7db"})")
        << QByteArray::fromHex("3edef7db");
    QTest::newRow("inside an array")
        << json(R"([{"message":"ok"},{"message":"REVERTED","data":"0x01"}])")
        << QByteArray::fromHex("01");
}

void TestRevertData::findsTheShapesOfKnownNodes() {
    QFETCH(QJsonValue, error);
    QFETCH(QByteArray, data);
    const auto found = rpc::revertData(error);
    QVERIFY(found.has_value());
    QCOMPARE(*found, data);
}

void TestRevertData::findsNothingWhereThereIsNoRevert_data() {
    QTest::addColumn<QJsonValue>("error");
    QTest::newRow("nonce too low")
        << json(R"({"code":-32000,"message":"nonce too low","data":"0x1234"})");
    QTest::newRow("no data") << json(R"({"code":3,"message":"execution reverted"})");
    QTest::newRow("data not hex") << json(
        R"({"code":3,"message":"execution reverted","data":"Reverted"})");
    QTest::newRow("odd hex") << json(R"({"code":3,"message":"execution reverted","data":"0x123"})");
    QTest::newRow("method not found") << json(R"({"code":-32601,"message":"Method not found"})");
}

void TestRevertData::findsNothingWhereThereIsNoRevert() {
    QFETCH(QJsonValue, error);
    QVERIFY(!rpc::revertData(error).has_value());
}

void TestRevertData::onlyJsonRpcErrorsCarryRevertData() {
    RpcError malformed = RpcError::malformed(QStringLiteral("execution reverted"));
    malformed.data = QStringLiteral("0x8b41ec7f");
    QVERIFY(!rpc::revertData(malformed).has_value());
    const RpcError reverted =
        RpcError::jsonRpc(3, QStringLiteral("execution reverted"), QStringLiteral("0x8b41ec7f"));
    QCOMPARE(rpc::revertData(reverted).value_or(QByteArray()), QByteArray::fromHex("8b41ec7f"));
}

void TestRevertData::extractsAndNamesRevertsFromAnvil_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("revert");
    QTest::addColumn<QString>("described");
    const QByteArray word11 = uint256::toBigEndian32(UInt256(0x11));
    QByteArray reason = QByteArray::fromHex("08c379a0") + uint256::toBigEndian32(UInt256(32)) +
                        uint256::toBigEndian32(UInt256(4)) + QByteArray("nope") +
                        QByteArray(28, '\0');
    QTest::newRow("custom, eth_call")
        << QStringLiteral("eth_call") << QByteArray::fromHex("8b41ec7f")
        << QStringLiteral("Marketplace_SlotIsFree()");
    QTest::newRow("custom, eth_estimateGas")
        << QStringLiteral("eth_estimateGas") << QByteArray::fromHex("424a04ab")
        << QStringLiteral("SlotReservations_ReservationNotAllowed()");
    QTest::newRow("Error(string)")
        << QStringLiteral("eth_call") << reason << QStringLiteral("Error(\"nope\")");
    QTest::newRow("Panic") << QStringLiteral("eth_call") << QByteArray::fromHex("4e487b71") + word11
                           << QStringLiteral("Panic(0x11: arithmetic overflow or underflow)");
    QTest::newRow("bare") << QStringLiteral("eth_call") << QByteArray()
                          << QStringLiteral("reverted without data");
    QTest::newRow("unknown") << QStringLiteral("eth_estimateGas") << QByteArray::fromHex("deadbeef")
                             << QStringLiteral(
                                    "unknown error 0xdeadbeef with 0 bytes of arguments");
}

void TestRevertData::extractsAndNamesRevertsFromAnvil() {
    QFETCH(QString, method);
    QFETCH(QByteArray, revert);
    QFETCH(QString, described);
    ContractErrorTable table;
    table.addSignature(QStringLiteral("Marketplace_SlotIsFree()"));
    table.addSignature(QStringLiteral("SlotReservations_ReservationNotAllowed()"));

    QJsonArray params{QJsonObject{{QStringLiteral("from"), m_chain.account(1).toHex()},
                                  {QStringLiteral("to"), m_reverter.toHex()},
                                  {QStringLiteral("data"), rpc::toData(revert)}}};
    if (method == QLatin1String("eth_call"))
        params.append(QStringLiteral("latest"));
    const RpcResult<QJsonValue> answer = m_chain.call(method, params);
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().kind, RpcError::Kind::JsonRpc);
    const auto data = rpc::revertData(answer.error());
    QVERIFY2(data.has_value(), qPrintable(answer.error().describe()));
    QCOMPARE(*data, revert);
    QCOMPARE(table.decode(*data).describe(), described);
}

QTEST_GUILESS_MAIN(TestRevertData)
#include "tst_revertdata.moc"
