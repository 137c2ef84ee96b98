#include "core/domain/FixedBytes.h"
#include "tests/support/TestSupport.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <type_traits>

using namespace salesdesk;

// Ids of different kinds must not convert into each other.
static_assert(!std::is_convertible_v<RequestId, SlotId>);
static_assert(!std::is_convertible_v<SlotId, RequestId>);
static_assert(Address::kSize == 20 && RequestId::kSize == 32);

namespace {

const QString kSampleHex =
    QStringLiteral("0x1234000000000000000000000000000000000000000000000000000000abcdef");

} // namespace

class TestFixedBytes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultIsZero();
    void hexRoundTrip();
    void hexIsCaseInsensitive();
    void rejectsBadHex_data();
    void rejectsBadHex();
    void fromBytesNeedsExactLength();
    void randomIdsAreDistinct();
    void shortHex();
    void orderIsByteOrder();
    void usableAsQHashKey();
};

void TestFixedBytes::defaultIsZero() {
    const RequestId id;
    QVERIFY(id.isZero());
    QCOMPARE(id.toHex(), QString(QStringLiteral("0x") + QString(64, QLatin1Char('0'))));
    QVERIFY(!RequestId::fromHex(kSampleHex)->isZero());
}

void TestFixedBytes::hexRoundTrip() {
    const auto id = RequestId::fromHex(kSampleHex);
    SD_VERIFY_OK(id);
    QCOMPARE(id->bytes()[0], std::uint8_t{0x12});
    QCOMPARE(id->bytes()[1], std::uint8_t{0x34});
    QCOMPARE(id->bytes()[31], std::uint8_t{0xef});
    QCOMPARE(id->toHex(), kSampleHex);
    QCOMPARE(id->toByteArray().size(), 32);

    QRandomGenerator generator(7);
    for (int i = 0; i < 20; ++i) {
        const Address address = Address::random(generator);
        const QString hex = address.toHex();
        QCOMPARE(hex.size(), 2 + 40);
        const auto back = Address::fromHex(hex);
        SD_VERIFY_OK(back);
        QCOMPARE(*back, address);
        QCOMPARE(Address::fromBytes(address.toByteArray()), address);
    }
}

void TestFixedBytes::hexIsCaseInsensitive() {
    const auto upper = Address::fromHex(u"0xF39FD6E51AAD88F6F4CE6AB8827279CFFFB92266");
    const auto mixed = Address::fromHex(u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    SD_VERIFY_OK(upper);
    SD_VERIFY_OK(mixed);
    QCOMPARE(*upper, *mixed);
    // Output is always lowercase.
    QCOMPARE(upper->toHex(), QStringLiteral("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"));
}

void TestFixedBytes::rejectsBadHex_data() {
    QTest::addColumn<QString>("text");
    const QString digits64(64, QLatin1Char('a'));
    QTest::newRow("empty") << QString();
    QTest::newRow("prefix only") << QStringLiteral("0x");
    QTest::newRow("no prefix") << digits64;
    QTest::newRow("no prefix, right length") << QStringLiteral("00") + digits64;
    QTest::newRow("upper X") << QStringLiteral("0X") + digits64;
    QTest::newRow("one digit short") << QStringLiteral("0x") + digits64.left(63);
    QTest::newRow("one digit long") << QStringLiteral("0x") + digits64 + QLatin1Char('a');
    QTest::newRow("address length") << QStringLiteral("0x") + digits64.left(40);
    QTest::newRow("bad digit") << QStringLiteral("0x") + digits64.left(62) + QStringLiteral("zz");
    QTest::newRow("space") << QStringLiteral("0x ") + digits64.left(63);
    QTest::newRow("leading space") << QStringLiteral(" 0x") + digits64.left(63);
    QTest::newRow("non-latin") << QStringLiteral("0x") + digits64.left(63) + QChar(0x0663);
}

void TestFixedBytes::rejectsBadHex() {
    QFETCH(QString, text);
    const auto id = RequestId::fromHex(text);
    SD_VERIFY_ERROR(id, ErrorCode::InvalidArgument);
    // The message says what was expected and repeats what was given.
    QVERIFY2(id.message().contains(QStringLiteral("64 hex digits")), qPrintable(id.message()));
    QVERIFY2(id.message().contains(text), qPrintable(id.message()));
}

void TestFixedBytes::fromBytesNeedsExactLength() {
    const QByteArray raw = QByteArray::fromHex("0102030405060708090a0b0c0d0e0f1011121314");
    const Address address = Address::fromBytes(raw);
    QCOMPARE(address.toByteArray(), raw);
    // Documented behaviour: a wrong length gives the zero value rather than a partial copy.
    QVERIFY(Address::fromBytes(raw.left(19)).isZero());
    QVERIFY(Address::fromBytes(QByteArray(raw + '\x15')).isZero());
}

void TestFixedBytes::randomIdsAreDistinct() {
    QRandomGenerator generator(12345);
    QSet<Nonce> seen;
    for (int i = 0; i < 1000; ++i) {
        const Nonce nonce = Nonce::random(generator);
        QVERIFY(!nonce.isZero());
        seen.insert(nonce);
    }
    QCOMPARE(seen.size(), 1000);

    // The same seed gives the same sequence (scenarios rely on reproducible ids).
    QRandomGenerator first(99);
    QRandomGenerator second(99);
    QCOMPARE(RequestId::random(first), RequestId::random(second));
}

void TestFixedBytes::shortHex() {
    const auto id = RequestId::fromHex(kSampleHex);
    SD_VERIFY_OK(id);
    QCOMPARE(id->toShortHex(),
             QString(QStringLiteral("0x1234") + QChar(0x2026) + QStringLiteral("cdef")));
    const auto address = Address::fromHex(u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    SD_VERIFY_OK(address);
    QCOMPARE(address->toShortHex(),
             QString(QStringLiteral("0xf39f") + QChar(0x2026) + QStringLiteral("2266")));
}

void TestFixedBytes::orderIsByteOrder() {
    const auto low = RequestId::fromHex(QString(u"0x00ff" + QString(60, QLatin1Char('f'))));
    const auto high = RequestId::fromHex(QString(u"0x0100" + QString(60, QLatin1Char('0'))));
    SD_VERIFY_OK(low);
    SD_VERIFY_OK(high);
    QVERIFY(*low < *high);
    QVERIFY(*high > *low);
    QVERIFY(*low != *high);
}

void TestFixedBytes::usableAsQHashKey() {
    QRandomGenerator generator(3);
    const SlotId a = SlotId::random(generator);
    const SlotId b = SlotId::random(generator);
    QVERIFY(a != b);

    QHash<SlotId, int> hash;
    hash.insert(a, 1);
    hash.insert(b, 2);
    hash.insert(a, 3); // same key: replaces
    QCOMPARE(hash.size(), 2);
    QCOMPARE(hash.value(a), 3);
    QCOMPARE(hash.value(b), 2);
    QVERIFY(!hash.contains(SlotId()));

    // A copy made from the hex text finds the same entry.
    const auto copy = SlotId::fromHex(a.toHex());
    SD_VERIFY_OK(copy);
    QCOMPARE(qHash(*copy, 0), qHash(a, 0));
    QCOMPARE(hash.value(*copy), 3);
}

QTEST_GUILESS_MAIN(TestFixedBytes)
#include "tst_fixedbytes.moc"
