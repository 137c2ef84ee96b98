#include "core/chain/abi/AbiCodec.h"

#include <algorithm>
#include <utility>

namespace salesdesk::abi {

namespace {

constexpr qsizetype kWord = 32;

// Where a value sits in what is being encoded or decoded; turned into text only for an error,
// so decoding a large array builds no strings.
struct Path {
    const Path* parent = nullptr;
    QString label;                  // the root: "argument 2 (uint64[])"
    const AbiType* tuple = nullptr; // a tuple member: the tuple (for the member's name)
    std::size_t index = 0;          // the element's or the member's index

    QString render() const {
        if (!parent)
            return label;
        if (!tuple)
            return parent->render() + QStringLiteral("[%1]").arg(index);
        const QString name = tuple->componentName(index);
        return parent->render() + QLatin1Char('.') +
               (name.isEmpty() ? QString::number(index) : name);
    }
    Path child(const AbiType& container, std::size_t at) const {
        Path out;
        out.parent = this;
        out.tuple = container.kind() == AbiType::Kind::Tuple ? &container : nullptr;
        out.index = at;
        return out;
    }
};

Error invalid(const Path& path, const QString& what) {
    return makeError(ErrorCode::InvalidArgument, path.render() + QStringLiteral(": ") + what);
}

Error outOfBounds(const Path& path, const QString& what) {
    return makeError(ErrorCode::OutOfBounds, path.render() + QStringLiteral(": ") + what);
}

bool allBytesAre(QByteArrayView bytes, char value) {
    return std::all_of(bytes.begin(), bytes.end(), [value](char b) { return b == value; });
}

QString hex(QByteArrayView bytes) {
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toByteArray().toHex());
}

const AbiType& memberType(const AbiType& container, std::size_t index) {
    return container.kind() == AbiType::Kind::Tuple ? container.components()[index]
                                                    : container.element();
}

// ---- encoding ----

QString kindName(AbiValue::Kind kind) {
    switch (kind) {
    case AbiValue::Kind::UInt:
        return QStringLiteral("an unsigned integer");
    case AbiValue::Kind::Int:
        return QStringLiteral("a signed integer");
    case AbiValue::Kind::Address:
        return QStringLiteral("an address");
    case AbiValue::Kind::Bool:
        return QStringLiteral("a bool");
    case AbiValue::Kind::Bytes:
        return QStringLiteral("bytes");
    case AbiValue::Kind::String:
        return QStringLiteral("a string");
    case AbiValue::Kind::List:
        return QStringLiteral("a list");
    }
    return {};
}

Error mismatch(const Path& path, const AbiType& type, const AbiValue& value) {
    return invalid(path,
                   QStringLiteral("%1 takes no %2").arg(type.canonical(), kindName(value.kind())));
}

// The integer's two's complement word when it fits `type` (uint<N> or int<N>).
Result<UInt256> integerWord(const AbiType& type, const AbiValue& value, const Path& path) {
    if (value.kind() != AbiValue::Kind::UInt && value.kind() != AbiValue::Kind::Int)
        return mismatch(path, type, value);
    const int bits = type.width();
    if (type.kind() == AbiType::Kind::UInt) {
        if (value.isNegative())
            return invalid(path, QStringLiteral("%1 is negative; %2 takes no sign")
                                     .arg(value.toDecimal(), type.canonical()));
        if (bits < 256 && (value.word() >> bits) != 0)
            return invalid(
                path,
                QStringLiteral("value %1 exceeds %2").arg(value.toDecimal(), type.canonical()));
        return value.word();
    }
    const UInt256 limit = UInt256(1) << (bits - 1); // |minimum|; the maximum is limit - 1
    if (value.isNegative() ? value.magnitude() > limit : value.word() >= limit)
        return invalid(
            path,
            QStringLiteral("value %1 is outside %2").arg(value.toDecimal(), type.canonical()));
    return value.word();
}

Result<Value> encoderValue(const AbiType& type, const AbiValue& value, const Path& path) {
    using K = AbiType::Kind;
    switch (type.kind()) {
    case K::UInt:
    case K::Int: {
        auto word = integerWord(type, value, path);
        if (!word.ok())
            return word.error();
        return uint(*word);
    }
    case K::Address:
        if (value.kind() != AbiValue::Kind::Address)
            return mismatch(path, type, value);
        return address(value.toAddress());
    case K::Bool:
        if (value.kind() != AbiValue::Kind::Bool)
            return mismatch(path, type, value);
        return uint(value.toBool() ? 1 : 0);
    case K::FixedBytes:
        if (value.kind() != AbiValue::Kind::Bytes)
            return mismatch(path, type, value);
        if (value.bytes().size() != type.width())
            return invalid(path, QStringLiteral("%1 takes exactly %2 bytes, got %3")
                                     .arg(type.canonical())
                                     .arg(type.width())
                                     .arg(value.bytes().size()));
        return fixedBytes(value.bytes());
    case K::Bytes:
    case K::String:
        if (value.kind() !=
            (type.kind() == K::Bytes ? AbiValue::Kind::Bytes : AbiValue::Kind::String))
            return mismatch(path, type, value);
        return bytes(value.bytes());
    case K::Array:
    case K::FixedArray:
    case K::Tuple: {
        if (value.kind() != AbiValue::Kind::List)
            return mismatch(path, type, value);
        const std::size_t expected =
            type.kind() == K::Tuple ? type.components().size() : std::size_t(type.length());
        if (type.kind() != K::Array && value.items().size() != expected)
            return invalid(path, QStringLiteral("%1 takes %2 values, got %3")
                                     .arg(type.canonical())
                                     .arg(expected)
                                     .arg(value.items().size()));
        std::vector<Value> members;
        members.reserve(value.items().size());
        for (std::size_t i = 0; i < value.items().size(); ++i) {
            auto member = encoderValue(memberType(type, i), value.items()[i], path.child(type, i));
            if (!member.ok())
                return member;
            members.push_back(std::move(*member));
        }
        return type.kind() == K::Array ? array(std::move(members)) : tuple(std::move(members));
    }
    }
    return mismatch(path, type, value);
}

// ---- decoding ----

// The data being decoded and what is left of the bytes it may decode to (see the header).
struct Decoding {
    const char* begin;
    qsizetype budget;

    qsizetype at(QByteArrayView region) const { return region.data() - begin; }

    Result<void> charge(qsizetype bytes, const Path& path) {
        if (bytes > budget)
            return outOfBounds(path, QStringLiteral("its offsets point at the same bytes more "
                                                    "than once: it would decode to more than "
                                                    "the data could encode"));
        budget -= bytes;
        return {};
    }

    Result<void> need(QByteArrayView region, qsizetype bytes, const Path& path,
                      const QString& what) const {
        if (bytes <= region.size())
            return {};
        return outOfBounds(path, QStringLiteral("the data is too short for %1: %2 bytes needed "
                                                "from byte %3, %4 there")
                                     .arg(what)
                                     .arg(bytes)
                                     .arg(at(region))
                                     .arg(region.size()));
    }

    // An offset or a length word, as a size no greater than `limit`.
    Result<qsizetype> size(QByteArrayView word, qsizetype limit, const Path& path,
                           const QString& what) const {
        quint64 value = 0;
        if (allBytesAre(word.first(24), '\0'))
            for (qsizetype i = 24; i < kWord; ++i)
                value = (value << 8) | quint8(word[i]);
        else
            value = ~quint64(0);
        if (value > quint64(limit))
            return outOfBounds(path,
                               QStringLiteral("%1 %2 at byte %3 is past the end of the data "
                                              "(at most %4 there)")
                                   .arg(what, uint256::toDecimal(*uint256::fromBigEndian(word)))
                                   .arg(at(word))
                                   .arg(limit));
        return qsizetype(value);
    }
};

// One word of an elementary type, exactly 32 bytes.
Result<AbiValue> decodeWordAt(const AbiType& type, QByteArrayView word, const Path& path) {
    const qsizetype pad = kWord - type.width() / 8; // uint<N>, int<N>: the bytes beyond N bits
    switch (type.kind()) {
    case AbiType::Kind::UInt:
        if (!allBytesAre(word.first(pad), '\0'))
            return invalid(path,
                           QStringLiteral("value %1 exceeds %2").arg(hex(word), type.canonical()));
        return AbiValue::uint(*uint256::fromBigEndian(word));
    case AbiType::Kind::Int: {
        const char fill = (quint8(word[pad]) & 0x80) ? char(0xff) : '\0';
        if (!allBytesAre(word.first(pad), fill))
            return invalid(path, QStringLiteral("value %1 is outside %2 (not sign-extended)")
                                     .arg(hex(word), type.canonical()));
        return AbiValue::signedWord(*uint256::fromBigEndian(word));
    }
    case AbiType::Kind::Address:
        if (!allBytesAre(word.first(12), '\0'))
            return invalid(path, QStringLiteral("dirty padding: the 12 bytes before the address "
                                                "are not zero (%1)")
                                     .arg(hex(word)));
        return AbiValue::address(Address::fromBytes(word.sliced(12)));
    case AbiType::Kind::Bool:
        if (!allBytesAre(word.first(31), '\0') || quint8(word[31]) > 1)
            return invalid(path, QStringLiteral("a bool is 0 or 1, not %1")
                                     .arg(uint256::toDecimal(*uint256::fromBigEndian(word))));
        return AbiValue::boolean(word[31] == 1);
    case AbiType::Kind::FixedBytes:
        if (!allBytesAre(word.sliced(type.width()), '\0'))
            return invalid(path, QStringLiteral("dirty padding after the %1 bytes of a %2 (%3)")
                                     .arg(type.width())
                                     .arg(type.canonical(), hex(word)));
        return AbiValue::bytes(word.first(type.width()).toByteArray());
    default:
        return invalid(path, QStringLiteral("%1 is not one word").arg(type.canonical()));
    }
}

Result<AbiValue> decodeAt(const AbiType& type, QByteArrayView region, const Path& path,
                          Decoding& decoding);

// `count` members one after the other from the start of `region`: a tuple's members, an array's
// elements. Dynamic members are an offset from the start of `region`.
template <typename TypeAt, typename PathAt>
Result<std::vector<AbiValue>> decodeSequence(std::size_t count, TypeAt typeAt, PathAt pathAt,
                                             QByteArrayView region, Decoding& decoding) {
    std::vector<AbiValue> items;
    items.reserve(std::min(count, std::size_t(decoding.budget / kWord) + 1));
    qsizetype pos = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const AbiType& type = typeAt(i);
        const Path path = pathAt(i);
        const qsizetype head = qsizetype(type.headSize());
        if (auto enough = decoding.need(region, pos + head, path,
                                        type.isDynamic() ? QStringLiteral("the offset of it")
                                                         : QStringLiteral("its value"));
            !enough.ok())
            return enough.error();
        Result<AbiValue> item = makeError(ErrorCode::InvalidArgument, {});
        if (type.isDynamic()) {
            SD_TRY(decoding.charge(kWord, path));
            const auto offset = decoding.size(region.sliced(pos, kWord), region.size() - kWord,
                                              path, QStringLiteral("offset"));
            if (!offset.ok())
                return offset.error();
            item = decodeAt(type, region.sliced(*offset), path, decoding);
        } else {
            item = decodeAt(type, region.sliced(pos), path, decoding);
        }
        if (!item.ok())
            return item.error();
        items.push_back(std::move(*item));
        pos += head;
    }
    return items;
}

Result<AbiValue> decodeMembers(const AbiType& type, std::size_t count, QByteArrayView region,
                               const Path& path, Decoding& decoding) {
    auto items = decodeSequence(
        count, [&](std::size_t i) -> const AbiType& { return memberType(type, i); },
        [&](std::size_t i) { return path.child(type, i); }, region, decoding);
    if (!items.ok())
        return items.error();
    return AbiValue::list(std::move(*items));
}

Result<AbiValue> decodeBytes(const AbiType& type, QByteArrayView region, const Path& path,
                             Decoding& decoding) {
    SD_TRY(decoding.need(region, kWord, path, QStringLiteral("its length")));
    const auto length =
        decoding.size(region.first(kWord), region.size() - kWord, path, QStringLiteral("length"));
    if (!length.ok())
        return length.error();
    const qsizetype padded = (*length + kWord - 1) / kWord * kWord;
    SD_TRY(decoding.need(region, kWord + padded, path,
                         QStringLiteral("the end of its %1 bytes and their padding").arg(*length)));
    if (!allBytesAre(region.sliced(kWord + *length, padded - *length), '\0'))
        return invalid(path, QStringLiteral("dirty padding after its %1 bytes").arg(*length));
    SD_TRY(decoding.charge(kWord + padded, path));
    QByteArray raw = region.sliced(kWord, *length).toByteArray();
    return type.kind() == AbiType::Kind::String ? AbiValue::utf8(std::move(raw))
                                                : AbiValue::bytes(std::move(raw));
}

Result<AbiValue> decodeAt(const AbiType& type, QByteArrayView region, const Path& path,
                          Decoding& decoding) {
    using K = AbiType::Kind;
    switch (type.kind()) {
    case K::Bytes:
    case K::String:
        return decodeBytes(type, region, path, decoding);
    case K::Array: {
        SD_TRY(decoding.need(region, kWord, path, QStringLiteral("its length")));
        const qsizetype room = region.size() - kWord;
        const auto count = decoding.size(region.first(kWord), room, path, QStringLiteral("length"));
        if (!count.ok())
            return count.error();
        const quint64 elementHead = type.element().headSize();
        if (quint64(*count) > quint64(room) / elementHead)
            return outOfBounds(path, QStringLiteral("%1 elements of %2 bytes each do not fit in "
                                                    "the %3 bytes after byte %4")
                                         .arg(*count)
                                         .arg(elementHead)
                                         .arg(room)
                                         .arg(decoding.at(region) + kWord));
        SD_TRY(decoding.charge(kWord, path));
        return decodeMembers(type, std::size_t(*count), region.sliced(kWord), path, decoding);
    }
    case K::FixedArray:
        return decodeMembers(type, std::size_t(type.length()), region, path, decoding);
    case K::Tuple:
        return decodeMembers(type, type.components().size(), region, path, decoding);
    default:
        SD_TRY(decoding.need(region, kWord, path, QStringLiteral("its value")));
        SD_TRY(decoding.charge(kWord, path));
        return decodeWordAt(type, region.first(kWord), path);
    }
}

Result<std::vector<AbiValue>> decodeRoots(const std::vector<AbiType>& types,
                                          const std::vector<QString>& labels, QByteArrayView data) {
    Decoding decoding{data.data(), data.size()};
    return decodeSequence(
        types.size(), [&](std::size_t i) -> const AbiType& { return types[i]; },
        [&](std::size_t i) {
            Path root;
            root.label = labels[i];
            return root;
        },
        data, decoding);
}

} // namespace

QString AbiCodec::parameterLabel(QStringView what, std::size_t index, const QString& name,
                                 const AbiType& type) {
    if (name.isEmpty())
        return QStringLiteral("%1 %2 (%3)").arg(what).arg(index + 1).arg(type.canonical());
    return QStringLiteral("%1 %2 %3 (%4)").arg(what).arg(index + 1).arg(name, type.canonical());
}

Result<QByteArray> AbiCodec::encode(const AbiType& type, const AbiValue& value) {
    Path root;
    root.label = QStringLiteral("value (%1)").arg(type.canonical());
    auto encoded = encoderValue(type, value, root);
    if (!encoded.ok())
        return encoded.error();
    return abi::encode({*encoded});
}

Result<QByteArray> AbiCodec::encodeParameters(const std::vector<AbiType>& types,
                                              const std::vector<AbiValue>& values, QStringView what,
                                              const QStringList& names) {
    if (types.size() != values.size())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1 values for %2 parameters").arg(values.size()).arg(types.size()));
    std::vector<Value> members;
    members.reserve(types.size());
    for (std::size_t i = 0; i < types.size(); ++i) {
        const QString name = i < std::size_t(names.size()) ? names[qsizetype(i)] : QString();
        auto member = toEncoderValue(types[i], values[i], parameterLabel(what, i, name, types[i]));
        if (!member.ok())
            return member.error();
        members.push_back(std::move(*member));
    }
    return abi::encode(members);
}

Result<Value> AbiCodec::toEncoderValue(const AbiType& type, const AbiValue& value,
                                       const QString& label) {
    Path root;
    root.label = label;
    return encoderValue(type, value, root);
}

Result<AbiValue> AbiCodec::decode(const AbiType& type, QByteArrayView data) {
    auto values = decodeRoots({type}, {QStringLiteral("value (%1)").arg(type.canonical())}, data);
    if (!values.ok())
        return values.error();
    return std::move(values->front());
}

Result<std::vector<AbiValue>> AbiCodec::decodeParameters(const std::vector<AbiType>& types,
                                                         QByteArrayView data, QStringView what,
                                                         const QStringList& names) {
    std::vector<QString> labels;
    labels.reserve(types.size());
    for (std::size_t i = 0; i < types.size(); ++i)
        labels.push_back(parameterLabel(
            what, i, i < std::size_t(names.size()) ? names[qsizetype(i)] : QString(), types[i]));
    return decodeRoots(types, labels, data);
}

Result<AbiValue> AbiCodec::decodeWord(const AbiType& type, QByteArrayView word,
                                      const QString& label) {
    Path path;
    path.label = label;
    if (word.size() != kWord)
        return outOfBounds(path, QStringLiteral("a word has 32 bytes, not %1").arg(word.size()));
    return decodeWordAt(type, word, path);
}

} // namespace salesdesk::abi
