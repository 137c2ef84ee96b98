#include "ui/common/Formatting.h"

#include <QTest>

using namespace salesdesk;

class TestFormatting : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bytesUseBinaryUnits() {
        const QLocale c(QLocale::C);
        QCOMPARE(ui::formatBytes(0, c), QStringLiteral("0 bytes"));
        QCOMPARE(ui::formatBytes(1536, c), QStringLiteral("1.5 KiB"));
        QCOMPARE(ui::formatBytes(quint64(3) << 30, c), QStringLiteral("3.0 GiB"));
    }
    void amountsAreTokensWithTheSymbol() {
        const QLocale english(QLocale::English);
        QCOMPARE(ui::displayToken().symbol, QStringLiteral("TST"));
        QCOMPARE(ui::formatAmount(0, english), QStringLiteral("0 TST"));
        QCOMPARE(ui::formatAmount(1, english), QStringLiteral("< 0.000001 TST"));
        QCOMPARE(ui::formatAmount(UInt256(1234567) * 1000000000000000000ull, english),
                 QStringLiteral("1,234,567 TST"));
        QCOMPARE(
            ui::formatAmount(UInt256(1234567) * 1000000000000000000ull, QLocale(QLocale::German)),
            QStringLiteral("1.234.567 TST"));
        // Beyond 64 bits: no rounding through a double, no exponent.
        QCOMPARE(ui::formatAmount(UInt256(1) << 100, english),
                 QStringLiteral("1,267,650,600,228 TST"));
        QCOMPARE(ui::formatExactAmount(UInt256(1) << 100, english),
                 QStringLiteral("1267650600228.229401496703205376 TST"));
    }
    void pricesArePerTiBPerMonth() {
        QLocale::setDefault(QLocale(QLocale::English));
        // 1 base unit per byte per second = 2^40 × 2,592,000 base units per TiB per month.
        QCOMPARE(ui::formatPrice(1), QStringLiteral("2.85 TST per TiB per month"));
        QCOMPARE(ui::formatPrice(1, false), QStringLiteral("2.85 TST"));
        QCOMPARE(ui::formatExactPrice(1), QStringLiteral("2.849934139195392 TST"));
        const QString tip = ui::priceToolTip(1);
        QVERIFY2(tip.contains(QStringLiteral("2.849934139195392 TST per TiB per month")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("30 days")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("0.000000000000000001 TST per byte per second")),
                 qPrintable(tip));
        QCOMPARE(ui::formatCollateralPerTiB(1000000), QStringLiteral("1.1 TST per TiB"));
        QLocale::setDefault(QLocale::c());
    }
    void durationsShowTheTwoLargestUnits() {
        QCOMPARE(ui::formatDuration(0), QStringLiteral("0 s"));
        QCOMPARE(ui::formatDuration(59), QStringLiteral("59 s"));
        QCOMPARE(ui::formatDuration(93784), QStringLiteral("1 d 2 h"));
        QCOMPARE(ui::formatDuration(3600), QStringLiteral("1 h"));
        QCOMPARE(ui::formatDuration(3660), QStringLiteral("1 h 1 min"));
        QCOMPARE(ui::formatDuration(86400 + 60), QStringLiteral("1 d"));
    }
};

QTEST_GUILESS_MAIN(TestFormatting)
#include "tst_formatting.moc"
