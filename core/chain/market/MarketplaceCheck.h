#pragma once

#include "core/chain/rpc/JsonRpcClient.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/market/MarketConfig.h"

#include <QObject>

#include <functional>

namespace salesdesk {

// Whether the address a network's settings name holds our Marketplace, before anything is sent
// to it: code at the address, configuration() and token() answering as our contract does (their
// ABI, strictly decoded), and code at the token and verifier it names. Every way it can be wrong
// gets its own message: no contract there, another contract there, a marketplace whose token is
// missing, a node that does not answer.
class MarketplaceCheck {
public:
    struct Found {
        MarketConfig config; // the token part stays the default: read it from the token
        Address token;
        Address verifier;
    };
    using Callback = std::function<void(const Result<Found>&)>;

    static void run(JsonRpcClient& client, const Address& marketplace, const QObject* context,
                    Callback done);
};

} // namespace salesdesk
