#pragma once

#include "core/chain/deals/DealService.h"
#include "core/chain/retrieval/RetrievalService.h"
#include "core/chain/wallet/ChainAccount.h"
#include "core/domain/Result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace salesdesk {

class ChainMarket;
class CheckedSlotRoots;
class Clock;
class Database;
class HostEngine;
class JsonRpcClient;
class NodeWaitClock;
class RetrievableData;
class TokenTransferFollower;
class TransactionManager;

// The host's side of an EVM chain where our Marketplace runs: the wallet's account, its transaction
// manager with its intents in <dataDirectory>/chain.sqlite, the JSON-RPC client of the node, the
// ChainMarket the engine sells on and the follower of the token's transfers of the account.
// Opening checks, before anything is signed, that the node serves the expected chain, that the
// address holds our Marketplace, and that the data directory keeps the books of this network
// (chain id and marketplace) and no other: books of one chain would never meet another's.
class ChainHostSide final : public QObject {
    Q_OBJECT
public:
    // The chain side's own database in the data directory (transaction intents, event cursor).
    static constexpr char kDatabaseFileName[] = "chain.sqlite";

    struct Options {
        QString dataDirectory;
        QUrl rpcUrl;
        quint64 chainId = 0;
        Address marketplace;
        // The first block the market reads (the Marketplace's deployment; 0 reads from genesis).
        quint64 startBlock = 0;
        quint64 confirmations = 0;
        qint64 pollSeconds = 4;
        // The clock of the JSON-RPC client's timeouts and retries; null: the desk's clock. A
        // desk on an accelerated clock gives a real one (the node answers in real time); the
        // transactions' receipt polls and retries then also run on it when the desk's clock is
        // held (NodeWaitClock), so that a hold waiting for a receipt does not stop its poll.
        Clock* rpcClock = nullptr;
        // The retrieval channels contract the host may be paid on (zero: none on this chain).
        Address retrievalChannels;
        // The direct deals contract the host may take deals on (zero: none on this chain).
        Address directDeals;
    };
    using OpenedCallback = std::function<void(Result<std::unique_ptr<ChainHostSide>>)>;

    // Opens the side and loads its market; `done` runs once, on a fresh turn of the event loop
    // (so that it may destroy what it gets at once).
    static void open(Clock& clock, Options options, ChainAccount account, OpenedCallback done);
    ~ChainHostSide() override;

    const Options& options() const { return m_options; }
    const Address& address() const { return m_account.address; }
    ChainMarket& market() const { return *m_market; }
    TransactionManager& transactions() const { return *m_transactions; }
    JsonRpcClient& rpc() const { return *m_rpc; }
    Database& database() const { return *m_database; }
    // Starts the paid-retrieval endpoint over `data` on the retrieval channels contract:
    // `offer` gives where to listen, the terms and the claim threshold; the chain's part (chain
    // id, contract, payee, first block, polling) is the side's own. The port, or why not
    // (InvalidArgument when the chain has no retrieval channels contract). Once only.
    Result<quint16> startRetrieval(RetrievalService::Options offer,
                                   std::shared_ptr<const RetrievableData> data);
    void stopRetrieval();
    // Null until startRetrieval succeeded.
    RetrievalService* retrieval() const { return m_retrieval.get(); }

    // Starts taking direct deals on the DirectDeals contract, with the engine's books (deals
    // live beside the reservations they take their bytes from), repo and prover: `offer` gives
    // where to listen, the ask and the rules; the chain's part is the side's own. The port, or
    // why not (InvalidArgument when the chain has no DirectDeals contract). Once only.
    Result<quint16> startDeals(DealService::Options offer, HostEngine& engine);
    void stopDeals();
    // Null until startDeals succeeded.
    DealService* deals() const { return m_deals.get(); }

    // The slot roots the host checked its downloads against (HostHooks::Options::
    // checkedSlotRoots): the market's fills take their slot paths from them, and from the
    // generated data's roots for a request that is not there.
    const std::shared_ptr<CheckedSlotRoots>& checkedSlotRoots() const { return m_checkedRoots; }
    // The token's transfers of the host's account as the chain has them (the books follow the
    // chain: TokenTransferFollower::totals with the Marketplace against the ledger).
    TokenTransferFollower& transfers() const { return *m_transfers; }

private:
    ChainHostSide(Clock& clock, Options options, ChainAccount account);
    void openMarket(std::function<void(const Result<void>&)> done);
    // Starts following the token's transfers of the account, once the market knows the token.
    Result<void> followTransfers();
    // Whether the data directory is bound to this network (true) or to none yet (false); an
    // error for a directory of another network.
    Result<bool> boundNetwork();
    // Binds a new data directory to this network (once the node proved to serve it).
    Result<void> recordNetwork();

    Clock& m_clock;
    Options m_options;
    ChainAccount m_account;
    std::shared_ptr<CheckedSlotRoots> m_checkedRoots;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::unique_ptr<NodeWaitClock> m_transactionClock; // with an rpcClock
    std::unique_ptr<TransactionManager> m_transactions;
    std::unique_ptr<ChainMarket> m_market;
    std::unique_ptr<TokenTransferFollower> m_transfers;
    std::unique_ptr<RetrievalService> m_retrieval;
    std::unique_ptr<DealService> m_deals;
};

} // namespace salesdesk
