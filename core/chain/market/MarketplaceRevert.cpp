#include "core/chain/market/MarketplaceRevert.h"

#include "core/chain/deploy/ContractArtifact.h"
#include "core/chain/rpc/RevertData.h"

#include <QHash>

namespace salesdesk {

namespace {

MarketError::Kind kindOf(const QString& name) {
    static const QHash<QString, MarketError::Kind> kinds = {
        {QStringLiteral("Marketplace_SlotNotFree"), MarketError::Kind::SlotStateMismatch},
        {QStringLiteral("Marketplace_SlotIsFree"), MarketError::Kind::SlotStateMismatch},
        {QStringLiteral("SlotReservations_ReservationNotAllowed"),
         MarketError::Kind::ReservationNotAllowed},
        {QStringLiteral("Proofs_InvalidProof"), MarketError::Kind::InvalidProof},
        {QStringLiteral("Proofs_ProofAlreadySubmitted"), MarketError::Kind::ProofAlreadySubmitted},
        {QStringLiteral("Marketplace_UnknownRequest"), MarketError::Kind::UnknownRequest},
    };
    return kinds.value(name, MarketError::Kind::Rejected);
}

} // namespace

MarketError marketErrorOf(const DecodedRevert& revert) {
    const QString name = revert.name();
    const MarketError::Kind kind =
        revert.kind == DecodedRevert::Kind::Custom ? kindOf(name) : MarketError::Kind::Rejected;
    return MarketError{kind, QStringLiteral("the contract refused: %1").arg(revert.describe())};
}

MarketError marketErrorOf(const RpcError& error, const ContractErrorTable& errors) {
    if (error.kind == RpcError::Kind::JsonRpc) {
        if (const auto data = rpc::revertData(error))
            return marketErrorOf(errors.decode(*data));
        return MarketError{MarketError::Kind::Rejected, error.describe()};
    }
    if (error.isRetryable() || error.kind == RpcError::Kind::Timeout)
        return MarketError{MarketError::Kind::Transient, error.describe()};
    return MarketError{MarketError::Kind::Rejected, error.describe()};
}

const ContractErrorTable& ourContractErrors() {
    static const ContractErrorTable table = [] {
        ContractErrorTable errors;
        for (const char* name : {"Marketplace", "ProofVerifier", "TestToken"}) {
            const auto artifact = ContractArtifact::embedded(QString::fromLatin1(name));
            // The artifacts are built into the program; tst_contractartifacts checks them.
            if (artifact.ok())
                (void)errors.addAbi(artifact->abi);
        }
        return errors;
    }();
    return table;
}

} // namespace salesdesk
