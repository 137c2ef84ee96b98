#include "core/domain/TokenAmount.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QTest>

using namespace salesdesk;

namespace {

const TokenInfo kTst = TokenInfo::testStorageToken();
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);
const QLocale kFrench(QLocale::French, QLocale::France);

// 10^exponent base units.
UInt256 pow10(int exponent) {
    UInt256 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

const QString kMaxExact = QStringLiteral(
    "115792089237316195423570985008687907853269984665640564039457.584007913129639935 TST");

} // namespace

class TestTokenAmount : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void testTokenIsTheContractsToken() {
        QCOMPARE(kTst.name, QStringLiteral("Test Storage Token"));
        QCOMPARE(kTst.symbol, QStringLiteral("TST"));
        QCOMPARE(int(kTst.decimals), 18);
    }

    void formatsExact_data() {
        QTest::addColumn<UInt256>("amount");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << UInt256(0) << kEnglish << QStringLiteral("0 TST");
        QTest::newRow("one unit") << UInt256(1) << kEnglish
                                  << QStringLiteral("0.000000000000000001 TST");
        QTest::newRow("one token") << pow10(18) << kEnglish << QStringLiteral("1 TST");
        QTest::newRow("trailing zeros dropped")
            << UInt256(pow10(18) + 2345 * pow10(14)) << kEnglish << QStringLiteral("1.2345 TST");
        QTest::newRow("every digit") << UInt256(1234500000000000001ull) << kEnglish
                                     << QStringLiteral("1.234500000000000001 TST");
        QTest::newRow("german point") << UInt256(1234500000000000001ull) << kGerman
                                      << QStringLiteral("1,234500000000000001 TST");
        QTest::newRow("no grouping")
            << UInt256(1234567 * pow10(18)) << kGerman << QStringLiteral("1234567 TST");
        QTest::newRow("2^256-1") << uint256::max() << kEnglish << kMaxExact;
    }
    void formatsExact() {
        QFETCH(UInt256, amount);
        QFETCH(QLocale, locale);
        QFETCH(QString, expected);
        QCOMPARE(tokens::formatExact(amount, kTst, locale), expected);
    }

    void formatsExactWithoutSymbolAndPlain() {
        QCOMPARE(tokens::formatExact(pow10(17) * 15, kTst, kFrench, false), QStringLiteral("1,5"));
        QCOMPARE(tokens::toPlainDecimal(pow10(17) * 15, kTst), QStringLiteral("1.5"));
        QCOMPARE(tokens::toPlainDecimal(0, kTst), QStringLiteral("0"));
    }

    void formatsRounded_data() {
        QTest::addColumn<UInt256>("amount");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << UInt256(0) << QStringLiteral("0 TST");
        QTest::newRow("one unit is tiny") << UInt256(1) << QStringLiteral("< 0.000001 TST");
        QTest::newRow("just below the smallest step")
            << UInt256(pow10(12) / 2 - 1) << QStringLiteral("< 0.000001 TST");
        QTest::newRow("half the smallest step rounds up")
            << UInt256(pow10(12) / 2) << QStringLiteral("0.000001 TST");
        QTest::newRow("four significant digits")
            << UInt256(4627800705216758ull) << QStringLiteral("0.004628 TST");
        QTest::newRow("price") << UInt256(2849934139195392000ull) << QStringLiteral("2.85 TST");
        QTest::newRow("carry to the next digit")
            << UInt256(99999 * pow10(14)) << QStringLiteral("10 TST");
        QTest::newRow("carry 999.96") << UInt256(99996 * pow10(16)) << QStringLiteral("1,000 TST");
        QTest::newRow("grouped integer, fraction dropped")
            << UInt256(1234567 * pow10(18) + 5 * pow10(17)) << QStringLiteral("1,234,568 TST");
        QTest::newRow("2^100 base units")
            << (UInt256(1) << 100) << QStringLiteral("1,267,650,600,228 TST");
        QTest::newRow("2^256-1")
            << uint256::max()
            << QStringLiteral("115,792,089,237,316,195,423,570,985,008,687,907,853,269,984,665,"
                              "640,564,039,458 TST");
    }
    void formatsRounded() {
        QFETCH(UInt256, amount);
        QFETCH(QString, expected);
        const QString text = tokens::formatRounded(amount, kTst, kEnglish);
        QCOMPARE(text, expected);
        QVERIFY(!text.contains(QLatin1Char('e')));
    }

    void formatsRoundedInGermanAndFrench() {
        const UInt256 amount = 1234567 * pow10(16); // 12,345.67
        QCOMPARE(tokens::formatRounded(amount, kTst, kGerman, {7, 6, true}),
                 QStringLiteral("12.345,67 TST"));
        const QString group = kFrench.groupSeparator();
        QVERIFY(group.size() == 1 && group.at(0).isSpace());
        QCOMPARE(tokens::formatRounded(amount, kTst, kFrench, {7, 6, true}),
                 QStringLiteral("12") + group + QStringLiteral("345,67 TST"));
        QCOMPARE(tokens::formatRounded(1, kTst, kGerman), QStringLiteral("< 0,000001 TST"));
    }

    void roundingOptions() {
        const UInt256 amount = 123456789 * pow10(10); // 1.23456789
        QCOMPARE(tokens::formatRounded(amount, kTst, kEnglish, {2, 6, false}),
                 QStringLiteral("1.2"));
        QCOMPARE(tokens::formatRounded(amount, kTst, kEnglish, {9, 3, true}),
                 QStringLiteral("1.235 TST"));
        QCOMPARE(tokens::formatRounded(1, kTst, kEnglish, {4, 0, true}), QStringLiteral("< 1 TST"));
        const TokenInfo whole{QStringLiteral("Whole"), QStringLiteral("W"), 0};
        QCOMPARE(tokens::formatRounded(1234, whole, kEnglish), QStringLiteral("1,234 W"));
        QCOMPARE(tokens::formatExact(1234, whole, kEnglish), QStringLiteral("1234 W"));
    }

    void parses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<UInt256>("expected");
        QTest::newRow("zero") << QStringLiteral("0") << kEnglish << UInt256(0);
        QTest::newRow("whole") << QStringLiteral("2") << kEnglish << UInt256(2 * pow10(18));
        QTest::newRow("one unit") << QStringLiteral("0.000000000000000001") << kEnglish
                                  << UInt256(1);
        QTest::newRow("leading point")
            << QStringLiteral(".5") << kEnglish << UInt256(pow10(17) * 5);
        QTest::newRow("trailing point")
            << QStringLiteral("7.") << kEnglish << UInt256(7 * pow10(18));
        QTest::newRow("grouped with symbol")
            << QStringLiteral(" 1,234.5 tst ") << kEnglish << UInt256(12345 * pow10(17));
        QTest::newRow("german") << QStringLiteral("1.234,5") << kGerman
                                << UInt256(12345 * pow10(17));
        QTest::newRow("french narrow space")
            << QStringLiteral("1\u202F234,5") << kFrench << UInt256(12345 * pow10(17));
        QTest::newRow("plain spaces")
            << QStringLiteral("1 234 567") << kEnglish << UInt256(1234567 * pow10(18));
        QTest::newRow("2^256-1") << kMaxExact << kEnglish << uint256::max();
    }
    void parses() {
        QFETCH(QString, text);
        QFETCH(QLocale, locale);
        QFETCH(UInt256, expected);
        const auto amount = tokens::parse(text, kTst, locale);
        SD_VERIFY_OK(amount);
        QCOMPARE(*amount, expected);
    }

    void exactFormIsParsedBack() {
        for (const QLocale& locale : {kEnglish, kGerman, kFrench})
            for (const UInt256& amount : {UInt256(0), UInt256(1), UInt256(1234500000000000001ull),
                                          UInt256(pow10(30) + 7), uint256::max()}) {
                const auto back =
                    tokens::parse(tokens::formatExact(amount, kTst, locale), kTst, locale);
                SD_VERIFY_OK(back);
                QCOMPARE(*back, amount);
            }
    }

    void refuses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << kEnglish << QStringLiteral("Enter an amount of TST");
        QTest::newRow("only the symbol")
            << QStringLiteral("TST") << kEnglish << QStringLiteral("Enter an amount of TST");
        QTest::newRow("19 decimals")
            << QStringLiteral("1.0000000000000000001") << kEnglish
            << QStringLiteral("TST has 18 decimal places; \"1.0000000000000000001\" has 19 digits "
                              "after the decimal point");
        QTest::newRow("negative") << QStringLiteral("-1") << kEnglish
                                  << QStringLiteral("Not an amount of TST: \"-1\" (use digits, "
                                                    "and \".\" before the decimal places)");
        QTest::newRow("exponent") << QStringLiteral("2.34e+14") << kEnglish << QString();
        QTest::newRow("two points") << QStringLiteral("1.2.3") << kEnglish << QString();
        QTest::newRow("only a point") << QStringLiteral(".") << kEnglish << QString();
        // In German "." groups thousands: "1.5" is neither 1,5 nor 15.
        QTest::newRow("german group of one") << QStringLiteral("1.5") << kGerman
                                             << QStringLiteral("Not an amount of TST: \"1.5\" "
                                                               "(use digits, and \",\" before "
                                                               "the decimal places)");
        QTest::newRow("leading separator") << QStringLiteral(",123") << kEnglish << QString();
        QTest::newRow("group of four") << QStringLiteral("1,2345") << kEnglish << QString();
        QTest::newRow("separator in fraction")
            << QStringLiteral("1.234,5") << kEnglish << QString();
        QTest::newRow("past 2^256-1") << QStringLiteral("115792089237316195423570985008687907853269"
                                                        "984665640564039457.584007913129639936")
                                      << kEnglish << QString();
    }
    void refuses() {
        QFETCH(QString, text);
        QFETCH(QLocale, locale);
        QFETCH(QString, message);
        const auto amount = tokens::parse(text, kTst, locale);
        QVERIFY(!amount.ok());
        if (!message.isEmpty())
            QCOMPARE(amount.message(), message);
        else
            QVERIFY(!amount.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenAmount)
#include "tst_tokenamount.moc"
