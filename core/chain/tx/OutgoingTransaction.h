#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace salesdesk {

// A transaction to send, before it has a nonce, fees or a signature: whom it calls (none: it
// creates a contract), with what call data and value. `label` says what it does in logs and
// messages ("deploy Marketplace", "fillSlot 0x12…ab/3"). An `urgent` one races the chain (a fill
// whose proof answers a challenge that moves on with the blocks): it is planned before the
// others waiting, and even when the others' limit of unsettled intents is reached. It is not
// part of what the transaction is: the same call sent urgently or not is the same intent.
struct OutgoingTransaction {
    std::optional<Address> to;
    QByteArray data;
    UInt256 value;
    QString label;
    bool urgent = false;
};

} // namespace salesdesk
