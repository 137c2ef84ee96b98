#include "core/desk/LocalChainSide.h"

#include "core/chain/client/DatasetServer.h"
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/local/LocalChain.h"
#include "core/chain/market/ChainMarket.h"
#include "core/clock/AcceleratedClock.h"

#include <QDir>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace salesdesk {

LocalChainSide::LocalChainSide(Clock& clock, Options options)
    : m_clock(clock)
    , m_options(std::move(options)) {}

LocalChainSide::~LocalChainSide() {
    // Users first, then what they use: clients and market before the manager, rpc and chain.
    m_clients.reset();
    m_host.reset();
    m_datasets.reset();
    m_keeper.reset();
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
    // The chain is the desk's background helper: it yields the CPU to the window (the demo clients
    // and the chain together keep two cores busy while a thousand slots prove).
    chainOptions.anvil.niceness = 10;
    // On an accelerated clock the keeper mines the blocks that move time on; transactions are
    // mined as they come.
    if (!qobject_cast<AcceleratedClock*>(&clock))
        chainOptions.anvil.blockTimeSeconds = side.m_options.blockTimeSeconds;
    side.m_chain = std::make_unique<LocalChain>(chainOptions);
    side.m_chain->start(&side, [&side, finish](const Result<void>& started) {
        if (!started.ok())
            return finish(started.error());
        side.followClock([&side, finish](const Result<void>& following) {
            if (!following.ok())
                return finish(following.error());
            side.openMarket(finish);
        });
    });
}

void LocalChainSide::followClock(std::function<void(const Result<void>&)> done) {
    auto* accelerated = qobject_cast<AcceleratedClock*>(&m_clock);
    if (!accelerated)
        return done({});
    ChainClockKeeper::Options options;
    options.periodSeconds = static_cast<qint64>(m_chain->options().market.periodSeconds);
    m_keeper = std::make_unique<ChainClockKeeper>(*m_chain, *accelerated, options);
    m_keeper->start(std::move(done));
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
    ChainHostSide::Options hostOptions;
    hostOptions.dataDirectory = m_options.dataDirectory;
    hostOptions.rpcUrl = m_chain->rpcUrl();
    hostOptions.chainId = m_chain->chainId();
    hostOptions.marketplace = deployment->marketplace;
    hostOptions.retrievalChannels = deployment->retrievalChannels;
    hostOptions.directDeals = deployment->directDeals;
    hostOptions.startBlock = deployment->marketplaceBlock;
    hostOptions.pollSeconds = 2;
    if (auto* accelerated = qobject_cast<AcceleratedClock*>(&m_clock)) {
        // Twice a second of real time at most: the chain does not change faster than that.
        hostOptions.pollSeconds = std::max<qint64>(2, accelerated->speed() / 2);
        hostOptions.rpcClock = &m_realClock;
    }
    QPointer<LocalChainSide> self(this);
    ChainHostSide::open(m_clock, hostOptions, ChainAccount::ofKey(std::move(*key)),
                        [self, done](Result<std::unique_ptr<ChainHostSide>> host) {
                            if (!self)
                                return;
                            if (!host.ok())
                                return done(host.error());
                            self->m_host = std::move(*host);
                            self->startClients(done);
                        });
}

void LocalChainSide::startClients(std::function<void(const Result<void>&)> done) {
    m_datasets = std::make_unique<DatasetServer>();
    if (auto listening = m_datasets->listen(QHostAddress::LocalHost); !listening.ok())
        return done(listening.error());
    ChainDemoClients::Options clients = m_options.clients;
    clients.marketplace = m_host->market().marketplace();
    clients.token = m_host->market().token();
    clients.accounts.clear();
    for (int index : std::as_const(m_options.clientAccounts))
        if (index < m_chain->accounts().size())
            clients.accounts.append(m_chain->accounts().at(index).address);
    m_clients = std::make_unique<ChainDemoClients>(m_chain->rpc(), m_clock, *m_datasets, clients);
    if (const auto& deployment = m_chain->deployment();
        deployment && !deployment->directDeals.isZero()) {
        DemoDealClients::Options deals;
        deals.chainId = m_chain->chainId();
        deals.contract = deployment->directDeals;
        deals.token = deployment->token;
        for (int index : std::as_const(m_options.dealClientAccounts))
            if (index < m_chain->accounts().size())
                deals.accounts.append({m_chain->accounts().at(index).address,
                                       m_chain->accounts().at(index).privateKey});
        m_demoDeals = std::make_unique<DemoDealClients>(m_chain->rpc(), m_clock, deals);
    }
    done({});
}

ChainMarket& LocalChainSide::market() const {
    return m_host->market();
}

} // namespace salesdesk
