#include "core/chain/local/LocalChain.h"

#include "core/chain/deploy/MarketplaceDeployer.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/chain/tx/UnlockedAccountSender.h"

#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLocalChain, "salesdesk.chain.localchain")

namespace salesdesk {

namespace {

// With interval mining, deploying would wait a block time per transaction: anvil starts mining a
// block per transaction, and switches to the interval once the contracts are in place.
AnvilProcess::Options anvilOptions(const LocalChain::Options& options) {
    AnvilProcess::Options anvil = options.anvil;
    if (options.deployMarketplace)
        anvil.blockTimeSeconds.reset();
    return anvil;
}

} // namespace

LocalChain::LocalChain(QObject* parent)
    : LocalChain(Options{}, parent) {}

LocalChain::LocalChain(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_anvil(anvilOptions(m_options)) {
    connect(&m_anvil, &AnvilProcess::exitedUnexpectedly, this, &LocalChain::exitedUnexpectedly);
}

LocalChain::~LocalChain() {
    m_deployer.reset();
    m_deploySender.reset();
    m_rpc.reset();
}

bool LocalChain::isRunning() const {
    return m_anvil.isRunning() && m_rpc != nullptr;
}

JsonRpcClient& LocalChain::rpc() {
    Q_ASSERT(m_rpc);
    return *m_rpc;
}

void LocalChain::start(const QObject* context, std::function<void(const Result<void>&)> done) {
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto answer = [guard, hasContext, done = std::move(done)](const Result<void>& result) {
        if (!(hasContext && guard.isNull()) && done)
            done(result);
    };
    m_anvil.start(this, [this, answer](const Result<void>& started) {
        if (!started.ok())
            return answer(started);
        m_rpc = std::make_unique<JsonRpcClient>(m_anvil.rpcUrl(), m_clock);
        if (m_options.initialBlocks == 0)
            return answer({});
        mine(m_options.initialBlocks, this, [this, answer](const RpcResult<QJsonValue>& mined) {
            if (!mined.ok()) {
                m_anvil.stop();
                return answer(makeError(ErrorCode::Io,
                                        QStringLiteral("anvil started but could not mine its first "
                                                       "blocks: ") +
                                            mined.error().describe()));
            }
            qCInfo(lcLocalChain).noquote()
                << QStringLiteral("local chain on %1: chain id %2, %3 blocks mined")
                       .arg(m_anvil.rpcUrl().toString())
                       .arg(m_anvil.chainId())
                       .arg(m_options.initialBlocks);
            if (!m_options.deployMarketplace)
                return answer({});
            deploy(answer);
        });
    });
}

MarketConfig LocalChain::shortPeriodMarket() {
    MarketConfig config;
    config.periodSeconds = 60;
    config.proofTimeout = 20;
    return config;
}

void LocalChain::deploy(std::function<void(const Result<void>&)> answer) {
    if (m_anvil.accounts().isEmpty()) {
        m_anvil.stop();
        return answer(
            makeError(ErrorCode::Io, QStringLiteral("anvil has no funded account to deploy from")));
    }
    m_deploySender = std::make_unique<UnlockedAccountSender>(
        *m_rpc, m_clock, m_anvil.accounts().constFirst().address);
    m_deployer = std::make_unique<MarketplaceDeployer>(*m_rpc, *m_deploySender);
    MarketplaceDeployer::Plan plan;
    plan.config = m_options.market;
    if (m_options.tokensPerAccount != UInt256(0))
        for (const AnvilProcess::Account& account : m_anvil.accounts())
            plan.mints.append({account.address, m_options.tokensPerAccount});
    m_deployer->deploy(
        std::move(plan), this, [this, answer](const Result<ChainDeployment>& deployed) {
            if (!deployed.ok()) {
                m_anvil.stop();
                return answer(
                    makeError(deployed.code(), QStringLiteral("the local chain started but our "
                                                              "contracts could not be "
                                                              "deployed: ") +
                                                   deployed.message()));
            }
            m_deployment = *deployed;
            qCInfo(lcLocalChain).noquote()
                << QStringLiteral("marketplace at %1, token at %2")
                       .arg(deployed->marketplace.toHex(), deployed->token.toHex());
            startIntervalMining(answer);
        });
}

void LocalChain::startIntervalMining(std::function<void(const Result<void>&)> answer) {
    const std::optional<qint64> seconds = m_options.anvil.blockTimeSeconds;
    if (!seconds)
        return answer({});
    m_rpc->call(QStringLiteral("evm_setIntervalMining"), {*seconds}, this,
                [this, answer](const RpcResult<QJsonValue>& set) {
                    if (!set.ok()) {
                        m_deployment.reset();
                        m_anvil.stop();
                        return answer(makeError(ErrorCode::Io,
                                                QStringLiteral("anvil did not switch to interval "
                                                               "mining: ") +
                                                    set.error().describe()));
                    }
                    answer({});
                });
}

void LocalChain::stop() {
    m_deployment.reset();
    m_deployer.reset();
    m_deploySender.reset();
    m_rpc.reset();
    m_anvil.stop();
}

void LocalChain::mine(quint64 blocks, const QObject* context, RpcCallback done) {
    rpc().call(QStringLiteral("anvil_mine"), {rpc::toQuantity(blocks)}, context, std::move(done));
}

void LocalChain::increaseTime(qint64 seconds, const QObject* context, RpcCallback done) {
    // One after the other: the block must be mined after the time moved.
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    rpc().call(
        QStringLiteral("evm_increaseTime"),
        {rpc::toQuantity(quint64(std::max<qint64>(0, seconds)))}, context,
        [this, guard, hasContext, done = std::move(done)](const RpcResult<QJsonValue>& moved) {
            if (!moved.ok() || !m_rpc)
                return done(moved);
            m_rpc->call(QStringLiteral("evm_mine"), {}, hasContext ? guard.data() : nullptr,
                        [guard, hasContext, done](const RpcResult<QJsonValue>& mined) {
                            if (!(hasContext && guard.isNull()))
                                done(mined);
                        });
        });
}

void LocalChain::snapshot(const QObject* context, RpcCallback done) {
    rpc().call(QStringLiteral("evm_snapshot"), {}, context, std::move(done));
}

void LocalChain::revertTo(const QString& snapshotId, const QObject* context, RpcCallback done) {
    rpc().call(QStringLiteral("evm_revert"), {snapshotId}, context, std::move(done));
}

void LocalChain::setBalance(const Address& account, const UInt256& wei, const QObject* context,
                            RpcCallback done) {
    rpc().call(QStringLiteral("anvil_setBalance"), {account.toHex(), rpc::toQuantity(wei)}, context,
               std::move(done));
}

} // namespace salesdesk
