#include "core/chain/tx/TransactionReceipt.h"

#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace salesdesk;

namespace {

QJsonObject sample() {
    return {
        {QStringLiteral("transactionHash"),
         QStringLiteral("0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b")},
        {QStringLiteral("blockHash"),
         QStringLiteral("0x1d59ff54b1eb26b013ce3cb5fc9dab3705b415a67127a003c3e61eb445bb8df2")},
        {QStringLiteral("blockNumber"), QStringLiteral("0x5daf3b")},
        {QStringLiteral("status"), QStringLiteral("0x1")},
        {QStringLiteral("gasUsed"), QStringLiteral("0x5208")},
        {QStringLiteral("effectiveGasPrice"), QStringLiteral("0x3b9aca00")},
        {QStringLiteral("contractAddress"), QJsonValue::Null},
    };
}

} // namespace

class TestTransactionReceipt : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesAReceipt();
    void readsTheCreatedContract();
    void readsAFailure();
    void rejectsAMalformedField_data();
    void rejectsAMalformedField();
};

void TestTransactionReceipt::parsesAReceipt() {
    const auto receipt = TransactionReceipt::fromJson(sample());
    QVERIFY2(receipt.ok(), qPrintable(receipt.ok() ? QString() : receipt.message()));
    QCOMPARE(receipt->blockNumber, quint64(0x5daf3b));
    QCOMPARE(receipt->gasUsed, quint64(21000));
    QCOMPARE(receipt->effectiveGasPrice, UInt256(1'000'000'000));
    QVERIFY(receipt->succeeded);
    QVERIFY(!receipt->contractAddress.has_value());
    QCOMPARE(receipt->transactionHash.toHex(), sample().value(QStringLiteral("transactionHash")));
}

void TestTransactionReceipt::readsTheCreatedContract() {
    QJsonObject object = sample();
    object.insert(QStringLiteral("contractAddress"),
                  QStringLiteral("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
    const auto receipt = TransactionReceipt::fromJson(object);
    QVERIFY(receipt.ok());
    QVERIFY(receipt->contractAddress.has_value());
    QCOMPARE(receipt->contractAddress->toHex(),
             QStringLiteral("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
}

void TestTransactionReceipt::readsAFailure() {
    QJsonObject object = sample();
    object.insert(QStringLiteral("status"), QStringLiteral("0x0"));
    const auto receipt = TransactionReceipt::fromJson(object);
    QVERIFY(receipt.ok());
    QVERIFY(!receipt->succeeded);
}

void TestTransactionReceipt::rejectsAMalformedField_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("status 2") << "status" << QJsonValue(QStringLiteral("0x2"));
    QTest::newRow("status missing") << "status" << QJsonValue();
    QTest::newRow("block number padded") << "blockNumber" << QJsonValue(QStringLiteral("0x05"));
    QTest::newRow("block hash short") << "blockHash" << QJsonValue(QStringLiteral("0x1d59"));
    QTest::newRow("hash a number") << "transactionHash" << QJsonValue(5);
    QTest::newRow("gas used text") << "gasUsed" << QJsonValue(QStringLiteral("21000"));
    QTest::newRow("contract short") << "contractAddress" << QJsonValue(QStringLiteral("0x5f"));
}

void TestTransactionReceipt::rejectsAMalformedField() {
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject object = sample();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    const auto receipt = TransactionReceipt::fromJson(object);
    QVERIFY(!receipt.ok());
    QVERIFY2(receipt.message().contains(key), qPrintable(receipt.message()));
}

QTEST_GUILESS_MAIN(TestTransactionReceipt)
#include "tst_transactionreceipt.moc"
