#include "core/domain/AbiEncoder.h"

#include <QCryptographicHash>

#include <algorithm>
#include <utility>

namespace salesdesk::abi {

namespace {

constexpr qsizetype kWord = 32;

QByteArray lengthWord(qsizetype length) {
    return uint256::toBigEndian32(UInt256(static_cast<quint64>(length)));
}

// Pads on the right to a whole number of words; empty stays empty (bytes "" is just its length).
QByteArray padRight(QByteArray raw) {
    const qsizetype remainder = raw.size() % kWord;
    if (remainder != 0)
        raw.append(kWord - remainder, '\0');
    return raw;
}

// Head/tail layout of a tuple: static members in place, dynamic members as an offset (counted from
// the start of this tuple's head) to their data, which follows the head in member order.
QByteArray encodeTuple(const std::vector<Value>& items) {
    std::vector<QByteArray> parts;
    parts.reserve(items.size());
    qsizetype headSize = 0;
    for (const Value& item : items) {
        parts.push_back(item.encoding());
        headSize += item.isDynamic() ? kWord : parts.back().size();
    }
    QByteArray head;
    QByteArray tail;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].isDynamic()) {
            head += lengthWord(headSize + tail.size());
            tail += parts[i];
        } else {
            head += parts[i];
        }
    }
    return head + tail;
}

} // namespace

Value::Value(Kind kind, QByteArray bytes, std::vector<Value> items)
    : m_kind(kind)
    , m_bytes(std::move(bytes))
    , m_items(std::move(items))
    , m_dynamic(false) {
    switch (m_kind) {
    case Kind::Word:
        m_dynamic = false;
        break;
    case Kind::Bytes:
    case Kind::Array:
        m_dynamic = true;
        break;
    case Kind::Tuple:
        m_dynamic = std::any_of(m_items.begin(), m_items.end(),
                                [](const Value& member) { return member.isDynamic(); });
        break;
    }
}

QByteArray Value::encoding() const {
    switch (m_kind) {
    case Kind::Word:
        return m_bytes;
    case Kind::Bytes:
        return lengthWord(m_bytes.size()) + padRight(m_bytes);
    case Kind::Array:
        return lengthWord(static_cast<qsizetype>(m_items.size())) + encodeTuple(m_items);
    case Kind::Tuple:
        return encodeTuple(m_items);
    }
    return {};
}

Value uint(const UInt256& value) {
    return Value(Value::Kind::Word, uint256::toBigEndian32(value), {});
}

Value address(const Address& value) {
    QByteArray word(kWord - static_cast<qsizetype>(Address::kSize), '\0');
    word += value.toByteArray();
    return Value(Value::Kind::Word, word, {});
}

Result<Value> fixedBytes(QByteArrayView raw) {
    if (raw.isEmpty() || raw.size() > kWord)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("bytesN takes 1 to 32 bytes, got %1").arg(raw.size()));
    return Value(Value::Kind::Word, padRight(raw.toByteArray()), {});
}

Value bytes(QByteArray raw) {
    return Value(Value::Kind::Bytes, std::move(raw), {});
}

Value array(std::vector<Value> elements) {
    return Value(Value::Kind::Array, {}, std::move(elements));
}

Value tuple(std::vector<Value> members) {
    return Value(Value::Kind::Tuple, {}, std::move(members));
}

QByteArray encode(const std::vector<Value>& values) {
    return encodeTuple(values);
}

QByteArray encodeCall(QByteArrayView signature, const std::vector<Value>& args) {
    return selector(signature) + encode(args);
}

QByteArray selector(QByteArrayView signature) {
    return QCryptographicHash::hash(signature, QCryptographicHash::Keccak_256).left(4);
}

Hash32 keccak256(QByteArrayView data) {
    // One hasher per thread, reset for each hash: QCryptographicHash::hash() allocates a new
    // one every time, which cost as much as the hashing for the 64-byte challenge inputs.
    thread_local QCryptographicHash hasher(QCryptographicHash::Keccak_256);
    hasher.reset();
    hasher.addData(data);
    return Hash32::fromBytes(hasher.resultView());
}

} // namespace salesdesk::abi
