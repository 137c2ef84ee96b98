#pragma once

#include "core/domain/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace salesdesk::abi {

// A Solidity ABI type, as the contract ABI specification defines them: the elementary types
// uint<N> and int<N> (N = 8, 16, …, 256), address, bool, bytes<N> (N = 1 … 32), bytes and string,
// and the composite types T[] (dynamic array), T[k] (fixed array) and (T1,…,Tn) (tuple), nested
// to any depth up to kMaxDepth. Parsed from the canonical spelling ("uint64[]",
// "(bytes32,(uint256,address)[])[2]") or from a parameter of a JSON ABI (whose tuples are spelt
// "tuple" with "components"). Immutable once built.
class AbiType {
public:
    enum class Kind {
        UInt,
        Int,
        Address,
        Bool,
        FixedBytes,
        Bytes,
        String,
        Array,
        FixedArray,
        Tuple
    };

    // How deeply arrays and tuples may nest; the decoder recurses along the type, never along
    // the data, so this bounds its stack.
    static constexpr int kMaxDepth = 32;
    // The largest head a static type may have (a fixed array of fixed arrays multiplies up fast).
    static constexpr quint64 kMaxHeadSize = quint64(1) << 30;

    // The canonical spelling; anything else is an error that says what and where, e.g.
    // `uint7 is not a type: uint<N> takes N = 8, 16, …, 256` or `unexpected "]" at 6 in "bool[]]"`.
    static Result<AbiType> parse(QStringView text);
    // A parameter of a JSON ABI: {"name": …, "type": "tuple[]", "components": [ … ]}. Tuple
    // members keep their names (used in error paths and decoded values).
    static Result<AbiType> fromJson(const QJsonObject& parameter);

    Kind kind() const { return m_kind; }
    // uint<N>/int<N>: N; bytes<N>: N; 0 for the other kinds.
    int width() const { return m_width; }
    // T[k]: k.
    quint64 length() const { return m_length; }
    // T[] and T[k]: T.
    const AbiType& element() const { return m_children.front(); }
    // (T1,…,Tn): T1 … Tn, and their names where a JSON ABI gave them (else empty strings).
    const std::vector<AbiType>& components() const { return m_children; }
    QString componentName(std::size_t index) const;

    // uint, int, address, bool and bytes<N>: one word, in place.
    bool isElementary() const;
    // bytes, string, T[], and T[k] or tuples holding a dynamic type: encoded at an offset.
    bool isDynamic() const { return m_dynamic; }
    // The bytes the type takes in the head of its enclosing tuple: 32 for a dynamic type (its
    // offset), the whole encoding for a static one.
    quint64 headSize() const { return m_headSize; }
    // "uint256", "(bytes32,uint64)[]": what signatures and selectors are made of.
    QString canonical() const;
    // How deeply arrays and tuples nest in it: 0 for an elementary type.
    int depth() const { return m_depth; }

    bool operator==(const AbiType& other) const;

private:
    explicit AbiType(Kind kind, int width = 0);
    // T[], T[k] or a tuple over `children`; an error when it would nest too deeply or be too
    // large.
    static Result<AbiType> composite(Kind kind, std::vector<AbiType> children, quint64 length,
                                     QStringList names);
    static Result<AbiType> fromJsonAt(const QJsonObject& parameter, int depth);
    // Recursive descent over `text` from `pos`, which it moves past what it read.
    static Result<AbiType> parseAt(QStringView text, qsizetype& pos, int depth);
    static Result<AbiType> parseElementary(QStringView name, QStringView text);
    // The array suffixes "[]" and "[k]" after a base type, applied left to right.
    static Result<AbiType> parseSuffixes(AbiType base, QStringView text, qsizetype& pos);

    Kind m_kind;
    int m_width = 0;
    quint64 m_length = 0;
    std::vector<AbiType> m_children; // the element (arrays) or the components (tuples)
    QStringList m_names;             // tuples: the components' names, or empty
    bool m_dynamic = false;
    quint64 m_headSize = 32;
    int m_depth = 0;
};

} // namespace salesdesk::abi
