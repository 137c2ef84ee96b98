// DealAsk's JSON form: what the provider publishes as its ask for direct deals, and the refusals
// of a malformed or inconsistent one.
#include "core/chain/deals/DealAsk.h"
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
};

QTEST_GUILESS_MAIN(TestDealAsk)
#include "tst_dealask.moc"
