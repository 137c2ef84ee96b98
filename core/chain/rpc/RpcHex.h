#pragma once

#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QStringView>

// The two hex encodings of Ethereum's JSON-RPC:
// - a quantity (block numbers, balances, gas, nonces): "0x" and the shortest hex form, so zero is
//   "0x0" and "0x01" or "0x" are not quantities;
// - data (addresses, hashes, calldata, return data): "0x" and two hex digits per byte, so the
//   empty byte string is "0x".
// Parsing is strict: a node that answers "0x01" for a quantity, or an odd number of digits for
// data, has answered something malformed, and the error says what and where.
namespace salesdesk::rpc {

QString toQuantity(quint64 value);
QString toQuantity(const UInt256& value);

// `what` names the value in the error message ("eth_blockNumber result", "block.number").
Result<quint64> parseQuantityU64(QStringView text, QStringView what = u"quantity");
Result<UInt256> parseQuantity(QStringView text, QStringView what = u"quantity");
// The same for a JSON value, which must be a string.
Result<quint64> parseJsonQuantityU64(const QJsonValue& value, QStringView what = u"quantity");
Result<UInt256> parseJsonQuantity(const QJsonValue& value, QStringView what = u"quantity");

QString toData(QByteArrayView bytes);
Result<QByteArray> parseData(QStringView text, QStringView what = u"data");
Result<QByteArray> parseJsonData(const QJsonValue& value, QStringView what = u"data");

} // namespace salesdesk::rpc
