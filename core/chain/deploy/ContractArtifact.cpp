#include "core/chain/deploy/ContractArtifact.h"

#include "core/chain/rpc/RpcHex.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

// The resources live in an object library; naming its initialiser here makes sure the linker keeps
// it when salesdesk_chain comes from a static archive.
static void initContractResources() {
    Q_INIT_RESOURCE(salesdesk_contract_artifacts);
}

namespace salesdesk {

Result<ContractArtifact> ContractArtifact::embedded(const QString& name) {
    initContractResources();
    QFile file(QStringLiteral(":/salesdesk/contracts/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no embedded contract named \"%1\" (known: Marketplace, "
                                        "ProofVerifier, TestToken)")
                             .arg(name));
    return fromJson(file.readAll(), file.fileName());
}

Result<ContractArtifact> ContractArtifact::fromJson(const QByteArray& json, const QString& what) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1 is not a JSON object: %2").arg(what, parseError.errorString()));
    const QJsonObject object = document.object();
    ContractArtifact artifact;
    artifact.name = object.value(QStringLiteral("contractName")).toString();
    if (artifact.name.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 has no contractName").arg(what));
    if (!object.value(QStringLiteral("abi")).isArray())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 has no abi array").arg(what));
    artifact.abi = object.value(QStringLiteral("abi")).toArray();
    SD_TRY_ASSIGN(artifact.creationCode,
                  rpc::parseJsonData(object.value(QStringLiteral("bytecode")),
                                     QString(what + QStringLiteral(" bytecode"))));
    SD_TRY_ASSIGN(artifact.deployedCode,
                  rpc::parseJsonData(object.value(QStringLiteral("deployedBytecode")),
                                     QString(what + QStringLiteral(" deployedBytecode"))));
    if (artifact.creationCode.isEmpty() || artifact.deployedCode.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1 has no code (an abstract contract or an interface?)").arg(what));
    return artifact;
}

} // namespace salesdesk
