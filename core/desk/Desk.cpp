#include "core/desk/Desk.h"

#include "core/chain/client/DatasetServer.h"
#include "core/chain/market/ChainMarket.h"
#include "core/chain/retrieval/RepoRetrievableData.h"
#include "core/clock/Clock.h"
#include "core/clock/ClockHold.h"
#include "core/reservations/Reservations.h"
#include "core/storage/Repo.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTimer>

namespace salesdesk {

Desk::Desk(Clock& clock)
    : m_clock(clock) {}

Desk::~Desk() {
    m_chainWatch.reset();
    // The retrieval endpoint reads the engine's repo.
    if (ChainHostSide* side = chainHost())
        side->stopRetrieval();
    // The engine holds the market; the clients post to it.
    m_engine.reset();
    m_demoClients.reset();
    m_simulatedMarket.reset();
    m_localChain.reset();
    m_chainHost.reset();
}

ChainWatch* Desk::chainWatch() const {
    ChainHostSide* side = chainHost();
    if (!side)
        return nullptr;
    if (!m_chainWatch)
        // A node answers in real time: a local chain's side has a real clock beside the desk's,
        // which may run faster.
        m_chainWatch =
            std::make_unique<ChainWatch>(*side, m_localChain ? m_localChain->realClock() : m_clock);
    return m_chainWatch.get();
}

Result<std::unique_ptr<Desk>> Desk::openSimulated(Clock& clock,
                                                  const SimulatedDeskOptions& options) {
    const QString dataDirectory = options.engine.dataDirectory;
    if (dataDirectory.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("no data directory given")};
    if (!QDir().mkpath(dataDirectory))
        return Error{ErrorCode::Io,
                     QStringLiteral("cannot create the data directory %1").arg(dataDirectory)};

    // The host's books are checked before the market's file is opened, and the market's file is
    // checked before it is written: a refusal of either leaves both as they were.
    auto hostDatabase = HostEngine::checkDatabase(dataDirectory);
    if (!hostDatabase.ok())
        return hostDatabase.error();
    std::unique_ptr<Desk> desk(new Desk(clock));
    desk->m_dataDirectory = dataDirectory;
    SimulatedMarketOptions marketOptions = options.market;
    if (marketOptions.filePath.isEmpty())
        marketOptions.filePath = marketFilePath(dataDirectory);
    auto market = SimulatedMarket::open(clock, marketOptions);
    if (!market.ok())
        return market.error();
    desk->m_simulatedMarket = std::move(*market);
    SimulatedMarket& simulated = *desk->m_simulatedMarket;
    if (simulated.control().balanceOf(simulated.signer()) == 0 && options.initialHostFunds != 0) {
        auto funded = hostFunds(simulated);
        auto total =
            uint256::checkedAdd(funded.ok() ? *funded : UInt256(0), options.initialHostFunds);
        if (!total.ok())
            return total.error();
        SD_TRY(simulated.control().mintAndStore(simulated.signer(), options.initialHostFunds,
                                                QString::fromLatin1(kHostFundsKey),
                                                uint256::toDecimal(*total)));
    }
    if (options.demoClients)
        desk->m_demoClients =
            std::make_unique<SimulatedClients>(simulated, clock, *options.demoClients);

    const bool newBooks = hostDatabase->facts.isNew;
    auto engine = HostEngine::open(simulated, clock, options.engine, std::move(*hostDatabase));
    if (!engine.ok())
        return engine.error();
    desk->m_engine = std::move(*engine);
    if (newBooks && options.newBooksQuotaBytes && !options.engine.quotaBytes)
        SD_TRY(desk->m_engine->repo().setMaxBytes(*options.newBooksQuotaBytes));
    return desk;
}

namespace {

// Empties a local chain's data directory, unless another Sales Desk holds its books' lock.
Result<void> clearLocalChainDirectory(const QString& dataDirectory) {
    if (!QDir().mkpath(dataDirectory))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the data directory %1")
                                            .arg(QDir::toNativeSeparators(dataDirectory)));
    const QString lockPath = HostEngine::databaseFilePath(dataDirectory) + QStringLiteral(".lock");
    QLockFile lock(lockPath);
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock.getLockInfo(&pid, &host, &application);
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 is in use by another Sales Desk (process %2)")
                             .arg(QDir::toNativeSeparators(dataDirectory))
                             .arg(pid));
    }
    const QFileInfoList entries =
        QDir(dataDirectory)
            .entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        if (entry.absoluteFilePath() == QFileInfo(lockPath).absoluteFilePath())
            continue;
        const bool removed = entry.isDir() && !entry.isSymLink()
                                 ? QDir(entry.absoluteFilePath()).removeRecursively()
                                 : QFile::remove(entry.absoluteFilePath());
        if (!removed)
            return makeError(ErrorCode::Io,
                             QStringLiteral("cannot clear %1 for a new local chain")
                                 .arg(QDir::toNativeSeparators(entry.absoluteFilePath())));
    }
    return {};
}

} // namespace

void Desk::openLocalChain(Clock& clock, LocalChainDeskOptions options,
                          std::function<void(Result<std::unique_ptr<Desk>>)> done) {
    const QString dataDirectory = options.engine.dataDirectory;
    if (dataDirectory.isEmpty())
        return done(Error{ErrorCode::InvalidArgument, QStringLiteral("no data directory given")});
    if (auto cleared = clearLocalChainDirectory(dataDirectory); !cleared.ok())
        return done(cleared.error());
    options.chain.dataDirectory = dataDirectory;
    LocalChainSide::openLocal(
        clock, options.chain,
        [&clock, engineOptions = options.engine, dataDirectory, download = options.downloadSlotData,
         done](Result<std::unique_ptr<LocalChainSide>> side) mutable {
            if (!side.ok())
                return done(side.error());
            auto hostDatabase = HostEngine::checkDatabase(dataDirectory);
            if (!hostDatabase.ok())
                return done(hostDatabase.error());
            std::unique_ptr<Desk> desk(new Desk(clock));
            desk->m_dataDirectory = dataDirectory;
            desk->m_localChain = std::move(*side);
            if (download) {
                engineOptions.hooks.dataSource = desk->m_localChain->datasetServer().baseUrl();
                engineOptions.hooks.storeData = true;
                engineOptions.hooks.checkedSlotRoots = desk->m_localChain->checkedSlotRoots();
            }
            auto engine = HostEngine::open(desk->m_localChain->market(), clock, engineOptions,
                                           std::move(*hostDatabase));
            if (!engine.ok())
                return done(engine.error());
            desk->m_engine = std::move(*engine);
            done(std::move(desk));
        });
}

void Desk::openNetwork(Clock& clock, NetworkDeskOptions options, ChainAccount account,
                       std::function<void(Result<std::unique_ptr<Desk>>)> done) {
    const QString dataDirectory = options.engine.dataDirectory;
    if (dataDirectory.isEmpty())
        return done(Error{ErrorCode::InvalidArgument, QStringLiteral("no data directory given")});
    if (!QDir().mkpath(dataDirectory))
        return done(makeError(ErrorCode::Io, QStringLiteral("cannot create the data directory %1")
                                                 .arg(QDir::toNativeSeparators(dataDirectory))));
    // The books first: a refusal (in use, damaged, too new) leaves the chain's file untouched.
    auto hostDatabase = HostEngine::checkDatabase(dataDirectory);
    if (!hostDatabase.ok())
        return done(hostDatabase.error());
    auto checked = std::make_shared<Database::CheckedFile>(std::move(*hostDatabase));
    options.chain.dataDirectory = dataDirectory;
    ChainHostSide::open(clock, options.chain, std::move(account),
                        [&clock, engineOptions = options.engine, dataDirectory, checked,
                         done](Result<std::unique_ptr<ChainHostSide>> host) mutable {
                            if (!host.ok())
                                return done(host.error());
                            std::unique_ptr<Desk> desk(new Desk(clock));
                            desk->m_dataDirectory = dataDirectory;
                            desk->m_chainHost = std::move(*host);
                            if (!engineOptions.hooks.dataSource.isEmpty())
                                engineOptions.hooks.checkedSlotRoots =
                                    desk->m_chainHost->checkedSlotRoots();
                            auto engine = HostEngine::open(desk->m_chainHost->market(), clock,
                                                           engineOptions, std::move(*checked));
                            if (!engine.ok())
                                return done(engine.error());
                            desk->m_engine = std::move(*engine);
                            done(std::move(desk));
                        });
}

QString Desk::marketFilePath(const QString& dataDirectory) {
    return dataDirectory + QStringLiteral("/market.sqlite");
}

Result<UInt256> Desk::hostFunds(const SimulatedMarket& market) {
    const QVariant stored = market.control().storedValue(QString::fromLatin1(kHostFundsKey));
    if (!stored.isValid())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the market does not record what was minted to the host "
                                        "(a market file made by an older Sales Desk)"));
    return uint256::parse(stored.toString());
}

Result<bool> Desk::offerIfNothingOffered(const NewAvailability& offer) {
    Reservations& books = m_engine->reservations();
    auto offered = books.availabilities();
    if (!offered.ok())
        return offered.error();
    if (!offered->isEmpty())
        return false;
    auto quota = m_engine->repo().quota();
    if (!quota.ok())
        return quota.error();
    if (quota->available() < offer.totalSize)
        SD_TRY(m_engine->repo().setMaxBytes(quota->totalUsed() + offer.totalSize));
    SD_TRY(books.createAvailability(offer));
    return true;
}

Result<quint16> Desk::startRetrieval(const RetrievalService::Options& offer) {
    ChainHostSide* side = chainHost();
    if (!side)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("paid retrieval needs a chain: the simulated market has "
                                        "no payment channels"));
    return side->startRetrieval(offer, std::make_shared<RepoRetrievableData>(m_engine->repo()));
}

Result<quint16> Desk::startDeals(const DealService::Options& offer) {
    ChainHostSide* side = chainHost();
    if (!side)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("direct deals need a chain: the simulated market has no "
                                        "DirectDeals contract"));
    SD_TRY_DECLARE(port, side->startDeals(offer, *m_engine));
    // On a local test chain whose demo clients run, demo clients propose deals too.
    if (m_localChain && m_localChain->demoDeals() && m_localChain->demoClients().isRunning())
        m_localChain->demoDeals()->start(deals()->baseUrl(), side->address());
    return port;
}

void Desk::start(std::function<void(Result<void>)> started) {
    // The demo's clock stands still while the sales are recovered (the market asked for the
    // host's slots, each one's agent set up): a proof due early in the first period after a
    // restart is then never missed because time ran on meanwhile. Released once recovery is over,
    // whether it worked or not, or with the callback if it never runs.
    auto hold = std::make_shared<ClockHold>(
        ClockHold::before(m_clock, m_clock.now(), ClockHoldReason::Recovery));
    m_engine->start([this, hold, started = std::move(started)](Result<void> result) {
        hold->release();
        if (result.ok() && m_demoClients)
            m_demoClients->start();
        if (result.ok() && m_localChain)
            m_localChain->demoClients().start();
        if (started)
            started(std::move(result));
    });
}

void Desk::stopWhenSettled(std::function<void()> stopped, int maxWaitMs) {
    if (m_demoClients)
        m_demoClients->stop();
    if (m_localChain)
        m_localChain->demoClients().stop();
    auto* poll = new QTimer(this);
    poll->setInterval(0);
    connect(poll, &QTimer::timeout, this,
            [this, poll, deadline = QDeadlineTimer(maxWaitMs), stopped = std::move(stopped)] {
                if (m_simulatedMarket && m_simulatedMarket->control().unansweredHostCalls() > 0 &&
                    !deadline.hasExpired())
                    return;
                poll->stop();
                poll->deleteLater();
                stop();
                if (stopped)
                    stopped();
            });
    poll->start();
}

void Desk::stop() {
    if (m_demoClients)
        m_demoClients->stop();
    if (m_localChain)
        m_localChain->demoClients().stop();
    m_engine->stop();
}

} // namespace salesdesk
