#include "core/chain/deploy/MarketplaceDeployer.h"

#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/domain/AbiEncoder.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcDeployer, "salesdesk.chain.marketplacedeployer")

namespace salesdesk {

struct MarketplaceDeployer::Run {
    Plan plan;
    QPointer<const QObject> context;
    Callback done;
    ChainDeployment deployment;
    bool finished = false;
};

MarketplaceDeployer::MarketplaceDeployer(JsonRpcClient& rpc, TransactionSender& sender,
                                         QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_sender(sender) {}

MarketplaceDeployer::~MarketplaceDeployer() = default;

QByteArray MarketplaceDeployer::constructorArguments(const MarketConfig& config,
                                                     const Address& token,
                                                     const Address& verifier) {
    using namespace abi;
    const Value collateral =
        tuple({uint(config.repairRewardPercentage), uint(config.maxNumberOfSlashes),
               uint(config.slashPercentage), uint(config.validatorRewardPercentage)});
    const Value proofs =
        tuple({uint(config.periodSeconds), uint(config.proofTimeout), uint(config.downtime),
               uint(config.downtimeProduct), bytes({})}); // zkeyHash: an empty string
    const Value reservations = tuple({uint(config.maxReservations)});
    const Value marketplaceConfig =
        tuple({collateral, proofs, reservations, uint(config.requestDurationLimit)});
    return encode({marketplaceConfig, address(token), address(verifier)});
}

void MarketplaceDeployer::deploy(Plan plan, const QObject* context, Callback done) {
    auto run = std::make_shared<Run>();
    run->plan = std::move(plan);
    run->context = context;
    run->done = std::move(done);
    run->deployment.tokenInfo = TokenInfo::testStorageToken();
    m_rpc.callQuantityU64(
        QStringLiteral("eth_chainId"), {}, this, [this, run](const RpcResult<quint64>& chainId) {
            if (!chainId.ok())
                return finish(run, makeError(ErrorCode::Io, QStringLiteral("eth_chainId: ") +
                                                                chainId.error().describe()));
            run->deployment.chainId = *chainId;
            deployContract(
                run, QStringLiteral("TestToken"), {}, [this, run](const Address& token, quint64) {
                    run->deployment.token = token;
                    deployContract(run, QStringLiteral("ProofVerifier"), {},
                                   [this, run](const Address& verifier, quint64) {
                                       run->deployment.verifier = verifier;
                                       const QByteArray arguments = constructorArguments(
                                           run->plan.config, run->deployment.token, verifier);
                                       deployContract(
                                           run, QStringLiteral("Marketplace"), arguments,
                                           [this, run](const Address& marketplace, quint64 block) {
                                               run->deployment.marketplace = marketplace;
                                               run->deployment.marketplaceBlock = block;
                                               deployChannels(run);
                                           });
                                   });
                });
        });
}

void MarketplaceDeployer::deployContract(const std::shared_ptr<Run>& run, const QString& name,
                                         const QByteArray& arguments,
                                         std::function<void(const Address&, quint64)> next) {
    auto artifact = ContractArtifact::embedded(name);
    if (!artifact.ok())
        return finish(run, artifact.error());
    const QString step = QStringLiteral("deploy %1").arg(name);
    Q_EMIT progress(step);
    OutgoingTransaction transaction{std::nullopt, artifact->creationCode + arguments, UInt256(0),
                                    step};
    m_sender.submit(
        transaction, this,
        [this, run, step, next = std::move(next)](const Result<TransactionReceipt>& receipt) {
            if (!receipt.ok())
                return finish(run, receipt.error());
            if (!receipt->succeeded || !receipt->contractAddress)
                return finish(run, makeError(ErrorCode::Conflict,
                                             QStringLiteral("%1: transaction %2 failed")
                                                 .arg(step, receipt->transactionHash.toHex())));
            qCInfo(lcDeployer).noquote() << QStringLiteral("%1: at %2, block %3, gas %4")
                                                .arg(step, receipt->contractAddress->toHex())
                                                .arg(receipt->blockNumber)
                                                .arg(receipt->gasUsed);
            next(*receipt->contractAddress, receipt->blockNumber);
        });
}

void MarketplaceDeployer::deployChannels(const std::shared_ptr<Run>& run) {
    if (run->plan.channelsCloseWindow == 0)
        return deployDeals(run);
    const QByteArray arguments = abi::encode(
        {abi::address(run->deployment.token), abi::uint(UInt256(run->plan.channelsCloseWindow))});
    deployContract(run, QStringLiteral("RetrievalChannels"), arguments,
                   [this, run](const Address& channels, quint64) {
                       run->deployment.retrievalChannels = channels;
                       deployDeals(run);
                   });
}

void MarketplaceDeployer::deployDeals(const std::shared_ptr<Run>& run) {
    const Plan& plan = run->plan;
    if (plan.dealsSlashPercentage == 0)
        return mintNext(run, 0);
    using namespace abi;
    // DirectDealsConfig(period, timeout, downtimeProduct, slashPercentage, rewardPercentage,
    // maxMissedProofs), then the token and the verifier.
    const QByteArray arguments =
        encode({tuple({uint(plan.config.periodSeconds), uint(plan.config.proofTimeout),
                       uint(plan.config.downtimeProduct), uint(plan.dealsSlashPercentage),
                       uint(plan.dealsRewardPercentage), uint(plan.dealsMaxMissedProofs)}),
                address(run->deployment.token), address(run->deployment.verifier)});
    deployContract(run, QStringLiteral("DirectDeals"), arguments,
                   [this, run](const Address& deals, quint64) {
                       run->deployment.directDeals = deals;
                       mintNext(run, 0);
                   });
}

void MarketplaceDeployer::mintNext(const std::shared_ptr<Run>& run, int index) {
    if (index >= run->plan.mints.size())
        return verify(run);
    const Mint& mint = run->plan.mints.at(index);
    const QString step = QStringLiteral("mint %1 base units of %2 to %3")
                             .arg(uint256::toDecimal(mint.amount), run->deployment.tokenInfo.symbol,
                                  mint.holder.toHex());
    Q_EMIT progress(step);
    OutgoingTransaction transaction{
        run->deployment.token,
        abi::encodeCall("mint(address,uint256)",
                        {abi::address(mint.holder), abi::uint(mint.amount)}),
        UInt256(0), step};
    m_sender.submit(
        transaction, this, [this, run, index, step](const Result<TransactionReceipt>& receipt) {
            if (!receipt.ok())
                return finish(run, receipt.error());
            if (!receipt->succeeded)
                return finish(run, makeError(ErrorCode::Conflict,
                                             QStringLiteral("%1: transaction %2 failed")
                                                 .arg(step, receipt->transactionHash.toHex())));
            mintNext(run, index + 1);
        });
}

void MarketplaceDeployer::verify(const std::shared_ptr<Run>& run) {
    const ChainDeployment& deployment = run->deployment;
    const QJsonObject tokenCall{{QStringLiteral("to"), deployment.marketplace.toHex()},
                                {QStringLiteral("data"), rpc::toData(abi::selector("token()"))}};
    m_rpc.call(
        QStringLiteral("eth_call"), {tokenCall, QStringLiteral("latest")}, this,
        [this, run](const RpcResult<QJsonValue>& answer) {
            if (!answer.ok())
                return finish(run,
                              makeError(ErrorCode::Io, QStringLiteral("marketplace.token(): ") +
                                                           answer.error().describe()));
            const QByteArray expected = abi::encode({abi::address(run->deployment.token)});
            auto returned = rpc::parseJsonData(*answer, u"marketplace.token() result");
            if (!returned.ok() || *returned != expected)
                return finish(run, makeError(ErrorCode::Conflict,
                                             QStringLiteral("the new marketplace's token() is not "
                                                            "the token just deployed")));
            finish(run, run->deployment);
        });
}

void MarketplaceDeployer::finish(const std::shared_ptr<Run>& run,
                                 const Result<ChainDeployment>& result) {
    if (run->finished || run->context.isNull())
        return;
    run->finished = true;
    if (!result.ok())
        qCWarning(lcDeployer).noquote() << QStringLiteral("deployment failed: ") + result.message();
    run->done(result);
}

} // namespace salesdesk
