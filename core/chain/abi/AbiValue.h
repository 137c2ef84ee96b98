#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace salesdesk::abi {

// A value of an AbiType, as a tree: what AbiCodec encodes and what it decodes. The kind says
// which family of types it belongs to; the width and length checks against a concrete type
// (uint64, bytes10, uint32[3]) are the codec's.
//
// Signed integers are kept exactly as the ABI carries them: the 256-bit two's complement word
// (int8 -1 is 2^256 - 1). signedWord() builds one from that word, fromInt() and negative() from
// a number, isNegative()/magnitude()/toDecimal() read it back.
class AbiValue {
public:
    enum class Kind {
        UInt,    // uint<N>
        Int,     // int<N>: the two's complement word
        Address, // address
        Bool,    // bool
        Bytes,   // bytes<N> (exactly N bytes) and bytes
        String,  // string: its UTF-8 bytes, kept as they came (the ABI does not check UTF-8)
        List,    // T[], T[k] and tuples: the elements or the components, in order
    };

    AbiValue(); // uint 0

    static AbiValue uint(const UInt256& value);
    static AbiValue fromInt(qint64 value);
    // The two's complement word of an int<N>, as the ABI encodes it.
    static AbiValue signedWord(const UInt256& word);
    // -magnitude; an error when magnitude is past 2^255 (below int256's minimum).
    static Result<AbiValue> negative(const UInt256& magnitude);
    static AbiValue address(const Address& value);
    static AbiValue boolean(bool value);
    static AbiValue bytes(QByteArray value);
    static AbiValue string(const QString& text);
    static AbiValue utf8(QByteArray text);
    static AbiValue list(std::vector<AbiValue> items);

    Kind kind() const { return m_kind; }
    // UInt: the number; Int: the two's complement word; Bool: 0 or 1.
    const UInt256& word() const { return m_word; }
    bool isNegative() const;
    // Int: |value| (2^255 for int256's minimum); UInt: the value.
    UInt256 magnitude() const;
    // UInt and Int: "123", "-1".
    QString toDecimal() const;
    Address toAddress() const;
    bool toBool() const { return m_word != 0; }
    // Bytes: the bytes; String: its UTF-8 bytes; Address: its 20 bytes.
    const QByteArray& bytes() const { return m_bytes; }
    QString text() const { return QString::fromUtf8(m_bytes); }
    const std::vector<AbiValue>& items() const { return m_items; }

    // For logs and test failures: `42`, `-1`, `0x00…`, `true`, `"text"`, `[1, 2]`.
    QString describe() const;

    bool operator==(const AbiValue& other) const;

private:
    Kind m_kind = Kind::UInt;
    UInt256 m_word;                // UInt, Int, Bool
    QByteArray m_bytes;            // Address, Bytes, String
    std::vector<AbiValue> m_items; // List
};

} // namespace salesdesk::abi
