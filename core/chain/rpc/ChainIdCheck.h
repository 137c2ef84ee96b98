#pragma once

#include "core/chain/rpc/JsonRpcClient.h"

#include <QString>

#include <functional>
#include <optional>

namespace salesdesk {

// Whether a node serves the chain we mean to use: its eth_chainId against the expected id. A
// wrong chain (a profile pointing at the wrong RPC URL) is refused before anything is signed for
// it, since the chain id is part of every signature.
struct ChainIdCheck {
    quint64 expected = 0;
    std::optional<quint64> actual; // what the node answered, when it did
    std::optional<RpcError> error; // why it did not
    QString endpoint;

    bool matches() const { return actual && *actual == expected; }
    // "the node at URL serves chain id 31337, not the expected 789987", "could not read the chain
    // id of the node at URL: …", or "the node at URL serves chain id 31337, as expected".
    QString message() const;

    static void run(JsonRpcClient& client, quint64 expected, const QObject* context,
                    std::function<void(const ChainIdCheck&)> done);
};

} // namespace salesdesk
