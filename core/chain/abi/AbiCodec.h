#pragma once

#include "core/chain/abi/AbiType.h"
#include "core/chain/abi/AbiValue.h"
#include "core/domain/AbiEncoder.h"
#include "core/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace salesdesk::abi {

// Encodes and decodes AbiValues against their AbiTypes, as the Solidity contract ABI
// specification lays them out: a tuple's head holds its static members in place and an offset
// for each dynamic one, counted from the start of that tuple; the dynamic members' data follows
// the head.
//
// Encoding checks the value against the type (kind, width, length) and lays it out with the
// domain's encoder (core/domain/AbiEncoder.h), so there is one head/tail layout in the code.
//
// Decoding is strict and made for untrusted data (a node's answer, a log, revert data):
// - every offset and length is checked against the data before it is used, as a 256-bit number,
//   so a huge word is an error, not an overflow;
// - every padding byte must be zero: uint<N> and int<N> beyond N bits (int<N> sign-extended),
//   address, bool (0 or 1), the bytes after a bytes<N>, the tail of bytes and string, which must
//   be present up to the next word;
// - what it decodes may not take more than the data could hold in its canonical encoding: a reply
//   whose offsets point many times at the same bytes (a few kilobytes that would decode to
//   gigabytes) is an error, as is a length the data cannot hold;
// - data after the encoding is ignored, as Solidity ignores extra call data.
// Errors name the path to the bad value, e.g. `argument 2 (uint64[])[3]: value 0x…01 exceeds
// uint64`, with ErrorCode::OutOfBounds for data that is too short or points outside itself and
// ErrorCode::InvalidArgument for a value that breaks its type.
class AbiCodec {
public:
    // abi.encode(value): the value as the only member of a tuple (a dynamic value so starts with
    // the offset 0x20).
    static Result<QByteArray> encode(const AbiType& type, const AbiValue& value);
    // abi.encode(v1, …, vn): function arguments, return values, event data, error arguments.
    // `what` and `names` only word the errors ("argument 2 slotIndex (uint64)").
    static Result<QByteArray> encodeParameters(const std::vector<AbiType>& types,
                                               const std::vector<AbiValue>& values,
                                               QStringView what = u"argument",
                                               const QStringList& names = {});
    // The domain encoder's value for a typed value, checked against the type; `label` starts the
    // path in errors.
    static Result<Value> toEncoderValue(const AbiType& type, const AbiValue& value,
                                        const QString& label);

    static Result<AbiValue> decode(const AbiType& type, QByteArrayView data);
    static Result<std::vector<AbiValue>> decodeParameters(const std::vector<AbiType>& types,
                                                          QByteArrayView data,
                                                          QStringView what = u"argument",
                                                          const QStringList& names = {});
    // One word of an elementary type (uint, int, address, bool, bytes<N>), e.g. an indexed event
    // parameter from its topic; `label` names it in errors.
    static Result<AbiValue> decodeWord(const AbiType& type, QByteArrayView word,
                                       const QString& label);

    // How a parameter is named in errors: "argument 2 (uint64)", "argument 2 slotIndex (uint64)".
    static QString parameterLabel(QStringView what, std::size_t index, const QString& name,
                                  const AbiType& type);
};

} // namespace salesdesk::abi
