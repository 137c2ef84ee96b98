#pragma once

#include "core/domain/FixedBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

namespace salesdesk {

// A tiny contract for the event cursor's chain tests and benchmark: every call emits one log
// (LOG2) whose topics are eventTopic() and the first 32 bytes of the call data, and whose data is
// the whole call data. Its code is assembled by hand (no compiler needed):
//
//   runtime: CALLDATASIZE PUSH1 0 PUSH1 0 CALLDATACOPY      memory = call data
//            PUSH1 0 CALLDATALOAD                          topic 1 = first word
//            PUSH32 eventTopic()                           topic 0
//            CALLDATASIZE PUSH1 0 LOG2 STOP                log(memory[0 … size])
//   init:    copies the runtime into memory and returns it.
class LogEmitter {
public:
    // A fixed word standing in for an event's signature hash (topic 0 of every log it emits).
    static Hash32 eventTopic();
    static QByteArray initCode();
    // Call data: `key` (the log's second topic) followed by `payload`.
    static QByteArray callData(const Hash32& key, QByteArrayView payload = {});
    // An eth_sendTransaction object from an unlocked account (anvil's) calling `contract`.
    static QJsonObject transaction(const Address& from, const Address& contract, const Hash32& key,
                                   QByteArrayView payload = {});
};

} // namespace salesdesk
