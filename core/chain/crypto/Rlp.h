#pragma once

#include "core/chain/crypto/RlpItem.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <initializer_list>

// Ethereum's Recursive Length Prefix encoding: the serialisation of transactions.
//
// An item is a byte string or a list of items. A single byte below 0x80 is itself; a string of
// 0..55 bytes is 0x80+length and the bytes; a longer one is 0xb7+n, the length in n big-endian
// bytes, and the bytes. Lists use 0xc0 and 0xf7 the same way, over the concatenated encodings of
// their items. Unsigned integers are byte strings holding their minimal big-endian form (zero is
// the empty string).
//
// The decoder is strict: every item must be in its one canonical form, so that a transaction has
// exactly one encoding (its hash is taken over the bytes). It refuses a single byte below 0x80
// written as a one-byte string, lengths with leading zero bytes, long forms for lengths below 56,
// lengths past the end of the input, nesting deeper than kMaxDepth and bytes after the item, and
// says which at which offset.
namespace salesdesk::rlp {

constexpr int kMaxDepth = 32;

QByteArray encodeBytes(QByteArrayView bytes);
QByteArray encodeUInt(const UInt256& value);
QByteArray encodeUInt(quint64 value);
// A list from the encodings of its items (each already RLP).
QByteArray encodeList(std::initializer_list<QByteArray> encodedItems);
// A list from the concatenated encodings of its items.
QByteArray encodeListPayload(QByteArrayView payload);

// Exactly one item filling all of `data`.
Result<RlpItem> decode(QByteArrayView data);

// The minimal big-endian bytes of an unsigned integer (empty for zero).
QByteArray minimalBigEndian(const UInt256& value);

// An unsigned integer from a decoded string item: at most 32 bytes, no leading zero byte.
// `what` names the field in the error message ("nonce").
Result<UInt256> toUInt(const RlpItem& item, const QString& what);
// The same, at most 64 bits.
Result<quint64> toU64(const RlpItem& item, const QString& what);

} // namespace salesdesk::rlp
