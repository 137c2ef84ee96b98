// AbiCodec: the Solidity ABI specification's worked examples both ways, signed integers, and the
// strict decoder's refusals of malformed data (short, out of bounds, huge, dirty, overlapping),
// with a decode loop over random and mutated inputs that must never crash.
#include "core/chain/abi/AbiCodec.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTest>

using namespace salesdesk;
using salesdesk::abi::AbiCodec;
using salesdesk::abi::AbiType;
using salesdesk::abi::AbiValue;

namespace {

QByteArray word(quint64 value) {
    return uint256::toBigEndian32(UInt256(value));
}

// Right-padded to whole words, the way bytesN and the data of bytes and string are laid out.
QByteArray padded(const QByteArray& raw) {
    QByteArray out = raw;
    out.append((32 - raw.size() % 32) % 32, '\0');
    return out;
}

AbiType type(const char* text) {
    return AbiType::parse(QString::fromLatin1(text)).value();
}

std::vector<AbiType> types(std::initializer_list<const char*> texts) {
    std::vector<AbiType> out;
    for (const char* text : texts)
        out.push_back(type(text));
    return out;
}

AbiValue u(quint64 value) {
    return AbiValue::uint(UInt256(value));
}

AbiValue list(std::vector<AbiValue> items) {
    return AbiValue::list(std::move(items));
}

struct Example {
    std::vector<AbiType> types;
    std::vector<AbiValue> values;
    QByteArray encoding;
};

// The examples of the ABI specification, without their selectors.
Example specExample(const QString& name) {
    if (name == u"baz")
        return {types({"uint32", "bool"}), {u(69), AbiValue::boolean(true)}, word(69) + word(1)};
    if (name == u"bar")
        return {types({"bytes3[2]"}),
                {list({AbiValue::bytes("abc"), AbiValue::bytes("def")})},
                padded("abc") + padded("def")};
    if (name == u"sam")
        return {types({"bytes", "bool", "uint256[]"}),
                {AbiValue::bytes("dave"), AbiValue::boolean(true), list({u(1), u(2), u(3)})},
                word(0x60) + word(1) + word(0xa0) + word(4) + padded("dave") + word(3) + word(1) +
                    word(2) + word(3)};
    if (name == u"f")
        return {types({"uint256", "uint32[]", "bytes10", "bytes"}),
                {u(0x123), list({u(0x456), u(0x789)}), AbiValue::bytes("1234567890"),
                 AbiValue::bytes("Hello, world!")},
                word(0x123) + word(0x80) + padded("1234567890") + word(0xe0) + word(2) +
                    word(0x456) + word(0x789) + word(13) + padded("Hello, world!")};
    // g(uint256[][],string[])
    return {types({"uint256[][]", "string[]"}),
            {list({list({u(1), u(2)}), list({u(3)})}),
             list({AbiValue::string("one"), AbiValue::string("two"), AbiValue::string("three")})},
            word(0x40) + word(0x140) + word(2) + word(0x40) + word(0xa0) + word(2) + word(1) +
                word(2) + word(1) + word(3) + word(3) + word(0x60) + word(0xa0) + word(0xe0) +
                word(3) + padded("one") + word(3) + padded("two") + word(5) + padded("three")};
}

// A random value of `t`: arrays of 0 to 3 elements, bytes of 0 to 70 bytes.
AbiValue randomValue(const AbiType& t, QRandomGenerator& random) {
    const auto randomBytes = [&](int size) {
        QByteArray out(size, '\0');
        for (char& c : out)
            c = char(random.bounded(256));
        return out;
    };
    switch (t.kind()) {
    case AbiType::Kind::UInt: {
        const QByteArray raw = randomBytes(t.width() / 8);
        return AbiValue::uint(*uint256::fromBigEndian(raw));
    }
    case AbiType::Kind::Int: {
        QByteArray raw = randomBytes(t.width() / 8);
        raw.prepend(32 - raw.size(), (quint8(raw[0]) & 0x80) ? char(0xff) : '\0');
        return AbiValue::signedWord(*uint256::fromBigEndian(raw));
    }
    case AbiType::Kind::Address:
        return AbiValue::address(Address::fromBytes(randomBytes(20)));
    case AbiType::Kind::Bool:
        return AbiValue::boolean(random.bounded(2) == 1);
    case AbiType::Kind::FixedBytes:
        return AbiValue::bytes(randomBytes(t.width()));
    case AbiType::Kind::Bytes:
        return AbiValue::bytes(randomBytes(random.bounded(70)));
    case AbiType::Kind::String:
        return AbiValue::utf8(randomBytes(random.bounded(70)));
    case AbiType::Kind::Array:
    case AbiType::Kind::FixedArray:
    case AbiType::Kind::Tuple: {
        const std::size_t count = t.kind() == AbiType::Kind::Tuple ? t.components().size()
                                  : t.kind() == AbiType::Kind::FixedArray
                                      ? std::size_t(t.length())
                                      : std::size_t(random.bounded(4));
        std::vector<AbiValue> items;
        for (std::size_t i = 0; i < count; ++i)
            items.push_back(randomValue(
                t.kind() == AbiType::Kind::Tuple ? t.components()[i] : t.element(), random));
        return AbiValue::list(std::move(items));
    }
    }
    return {};
}

} // namespace

class TestAbiCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The specification's examples encode to its bytes and decode back to the same values.
    void specificationExamples_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("selector");
        QTest::addRow("baz") << "baz"
                             << "baz(uint32,bool)"
                             << "cdcd77c0";
        QTest::addRow("bar") << "bar"
                             << "bar(bytes3[2])"
                             << "fce353f6";
        QTest::addRow("sam") << "sam"
                             << "sam(bytes,bool,uint256[])"
                             << "a5643bf2";
        QTest::addRow("f") << "f"
                           << "f(uint256,uint32[],bytes10,bytes)"
                           << "8be65246";
        QTest::addRow("g") << "g"
                           << "g(uint256[][],string[])"
                           << "2289b18c";
    }
    void specificationExamples() {
        QFETCH(QString, name);
        QFETCH(QString, signature);
        QFETCH(QString, selector);
        const Example example = specExample(name);
        QStringList canonical;
        for (const AbiType& t : example.types)
            canonical << t.canonical();
        QCOMPARE(QString(name + '(' + canonical.join(',') + ')'), signature);
        QCOMPARE(abi::selector(signature.toLatin1()).toHex(), selector.toLatin1());

        const auto encoded = AbiCodec::encodeParameters(example.types, example.values);
        SD_VERIFY_OK(encoded);
        QCOMPARE(encoded->toHex(), example.encoding.toHex());

        const auto decoded = AbiCodec::decodeParameters(example.types, example.encoding);
        SD_VERIFY_OK(decoded);
        QVERIFY(*decoded == example.values);
    }

    // A lone dynamic value is the only member of a tuple: it starts with its offset.
    void encodeOfOneDynamicValueStartsWithItsOffset() {
        const auto encoded = AbiCodec::encode(type("string"), AbiValue::string("abc"));
        SD_VERIFY_OK(encoded);
        QCOMPARE(encoded->toHex(), QByteArray(word(0x20) + word(3) + padded("abc")).toHex());
        const auto decoded = AbiCodec::decode(type("string"), *encoded);
        SD_VERIFY_OK(decoded);
        QCOMPARE(decoded->text(), QStringLiteral("abc"));
    }

    // int<N> is the two's complement word, sign-extended to 256 bits, both ways.
    void negativeIntegers() {
        const auto minusOne = AbiCodec::encode(type("int8"), AbiValue::fromInt(-1));
        SD_VERIFY_OK(minusOne);
        QCOMPARE(*minusOne, QByteArray(32, '\xff'));
        const auto back = AbiCodec::decode(type("int8"), *minusOne);
        SD_VERIFY_OK(back);
        QCOMPARE(back->toDecimal(), QStringLiteral("-1"));

        const AbiValue min256 = AbiValue::negative(UInt256(1) << 255).value();
        const auto encodedMin = AbiCodec::encode(type("int256"), min256);
        SD_VERIFY_OK(encodedMin);
        QCOMPARE(encodedMin->toHex(), QByteArray("80" + QByteArray(62, '0')));
        const auto decodedMin = AbiCodec::decode(type("int256"), *encodedMin);
        SD_VERIFY_OK(decodedMin);
        QCOMPARE(decodedMin->toDecimal(),
                 QStringLiteral("-57896044618658097711785492504343953926634"
                                "992332820282019728792003956564819968"));

        SD_VERIFY_OK(AbiCodec::encode(type("int8"), AbiValue::fromInt(-128)));
        SD_VERIFY_OK(AbiCodec::encode(type("int8"), AbiValue::fromInt(127)));
        SD_VERIFY_OK(AbiCodec::encode(type("int8"), u(127)));
        const auto below = AbiCodec::encode(type("int8"), AbiValue::fromInt(-129));
        SD_VERIFY_ERROR(below, ErrorCode::InvalidArgument);
        QVERIFY2(below.message().contains("-129 is outside int8"), qPrintable(below.message()));
        SD_VERIFY_ERROR(AbiCodec::encode(type("int8"), AbiValue::fromInt(128)),
                        ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(AbiCodec::encode(type("uint8"), AbiValue::fromInt(-1)),
                        ErrorCode::InvalidArgument);

        // 128 as an int8 word is not sign-extended (0x00…0080), and -1 with a 0x7f byte inside.
        SD_VERIFY_ERROR(AbiCodec::decode(type("int8"), word(128)), ErrorCode::InvalidArgument);
        QByteArray notExtended(32, '\xff');
        notExtended[30] = '\x7f';
        SD_VERIFY_ERROR(AbiCodec::decode(type("int16"), notExtended), ErrorCode::InvalidArgument);
        SD_VERIFY_OK(AbiCodec::decode(type("int24"), notExtended));
    }

    // A value too wide for uint<N> is refused on the way in and on the way out, with its path.
    void outOfRangeUnsignedNamesThePath() {
        const auto encoded = AbiCodec::encodeParameters(
            types({"bool", "uint64[]"}),
            {AbiValue::boolean(false), list({u(1), u(2), u(3), AbiValue::uint(UInt256(1) << 64)})});
        SD_VERIFY_ERROR(encoded, ErrorCode::InvalidArgument);
        QCOMPARE(encoded.message(),
                 QStringLiteral("argument 2 (uint64[])[3]: value 18446744073709551616 exceeds "
                                "uint64"));

        QByteArray data = word(0) + word(0x40) + word(4) + word(1) + word(2) + word(3) + word(0);
        data[data.size() - 9] = 1; // element 3 becomes 2^64
        const auto decoded = AbiCodec::decodeParameters(types({"bool", "uint64[]"}), data);
        SD_VERIFY_ERROR(decoded, ErrorCode::InvalidArgument);
        QVERIFY2(decoded.message().startsWith("argument 2 (uint64[])[3]: value 0x"),
                 qPrintable(decoded.message()));
        QVERIFY(decoded.message().endsWith("exceeds uint64"));
        SD_VERIFY_ERROR(AbiCodec::decode(type("uint8"), word(256)), ErrorCode::InvalidArgument);
        SD_VERIFY_OK(AbiCodec::decode(type("uint8"), word(255)));
    }

    // Wrong kinds and wrong counts are refused by the encoder.
    void encoderChecksKindsAndCounts() {
        SD_VERIFY_ERROR(AbiCodec::encode(type("address"), u(1)), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(AbiCodec::encode(type("bytes10"), AbiValue::bytes("123456789")),
                        ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(AbiCodec::encode(type("string"), AbiValue::bytes("x")),
                        ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(AbiCodec::encode(type("uint8[2]"), list({u(1)})),
                        ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(AbiCodec::encode(type("(uint8,bool)"), list({u(1), u(1)})),
                        ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(AbiCodec::encodeParameters(types({"uint8"}), {}),
                        ErrorCode::InvalidArgument);
    }

    // Each class of malformed data is an error, never a crash.
    void malformedDataIsAnError_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        const int bounds = int(ErrorCode::OutOfBounds);
        const int invalidValue = int(ErrorCode::InvalidArgument);
        QByteArray huge(32, '\xff');
        QTest::addRow("short word") << "uint256" << QByteArray(31, '\0') << bounds << "too short";
        QTest::addRow("empty") << "(uint256,bool)" << QByteArray() << bounds << "too short";
        QTest::addRow("offset past end")
            << "bytes" << word(0x1000) << bounds << "offset 4096 at byte 0 is past the end";
        QTest::addRow("huge offset") << "bytes" << huge << bounds << "offset 1157920892373";
        QTest::addRow("huge length")
            << "bytes" << QByteArray(word(0x20) + huge) << bounds << "length";
        QTest::addRow("length past end")
            << "string" << QByteArray(word(0x20) + word(33) + padded("x")) << bounds << "length 33";
        QTest::addRow("missing tail padding")
            << "bytes" << QByteArray(word(0x20) + word(4) + QByteArray("dave")) << bounds
            << "the end of its 4 bytes and their padding";
        QTest::addRow("huge array")
            << "uint256[]" << QByteArray(word(0x20) + word(quint64(1) << 62)) << bounds << "length";
        QTest::addRow("array longer than data")
            << "uint256[]" << QByteArray(word(0x20) + word(3) + word(1) + word(2)) << bounds
            << "3 elements of 32 bytes each do not fit";
        QByteArray dirtyTail = word(0x20) + word(4) + padded("dave");
        dirtyTail[64 + 20] = 1;
        QTest::addRow("dirty bytes tail")
            << "bytes" << dirtyTail << invalidValue << "dirty padding after its 4 bytes";
        QByteArray dirtyFixed = padded("abc");
        dirtyFixed[31] = 'x';
        QTest::addRow("dirty bytes3") << "bytes3" << dirtyFixed << invalidValue
                                      << "dirty padding after the 3 bytes of a bytes3";
        QByteArray dirtyAddress = word(1);
        dirtyAddress[11] = 1;
        QTest::addRow("dirty address")
            << "address" << dirtyAddress << invalidValue << "the 12 bytes before the address";
        QTest::addRow("bool 2") << "bool" << word(2) << invalidValue << "a bool is 0 or 1, not 2";
        QTest::addRow("uint32 too wide")
            << "uint32" << word(quint64(1) << 32) << invalidValue << "exceeds uint32";
        QTest::addRow("nested offset past end")
            << "(uint8,bytes)[]" << word(0x20) + word(1) + word(0x20) + word(1) + word(0x400)
            << bounds << "value ((uint8,bytes)[])[0].1: offset 1024";
    }
    void malformedDataIsAnError() {
        QFETCH(QString, type);
        QFETCH(QByteArray, data);
        QFETCH(int, code);
        QFETCH(QString, says);
        const auto parsed = AbiType::parse(type);
        SD_VERIFY_OK(parsed);
        const auto decoded = AbiCodec::decode(*parsed, data);
        SD_VERIFY_ERROR(decoded, ErrorCode(code));
        QVERIFY2(decoded.message().contains(says), qPrintable(decoded.message()));
    }

    // Offsets that point many times at the same long string would decode to far more than the
    // data holds: refused before it is allocated.
    void overlappingOffsetsCannotInflateTheData() {
        const int count = 2000;
        QByteArray data = word(0x20) + word(count);
        for (int i = 0; i < count; ++i)
            data += word(quint64(count) * 32); // every element at the same string
        data += word(4096) + QByteArray(4096, 'a');
        const auto decoded = AbiCodec::decode(type("string[]"), data);
        SD_VERIFY_ERROR(decoded, ErrorCode::OutOfBounds);
        QVERIFY2(decoded.message().contains("more than once"), qPrintable(decoded.message()));

        // Two elements sharing one string fit (the data could hold both).
        QByteArray shared = word(0x20) + word(2) + word(0x40) + word(0x40) + word(1) + padded("x");
        shared += QByteArray(64, '\0');
        SD_VERIFY_OK(AbiCodec::decode(type("string[]"), shared));
    }

    // Extra bytes after the encoding are ignored, as Solidity ignores extra call data.
    void trailingDataIsIgnored() {
        const auto decoded = AbiCodec::decode(type("uint8"), QByteArray(word(7) + word(9)));
        SD_VERIFY_OK(decoded);
        QCOMPARE(decoded->word(), UInt256(7));
    }

    // Indexed event parameters arrive as single words.
    void decodeWordOfAnElementaryType() {
        const auto value = AbiCodec::decodeWord(type("uint64"), word(5), "topic 1");
        SD_VERIFY_OK(value);
        QCOMPARE(value->word(), UInt256(5));
        SD_VERIFY_ERROR(AbiCodec::decodeWord(type("uint64"), QByteArray(31, '\0'), "topic 1"),
                        ErrorCode::OutOfBounds);
        SD_VERIFY_ERROR(AbiCodec::decodeWord(type("string"), word(5), "topic 1"),
                        ErrorCode::InvalidArgument);
    }

    // Random values round-trip; random and mutated encodings decode or fail, never crash, and
    // what decodes re-encodes to something that decodes to the same value.
    void randomAndMutatedInputsNeverCrash() {
        QRandomGenerator random(20261203);
        const std::vector<AbiType> shapes =
            types({"uint8", "int16", "int256", "address", "bool", "bytes3", "bytes32", "bytes",
                   "string", "uint64[]", "bytes3[2]", "string[]", "uint256[][]", "(uint8,bytes)",
                   "(bytes32,bytes32[],(bytes32[],bytes32[]))", "(uint8,string)[2][]",
                   "(int8,(bool,address)[],bytes10)"});
        int decodedMutations = 0;
        for (int round = 0; round < 4000; ++round) {
            const AbiType& shape = shapes[std::size_t(random.bounded(int(shapes.size())))];
            const AbiValue value = randomValue(shape, random);
            const auto encoded = AbiCodec::encode(shape, value);
            SD_VERIFY_OK(encoded);
            const auto decoded = AbiCodec::decode(shape, *encoded);
            SD_VERIFY_OK(decoded);
            QVERIFY2(*decoded == value, qPrintable(shape.canonical() + ": " + value.describe()));

            QByteArray mutated = *encoded;
            switch (random.bounded(4)) {
            case 0: // flip a few bytes
                for (int i = 0, n = 1 + random.bounded(4); i < n && !mutated.isEmpty(); ++i)
                    mutated[random.bounded(int(mutated.size()))] = char(random.bounded(256));
                break;
            case 1: // cut it short
                mutated.truncate(random.bounded(int(mutated.size()) + 1));
                break;
            case 2: // a word made huge
                if (mutated.size() >= 32)
                    mutated.replace(32 * random.bounded(int(mutated.size() / 32)), 32,
                                    QByteArray(32, '\xff'));
                break;
            default: // noise
                mutated = QByteArray(random.bounded(300), '\0');
                for (char& c : mutated)
                    c = char(random.bounded(3) == 0 ? random.bounded(256) : 0);
            }
            const auto again = AbiCodec::decode(shape, mutated);
            if (!again.ok()) {
                QVERIFY(!again.message().isEmpty());
                continue;
            }
            ++decodedMutations;
            const auto reencoded = AbiCodec::encode(shape, *again);
            SD_VERIFY_OK(reencoded);
            const auto roundTrip = AbiCodec::decode(shape, *reencoded);
            SD_VERIFY_OK(roundTrip);
            QVERIFY(*roundTrip == *again);
        }
        QVERIFY(decodedMutations > 0); // some mutations are still valid encodings
    }
};

QTEST_GUILESS_MAIN(TestAbiCodec)
#include "tst_abicodec.moc"
