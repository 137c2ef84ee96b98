#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace salesdesk {

// What the event cursor needs of a block: its number, its hash and its parent's hash, read from
// eth_getBlockByNumber(number, false).
struct ChainBlockHeader {
    quint64 number = 0;
    Hash32 hash;
    Hash32 parentHash;

    // Parses a block object strictly. A null result (the node has no such block, e.g. after the
    // chain got shorter) is std::nullopt, not an error. `where` names the answer in errors
    // ("eth_getBlockByNumber(0x2a) result"), followed by the field (".parentHash").
    static Result<std::optional<ChainBlockHeader>> fromJson(const QJsonValue& value,
                                                            const QString& where);
};

} // namespace salesdesk
