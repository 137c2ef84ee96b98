#include "core/chain/abi/AbiType.h"

#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace salesdesk::abi {

namespace {

constexpr quint64 kWord = 32;

Error typeError(const QString& what) {
    return makeError(ErrorCode::InvalidArgument, what);
}

QString quoted(QStringView text) {
    return QLatin1Char('"') + text.toString() + QLatin1Char('"');
}

// A decimal number without sign or leading zero; nullopt otherwise (or past 2^63).
std::optional<quint64> parseDecimal(QStringView digits) {
    if (digits.isEmpty() || digits.size() > 18 || (digits.size() > 1 && digits.front() == u'0'))
        return std::nullopt;
    quint64 value = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + quint64(c.unicode() - u'0');
    }
    return value;
}

bool isNameChar(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_';
}

} // namespace

AbiType::AbiType(Kind kind, int width)
    : m_kind(kind)
    , m_width(width)
    , m_dynamic(kind == Kind::Bytes || kind == Kind::String) {}

Result<AbiType> AbiType::composite(Kind kind, std::vector<AbiType> children, quint64 length,
                                   QStringList names) {
    AbiType type(kind);
    type.m_length = length;
    type.m_children = std::move(children);
    type.m_names = std::move(names);
    for (const AbiType& child : type.m_children)
        type.m_depth = std::max(type.m_depth, child.m_depth + 1);
    if (type.m_depth > kMaxDepth)
        return typeError(
            QStringLiteral("arrays and tuples nest more than %1 levels deep").arg(kMaxDepth));
    switch (kind) {
    case Kind::Array:
        type.m_dynamic = true;
        break;
    case Kind::FixedArray: {
        const AbiType& element = type.m_children.front();
        type.m_dynamic = element.m_dynamic;
        if (!type.m_dynamic) {
            if (length > kMaxHeadSize / element.m_headSize)
                return typeError(QStringLiteral("%1 is too large: its encoding would take more "
                                                "than %2 bytes")
                                     .arg(type.canonical())
                                     .arg(kMaxHeadSize));
            type.m_headSize = element.m_headSize * length;
        }
        break;
    }
    case Kind::Tuple: {
        quint64 size = 0;
        for (const AbiType& component : type.m_children) {
            type.m_dynamic = type.m_dynamic || component.m_dynamic;
            size += component.m_headSize; // each at most 2^30: no overflow short of 2^34 members
        }
        if (!type.m_dynamic) {
            if (size > kMaxHeadSize)
                return typeError(QStringLiteral("%1 is too large: its encoding would take more "
                                                "than %2 bytes")
                                     .arg(type.canonical())
                                     .arg(kMaxHeadSize));
            type.m_headSize = size;
        }
        break;
    }
    default:
        break;
    }
    if (type.m_dynamic)
        type.m_headSize = kWord;
    return type;
}

Result<AbiType> AbiType::parse(QStringView text) {
    qsizetype pos = 0;
    auto type = parseAt(text, pos, 0);
    if (!type.ok())
        return type;
    if (pos != text.size())
        return typeError(QStringLiteral("unexpected %1 at %2 in %3")
                             .arg(quoted(text.sliced(pos, 1)))
                             .arg(pos)
                             .arg(quoted(text)));
    return type;
}

Result<AbiType> AbiType::parseAt(QStringView text, qsizetype& pos, int depth) {
    if (depth > kMaxDepth)
        return typeError(QStringLiteral("arrays and tuples nest more than %1 levels deep in %2")
                             .arg(kMaxDepth)
                             .arg(quoted(text)));
    if (pos < text.size() && text[pos] == u'(') {
        ++pos;
        if (pos < text.size() && text[pos] == u')')
            return typeError(QStringLiteral("the empty tuple () at %1 in %2 is not a type")
                                 .arg(pos - 1)
                                 .arg(quoted(text)));
        std::vector<AbiType> components;
        while (true) {
            auto component = parseAt(text, pos, depth + 1);
            if (!component.ok())
                return component;
            components.push_back(std::move(*component));
            if (pos < text.size() && text[pos] == u',') {
                ++pos;
                continue;
            }
            if (pos < text.size() && text[pos] == u')') {
                ++pos;
                break;
            }
            return typeError(pos < text.size()
                                 ? QStringLiteral("expected \",\" or \")\" at %1 in %2, found %3")
                                       .arg(pos)
                                       .arg(quoted(text), quoted(text.sliced(pos, 1)))
                                 : QStringLiteral("%1 ends inside a tuple").arg(quoted(text)));
        }
        auto tuple = composite(Kind::Tuple, std::move(components), 0, {});
        if (!tuple.ok())
            return tuple;
        return parseSuffixes(std::move(*tuple), text, pos);
    }
    const qsizetype start = pos;
    while (pos < text.size() && isNameChar(text[pos]))
        ++pos;
    if (pos == start)
        return typeError(
            pos < text.size()
                ? QStringLiteral("expected a type at %1 in %2, found %3")
                      .arg(pos)
                      .arg(quoted(text), quoted(text.sliced(pos, 1)))
                : QStringLiteral("expected a type at the end of %1").arg(quoted(text)));
    auto base = parseElementary(text.sliced(start, pos - start), text);
    if (!base.ok())
        return base;
    return parseSuffixes(std::move(*base), text, pos);
}

Result<AbiType> AbiType::parseElementary(QStringView name, QStringView text) {
    const auto in = [&] {
        return QStringLiteral(" (in %1)").arg(quoted(text));
    };
    if (name == u"address")
        return AbiType(Kind::Address);
    if (name == u"bool")
        return AbiType(Kind::Bool);
    if (name == u"bytes")
        return AbiType(Kind::Bytes);
    if (name == u"string")
        return AbiType(Kind::String);
    for (const auto& [prefix, kind] :
         {std::pair{u"uint", Kind::UInt}, std::pair{u"int", Kind::Int}}) {
        if (!name.startsWith(prefix))
            continue;
        const QStringView digits = name.sliced(QStringView(prefix).size());
        if (digits.isEmpty())
            return typeError(
                QStringLiteral("%1 is not canonical: write %2%3")
                    .arg(name.toString(), name.toString() + QStringLiteral("256"), in()));
        const auto bits = parseDecimal(digits);
        if (!bits || *bits < 8 || *bits > 256 || *bits % 8 != 0)
            return typeError(QStringLiteral("%1 is not a type: %2<N> takes N = 8, 16, …, 256%3")
                                 .arg(name.toString(), QStringView(prefix).toString(), in()));
        return AbiType(kind, int(*bits));
    }
    if (name.startsWith(u"bytes")) {
        const auto size = parseDecimal(name.sliced(5));
        if (!size || *size < 1 || *size > 32)
            return typeError(QStringLiteral("%1 is not a type: bytes<N> takes N = 1 … 32%2")
                                 .arg(name.toString(), in()));
        return AbiType(Kind::FixedBytes, int(*size));
    }
    if (name.startsWith(u"fixed") || name.startsWith(u"ufixed") || name == u"function")
        return typeError(QStringLiteral("%1 is not supported: fixed-point and function types "
                                        "are not part of our contracts%2")
                             .arg(name.toString(), in()));
    return typeError(QStringLiteral("%1 is not an ABI type%2").arg(quoted(name), in()));
}

Result<AbiType> AbiType::parseSuffixes(AbiType base, QStringView text, qsizetype& pos) {
    while (pos < text.size() && text[pos] == u'[') {
        const qsizetype open = pos;
        const qsizetype close = text.indexOf(u']', open);
        if (close < 0)
            return typeError(
                QStringLiteral("the \"[\" at %1 in %2 is not closed").arg(open).arg(quoted(text)));
        const QStringView digits = text.sliced(open + 1, close - open - 1);
        pos = close + 1;
        Result<AbiType> array = makeError(ErrorCode::InvalidArgument, {});
        if (digits.isEmpty()) {
            array = composite(Kind::Array, {std::move(base)}, 0, {});
        } else {
            const auto length = parseDecimal(digits);
            if (!length || *length == 0)
                return typeError(QStringLiteral("%1 at %2 in %3 is not an array length: write "
                                                "[] or [k] with k a whole number from 1")
                                     .arg(quoted(text.sliced(open, close + 1 - open)))
                                     .arg(open)
                                     .arg(quoted(text)));
            array = composite(Kind::FixedArray, {std::move(base)}, *length, {});
        }
        if (!array.ok())
            return array;
        base = std::move(*array);
    }
    return base;
}

Result<AbiType> AbiType::fromJson(const QJsonObject& parameter) {
    return fromJsonAt(parameter, 0);
}

Result<AbiType> AbiType::fromJsonAt(const QJsonObject& parameter, int depth) {
    const QString type = parameter.value(QStringLiteral("type")).toString();
    if (type.isEmpty())
        return typeError(QStringLiteral("an ABI parameter has no \"type\""));
    if (!type.startsWith(QLatin1String("tuple")))
        return parse(type);
    if (depth > kMaxDepth)
        return typeError(
            QStringLiteral("ABI tuples are nested more than %1 levels deep").arg(kMaxDepth));
    std::vector<AbiType> components;
    QStringList names;
    const QJsonArray members = parameter.value(QStringLiteral("components")).toArray();
    for (const QJsonValue& member : members) {
        auto component = fromJsonAt(member.toObject(), depth + 1);
        if (!component.ok())
            return component;
        components.push_back(std::move(*component));
        names << member.toObject().value(QStringLiteral("name")).toString();
    }
    if (components.empty())
        return typeError(
            QStringLiteral("the ABI parameter %1 of type %2 has no components")
                .arg(quoted(parameter.value(QStringLiteral("name")).toString()), quoted(type)));
    auto tuple = composite(Kind::Tuple, std::move(components), 0, std::move(names));
    if (!tuple.ok())
        return tuple;
    const QStringView suffixes = QStringView(type).sliced(5);
    qsizetype pos = 0;
    auto result = parseSuffixes(std::move(*tuple), suffixes, pos);
    if (result.ok() && pos != suffixes.size())
        return typeError(QStringLiteral("%1 is not an ABI type").arg(quoted(type)));
    return result;
}

QString AbiType::componentName(std::size_t index) const {
    return index < std::size_t(m_names.size()) ? m_names[qsizetype(index)] : QString();
}

bool AbiType::isElementary() const {
    switch (m_kind) {
    case Kind::UInt:
    case Kind::Int:
    case Kind::Address:
    case Kind::Bool:
    case Kind::FixedBytes:
        return true;
    default:
        return false;
    }
}

QString AbiType::canonical() const {
    switch (m_kind) {
    case Kind::UInt:
        return QStringLiteral("uint%1").arg(m_width);
    case Kind::Int:
        return QStringLiteral("int%1").arg(m_width);
    case Kind::Address:
        return QStringLiteral("address");
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::FixedBytes:
        return QStringLiteral("bytes%1").arg(m_width);
    case Kind::Bytes:
        return QStringLiteral("bytes");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Array:
        return element().canonical() + QStringLiteral("[]");
    case Kind::FixedArray:
        return element().canonical() + QStringLiteral("[%1]").arg(m_length);
    case Kind::Tuple: {
        QStringList parts;
        for (const AbiType& component : m_children)
            parts << component.canonical();
        return QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    }
    return {};
}

bool AbiType::operator==(const AbiType& other) const {
    return m_kind == other.m_kind && m_width == other.m_width && m_length == other.m_length &&
           m_children == other.m_children;
}

} // namespace salesdesk::abi
