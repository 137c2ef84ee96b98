#include "core/chain/crypto/Rlp.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QTest>

using namespace salesdesk;

namespace {

QByteArray hex(const char* text) {
    return QByteArray::fromHex(text);
}

RlpItem str(const char* text) {
    return RlpItem::bytes(QByteArray(text));
}

RlpItem emptyList() {
    return RlpItem::list({});
}

} // namespace

// The examples of the RLP specification (Ethereum's yellow paper, appendix B, and the wiki page
// that illustrates it), then the strict decoder's refusals.
class TestRlp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodesThePublishedExamples();
    void encodesIntegersMinimally();
    void decodesThePublishedExamples();
    void roundTripsLongItems();
    void refusesNonCanonicalInput_data();
    void refusesNonCanonicalInput();
    void refusesDeepNesting();
    void integersFromItemsAreStrict();
    void survivesEveryTruncation();
};

void TestRlp::encodesThePublishedExamples() {
    QCOMPARE(rlp::encodeBytes("dog"), hex("83646f67"));
    QCOMPARE(rlp::encodeList({rlp::encodeBytes("cat"), rlp::encodeBytes("dog")}),
             hex("c88363617483646f67"));
    QCOMPARE(rlp::encodeBytes(""), hex("80"));
    QCOMPARE(rlp::encodeList({}), hex("c0"));
    QCOMPARE(rlp::encodeBytes(QByteArray(1, '\0')), hex("00"));
    QCOMPARE(rlp::encodeBytes(QByteArray(1, '\x0f')), hex("0f"));
    QCOMPARE(rlp::encodeBytes(hex("0400")), hex("820400"));
    QCOMPARE(rlp::encodeBytes(hex("80")), hex("8180"));
    // The set-theoretic representation of three: [ [], [[]], [ [], [[]] ] ].
    const RlpItem three =
        RlpItem::list({emptyList(), RlpItem::list({emptyList()}),
                       RlpItem::list({emptyList(), RlpItem::list({emptyList()})})});
    QCOMPARE(three.encode(), hex("c7c0c1c0c3c0c1c0"));
    // A 56-byte string takes the long form: 0xb8, one length byte (0x38), the bytes.
    const QByteArray lorem("Lorem ipsum dolor sit amet, consectetur adipisicing elit");
    QCOMPARE(lorem.size(), 56);
    QCOMPARE(rlp::encodeBytes(lorem), hex("b838") + lorem);
}

void TestRlp::encodesIntegersMinimally() {
    QCOMPARE(rlp::encodeUInt(quint64(0)), hex("80"));
    QCOMPARE(rlp::encodeUInt(quint64(15)), hex("0f"));
    QCOMPARE(rlp::encodeUInt(quint64(127)), hex("7f"));
    QCOMPARE(rlp::encodeUInt(quint64(128)), hex("8180"));
    QCOMPARE(rlp::encodeUInt(quint64(1024)), hex("820400"));
    QCOMPARE(rlp::encodeUInt(uint256::max()), hex("a0") + QByteArray(32, '\xff'));
}

void TestRlp::decodesThePublishedExamples() {
    QCOMPARE(rlp::decode(hex("83646f67")).value(), str("dog"));
    QCOMPARE(rlp::decode(hex("c88363617483646f67")).value(),
             RlpItem::list({str("cat"), str("dog")}));
    QCOMPARE(rlp::decode(hex("80")).value(), RlpItem::bytes({}));
    QCOMPARE(rlp::decode(hex("c0")).value(), emptyList());
    const auto three = rlp::decode(hex("c7c0c1c0c3c0c1c0"));
    SD_VERIFY_OK(three);
    QCOMPARE(three->items().size(), std::size_t(3));
    QCOMPARE(three->items()[2].items()[1].items()[0], emptyList());
    QCOMPARE(rlp::toU64(rlp::decode(hex("820400")).value(), QStringLiteral("n")).value(),
             quint64(1024));
    QCOMPARE(rlp::toU64(rlp::decode(hex("0f")).value(), QStringLiteral("n")).value(), quint64(15));
    QCOMPARE(rlp::toU64(rlp::decode(hex("80")).value(), QStringLiteral("n")).value(), quint64(0));
}

void TestRlp::roundTripsLongItems() {
    const QByteArray big(70'000, 'x'); // a three-byte length
    const QByteArray encoded = rlp::encodeBytes(big);
    QCOMPARE(encoded.left(4), hex("ba011170"));
    QCOMPARE(rlp::decode(encoded).value().value(), big);
    std::vector<RlpItem> many(30, str("abc"));
    const RlpItem list = RlpItem::list(many);
    QCOMPARE(list.encode().left(2), hex("f878")); // 30 × 4 bytes = 120
    QCOMPARE(rlp::decode(list.encode()).value(), list);
}

void TestRlp::refusesNonCanonicalInput_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty input") << QByteArray() << QStringLiteral("truncated");
    QTest::newRow("single byte written long") << hex("8100") << QStringLiteral("below 0x80");
    QTest::newRow("0x7f written long") << hex("817f") << QStringLiteral("below 0x80");
    QTest::newRow("string cut short") << hex("83646f") << QStringLiteral("truncated");
    QTest::newRow("list cut short") << hex("c88363617483646f") << QStringLiteral("truncated");
    QTest::newRow("long form for a short string")
        << QByteArray(hex("b803") + "dog") << QStringLiteral("long form");
    QTest::newRow("long form for a short list") << hex("f803c0c0c0") << QStringLiteral("long form");
    QTest::newRow("length with a leading zero")
        << QByteArray(hex("b90038") + QByteArray(56, 'a')) << QStringLiteral("leading zero");
    QTest::newRow("length bytes missing") << hex("b9") << QStringLiteral("truncated length");
    QTest::newRow("huge length") << hex("bfffffffffffffffff") << QStringLiteral("truncated");
    QTest::newRow("trailing bytes") << hex("83646f6700") << QStringLiteral("after the item");
    QTest::newRow("two items") << hex("8080") << QStringLiteral("after the item");
    QTest::newRow("item overruns its list") << hex("c283646f67") << QStringLiteral("truncated");
}

void TestRlp::refusesNonCanonicalInput() {
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    const auto decoded = rlp::decode(data);
    SD_VERIFY_ERROR(decoded, ErrorCode::InvalidArgument);
    QVERIFY2(decoded.message().contains(reason), qPrintable(decoded.message()));
    QVERIFY2(decoded.message().startsWith(QStringLiteral("malformed RLP at byte ")),
             qPrintable(decoded.message()));
}

void TestRlp::refusesDeepNesting() {
    QByteArray ok = hex("c0");
    for (int i = 0; i < rlp::kMaxDepth; ++i)
        ok = rlp::encodeListPayload(ok);
    SD_VERIFY_OK(rlp::decode(ok));
    const QByteArray tooDeep = rlp::encodeListPayload(ok);
    const auto decoded = rlp::decode(tooDeep);
    SD_VERIFY_ERROR(decoded, ErrorCode::InvalidArgument);
    QVERIFY2(decoded.message().contains(QStringLiteral("nested deeper")),
             qPrintable(decoded.message()));
}

void TestRlp::integersFromItemsAreStrict() {
    const auto leadingZero = rlp::toUInt(RlpItem::bytes(hex("0001")), QStringLiteral("nonce"));
    SD_VERIFY_ERROR(leadingZero, ErrorCode::InvalidArgument);
    QVERIFY(leadingZero.message().startsWith(QStringLiteral("nonce: ")));
    SD_VERIFY_ERROR(rlp::toUInt(RlpItem::bytes(QByteArray(33, '\x01')), QStringLiteral("value")),
                    ErrorCode::InvalidArgument);
    SD_VERIFY_ERROR(rlp::toUInt(emptyList(), QStringLiteral("value")), ErrorCode::InvalidArgument);
    SD_VERIFY_ERROR(rlp::toU64(RlpItem::bytes(hex("010000000000000000")), QStringLiteral("gas")),
                    ErrorCode::InvalidArgument);
    QCOMPARE(rlp::toU64(RlpItem::bytes(hex("ffffffffffffffff")), QStringLiteral("gas")).value(),
             ~quint64(0));
}

void TestRlp::survivesEveryTruncation() {
    // Every prefix of a nested item is refused with an error, never read past its end.
    const RlpItem item = RlpItem::list({str("cat"), RlpItem::bytes(QByteArray(60, 'z')),
                                        RlpItem::list({str("dog"), emptyList()})});
    const QByteArray encoded = item.encode();
    for (qsizetype n = 0; n < encoded.size(); ++n)
        QVERIFY2(!rlp::decode(encoded.left(n)).ok(), qPrintable(QString::number(n)));
    QCOMPARE(rlp::decode(encoded).value(), item);
}

QTEST_APPLESS_MAIN(TestRlp)
#include "tst_rlp.moc"
