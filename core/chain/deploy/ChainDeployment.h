#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/TokenInfo.h"

#include <QJsonObject>

namespace salesdesk {

// Where our contracts are on one chain: what a client needs to sell there. Written by the deployer
// (`salesdesk-cli chain start` and `chain deploy` print it as JSON) and read back by the client.
struct ChainDeployment {
    quint64 chainId = 0;
    Address marketplace;
    Address token;
    Address verifier;
    // The block that created the marketplace: no marketplace event is older, so reading events
    // starts here.
    quint64 marketplaceBlock = 0;
    TokenInfo tokenInfo;
    // The retrieval channels contract (contracts/RetrievalChannels.sol) on the same token; zero
    // when it is not deployed (deployments written before it existed do not name it).
    Address retrievalChannels;
    // The direct deals contract (contracts/DirectDeals.sol) on the same token and verifier; zero
    // when it is not deployed.
    Address directDeals;

    QJsonObject toJson() const;
    // Strict: every field present and well formed; `what` names the source in errors.
    static Result<ChainDeployment> fromJson(const QJsonObject& object, const QString& what);

    friend bool operator==(const ChainDeployment&, const ChainDeployment&) = default;
};

} // namespace salesdesk
