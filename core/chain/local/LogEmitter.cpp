#include "core/chain/local/LogEmitter.h"

#include "core/chain/rpc/RpcHex.h"

namespace salesdesk {

namespace {

// An arbitrary fixed word, recognisable in a node's answers.
constexpr char kEventTopicHex[] =
    "0xe0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e001";

} // namespace

Hash32 LogEmitter::eventTopic() {
    return Hash32::fromHex(QString::fromLatin1(kEventTopicHex)).value();
}

QByteArray LogEmitter::initCode() {
    QByteArray runtime = QByteArray::fromHex("366000600037600035"); // copy; topic 1
    runtime.append('\x7f');                                         // PUSH32 topic 0
    runtime.append(eventTopic().toByteArray());
    runtime.append(QByteArray::fromHex("366000a200")); // size, offset, LOG2, STOP
    QByteArray init = QByteArray::fromHex("60");       // PUSH1 runtime length
    init.append(static_cast<char>(runtime.size()));
    init.append(QByteArray::fromHex("80600b600039" // DUP1 PUSH1 11 PUSH1 0 CODECOPY
                                    "6000f3"));    // PUSH1 0 RETURN
    return init + runtime;
}

QByteArray LogEmitter::callData(const Hash32& key, QByteArrayView payload) {
    return key.toByteArray() + payload.toByteArray();
}

QJsonObject LogEmitter::transaction(const Address& from, const Address& contract, const Hash32& key,
                                    QByteArrayView payload) {
    return QJsonObject{{QStringLiteral("from"), from.toHex()},
                       {QStringLiteral("to"), contract.toHex()},
                       {QStringLiteral("data"), rpc::toData(callData(key, payload))}};
}

} // namespace salesdesk
