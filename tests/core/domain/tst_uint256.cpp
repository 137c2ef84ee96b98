#include "core/domain/UInt256.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <vector>

using namespace salesdesk;

namespace {

const QString kMaxDecimal = QStringLiteral(
    "115792089237316195423570985008687907853269984665640564039457584007913129639935");
const QString kTwoPow256Decimal = QStringLiteral(
    "115792089237316195423570985008687907853269984665640564039457584007913129639936");

UInt256 pow2(unsigned bits) {
    UInt256 value = 1;
    value <<= bits;
    return value;
}

int sign(int x) {
    return (x > 0) - (x < 0);
}

} // namespace

class TestUInt256 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesDecimal_data();
    void parsesDecimal();
    void parsesHex_data();
    void parsesHex();
    void printsDecimalAndHex();
    void rejectsBadText_data();
    void rejectsBadText();
    void largestValueParses();
    void beyond256BitsIsOverflow_data();
    void beyond256BitsIsOverflow();
    void checkedArithmetic();
    void checkedArithmeticErrors();
    void rawArithmeticThrows();
    void bigEndianRoundTrip();
    void fromBigEndianRejectsMoreThan32Bytes();
    void bigEndianOrderIsNumericOrder();
};

void TestUInt256::parsesDecimal_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("hex");
    QTest::newRow("zero") << "0"
                          << "0x0";
    QTest::newRow("12345") << "12345"
                           << "0x3039";
    QTest::newRow("leading zeros") << "000042"
                                   << "0x2a";
    QTest::newRow("2^64") << "18446744073709551616"
                          << "0x10000000000000000";
}

void TestUInt256::parsesDecimal() {
    QFETCH(QString, text);
    QFETCH(QString, hex);
    const auto parsed = uint256::parse(text);
    SD_VERIFY_OK(parsed);
    QCOMPARE(uint256::toHex(*parsed), hex);
}

void TestUInt256::parsesHex_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("decimal");
    QTest::newRow("0x0") << "0x0"
                         << "0";
    QTest::newRow("lower") << "0x3039"
                           << "12345";
    QTest::newRow("upper digits") << "0xFF"
                                  << "255";
    QTest::newRow("upper prefix") << "0X10"
                                  << "16";
    QTest::newRow("leading zeros") << "0x000100"
                                   << "256";
}

void TestUInt256::parsesHex() {
    QFETCH(QString, text);
    QFETCH(QString, decimal);
    const auto parsed = uint256::parse(text);
    SD_VERIFY_OK(parsed);
    QCOMPARE(uint256::toDecimal(*parsed), decimal);
}

void TestUInt256::printsDecimalAndHex() {
    QCOMPARE(uint256::toDecimal(UInt256(0)), QStringLiteral("0"));
    QCOMPARE(uint256::toHex(UInt256(0)), QStringLiteral("0x0"));
    QCOMPARE(uint256::toHex(UInt256(0x123)), QStringLiteral("0x123"));
    QCOMPARE(uint256::toHex(UInt256(0xabcdef)), QStringLiteral("0xabcdef"));
    QCOMPARE(uint256::toDecimal(pow2(64)), QStringLiteral("18446744073709551616"));
    QCOMPARE(uint256::toHex(uint256::max()),
             QString(QStringLiteral("0x") + QString(64, QLatin1Char('f'))));
    QCOMPARE(uint256::toDecimal(uint256::max()), kMaxDecimal);

    // Printing and parsing are inverse in both bases.
    for (const UInt256& v : {UInt256(0), UInt256(7), pow2(100) + 3, uint256::max()}) {
        const auto fromDecimal = uint256::parse(uint256::toDecimal(v));
        SD_VERIFY_OK(fromDecimal);
        QCOMPARE(*fromDecimal, v);
        const auto fromHex = uint256::parse(uint256::toHex(v));
        SD_VERIFY_OK(fromHex);
        QCOMPARE(*fromHex, v);
    }
}

void TestUInt256::rejectsBadText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("negative") << "-1"
                              << "negative";
    QTest::newRow("negative zero") << "-0"
                                   << "negative";
    QTest::newRow("plus sign") << "+1"
                               << "not a decimal integer: +1";
    QTest::newRow("letters") << "abc"
                             << "not a decimal integer: abc";
    QTest::newRow("decimal point") << "1.5"
                                   << "not a decimal integer";
    QTest::newRow("leading space") << " 1"
                                   << "not a decimal integer";
    QTest::newRow("trailing space") << "1 "
                                    << "not a decimal integer";
    QTest::newRow("inner space") << "1 000"
                                 << "not a decimal integer";
    QTest::newRow("newline") << "12\n"
                             << "not a decimal integer";
    QTest::newRow("bad hex digit") << "0x12g4"
                                   << "not a hexadecimal integer: 0x12g4";
    QTest::newRow("hex with space") << "0x 12"
                                    << "not a hexadecimal integer";
    QTest::newRow("bare prefix") << "0x"
                                 << "not a decimal integer";
    QTest::newRow("hex digits without prefix") << "ff"
                                               << "not a decimal integer";
}

void TestUInt256::rejectsBadText() {
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const auto parsed = uint256::parse(text);
    SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
    QVERIFY2(parsed.message().contains(messagePart), qPrintable(parsed.message()));
}

void TestUInt256::largestValueParses() {
    const auto decimal = uint256::parse(kMaxDecimal);
    SD_VERIFY_OK(decimal);
    QCOMPARE(*decimal, uint256::max());
    QCOMPARE(*decimal, pow2(255) - 1 + pow2(255));

    const auto hex = uint256::parse(QString(QStringLiteral("0x") + QString(64, QLatin1Char('F'))));
    SD_VERIFY_OK(hex);
    QCOMPARE(*hex, uint256::max());
}

void TestUInt256::beyond256BitsIsOverflow_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("2^256 decimal") << kTwoPow256Decimal;
    QTest::newRow("10 * max") << kMaxDecimal + QStringLiteral("0");
    QTest::newRow("2^256 hex") << QStringLiteral("0x1") + QString(64, QLatin1Char('0'));
    QTest::newRow("65 hex digits f") << QStringLiteral("0x") + QString(65, QLatin1Char('f'));
}

void TestUInt256::beyond256BitsIsOverflow() {
    QFETCH(QString, text);
    const auto parsed = uint256::parse(text);
    SD_VERIFY_ERROR(parsed, ErrorCode::Overflow);
    QVERIFY2(parsed.message().contains(QStringLiteral("256 bits")), qPrintable(parsed.message()));
}

void TestUInt256::checkedArithmetic() {
    const auto sum = uint256::checkedAdd(UInt256(2), UInt256(3));
    SD_VERIFY_OK(sum);
    QCOMPARE(*sum, UInt256(5));
    const auto edgeSum = uint256::checkedAdd(uint256::max() - 1, UInt256(1));
    SD_VERIFY_OK(edgeSum);
    QCOMPARE(*edgeSum, uint256::max());

    const auto difference = uint256::checkedSub(UInt256(10), UInt256(3));
    SD_VERIFY_OK(difference);
    QCOMPARE(*difference, UInt256(7));
    const auto zero = uint256::checkedSub(UInt256(3), UInt256(3));
    SD_VERIFY_OK(zero);
    QCOMPARE(*zero, UInt256(0));

    const auto product = uint256::checkedMul(pow2(127), pow2(128));
    SD_VERIFY_OK(product);
    QCOMPARE(*product, pow2(255));
    const auto byZero = uint256::checkedMul(uint256::max(), UInt256(0));
    SD_VERIFY_OK(byZero);
    QCOMPARE(*byZero, UInt256(0));
}

void TestUInt256::checkedArithmeticErrors() {
    const auto sum = uint256::checkedAdd(uint256::max(), UInt256(1));
    SD_VERIFY_ERROR(sum, ErrorCode::Overflow);

    const auto difference = uint256::checkedSub(UInt256(2), UInt256(3));
    SD_VERIFY_ERROR(difference, ErrorCode::Overflow);
    QVERIFY2(difference.message().contains(QStringLiteral("below zero")),
             qPrintable(difference.message()));
    QVERIFY2(difference.message().contains(QStringLiteral("2 - 3")),
             qPrintable(difference.message()));

    SD_VERIFY_ERROR(uint256::checkedMul(pow2(128), pow2(128)), ErrorCode::Overflow);
    SD_VERIFY_ERROR(uint256::checkedMul(uint256::max(), UInt256(2)), ErrorCode::Overflow);
}

void TestUInt256::rawArithmeticThrows() {
    // The type itself refuses to wrap: the guarantee behind every amount in the books.
    const UInt256 small = 1;
    const UInt256 big = 2;
    const UInt256 top = uint256::max();
    QVERIFY_THROWS_EXCEPTION(std::range_error, (void)UInt256(small - big));
    QVERIFY_THROWS_EXCEPTION(std::overflow_error, (void)UInt256(top + small));
    QVERIFY_THROWS_EXCEPTION(std::overflow_error, (void)UInt256(top * big));
    UInt256 counter = 0;
    QVERIFY_THROWS_EXCEPTION(std::range_error, --counter);
    QCOMPARE(UInt256(big - small), UInt256(1));
}

void TestUInt256::bigEndianRoundTrip() {
    const QByteArray zero = uint256::toBigEndian32(UInt256(0));
    QCOMPARE(zero, QByteArray(32, '\0'));

    const QByteArray small = uint256::toBigEndian32(UInt256(0x0102));
    QCOMPARE(small.size(), 32);
    QCOMPARE(small.toHex(), QByteArray(QByteArray(60, '0') + "0102"));

    QCOMPARE(uint256::toBigEndian32(uint256::max()), QByteArray(32, '\xff'));
    QCOMPARE(uint256::toBigEndian32(pow2(255)).toHex(), QByteArray("80" + QByteArray(62, '0')));

    for (const UInt256& v :
         {UInt256(0), UInt256(1), UInt256(0x0102), pow2(64) + 5, pow2(255), uint256::max()}) {
        const auto back = uint256::fromBigEndian(uint256::toBigEndian32(v));
        SD_VERIFY_OK(back);
        QCOMPARE(*back, v);
    }

    // Shorter input is a big-endian number too; empty is zero.
    const auto shortInput = uint256::fromBigEndian(QByteArray::fromHex("0100"));
    SD_VERIFY_OK(shortInput);
    QCOMPARE(*shortInput, UInt256(256));
    const auto empty = uint256::fromBigEndian(QByteArray());
    SD_VERIFY_OK(empty);
    QCOMPARE(*empty, UInt256(0));
}

void TestUInt256::fromBigEndianRejectsMoreThan32Bytes() {
    const auto tooLong = uint256::fromBigEndian(QByteArray(33, '\0'));
    SD_VERIFY_ERROR(tooLong, ErrorCode::InvalidArgument);
    QVERIFY2(tooLong.message().contains(QStringLiteral("33")), qPrintable(tooLong.message()));
}

void TestUInt256::bigEndianOrderIsNumericOrder() {
    // Includes pairs whose decimal or little-endian forms sort the other way (9 < 10, 255 < 256).
    const std::vector<UInt256> values = {
        UInt256(0),   UInt256(1),         UInt256(9),     UInt256(10),        UInt256(255),
        UInt256(256), UInt256(65535),     pow2(64) - 1,   pow2(64),           pow2(200) + 1,
        pow2(255),    uint256::max() - 1, uint256::max(), pow2(128) + pow2(8)};
    for (const UInt256& a : values) {
        for (const UInt256& b : values) {
            const QByteArray ea = uint256::toBigEndian32(a);
            const QByteArray eb = uint256::toBigEndian32(b);
            const int bytesOrder = sign(std::memcmp(ea.constData(), eb.constData(), 32));
            const int numericOrder = a < b ? -1 : (a > b ? 1 : 0);
            QVERIFY2(
                bytesOrder == numericOrder,
                qPrintable(uint256::toDecimal(a) + QStringLiteral(" vs ") + uint256::toDecimal(b)));
        }
    }
}

QTEST_GUILESS_MAIN(TestUInt256)
#include "tst_uint256.moc"
