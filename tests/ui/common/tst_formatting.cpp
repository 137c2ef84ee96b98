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
    void tokensGroupDigitsForTheLocale() {
        QCOMPARE(ui::formatTokens(0, QLocale(QLocale::English)), QStringLiteral("0"));
        QCOMPARE(ui::formatTokens(999, QLocale(QLocale::English)), QStringLiteral("999"));
        QCOMPARE(ui::formatTokens(1234567, QLocale(QLocale::English)), QStringLiteral("1,234,567"));
        QCOMPARE(ui::formatTokens(1234567, QLocale(QLocale::German)), QStringLiteral("1.234.567"));
        // Beyond 64 bits: no rounding through a double.
        QCOMPARE(ui::formatTokens(UInt256(1) << 70, QLocale(QLocale::English)),
                 QStringLiteral("1,180,591,620,717,411,303,424"));
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
