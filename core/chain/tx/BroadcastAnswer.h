#pragma once

#include "core/chain/rpc/RpcResult.h"
#include "core/domain/FixedBytes.h"

#include <QString>

namespace salesdesk {

// What a node's answer to eth_sendRawTransaction means for the transaction, whatever the
// node's wording:
//   Accepted               the node answered our hash
//   AlreadyKnown           it has the transaction already ("already known", "already imported"):
//                          an earlier send of ours reached it, so it is sent
//   NonceTooLow            the nonce is used: one of our attempts was mined, or another
//                          transaction took the nonce (the receipts tell which)
//   ReplacementUnderpriced another transaction with this nonce waits in the pool with fees the
//                          node will not replace
//   Refused                any other JSON-RPC error: the node will not take it (funds, gas…)
//   Unknown                no usable answer (network, timeout, HTTP status, malformed or another
//                          hash): it may or may not have been taken; send again later
struct BroadcastAnswer {
    enum class Kind {
        Accepted,
        AlreadyKnown,
        NonceTooLow,
        ReplacementUnderpriced,
        Refused,
        Unknown
    };

    Kind kind = Kind::Unknown;
    QString message; // the node's words or what was wrong, for logs and errors

    static BroadcastAnswer classify(const RpcResult<QJsonValue>& answer, const Hash32& expected);
    static QString kindName(Kind kind);
};

} // namespace salesdesk
