#pragma once

#include "core/desk/ChainHostSide.h"
#include "core/desk/ChainWatch.h"
#include "core/desk/LocalChainSide.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"
#include "core/engine/HostEngine.h"
#include "core/reservations/AvailabilityParams.h"
#include "core/simulation/SimulatedClients.h"
#include "core/simulation/SimulatedMarket.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace salesdesk {

class Clock;
class Market;

// How to open a desk on the simulated marketplace.
struct SimulatedDeskOptions {
    // Host side. engine.dataDirectory is the desk's data directory; the market's file lives in it
    // too (market.sqlite) unless market.filePath says otherwise.
    HostEngine::Options engine;
    SimulatedMarketOptions market;
    // The demo stream of storage requests; none when empty.
    std::optional<SimulatedClientsConfig> demoClients;
    // Minted to our host the first time the market is opened (its balance is zero then), and
    // added to what the market records as minted to it (Desk::hostFunds).
    UInt256 initialHostFunds = UInt256(1) << 100;
    // The storage quota of new books (the data directory's database did not exist yet); existing
    // books keep theirs. engine.quotaBytes, when set, is applied after it either way.
    std::optional<quint64> newBooksQuotaBytes;
};

// How to open a desk on a local test chain (anvil with our contracts, started by the desk).
struct LocalChainDeskOptions {
    // engine.dataDirectory is where the desk keeps this chain's books: cleared at every open,
    // because the chain starts empty every time.
    HostEngine::Options engine;
    LocalChainSide::Options chain; // its dataDirectory is engine.dataDirectory
    // The engine downloads each slot it sells from the chain side's DatasetServer and checks it
    // against the request's content root before it fills (engine.hooks.dataSource becomes the
    // server's URL and storeData is on: slots are written to disk and proven from there). False:
    // engine.hooks as given (e.g. generated data, counted but not written).
    bool downloadSlotData = true;
};

// How to open a desk on a chain by RPC URL (a network, or a chain someone else started).
struct NetworkDeskOptions {
    // engine.dataDirectory keeps this network's books (bound to its chain id and marketplace at
    // the first open; another network's directory is refused). Never cleared: a restart recovers
    // from the books and the chain.
    HostEngine::Options engine;
    ChainHostSide::Options chain; // its dataDirectory is engine.dataDirectory
};

// Everything a front end works with: the host engine, the clock it runs on and the market it
// sells on. The GUI screens and the GUI benchmark take a Desk; only the simulated marketplace
// exists for now, so the simulation's own controls (the demo controls, admin calls, demo clients)
// are reachable through simulation() / simulatedMarket() / demoClients(), which a chain-backed
// desk will return null for.
class Desk : public QObject {
    Q_OBJECT
public:
    static Result<std::unique_ptr<Desk>> openSimulated(Clock& clock,
                                                       const SimulatedDeskOptions& options);
    // Starts a local test chain and opens a desk on it; `done` runs once, on the event loop.
    // Refuses a data directory another Sales Desk is using; clears it otherwise.
    static void openLocalChain(Clock& clock, LocalChainDeskOptions options,
                               std::function<void(Result<std::unique_ptr<Desk>>)> done);
    // Opens a desk on a chain by RPC URL, signing as `account` (the unlocked wallet); `done`
    // runs once, on the event loop. The books are checked (and locked) before the node is asked
    // anything.
    static void openNetwork(Clock& clock, NetworkDeskOptions options, ChainAccount account,
                            std::function<void(Result<std::unique_ptr<Desk>>)> done);
    ~Desk() override;

    // Recovers and starts the engine, then the demo clients; `started` runs once recovery is done.
    // An AcceleratedClock (the demo's) is held until then (ClockHoldReason::Recovery).
    void start(std::function<void(Result<void>)> started = {});
    void stop();
    // Stops the demo clients, waits (on the event loop, at most `maxWaitMs`) until the market
    // has answered every host call that changed its books, then stops: the host has then heard
    // of every change the market made for it, and the books reconcile as they are on disk.
    // `stopped` runs once stopped.
    void stopWhenSettled(std::function<void()> stopped, int maxWaitMs = 5'000);
    // A desk with nothing on offer sells nothing: offers `offer` when no availability exists yet,
    // with the quota raised to hold it when it is smaller. Whether it offered.
    Result<bool> offerIfNothingOffered(const NewAvailability& offer);

    HostEngine& engine() const { return *m_engine; }
    Clock& clock() const { return m_clock; }
    // The market as the host sees it (with retries).
    Market& market() const { return m_engine->market(); }
    QString dataDirectory() const { return m_dataDirectory; }

    SimulatedMarket* simulatedMarket() const { return m_simulatedMarket.get(); }

    // Where the market records every token minted to our host by desks (storedValue, decimal):
    // the host's balance before any sale, which the books are checked against.
    static constexpr char kHostFundsKey[] = "desk.host.funds";
    // The simulated market's file in a data directory (unless the options name another).
    static QString marketFilePath(const QString& dataDirectory);
    // That record; NotFound for a market file made before desks recorded it.
    static Result<UInt256> hostFunds(const SimulatedMarket& market);
    // The simulated marketplace's controls; null on a real market.
    SimulationControl* simulation() const {
        return m_simulatedMarket ? &m_simulatedMarket->control() : nullptr;
    }
    SimulatedClients* demoClients() const { return m_demoClients.get(); }
    // The local test chain's side (chain, market, demo clients); null on other markets.
    LocalChainSide* localChain() const { return m_localChain.get(); }
    // The host's side of the chain it sells on (wallet, transactions, market); null on the
    // simulated market.
    ChainHostSide* chainHost() const {
        return m_localChain ? &m_localChain->host() : m_chainHost.get();
    }
    // Serves paid retrievals of the host's slot data (docs/retrieval.md) on the chain the desk
    // sells on: `offer` as ChainHostSide::startRetrieval takes it. The port, or why not
    // (InvalidArgument on the simulated market, or a chain without the channels contract).
    Result<quint16> startRetrieval(const RetrievalService::Options& offer);
    // The paid retrieval, once started; null before and on the simulated market.
    RetrievalService* retrieval() const { return chainHost() ? chainHost()->retrieval() : nullptr; }
    // Takes direct storage deals (docs/deals.md) on the chain the desk sells on: `offer` gives
    // where to listen, the ask and the rules (the chain's part is the chain side's own). The
    // port, or why not (InvalidArgument on the simulated market, or a chain without the
    // DirectDeals contract).
    Result<quint16> startDeals(const DealService::Options& offer);
    // The direct deals, once started; null before and on the simulated market.
    DealService* deals() const { return chainHost() ? chainHost()->deals() : nullptr; }
    // What the screens show of that chain (head, balances, whether the node answers), asked in
    // the background from the first call on; null on the simulated market.
    ChainWatch* chainWatch() const;

private:
    explicit Desk(Clock& clock);

    Clock& m_clock;
    QString m_dataDirectory;
    std::unique_ptr<SimulatedMarket> m_simulatedMarket;
    std::unique_ptr<SimulatedClients> m_demoClients;
    std::unique_ptr<LocalChainSide> m_localChain;
    std::unique_ptr<ChainHostSide> m_chainHost; // on a network (a local chain has its own)
    std::unique_ptr<HostEngine> m_engine;
    mutable std::unique_ptr<ChainWatch> m_chainWatch; // made by the first chainWatch()
};

} // namespace salesdesk
