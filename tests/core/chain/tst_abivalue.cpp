// AbiValue: signed integers are exact two's complement words (int256's minimum included), and
// values compare and describe themselves by kind and content.
#include "core/chain/abi/AbiValue.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QTest>

#include <limits>

using namespace salesdesk;
using salesdesk::abi::AbiValue;

class TestAbiValue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // -1 is 2^256 - 1; the minimum of int64 and of int256 keep their exact magnitude.
    void signedIntegersAreTwosComplementWords() {
        const AbiValue minusOne = AbiValue::fromInt(-1);
        QVERIFY(minusOne.kind() == AbiValue::Kind::Int);
        QCOMPARE(minusOne.word(), uint256::max());
        QVERIFY(minusOne.isNegative());
        QCOMPARE(minusOne.magnitude(), UInt256(1));
        QCOMPARE(minusOne.toDecimal(), QStringLiteral("-1"));

        const AbiValue min64 = AbiValue::fromInt(std::numeric_limits<qint64>::min());
        QCOMPARE(min64.toDecimal(), QStringLiteral("-9223372036854775808"));
        QCOMPARE(AbiValue::fromInt(42).toDecimal(), QStringLiteral("42"));
        QVERIFY(!AbiValue::fromInt(0).isNegative());

        const auto min256 = AbiValue::negative(UInt256(1) << 255);
        SD_VERIFY_OK(min256);
        QCOMPARE(min256->word(), UInt256(1) << 255);
        QCOMPARE(min256->magnitude(), UInt256(1) << 255);
        SD_VERIFY_ERROR(AbiValue::negative((UInt256(1) << 255) + 1), ErrorCode::Overflow);
        QVERIFY(*AbiValue::negative(UInt256(0)) == AbiValue::fromInt(0));
        QVERIFY(AbiValue::signedWord(uint256::max()) == minusOne);
    }

    // An unsigned value is never negative, even with its top bit set.
    void unsignedValuesAreNeverNegative() {
        const AbiValue big = AbiValue::uint(uint256::max());
        QVERIFY(!big.isNegative());
        QCOMPARE(big.magnitude(), uint256::max());
        QVERIFY(!(big == AbiValue::signedWord(uint256::max())));
    }

    // Kinds and contents are what equality compares; describe() reads like the values.
    void equalityAndDescription() {
        const AbiValue list =
            AbiValue::list({AbiValue::uint(7), AbiValue::fromInt(-2), AbiValue::boolean(true),
                            AbiValue::string("hi"), AbiValue::bytes(QByteArray::fromHex("beef"))});
        QCOMPARE(list.describe(), QStringLiteral("[7, -2, true, \"hi\", 0xbeef]"));
        QVERIFY(!(AbiValue::string("hi") == AbiValue::bytes("hi")));
        QVERIFY(AbiValue::string("hi") == AbiValue::utf8("hi"));
        QCOMPARE(AbiValue::string(QStringLiteral("ä")).bytes(), QByteArray("\xc3\xa4"));
        const Address address = Address::fromBytes(QByteArray(20, '\x07'));
        QCOMPARE(AbiValue::address(address).toAddress(), address);
        QCOMPARE(AbiValue::uint(3).toAddress(), Address());
        QVERIFY(AbiValue::boolean(false).word() == 0);
        QVERIFY(AbiValue() == AbiValue::uint(0));
    }
};

QTEST_GUILESS_MAIN(TestAbiValue)
#include "tst_abivalue.moc"
