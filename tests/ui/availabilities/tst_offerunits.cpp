#include "tests/support/TestSupport.h"
#include "ui/availabilities/OfferUnits.h"

#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

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

    // Prices per TiB per month and per byte per second: tests/core/domain/tst_priceunits.cpp.

    void baseUnitsAcceptGroupSeparators() {
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
