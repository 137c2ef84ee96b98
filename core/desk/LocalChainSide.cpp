#include "core/desk/LocalChainSide.h"

#include "core/chain/client/DatasetServer.h"
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/local/LocalChain.h"
#include "core/chain/market/ChainMarket.h"
#include "core/chain/market/MarketplaceRevert.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QTimer>

namespace salesdesk {

LocalChainSide::LocalChainSide(Clock& clock, Options options)
    : m_clock(clock)
    , m_options(std::move(options)) {}

LocalChainSide::~LocalChainSide() {
    // Users first, then what they use: clients and market before the manager, rpc and chain.
    m_clients.reset();
    m_market.reset();
    m_transactions.reset();
    m_rpc.reset();
    m_datasets.reset();
    if (m_chain)
        m_chain->stop();
}

void LocalChainSide::openLocal(Clock& clock, Options options, OpenedCallback done) {
    if (options.dataDirectory.isEmpty() || !QDir().mkpath(options.dataDirectory))
        return done(makeError(ErrorCode::Io,
                              QStringLiteral("cannot create the local chain's data directory %1")
                                  .arg(QDir::toNativeSeparators(options.dataDirectory))));
    // Owned here while opening; handed to `done` from a fresh turn of the event loop, so that
    // whoever gets it may destroy it at once without pulling the chain out from under the
    // callback that is running.
    auto pending = std::make_shared<std::unique_ptr<LocalChainSide>>(
        new LocalChainSide(clock, std::move(options)));
    const auto finish = [pending, done](const Result<void>& result) {
        QTimer::singleShot(0, [pending, done, result] {
            if (!result.ok())
                return done(result.error());
            done(std::move(*pending));
        });
    };
    LocalChainSide& side = **pending;
    LocalChain::Options chainOptions;
    chainOptions.anvil.blockTimeSeconds = side.m_options.blockTimeSeconds;
    side.m_chain = std::make_unique<LocalChain>(chainOptions);
    side.m_chain->start(&side, [&side, finish](const Result<void>& started) {
        if (!started.ok())
            return finish(started.error());
        side.openMarket(finish);
    });
}

void LocalChainSide::openMarket(std::function<void(const Result<void>&)> done) {
    const auto& deployment = m_chain->deployment();
    const auto& accounts = m_chain->accounts();
    if (!deployment || m_options.hostAccount >= accounts.size())
        return done(makeError(ErrorCode::Io, QStringLiteral("the local chain has no marketplace "
                                                            "or too few accounts")));
    auto key = PrivateKey::fromBytes(accounts.at(m_options.hostAccount).privateKey);
    if (!key.ok())
        return done(key.error());
    m_key.emplace(std::move(*key));
    auto database = Database::open(QDir(m_options.dataDirectory).filePath(kDatabaseFileName),
                                   Database::kHostApplicationId);
    if (!database.ok())
        return done(database.error());
    m_database = std::move(*database);
    m_rpc = std::make_unique<JsonRpcClient>(m_chain->rpcUrl(), m_clock);
    TransactionManager::Options transactionOptions;
    transactionOptions.chainId = m_chain->chainId();
    transactionOptions.errors = ourContractErrors();
    m_transactions = std::make_unique<TransactionManager>(
        *m_rpc, *m_database, m_clock, m_key->address(),
        [this](const Eip1559Transaction& transaction) { return transaction.sign(*m_key); },
        transactionOptions);
    if (auto resumed = m_transactions->resume(); !resumed.ok())
        return done(resumed.error());
    ChainMarket::Options marketOptions;
    marketOptions.marketplace = deployment->marketplace;
    marketOptions.startBlock = deployment->marketplaceBlock;
    marketOptions.events.pollSeconds = 2;
    m_market =
        std::make_unique<ChainMarket>(*m_rpc, *m_transactions, *m_database, m_clock, marketOptions);
    m_market->load(this, [this, done](const Result<void>& loaded) {
        if (!loaded.ok())
            return done(loaded.error());
        m_datasets = std::make_unique<DatasetServer>();
        if (auto listening = m_datasets->listen(QHostAddress::LocalHost); !listening.ok())
            return done(listening.error());
        ChainDemoClients::Options clients = m_options.clients;
        clients.marketplace = m_market->marketplace();
        clients.token = m_market->token();
        clients.accounts.clear();
        for (int index : std::as_const(m_options.clientAccounts))
            if (index < m_chain->accounts().size())
                clients.accounts.append(m_chain->accounts().at(index).address);
        m_clients =
            std::make_unique<ChainDemoClients>(m_chain->rpc(), m_clock, *m_datasets, clients);
        done({});
    });
}

} // namespace salesdesk
