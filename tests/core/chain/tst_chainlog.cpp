#include "core/chain/events/ChainLog.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace salesdesk;

namespace {

QJsonObject sampleLog() {
    return QJsonObject{
        {QStringLiteral("address"), QStringLiteral("0x5fbdb2315678afecb367f032d93f642f64180aa3")},
        {QStringLiteral("topics"),
         QJsonArray{
             QStringLiteral("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")}},
        {QStringLiteral("data"), QStringLiteral("0x0102")},
        {QStringLiteral("blockNumber"), QStringLiteral("0x1b4")},
        {QStringLiteral("blockHash"), QString(QStringLiteral("0x") + QString(64, u'a'))},
        {QStringLiteral("transactionHash"), QString(QStringLiteral("0x") + QString(64, u'b'))},
        {QStringLiteral("transactionIndex"), QStringLiteral("0x0")},
        {QStringLiteral("logIndex"), QStringLiteral("0x3")},
        {QStringLiteral("removed"), false},
    };
}

} // namespace

class TestChainLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesEveryField();
    void roundTripsThroughJson();
    void badFieldIsNamed_data();
    void badFieldIsNamed();
    void pendingOrRemovedLogIsRefused();
    void tooManyLogsAreRefusedAsAWhole();
    void oversizedDataIsRefused();
    void oneBadLogRefusesTheAnswer();
};

// Every field of an eth_getLogs entry lands in its member.
void TestChainLog::parsesEveryField() {
    auto log = ChainLog::fromJson(sampleLog(), QStringLiteral("log"));
    SD_VERIFY_OK(log);
    QCOMPARE(log->address.toHex(), QStringLiteral("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
    QCOMPARE(log->topics.size(), 1);
    QCOMPARE(log->data, QByteArray("\x01\x02", 2));
    QCOMPARE(log->blockNumber, quint64(436));
    QCOMPARE(log->blockHash.toHex(), QStringLiteral("0x") + QString(64, u'a'));
    QCOMPARE(log->transactionHash.toHex(), QStringLiteral("0x") + QString(64, u'b'));
    QCOMPARE(log->transactionIndex, quint64(0));
    QCOMPARE(log->logIndex, quint64(3));
}

// toJson writes what fromJson reads back unchanged.
void TestChainLog::roundTripsThroughJson() {
    auto log = ChainLog::fromJson(sampleLog(), QStringLiteral("log"));
    SD_VERIFY_OK(log);
    auto again = ChainLog::fromJson(log->toJson(), QStringLiteral("log"));
    SD_VERIFY_OK(again);
    QCOMPARE(*again, *log);
}

void TestChainLog::badFieldIsNamed_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("short address") << "address" << QJsonValue(QStringLiteral("0x5fbd"));
    QTest::newRow("missing address") << "address" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("topics not array") << "topics" << QJsonValue(QStringLiteral("0x00"));
    QTest::newRow("five topics") << "topics"
                                 << QJsonValue(QJsonArray{QString("0x" + QString(64, u'1')),
                                                          QString("0x" + QString(64, u'1')),
                                                          QString("0x" + QString(64, u'1')),
                                                          QString("0x" + QString(64, u'1')),
                                                          QString("0x" + QString(64, u'1'))});
    QTest::newRow("odd data") << "data" << QJsonValue(QStringLiteral("0x123"));
    QTest::newRow("padded number") << "blockNumber" << QJsonValue(QStringLiteral("0x01b4"));
    QTest::newRow("number as int") << "blockNumber" << QJsonValue(436);
    QTest::newRow("short block hash") << "blockHash" << QJsonValue(QStringLiteral("0xab"));
    QTest::newRow("missing tx hash") << "transactionHash" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("tx index") << "transactionIndex" << QJsonValue(QStringLiteral("1"));
    QTest::newRow("log index") << "logIndex" << QJsonValue(QStringLiteral("0x"));
}

// A field of the wrong form is an error whose message names the log and the field.
void TestChainLog::badFieldIsNamed() {
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject object = sampleLog();
    if (value.isUndefined())
        object.remove(field);
    else
        object.insert(field, value);
    auto log = ChainLog::fromJson(object, QStringLiteral("eth_getLogs result[7]"));
    SD_VERIFY_ERROR(log, ErrorCode::InvalidArgument);
    QVERIFY2(log.message().startsWith(QStringLiteral("eth_getLogs result[7].") + field),
             qPrintable(log.message()));
}

// A log with a null block hash is pending, one marked removed was undone: neither is accepted.
void TestChainLog::pendingOrRemovedLogIsRefused() {
    QJsonObject pending = sampleLog();
    pending.insert(QStringLiteral("blockHash"), QJsonValue::Null);
    SD_VERIFY_ERROR(ChainLog::fromJson(pending, QStringLiteral("log")), ErrorCode::InvalidArgument);
    QJsonObject removed = sampleLog();
    removed.insert(QStringLiteral("removed"), true);
    auto log = ChainLog::fromJson(removed, QStringLiteral("log"));
    SD_VERIFY_ERROR(log, ErrorCode::InvalidArgument);
    QVERIFY(log.message().contains(QStringLiteral("log.removed")));
}

// An answer of more logs than the limit is refused before any is parsed.
void TestChainLog::tooManyLogsAreRefusedAsAWhole() {
    QJsonArray logs;
    for (int i = 0; i < 5; ++i)
        logs.append(sampleLog());
    ChainLog::Limits limits;
    limits.maxLogs = 4;
    auto parsed = ChainLog::listFromJson(logs, limits);
    SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
    QVERIFY2(parsed.message().contains(QStringLiteral("5 logs, more than the limit of 4")),
             qPrintable(parsed.message()));
    limits.maxLogs = 5;
    SD_VERIFY_OK(ChainLog::listFromJson(logs, limits));
}

// A log whose data is larger than the limit is refused.
void TestChainLog::oversizedDataIsRefused() {
    QJsonObject object = sampleLog();
    object.insert(QStringLiteral("data"), QString(QStringLiteral("0x") + QString(2 * 33, u'f')));
    ChainLog::Limits limits;
    limits.maxDataBytes = 32;
    auto log = ChainLog::fromJson(object, QStringLiteral("log"), limits);
    SD_VERIFY_ERROR(log, ErrorCode::InvalidArgument);
    QVERIFY2(log.message().contains(QStringLiteral("log.data: 33 bytes")),
             qPrintable(log.message()));
}

// One malformed entry makes the whole answer an error that names its index.
void TestChainLog::oneBadLogRefusesTheAnswer() {
    QJsonObject bad = sampleLog();
    bad.insert(QStringLiteral("logIndex"), QStringLiteral("0xzz"));
    auto parsed = ChainLog::listFromJson(QJsonArray{sampleLog(), bad});
    SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
    QVERIFY2(parsed.message().startsWith(QStringLiteral("eth_getLogs result[1].logIndex")),
             qPrintable(parsed.message()));
    SD_VERIFY_ERROR(ChainLog::listFromJson(QJsonValue(QStringLiteral("nope"))),
                    ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestChainLog)
#include "tst_chainlog.moc"
