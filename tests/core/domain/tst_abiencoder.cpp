#include "core/domain/AbiEncoder.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QTest>

#include <initializer_list>

using namespace salesdesk;

namespace {

// Joins 32-byte words written as 64 hex digits, the way the ABI specification lists them.
QByteArray words(std::initializer_list<const char*> hexWords) {
    QByteArray out;
    for (const char* hex : hexWords) {
        const QByteArray word = QByteArray::fromHex(hex);
        Q_ASSERT(word.size() == 32);
        out += word;
    }
    return out;
}

// A uint word, for layouts where only small numbers and offsets appear.
QByteArray word(quint64 value) {
    return uint256::toBigEndian32(UInt256(value));
}

// Forces a QStringBuilder chain of words into one QByteArray before comparing.
QByteArray hex(const QByteArray& encoded) {
    return encoded.toHex();
}

// Right-padded text, the encoding of bytesN or the data of bytes.
QByteArray textWord(const QByteArray& text) {
    return text + QByteArray(32 - text.size(), '\0');
}

} // namespace

class TestAbiEncoder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void selectorsFromTheSpecification();
    void selectorsOfTheMarketplace();
    void keccakIsEthereumKeccak();
    void specExampleDynamicTypes();
    void specExampleNestedDynamicArrays();
    void staticTupleIsInline();
    void groth16ProofIsEightStaticWords();
    void dynamicTupleOffsetsAreRelativeToItsOwnStart();
    void nestedDynamicTuples();
    void emptyBytes();
    void bytesOfExactlyOneWord();
    void bytesJustOverOneWord();
    void emptyArray();
    void addressIsLeftPadded();
    void uintIsBigEndianWord();
    void fixedBytesSizes();
    void dynamicness();
};

void TestAbiEncoder::selectorsFromTheSpecification() {
    QCOMPARE(abi::selector("f(uint256,uint32[],bytes10,bytes)").toHex(), "8be65246");
    QCOMPARE(abi::selector("baz(uint32,bool)").toHex(), "cdcd77c0");
    QCOMPARE(abi::selector("sam(bytes,bool,uint256[])").toHex(), "a5643bf2");
    QCOMPARE(abi::selector("g(uint256[][],string[])").toHex(), "2289b18c");
}

void TestAbiEncoder::selectorsOfTheMarketplace() {
    // Selectors of the Marketplace contract's functions and errors, as a chain computes them.
    QCOMPARE(abi::selector("reserveSlot(bytes32,uint64)").toHex(), "12827602");
    QCOMPARE(abi::selector("fillSlot(bytes32,uint64,((uint256,uint256),((uint256,uint256),"
                           "(uint256,uint256)),(uint256,uint256)))")
                 .toHex(),
             "1d873c1b");
    QCOMPARE(abi::selector("freeSlot(bytes32,address,address)").toHex(), "0aefaabe");
    QCOMPARE(abi::selector("Marketplace_SlotIsFree()").toHex(), "8b41ec7f");
    QCOMPARE(abi::selector("approve(address,uint256)").toHex(), "095ea7b3");
}

void TestAbiEncoder::keccakIsEthereumKeccak() {
    // NIST SHA3-256 of "" would be a7ffc6f8…; Ethereum uses the original Keccak padding.
    QCOMPARE(abi::keccak256(QByteArray()).toHex(),
             QStringLiteral("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"));
    // topic0 of the contract's event SlotFilled(bytes32,uint64).
    QCOMPARE(abi::keccak256("SlotFilled(bytes32,uint64)").toHex(),
             QStringLiteral("0x8f301470a994578b52323d625dfbf827ca5208c81747d3459be7b8867baec3ec"));
}

void TestAbiEncoder::specExampleDynamicTypes() {
    // "A call to a function with the signature f(uint,uint32[],bytes10,bytes) with values
    // (0x123, [0x456, 0x789], "1234567890", "Hello, world!")" -- Solidity ABI specification,
    // "Use of Dynamic Types". Expected: the spec's "All together, the encoding is" listing.
    const auto bytes10 = abi::fixedBytes("1234567890");
    SD_VERIFY_OK(bytes10);
    const QByteArray call =
        abi::encodeCall("f(uint256,uint32[],bytes10,bytes)",
                        {abi::uint(0x123), abi::array({abi::uint(0x456), abi::uint(0x789)}),
                         *bytes10, abi::bytes("Hello, world!")});

    const QByteArray expected =
        QByteArray::fromHex("8be65246") +
        words({"0000000000000000000000000000000000000000000000000000000000000123",
               "0000000000000000000000000000000000000000000000000000000000000080",
               "3132333435363738393000000000000000000000000000000000000000000000",
               "00000000000000000000000000000000000000000000000000000000000000e0",
               "0000000000000000000000000000000000000000000000000000000000000002",
               "0000000000000000000000000000000000000000000000000000000000000456",
               "0000000000000000000000000000000000000000000000000000000000000789",
               "000000000000000000000000000000000000000000000000000000000000000d",
               "48656c6c6f2c20776f726c642100000000000000000000000000000000000000"});
    QCOMPARE(call.toHex(), expected.toHex());
}

void TestAbiEncoder::specExampleNestedDynamicArrays() {
    // g(uint256[][],string[]) with ([[1, 2], [3]], ["one", "two", "three"]) -- the spec's second
    // dynamic example; string is encoded exactly like bytes.
    const QByteArray call = abi::encodeCall(
        "g(uint256[][],string[])",
        {abi::array({abi::array({abi::uint(1), abi::uint(2)}), abi::array({abi::uint(3)})}),
         abi::array({abi::bytes("one"), abi::bytes("two"), abi::bytes("three")})});

    const QByteArray expected =
        QByteArray::fromHex("2289b18c") +
        words({"0000000000000000000000000000000000000000000000000000000000000040",
               "0000000000000000000000000000000000000000000000000000000000000140",
               "0000000000000000000000000000000000000000000000000000000000000002",
               "0000000000000000000000000000000000000000000000000000000000000040",
               "00000000000000000000000000000000000000000000000000000000000000a0",
               "0000000000000000000000000000000000000000000000000000000000000002",
               "0000000000000000000000000000000000000000000000000000000000000001",
               "0000000000000000000000000000000000000000000000000000000000000002",
               "0000000000000000000000000000000000000000000000000000000000000001",
               "0000000000000000000000000000000000000000000000000000000000000003",
               "0000000000000000000000000000000000000000000000000000000000000003",
               "0000000000000000000000000000000000000000000000000000000000000060",
               "00000000000000000000000000000000000000000000000000000000000000a0",
               "00000000000000000000000000000000000000000000000000000000000000e0",
               "0000000000000000000000000000000000000000000000000000000000000003",
               "6f6e650000000000000000000000000000000000000000000000000000000000",
               "0000000000000000000000000000000000000000000000000000000000000003",
               "74776f0000000000000000000000000000000000000000000000000000000000",
               "0000000000000000000000000000000000000000000000000000000000000005",
               "7468726565000000000000000000000000000000000000000000000000000000"});
    QCOMPARE(call.toHex(), expected.toHex());
}

void TestAbiEncoder::staticTupleIsInline() {
    // abi.encode((1, 2), 3): no offset, the tuple's words sit in the head.
    const QByteArray encoded =
        abi::encode({abi::tuple({abi::uint(1), abi::uint(2)}), abi::uint(3)});
    QCOMPARE(encoded.toHex(), hex(word(1) + word(2) + word(3)));

    // A static tuple after a dynamic value shifts the offset by its full size, not one word.
    const QByteArray mixed =
        abi::encode({abi::bytes("x"), abi::tuple({abi::uint(1), abi::uint(2), abi::uint(3)})});
    QCOMPARE(mixed.toHex(),
             hex(word(0x80) + word(1) + word(2) + word(3) + word(1) + textWord("x")));
}

void TestAbiEncoder::groth16ProofIsEightStaticWords() {
    // The contract's exampleProof (1,2),((3,4),(5,6)),(7,8) as fillSlot's last argument.
    const abi::Value proof = abi::tuple({
        abi::tuple({abi::uint(1), abi::uint(2)}),
        abi::tuple(
            {abi::tuple({abi::uint(3), abi::uint(4)}), abi::tuple({abi::uint(5), abi::uint(6)})}),
        abi::tuple({abi::uint(7), abi::uint(8)}),
    });
    QVERIFY(!proof.isDynamic());
    QByteArray expected;
    for (quint64 i = 1; i <= 8; ++i)
        expected += word(i);
    QCOMPARE(abi::encode({proof}).toHex(), expected.toHex());
}

void TestAbiEncoder::dynamicTupleOffsetsAreRelativeToItsOwnStart() {
    // abi.encode(bytes "x", (uint 5, bytes "yz")): the inner offset 0x40 counts from the inner
    // tuple's start; counted from the outer start it would be 0xc0.
    const QByteArray encoded =
        abi::encode({abi::bytes("x"), abi::tuple({abi::uint(5), abi::bytes("yz")})});
    const QByteArray expected = word(0x40) + word(0x80)   // heads: offsets of "x" and the tuple
                                + word(1) + textWord("x") // "x"
                                + word(5) + word(0x40)    // tuple head
                                + word(2) + textWord("yz");
    QCOMPARE(encoded.toHex(), expected.toHex());
}

void TestAbiEncoder::nestedDynamicTuples() {
    // abi.encode(7, (1, ("ab", 2)), [("c", 3)]): tuples within tuples and in an array.
    const QByteArray encoded = abi::encode({
        abi::uint(7),
        abi::tuple({abi::uint(1), abi::tuple({abi::bytes("ab"), abi::uint(2)})}),
        abi::array({abi::tuple({abi::bytes("c"), abi::uint(3)})}),
    });
    const QByteArray outerTuple = word(1) + word(0x40)        // head of (1, inner)
                                  + word(0x40) + word(2)      // head of ("ab", 2)
                                  + word(2) + textWord("ab"); // "ab"
    const QByteArray array = word(1)                          // one element
                             + word(0x20)                     // its offset
                             + word(0x40) + word(3) + word(1) + textWord("c");
    const QByteArray expected =
        word(7) + word(0x60) + word(0x60 + outerTuple.size()) + outerTuple + array;
    QCOMPARE(encoded.toHex(), expected.toHex());
}

void TestAbiEncoder::emptyBytes() {
    // Length 0 and no data word at all.
    QCOMPARE(abi::encode({abi::bytes(QByteArray())}).toHex(), hex(word(0x20) + word(0)));
    QCOMPARE(abi::encode({abi::bytes(QByteArray()), abi::uint(9)}).toHex(),
             hex(word(0x40) + word(9) + word(0)));
}

void TestAbiEncoder::bytesOfExactlyOneWord() {
    const QByteArray raw(32, '\xab');
    QCOMPARE(abi::encode({abi::bytes(raw)}).toHex(), hex(word(0x20) + word(32) + raw));
}

void TestAbiEncoder::bytesJustOverOneWord() {
    const QByteArray raw(33, '\xab');
    const QByteArray expected = word(0x20) + word(33) + raw + QByteArray(31, '\0');
    QCOMPARE(abi::encode({abi::bytes(raw)}).toHex(), expected.toHex());
}

void TestAbiEncoder::emptyArray() {
    QCOMPARE(abi::encode({abi::array({})}).toHex(), hex(word(0x20) + word(0)));
    QCOMPARE(abi::encode({}).size(), 0);
}

void TestAbiEncoder::addressIsLeftPadded() {
    const auto address = Address::fromHex(u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    SD_VERIFY_OK(address);
    QCOMPARE(abi::encode({abi::address(*address)}).toHex(),
             QByteArray(QByteArray(24, '0') + "f39fd6e51aad88f6f4ce6ab8827279cfffb92266"));
}

void TestAbiEncoder::uintIsBigEndianWord() {
    QCOMPARE(abi::encode({abi::uint(0)}), QByteArray(32, '\0'));
    QCOMPARE(abi::encode({abi::uint(uint256::max())}), QByteArray(32, '\xff'));
    QCOMPARE(abi::encode({abi::uint(quint64(0x0102030405060708))}).toHex(),
             QByteArray(QByteArray(48, '0') + "0102030405060708"));
}

void TestAbiEncoder::fixedBytesSizes() {
    const auto one = abi::fixedBytes("\x7f");
    SD_VERIFY_OK(one);
    QCOMPARE(abi::encode({*one}).toHex(), QByteArray("7f" + QByteArray(62, '0')));

    const auto full = abi::fixedBytes(QByteArray(32, '\x01'));
    SD_VERIFY_OK(full);
    QCOMPARE(abi::encode({*full}), QByteArray(32, '\x01'));

    const auto none = abi::fixedBytes(QByteArray());
    SD_VERIFY_ERROR(none, ErrorCode::InvalidArgument);
    const auto tooMany = abi::fixedBytes(QByteArray(33, '\x01'));
    SD_VERIFY_ERROR(tooMany, ErrorCode::InvalidArgument);
    QVERIFY2(tooMany.message().contains(QStringLiteral("33")), qPrintable(tooMany.message()));

    // bytes32 of an id is the id's bytes, unpadded.
    const auto id = RequestId::fromHex(
        QString(QStringLiteral("0x") + QString(62, QLatin1Char('0')) + QStringLiteral("01")));
    SD_VERIFY_OK(id);
    QCOMPARE(abi::encode({abi::bytes32(*id)}), id->toByteArray());
}

void TestAbiEncoder::dynamicness() {
    QVERIFY(!abi::uint(1).isDynamic());
    QVERIFY(!abi::address(Address()).isDynamic());
    QVERIFY(!abi::tuple({}).isDynamic());
    QVERIFY(!abi::tuple({abi::uint(1), abi::tuple({abi::uint(2)})}).isDynamic());
    QVERIFY(abi::bytes(QByteArray()).isDynamic());
    QVERIFY(abi::array({}).isDynamic());
    QVERIFY(abi::array({abi::uint(1)}).isDynamic());
    QVERIFY(abi::tuple({abi::uint(1), abi::tuple({abi::bytes("a")})}).isDynamic());
}

QTEST_GUILESS_MAIN(TestAbiEncoder)
#include "tst_abiencoder.moc"
