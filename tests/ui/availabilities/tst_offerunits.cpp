#include "tests/support/TestSupport.h"
#include "ui/availabilities/OfferUnits.h"

#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {

// 2^40 bytes × 30 days in seconds: one token per byte per second in tokens per TiB per month.
const UInt256 kOnePerByteSecond = UInt256(quint64(1) << 40) * 2'592'000u;

} // namespace

class TestOfferUnits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void sizeAndDurationUnits() {
        QCOMPARE(bytesPer(SizeUnit::GB), quint64(1'000'000'000));
        QCOMPARE(bytesPer(SizeUnit::TB), quint64(1'000'000'000'000));
        QCOMPARE(bytesPer(SizeUnit::GiB), quint64(1073741824));
        QCOMPARE(bytesPer(SizeUnit::TiB), quint64(1099511627776));
        QCOMPARE(secondsPer(DurationUnit::Hours), quint64(3600));
        QCOMPARE(secondsPer(DurationUnit::Days), quint64(86400));
        QCOMPARE(secondsPer(DurationUnit::Months), quint64(2'592'000));
    }

    void anExactPriceDoesNotRound() {
        const PricePerByteSecond price = pricePerByteSecond(UInt256(kOnePerByteSecond * 7));
        QCOMPARE(price.value, UInt256(7));
        QVERIFY(!price.rounded);
        auto back = pricePerTiBMonth(7);
        SD_VERIFY_OK(back);
        QCOMPARE(*back, UInt256(kOnePerByteSecond * 7));
    }

    void aPriceBetweenTwoStoredValuesRoundsDown() {
        const PricePerByteSecond price = pricePerByteSecond(UInt256(kOnePerByteSecond * 7 + 1));
        QCOMPARE(price.value, UInt256(7));
        QVERIFY(price.rounded);
        const PricePerByteSecond tooLow = pricePerByteSecond(UInt256(kOnePerByteSecond - 1));
        QCOMPARE(tooLow.value, UInt256(0));
        QVERIFY(tooLow.rounded);
    }

    void aHugePricePerByteSecondCannotBeShownPerTiBMonth() {
        SD_VERIFY_ERROR(pricePerTiBMonth(uint256::max()), ErrorCode::Overflow);
    }

    void tokensAcceptGroupSeparators() {
        auto grouped = parseTokens(QStringLiteral(" 1,234,567 "));
        SD_VERIFY_OK(grouped);
        QCOMPARE(*grouped, UInt256(1234567));
        auto spaced = parseTokens(QStringLiteral("1 000"));
        SD_VERIFY_OK(spaced);
        QCOMPARE(*spaced, UInt256(1000));
        SD_VERIFY_ERROR(parseTokens(QString()), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(parseTokens(QStringLiteral("12.5")), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(parseTokens(QStringLiteral("-3")), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestOfferUnits)
#include "tst_offerunits.moc"
