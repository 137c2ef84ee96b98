#pragma once

#include "core/domain/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace salesdesk {

// One compiled contract as the build embeds it (contracts/compile.mjs writes the JSON, the
// salesdesk_contracts resources carry it): its ABI, the creation code a deployment sends and the
// code the chain keeps after the constructor ran.
struct ContractArtifact {
    QString name;
    QJsonArray abi;
    QByteArray creationCode;
    QByteArray deployedCode;

    // The embedded artifact of Marketplace, ProofVerifier, TestToken, RetrievalChannels or
    // DirectDeals.
    static Result<ContractArtifact> embedded(const QString& name);
    // An artifact's JSON text; `what` names its origin in error messages.
    static Result<ContractArtifact> fromJson(const QByteArray& json, const QString& what);
};

} // namespace salesdesk
