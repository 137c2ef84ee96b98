#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

// Solidity's contract ABI encoding (abi.encode), enough for the Marketplace's ids and calls.
// Values are built with the factory functions below and encoded as a tuple; the type signature is
// not modelled, so the caller is responsible for building values in the order and shape the
// Solidity type has (e.g. a fixed-size array T[k] is built as a tuple of k values).
namespace salesdesk::abi {

// One value to encode. Static values (uint, address, bytesN, tuples of static values) go in place
// into the head of the enclosing tuple; dynamic ones (bytes, T[], tuples holding a dynamic value)
// put an offset into the head and their data into the tail.
class Value {
public:
    bool isDynamic() const { return m_dynamic; }

    // The value's own encoding: the words written in place for a static value, the data that the
    // head offset points to for a dynamic one.
    QByteArray encoding() const;

private:
    enum class Kind { Word, Bytes, Array, Tuple };

    Value(Kind kind, QByteArray bytes, std::vector<Value> items);

    friend Value uint(const UInt256& value);
    friend Value address(const Address& value);
    friend Result<Value> fixedBytes(QByteArrayView raw);
    friend Value bytes(QByteArray raw);
    friend Value array(std::vector<Value> elements);
    friend Value tuple(std::vector<Value> members);

    Kind m_kind;
    QByteArray m_bytes;         // the 32-byte word (Word) or the raw bytes (Bytes)
    std::vector<Value> m_items; // elements (Array) or members (Tuple)
    bool m_dynamic;
};

// uint<N> for any N: the ABI encodes every width as one left-padded 32-byte word. The caller keeps
// the value within 2^N.
Value uint(const UInt256& value);
// address: 20 bytes, left-padded like a uint160.
Value address(const Address& value);
// bytesN for N = raw.size() in 1..32: right-padded to one word. Other sizes are an error.
Result<Value> fixedBytes(QByteArrayView raw);
// bytes32 from a 32-byte id. Restricted to 32 bytes so an Address cannot slip in as bytes20
// (right-padded) where an address (left-padded) is meant.
template <typename Tag> Value bytes32(const FixedBytes<32, Tag>& value) {
    return fixedBytes(value.toByteArray()).value();
}
// bytes (dynamic): length word, then the bytes right-padded to a multiple of 32.
Value bytes(QByteArray raw);
// T[] (dynamic): element count, then the elements encoded as a tuple.
Value array(std::vector<Value> elements);
// (T1,...,Tn), e.g. a struct: dynamic when any member is dynamic.
Value tuple(std::vector<Value> members);

// abi.encode(v1, ..., vn): the encoding of the tuple (v1, ..., vn). Offsets of dynamic values are
// relative to the start of the tuple that holds them.
QByteArray encode(const std::vector<Value>& values);

// Call data: the 4-byte selector of `signature` followed by encode(args).
QByteArray encodeCall(QByteArrayView signature, const std::vector<Value>& args);

// First 4 bytes of keccak256 of a canonical signature such as "reserveSlot(bytes32,uint64)".
QByteArray selector(QByteArrayView signature);

// Ethereum's Keccak-256 (the original Keccak padding, not NIST SHA3-256).
Hash32 keccak256(QByteArrayView data);

} // namespace salesdesk::abi
