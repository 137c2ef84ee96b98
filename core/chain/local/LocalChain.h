#pragma once

#include "core/chain/deploy/ChainDeployment.h"
#include "core/chain/local/AnvilProcess.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/clock/SystemClock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"
#include "core/market/MarketConfig.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace salesdesk {

class MarketplaceDeployer;
class UnlockedAccountSender;

// A local test chain ready for the Marketplace: anvil started (AnvilProcess), then
// `initialBlocks` blocks mined at once (anvil_mine) so that block.number > 256 and blockhash
// history exists, which the Marketplace's constructor and its proof challenges need; then our
// contracts deployed from the first account (MarketplaceDeployer: the test token, the proof
// verifier, the marketplace with a short period) and `tokensPerAccount` test tokens minted to
// every funded account. Its funded accounts and their keys come from anvil.
//
// Also the chain's test controls, each one anvil JSON-RPC call answered like JsonRpcClient's
// calls: mine blocks, move time, snapshot and revert, set an account's balance.
//
// Used by `salesdesk-cli chain start`, the chain tests' fixture and `salesdesk-bench chain-rpc`.
class LocalChain final : public QObject {
    Q_OBJECT
public:
    struct Options {
        AnvilProcess::Options anvil;
        quint64 initialBlocks = 0x101;
        bool deployMarketplace = true;
        MarketConfig market = shortPeriodMarket();
        UInt256 tokensPerAccount = UInt256(1'000'000) * UInt256(1'000'000'000'000'000'000ULL);
    };
    // The Codex defaults with a one-minute period and a 20-second proof timeout, so that a
    // local chain shows a whole sale within minutes.
    static MarketConfig shortPeriodMarket();

    explicit LocalChain(QObject* parent = nullptr);
    explicit LocalChain(Options options, QObject* parent = nullptr);
    ~LocalChain() override;

    void start(const QObject* context, std::function<void(const Result<void>&)> done);
    void stop();
    bool isRunning() const;

    const Options& options() const { return m_options; }
    AnvilProcess& anvil() { return m_anvil; }
    const AnvilProcess& anvil() const { return m_anvil; }
    QUrl rpcUrl() const { return m_anvil.rpcUrl(); }
    QUrl webSocketUrl() const { return m_anvil.webSocketUrl(); }
    quint64 chainId() const { return m_anvil.chainId(); }
    const QList<AnvilProcess::Account>& accounts() const { return m_anvil.accounts(); }
    // Where the contracts are, once started with deployMarketplace.
    const std::optional<ChainDeployment>& deployment() const { return m_deployment; }
    // A client on the chain (real time), valid while it runs.
    JsonRpcClient& rpc();

    // Test controls.
    void mine(quint64 blocks, const QObject* context, RpcCallback done);
    // evm_increaseTime by `seconds`, then one block (evm_mine) so the new time is on chain.
    void increaseTime(qint64 seconds, const QObject* context, RpcCallback done);
    // evm_snapshot: the result is the snapshot id (a quantity) for revertTo.
    void snapshot(const QObject* context, RpcCallback done);
    // evm_revert: the result is true when the snapshot existed. A snapshot can be reverted to
    // once; take a new one after.
    void revertTo(const QString& snapshotId, const QObject* context, RpcCallback done);
    void setBalance(const Address& account, const UInt256& wei, const QObject* context,
                    RpcCallback done);

Q_SIGNALS:
    void exitedUnexpectedly(const QString& message);

private:
    void deploy(std::function<void(const Result<void>&)> answer);
    void startIntervalMining(std::function<void(const Result<void>&)> answer);

    Options m_options;
    AnvilProcess m_anvil;
    SystemClock m_clock;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::unique_ptr<UnlockedAccountSender> m_deploySender;
    std::unique_ptr<MarketplaceDeployer> m_deployer;
    std::optional<ChainDeployment> m_deployment;
};

} // namespace salesdesk
