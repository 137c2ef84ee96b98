#include "core/chain/deals/DirectDealsContract.h"

#include "core/chain/deploy/ContractArtifact.h"
#include "core/chain/market/MarketplaceCalls.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RevertData.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/domain/AbiEncoder.h"

#include <QJsonObject>
#include <QPointer>

#include <optional>

namespace salesdesk {

namespace {

#define SD_PROPOSAL "(address,address,bytes32,uint64,uint64,uint64,uint64,uint256,uint256,uint256)"

abi::AbiValue id(const Hash32& dealId) {
    return abi::AbiValue::bytes(dealId.toByteArray());
}

quint64 small(const abi::AbiValue& value) {
    return value.word() > UInt256(std::numeric_limits<quint64>::max())
               ? std::numeric_limits<quint64>::max()
               : value.word().convert_to<quint64>();
}

Error shapeError(const QString& function) {
    return makeError(ErrorCode::Io,
                     QStringLiteral("DirectDeals.%1 answered in another shape").arg(function));
}

} // namespace

const abi::ContractAbi* directDealsAbi() {
    static const std::optional<abi::ContractAbi> parsed = []() -> std::optional<abi::ContractAbi> {
        auto artifact = ContractArtifact::embedded(QStringLiteral("DirectDeals"));
        if (!artifact)
            return std::nullopt;
        auto abi = abi::ContractAbi::fromJson(artifact->abi);
        if (!abi)
            return std::nullopt;
        return std::move(abi).value();
    }();
    return parsed ? &*parsed : nullptr;
}

DirectDealsContract::DirectDealsContract(JsonRpcClient& rpc, const Address& contract,
                                         QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_contract(contract)
    , m_abi(directDealsAbi()) {}

QByteArray DirectDealsContract::publishDeal(const DealProposal& proposal,
                                            const Signature& clientSignature) {
    return abi::encodeCall("publishDeal(" SD_PROPOSAL ",bytes)",
                           {proposal.abiTuple(), abi::bytes(signatureBytes(clientSignature))});
}

QByteArray DirectDealsContract::submitProof(const Hash32& dealId, const StorageProof& proof) {
    // submitProof(bytes32,(bytes32[],bytes32[])): the Marketplace's own shape, a deal id in place
    // of the slot id.
    return marketplace::submitProof(SlotId::fromBytes(dealId.toByteArray()), proof);
}

QByteArray DirectDealsContract::closeExpired(const Hash32& dealId) {
    return abi::encodeCall("closeExpired(bytes32)", {abi::bytes32(dealId)});
}

QByteArray DirectDealsContract::settle(const Hash32& dealId) {
    return abi::encodeCall("settle(bytes32)", {abi::bytes32(dealId)});
}

QByteArray DirectDealsContract::deposit(const UInt256& amount) {
    return abi::encodeCall("deposit(uint256)", {abi::uint(amount)});
}

QByteArray DirectDealsContract::withdraw(const UInt256& amount) {
    return abi::encodeCall("withdraw(uint256)", {abi::uint(amount)});
}

QList<OutgoingTransaction> DirectDealsContract::escrowDeposit(const Address& token,
                                                              const Address& contract,
                                                              const UInt256& amount) {
    return {
        {token,
         abi::encodeCall("approve(address,uint256)", {abi::address(contract), abi::uint(amount)}),
         UInt256(0),
         QStringLiteral("approve %1 for the DirectDeals escrow").arg(uint256::toDecimal(amount))},
        {contract, deposit(amount), UInt256(0),
         QStringLiteral("deposit %1 into the DirectDeals escrow").arg(uint256::toDecimal(amount))}};
}

#undef SD_PROPOSAL

void DirectDealsContract::view(const QString& function, const std::vector<abi::AbiValue>& arguments,
                               const QString& block, const QObject* context,
                               Callback<std::vector<abi::AbiValue>> done) {
    if (!m_abi)
        return done(
            makeError(ErrorCode::Io, QStringLiteral("the DirectDeals ABI is not embedded")));
    auto data = m_abi->encodeCall(function, arguments);
    if (!data)
        return done(data.error());
    const QJsonObject call{{QStringLiteral("to"), m_contract.toHex()},
                           {QStringLiteral("data"), rpc::toData(*data)}};
    QPointer<const QObject> guard(context);
    m_rpc.call(
        QStringLiteral("eth_call"), {call, block}, this,
        [this, function, guard, done = std::move(done)](const RpcResult<QJsonValue>& answer) {
            if (!guard)
                return;
            if (!answer.ok()) {
                const auto revert = rpc::revertData(answer.error());
                if (revert) {
                    auto decoded = m_abi->decodeError(*revert);
                    const QString name = decoded ? decoded->name : QString();
                    return done(makeError(
                        name == QLatin1String("DirectDeals_UnknownDeal") ? ErrorCode::NotFound
                                                                         : ErrorCode::Conflict,
                        QStringLiteral("DirectDeals.%1 reverted: %2")
                            .arg(function, name.isEmpty() ? QStringLiteral("?") : name)));
                }
                return done(makeError(
                    ErrorCode::Io,
                    QStringLiteral("DirectDeals.%1: %2").arg(function, answer.error().describe())));
            }
            auto bytes = rpc::parseJsonData(*answer, u"eth_call result");
            if (!bytes)
                return done(bytes.error());
            done(m_abi->decodeOutput(function, *bytes));
        });
}

void DirectDealsContract::configuration(const QObject* context, Callback<Config> done) {
    view(QStringLiteral("configuration"), {}, QStringLiteral("latest"), context,
         [done = std::move(done)](const Result<std::vector<abi::AbiValue>>& values) {
             if (!values)
                 return done(values.error());
             if (values->size() != 1 || values->front().items().size() != 6)
                 return done(shapeError(QStringLiteral("configuration")));
             const auto& fields = values->front().items();
             done(Config{small(fields.at(0)), small(fields.at(1))});
         });
}

void DirectDealsContract::balanceOf(const Address& account, const QObject* context,
                                    Callback<UInt256> done) {
    view(QStringLiteral("balanceOf"), {abi::AbiValue::address(account)}, QStringLiteral("latest"),
         context, [done = std::move(done)](const Result<std::vector<abi::AbiValue>>& values) {
             if (!values)
                 return done(values.error());
             if (values->size() != 1)
                 return done(shapeError(QStringLiteral("balanceOf")));
             done(values->front().word());
         });
}

void DirectDealsContract::token(const QObject* context, Callback<Address> done) {
    view(QStringLiteral("token"), {}, QStringLiteral("latest"), context,
         [done = std::move(done)](const Result<std::vector<abi::AbiValue>>& values) {
             if (!values)
                 return done(values.error());
             if (values->size() != 1)
                 return done(shapeError(QStringLiteral("token")));
             done(values->front().toAddress());
         });
}

void DirectDealsContract::deal(const Hash32& dealId, const QObject* context,
                               Callback<DealView> done) {
    view(QStringLiteral("deal"), {id(dealId)}, QStringLiteral("latest"), context,
         [done = std::move(done)](const Result<std::vector<abi::AbiValue>>& values) {
             if (!values)
                 return done(values.error());
             if (values->size() != 1 || values->front().items().size() != 8)
                 return done(shapeError(QStringLiteral("deal")));
             const auto& f = values->front().items();
             const quint64 state = small(f.at(1));
             if (state > 4)
                 return done(shapeError(QStringLiteral("deal")));
             DealView view;
             view.state = static_cast<State>(state);
             view.activatedAt = small(f.at(2));
             view.paidUntil = small(f.at(3));
             view.paid = f.at(4).word();
             view.collateralLeft = f.at(5).word();
             view.missedProofs = small(f.at(6));
             view.lastProvenPeriod = small(f.at(7));
             done(view);
         });
}

void DirectDealsContract::isProofDue(const Hash32& dealId, const QObject* context,
                                     Callback<bool> done) {
    view(QStringLiteral("isProofDue"), {id(dealId)}, QStringLiteral("latest"), context,
         [done = std::move(done)](const Result<std::vector<abi::AbiValue>>& values) {
             if (!values)
                 return done(values.error());
             if (values->size() != 1)
                 return done(shapeError(QStringLiteral("isProofDue")));
             done(values->front().toBool());
         });
}

void DirectDealsContract::closableAt(const Hash32& dealId, const QObject* context,
                                     Callback<quint64> done) {
    view(QStringLiteral("closableAt"), {id(dealId)}, QStringLiteral("latest"), context,
         [done = std::move(done)](const Result<std::vector<abi::AbiValue>>& values) {
             if (!values)
                 return done(values.error());
             if (values->size() != 1)
                 return done(shapeError(QStringLiteral("closableAt")));
             done(small(values->front()));
         });
}

void DirectDealsContract::challenge(const Hash32& dealId, const QObject* context,
                                    Callback<Challenge> done) {
    // Both views at one block number, so the challenge and the pointer belong together.
    QPointer<const QObject> guard(context);
    m_rpc.callQuantityU64(
        QStringLiteral("eth_blockNumber"), {}, this,
        [this, dealId, guard, done = std::move(done)](const RpcResult<quint64>& number) mutable {
            if (!guard)
                return;
            if (!number.ok())
                return done(makeError(
                    ErrorCode::Io,
                    QStringLiteral("eth_blockNumber: %1").arg(number.error().describe())));
            const QString block = rpc::toQuantity(*number);
            view(QStringLiteral("getPointer"), {id(dealId)}, block, guard,
                 [this, dealId, block, guard, done = std::move(done)](
                     const Result<std::vector<abi::AbiValue>>& pointer) mutable {
                     if (!pointer)
                         return done(pointer.error());
                     if (pointer->size() != 1)
                         return done(shapeError(QStringLiteral("getPointer")));
                     const auto at = static_cast<quint8>(small(pointer->front()));
                     view(QStringLiteral("currentChallenge"), {id(dealId)}, block, guard,
                          [at, done = std::move(done)](
                              const Result<std::vector<abi::AbiValue>>& challenge) {
                              if (!challenge)
                                  return done(challenge.error());
                              if (challenge->size() != 1 || challenge->front().bytes().size() != 32)
                                  return done(shapeError(QStringLiteral("currentChallenge")));
                              done(Challenge{Hash32::fromBytes(challenge->front().bytes()), at});
                          });
                 });
        });
}

void DirectDealsContract::proposalDigest(const DealProposal& proposal, const QObject* context,
                                         Callback<Hash32> done) {
    std::vector<abi::AbiValue> fields{
        abi::AbiValue::address(proposal.client),
        abi::AbiValue::address(proposal.provider),
        abi::AbiValue::bytes(proposal.dataRoot.toByteArray()),
        abi::AbiValue::uint(UInt256(proposal.size)),
        abi::AbiValue::uint(UInt256(proposal.chunkCount)),
        abi::AbiValue::uint(UInt256(proposal.start)),
        abi::AbiValue::uint(UInt256(proposal.end)),
        abi::AbiValue::uint(proposal.pricePerSecond),
        abi::AbiValue::uint(proposal.providerCollateral),
        abi::AbiValue::uint(proposal.salt),
    };
    view(QStringLiteral("proposalDigest"), {abi::AbiValue::list(std::move(fields))},
         QStringLiteral("latest"), context,
         [done = std::move(done)](const Result<std::vector<abi::AbiValue>>& values) {
             if (!values)
                 return done(values.error());
             if (values->size() != 1 || values->front().bytes().size() != 32)
                 return done(shapeError(QStringLiteral("proposalDigest")));
             done(Hash32::fromBytes(values->front().bytes()));
         });
}

} // namespace salesdesk
