#pragma once

#include "core/chain/deploy/ChainDeployment.h"
#include "core/chain/deploy/ContractArtifact.h"
#include "core/chain/tx/TransactionSender.h"
#include "core/domain/UInt256.h"
#include "core/market/MarketConfig.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace salesdesk {

class JsonRpcClient;

// Deploys our contracts to a chain from one account: the test token (contracts/TestToken.sol),
// the proof verifier, the marketplace with `config`, the retrieval channels and direct deals; then
// mints test tokens to the accounts the plan names, and checks the result: code at every address
// and the marketplace's token() is the token. Each step waits for its receipt, so a failure names
// the step that failed and what the chain said.
class MarketplaceDeployer final : public QObject {
    Q_OBJECT
public:
    struct Mint {
        Address holder;
        UInt256 amount;
    };
    struct Plan {
        MarketConfig config;
        QList<Mint> mints;
        // The retrieval channels contract's close window in seconds (how long a payer waits
        // after asking to close, and the payee has to claim); 0: the contract is not deployed.
        quint64 channelsCloseWindow = 24 * 3600;
        // The direct deals contract's rules (contracts/DirectDeals.sol, DirectDealsConfig):
        // its proof period and report timeout are the marketplace's, as is the pointer's
        // downtime product. dealsSlashPercentage 0: the contract is not deployed.
        quint8 dealsSlashPercentage = 10;
        quint8 dealsRewardPercentage = 50;
        quint8 dealsMaxMissedProofs = 5;
    };
    using Callback = std::function<void(const Result<ChainDeployment>&)>;

    MarketplaceDeployer(JsonRpcClient& rpc, TransactionSender& sender, QObject* parent = nullptr);
    ~MarketplaceDeployer() override;

    void deploy(Plan plan, const QObject* context, Callback done);

    // The Marketplace constructor's arguments: (MarketplaceConfig, token, verifier), ABI-encoded.
    static QByteArray constructorArguments(const MarketConfig& config, const Address& token,
                                           const Address& verifier);

Q_SIGNALS:
    // A step is about to start ("deploy TestToken", "mint to 0x…"), for progress output.
    void progress(const QString& step);

private:
    struct Run;
    void deployContract(const std::shared_ptr<Run>& run, const QString& name,
                        const QByteArray& arguments,
                        std::function<void(const Address&, quint64 block)> next);
    void deployChannels(const std::shared_ptr<Run>& run);
    void deployDeals(const std::shared_ptr<Run>& run);
    void mintNext(const std::shared_ptr<Run>& run, int index);
    void verify(const std::shared_ptr<Run>& run);
    void finish(const std::shared_ptr<Run>& run, const Result<ChainDeployment>& result);

    JsonRpcClient& m_rpc;
    TransactionSender& m_sender;
};

} // namespace salesdesk
