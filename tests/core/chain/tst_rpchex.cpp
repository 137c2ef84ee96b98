#include "core/chain/rpc/RpcHex.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QTest>

using namespace salesdesk;

class TestRpcHex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quantitiesHaveNoLeadingZeros();
    void parsesQuantities();
    void refusesMalformedQuantities_data();
    void refusesMalformedQuantities();
    void refusesQuantitiesThatDoNotFit();
    void quantityFromJsonMustBeAString();
    void dataRoundTrips();
    void refusesMalformedData_data();
    void refusesMalformedData();
    void errorsNameTheValue();
};

void TestRpcHex::quantitiesHaveNoLeadingZeros() {
    QCOMPARE(rpc::toQuantity(quint64(0)), QStringLiteral("0x0"));
    QCOMPARE(rpc::toQuantity(quint64(1)), QStringLiteral("0x1"));
    QCOMPARE(rpc::toQuantity(quint64(0x101)), QStringLiteral("0x101"));
    QCOMPARE(rpc::toQuantity(quint64(0x400)), QStringLiteral("0x400"));
    QCOMPARE(rpc::toQuantity(~quint64(0)), QStringLiteral("0xffffffffffffffff"));
    QCOMPARE(rpc::toQuantity(UInt256(0)), QStringLiteral("0x0"));
    QCOMPARE(rpc::toQuantity(uint256::max()), QStringLiteral("0x") + QString(64, QLatin1Char('f')));
}

void TestRpcHex::parsesQuantities() {
    QCOMPARE(rpc::parseQuantityU64(QStringLiteral("0x0")).value(), quint64(0));
    QCOMPARE(rpc::parseQuantityU64(QStringLiteral("0x7a69")).value(), quint64(31337));
    QCOMPARE(rpc::parseQuantityU64(QStringLiteral("0xABcd")).value(), quint64(0xabcd));
    QCOMPARE(rpc::parseQuantityU64(QStringLiteral("0xffffffffffffffff")).value(), ~quint64(0));
    QCOMPARE(rpc::parseQuantity(QStringLiteral("0x0")).value(), UInt256(0));
    QCOMPARE(rpc::parseQuantity(rpc::toQuantity(uint256::max())).value(), uint256::max());
    QCOMPARE(rpc::parseQuantity(QStringLiteral("0xde0b6b3a7640000")).value(),
             UInt256(1'000'000'000'000'000'000ULL));
}

void TestRpcHex::refusesMalformedQuantities_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no prefix") << QStringLiteral("1a");
    QTest::newRow("no digits") << QStringLiteral("0x");
    QTest::newRow("leading zero") << QStringLiteral("0x01");
    QTest::newRow("zero padded") << QStringLiteral("0x0000");
    QTest::newRow("capital X") << QStringLiteral("0X1");
    QTest::newRow("not hex") << QStringLiteral("0x1g");
    QTest::newRow("sign") << QStringLiteral("0x-1");
    QTest::newRow("space") << QStringLiteral("0x 1");
    QTest::newRow("decimal") << QStringLiteral("12");
}

void TestRpcHex::refusesMalformedQuantities() {
    QFETCH(QString, text);
    SD_VERIFY_ERROR(rpc::parseQuantityU64(text), ErrorCode::InvalidArgument);
    SD_VERIFY_ERROR(rpc::parseQuantity(text), ErrorCode::InvalidArgument);
}

void TestRpcHex::refusesQuantitiesThatDoNotFit() {
    SD_VERIFY_ERROR(rpc::parseQuantityU64(QStringLiteral("0x10000000000000000")),
                    ErrorCode::Overflow);
    SD_VERIFY_ERROR(
        rpc::parseQuantity(QString(QStringLiteral("0x1") + QString(64, QLatin1Char('0')))),
        ErrorCode::Overflow);
}

void TestRpcHex::quantityFromJsonMustBeAString() {
    QCOMPARE(rpc::parseJsonQuantityU64(QJsonValue(QStringLiteral("0x10"))).value(), quint64(16));
    SD_VERIFY_ERROR(rpc::parseJsonQuantityU64(QJsonValue(16)), ErrorCode::InvalidArgument);
    SD_VERIFY_ERROR(rpc::parseJsonQuantity(QJsonValue()), ErrorCode::InvalidArgument);
}

void TestRpcHex::dataRoundTrips() {
    QCOMPARE(rpc::toData(QByteArray()), QStringLiteral("0x"));
    QCOMPARE(rpc::toData(QByteArray::fromHex("00ff10")), QStringLiteral("0x00ff10"));
    QCOMPARE(rpc::parseData(QStringLiteral("0x")).value(), QByteArray());
    QCOMPARE(rpc::parseData(QStringLiteral("0x00FF10")).value(), QByteArray::fromHex("00ff10"));
    QCOMPARE(rpc::parseJsonData(QJsonValue(QStringLiteral("0x8b41ec7f"))).value(),
             QByteArray::fromHex("8b41ec7f"));
}

void TestRpcHex::refusesMalformedData_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no prefix") << QStringLiteral("00");
    QTest::newRow("odd digits") << QStringLiteral("0x123");
    QTest::newRow("not hex") << QStringLiteral("0xzz");
}

void TestRpcHex::refusesMalformedData() {
    QFETCH(QString, text);
    SD_VERIFY_ERROR(rpc::parseData(text), ErrorCode::InvalidArgument);
}

void TestRpcHex::errorsNameTheValue() {
    const auto parsed = rpc::parseQuantityU64(QStringLiteral("0x01"), u"block.number");
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.message().contains(QLatin1String("block.number")),
             qPrintable(parsed.message()));
    QVERIFY2(parsed.message().contains(QLatin1String("\"0x01\"")), qPrintable(parsed.message()));
    QVERIFY2(parsed.message().contains(QLatin1String("leading zero")),
             qPrintable(parsed.message()));
    const auto long_ =
        rpc::parseData(QString(QStringLiteral("0x") + QString(501, QLatin1Char('a'))));
    QVERIFY(!long_.ok());
    QVERIFY2(long_.message().size() < 300, qPrintable(long_.message())); // long values are cut
}

QTEST_GUILESS_MAIN(TestRpcHex)
#include "tst_rpchex.moc"
