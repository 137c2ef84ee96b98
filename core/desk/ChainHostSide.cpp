#include "core/desk/ChainHostSide.h"

#include "core/chain/crypto/Eip55.h"
#include "core/chain/market/ChainMarket.h"
#include "core/chain/market/MarketplaceCheck.h"
#include "core/chain/market/MarketplaceRevert.h"
#include "core/chain/market/TokenTransferFollower.h"
#include "core/chain/rpc/ChainIdCheck.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/clock/NodeWaitClock.h"
#include "core/engine/HostEngine.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/sales/CheckedSlotRoots.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"

#include <QDir>
#include <QTimer>

namespace salesdesk {

namespace {

// The roots a fill proves its slot against: those the host checked its download against, else
// the generated data's (Sales Desk's own demo clients sell generated data).
ChainMarket::SlotRootsSource checkedOrGeneratedRoots(std::shared_ptr<CheckedSlotRoots> roots) {
    return [roots =
                std::move(roots)](const StorageRequest& request) -> Result<std::vector<Hash32>> {
        if (auto checked = roots->find(request.id()))
            return std::move(*checked);
        return proofs::SlotDataGenerator::slotRoots(proofs::SlotDataGenerator::datasetKey(request),
                                                    request.ask.slots, request.ask.slotSize);
    };
}

} // namespace

ChainHostSide::ChainHostSide(Clock& clock, Options options, ChainAccount account)
    : m_clock(clock)
    , m_options(std::move(options))
    , m_account(std::move(account))
    , m_checkedRoots(std::make_shared<CheckedSlotRoots>()) {}

ChainHostSide::~ChainHostSide() {
    // Users first, then what they use.
    m_retrieval.reset();
    m_transfers.reset();
    m_market.reset();
    m_transactions.reset();
    m_rpc.reset();
}

void ChainHostSide::open(Clock& clock, Options options, ChainAccount account, OpenedCallback done) {
    if (options.dataDirectory.isEmpty() || !QDir().mkpath(options.dataDirectory))
        return done(
            makeError(ErrorCode::Io, QStringLiteral("cannot create the data directory %1")
                                         .arg(QDir::toNativeSeparators(options.dataDirectory))));
    if (!options.rpcUrl.isValid() || options.rpcUrl.scheme().isEmpty())
        return done(makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("the RPC URL \"%1\" is not a URL").arg(options.rpcUrl.toString())));
    // Owned here while opening, handed over from a fresh turn of the event loop.
    auto pending = std::make_shared<std::unique_ptr<ChainHostSide>>(
        new ChainHostSide(clock, std::move(options), std::move(account)));
    (*pending)->openMarket([pending, done](const Result<void>& result) {
        QTimer::singleShot(0, [pending, done, result] {
            if (!result.ok())
                return done(result.error());
            done(std::move(*pending));
        });
    });
}

void ChainHostSide::openMarket(std::function<void(const Result<void>&)> done) {
    auto database = Database::open(QDir(m_options.dataDirectory).filePath(kDatabaseFileName),
                                   Database::kHostApplicationId);
    if (!database.ok())
        return done(database.error());
    m_database = std::move(*database);
    // A directory of another network is refused before the node is asked anything; a new one
    // is bound only once the node proved to be the network asked for (a typo in the chain id
    // must not bind the directory to a chain that does not exist).
    auto bound = boundNetwork();
    if (!bound.ok())
        return done(bound.error());
    m_rpc = std::make_unique<JsonRpcClient>(m_options.rpcUrl,
                                            m_options.rpcClock ? *m_options.rpcClock : m_clock);
    ChainIdCheck::run(*m_rpc, m_options.chainId, this, [this, done](const ChainIdCheck& check) {
        if (!check.matches())
            return done(
                makeError(check.error ? ErrorCode::Io : ErrorCode::Conflict, check.message()));
        MarketplaceCheck::run(
            *m_rpc, m_options.marketplace, this,
            [this, done](const Result<MarketplaceCheck::Found>& found) {
                if (!found.ok())
                    return done(found.error());
                if (auto recorded = recordNetwork(); !recorded.ok())
                    return done(recorded.error());
                TransactionManager::Options transactionOptions;
                transactionOptions.chainId = m_options.chainId;
                transactionOptions.errors = ourContractErrors();
                transactionOptions.maxInFlight = ChainMarket::kTransactionsInFlight;
                if (m_options.rpcClock)
                    m_transactionClock =
                        std::make_unique<NodeWaitClock>(m_clock, *m_options.rpcClock);
                m_transactions = std::make_unique<TransactionManager>(
                    *m_rpc, *m_database, m_transactionClock ? *m_transactionClock : m_clock,
                    m_account.address, m_account.sign, transactionOptions);
                if (auto resumed = m_transactions->resume(); !resumed.ok())
                    return done(resumed.error());
                ChainMarket::Options marketOptions;
                marketOptions.marketplace = m_options.marketplace;
                marketOptions.startBlock = m_options.startBlock;
                marketOptions.events.pollSeconds = m_options.pollSeconds;
                marketOptions.events.confirmations = m_options.confirmations;
                marketOptions.slotRoots = checkedOrGeneratedRoots(m_checkedRoots);
                m_market = std::make_unique<ChainMarket>(*m_rpc, *m_transactions, *m_database,
                                                         m_clock, marketOptions);
                m_market->load(this, [this, done](const Result<void>& loaded) {
                    if (!loaded.ok())
                        return done(loaded);
                    done(followTransfers());
                });
            });
    });
}

Result<void> ChainHostSide::followTransfers() {
    TokenTransferFollower::Options options;
    options.token = m_market->token();
    options.account = m_account.address;
    options.startBlock = m_options.startBlock;
    options.confirmations = m_options.confirmations;
    options.pollSeconds = m_options.pollSeconds;
    m_transfers = std::make_unique<TokenTransferFollower>(*m_rpc, *m_database, m_clock, options);
    return m_transfers->start();
}

Result<quint16> ChainHostSide::startRetrieval(RetrievalService::Options offer,
                                              std::shared_ptr<const RetrievableData> data) {
    if (m_retrieval)
        return makeError(ErrorCode::Conflict, QStringLiteral("paid retrieval runs already"));
    if (m_options.retrievalChannels.isZero())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("this chain's deployment names no retrieval channels "
                                        "contract: paid retrieval cannot be offered here"));
    offer.chainId = m_options.chainId;
    offer.channels = m_options.retrievalChannels;
    offer.payee = m_account.address;
    offer.signTerms = m_account.signDigest;
    offer.startBlock = m_options.startBlock;
    offer.confirmations = m_options.confirmations;
    offer.pollSeconds = m_options.pollSeconds;
    auto service = std::make_unique<RetrievalService>(*m_rpc, *m_database, *m_transactions, m_clock,
                                                      std::move(data), offer);
    SD_TRY_DECLARE(port, service->start());
    m_retrieval = std::move(service);
    return port;
}

void ChainHostSide::stopRetrieval() {
    m_retrieval.reset();
}

Result<quint16> ChainHostSide::startDeals(DealService::Options offer, HostEngine& engine) {
    if (m_deals)
        return makeError(ErrorCode::Conflict, QStringLiteral("direct deals run already"));
    if (m_options.directDeals.isZero())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("this chain's deployment names no DirectDeals contract: "
                                        "direct deals cannot be taken here"));
    offer.chainId = m_options.chainId;
    offer.contract = m_options.directDeals;
    offer.provider = m_account.address;
    offer.signAsk = m_account.signDigest;
    auto service = std::make_unique<DealService>(*m_rpc, engine.database(), engine.reservations(),
                                                 engine.repo(), *m_transactions, engine.prover(),
                                                 m_clock, offer);
    SD_TRY_DECLARE(port, service->start());
    m_deals = std::move(service);
    return port;
}

void ChainHostSide::stopDeals() {
    m_deals.reset();
}

Result<bool> ChainHostSide::boundNetwork() {
    Statement& read = m_database->statement(
        QStringLiteral("SELECT chain_id, marketplace FROM chain_network WHERE id = 1"));
    SD_TRY(read.exec());
    if (read.next()) {
        const quint64 chainId = read.value(0).toULongLong();
        const Address marketplace = Address::fromBytes(read.value(1).toByteArray());
        read.finish();
        if (chainId == m_options.chainId && marketplace == m_options.marketplace)
            return true;
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 keeps the books of the marketplace %2 on chain %3, not "
                                        "of %4 on chain %5: choose another data directory")
                             .arg(QDir::toNativeSeparators(m_options.dataDirectory),
                                  eip55::toChecksumHex(marketplace))
                             .arg(chainId)
                             .arg(eip55::toChecksumHex(m_options.marketplace))
                             .arg(m_options.chainId));
    }
    read.finish();
    return false;
}

Result<void> ChainHostSide::recordNetwork() {
    auto bound = boundNetwork();
    if (!bound.ok())
        return bound.error();
    if (*bound)
        return {};
    Statement& write = m_database->statement(
        QStringLiteral("INSERT INTO chain_network (id, chain_id, marketplace) VALUES (1, ?, ?)"));
    return write.bind(0, static_cast<qint64>(m_options.chainId))
        .bind(1, m_options.marketplace.toByteArray())
        .exec();
}

} // namespace salesdesk
