#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace salesdesk {

// A transaction to send, before it has a nonce, fees or a signature: whom it calls (none: it
// creates a contract), with what call data and value. `label` says what it does in logs and
// messages ("deploy Marketplace", "fillSlot 0x12…ab/3").
struct OutgoingTransaction {
    std::optional<Address> to;
    QByteArray data;
    UInt256 value;
    QString label;
};

} // namespace salesdesk
