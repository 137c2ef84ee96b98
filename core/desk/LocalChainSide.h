#pragma once

#include "core/chain/client/ChainDemoClients.h"
#include "core/chain/deals/DemoDealClients.h"
#include "core/clock/SystemClock.h"
#include "core/desk/ChainClockKeeper.h"
#include "core/desk/ChainHostSide.h"
#include "core/domain/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace salesdesk {

class ChainMarket;
class CheckedSlotRoots;
class Clock;
class DatasetServer;
class LocalChain;

// The chain half of a desk on a local test chain: anvil started with our contracts (LocalChain),
// the host's account (one
// of anvil's funded test accounts) with its market (ChainHostSide: the transaction manager with
// its intents in <dataDirectory>/chain.sqlite, the ChainMarket the engine sells on), and demo
// storage clients
// (other test accounts) posting requests whose data the dataset server serves on loopback.
// A local test chain starts empty each time, so its data directory must too (Desk::openLocalChain
// clears it): the books of an earlier chain would not meet this one.
//
// The chain's time: on an AcceleratedClock, the chain follows the clock at its speed
// (ChainClockKeeper: anvil's own time stopped, blocks stamped with the clock's time, the clock
// held when the chain lags); the host's JSON-RPC timeouts stay in real time, and it polls the
// chain every pollSeconds of real time. On any other clock (real time), anvil mines a block
// every blockTimeSeconds so chain time keeps up with the clock.
class LocalChainSide final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString dataDirectory; // the engine's and the chain side's files
        qint64 blockTimeSeconds = 1;
        int hostAccount = 1;
        QList<int> clientAccounts{2, 3, 4, 5}; // the demo clients that post storage requests
        // The demo clients that propose direct deals: accounts of their own, because anvil
        // numbers the transactions of eth_sendTransaction itself, and two senders of one account
        // at the same moment can be given the same nonce ("replacement transaction
        // underpriced": one of them is lost).
        QList<int> dealClientAccounts{6, 7, 8};
        ChainDemoClients::Options clients; // marketplace, token and accounts are filled in
    };
    using OpenedCallback = std::function<void(Result<std::unique_ptr<LocalChainSide>>)>;

    // Starts the chain, deploys, opens the host's market and loads it; `done` runs once.
    static void openLocal(Clock& clock, Options options, OpenedCallback done);
    ~LocalChainSide() override;

    ChainMarket& market() const;
    ChainHostSide& host() const { return *m_host; }
    LocalChain& chain() const { return *m_chain; }
    // Real time, whatever the desk's clock: for what waits on the node (timeouts).
    Clock& realClock() { return m_realClock; }
    // What keeps the chain's time with an accelerated clock; null on other clocks.
    ChainClockKeeper* clockKeeper() const { return m_keeper.get(); }
    DatasetServer& datasetServer() const { return *m_datasets; }
    // The slot roots the host checked its downloads against; the market's fills take their slot
    // paths from them (the generated data's roots for a request that is not there). For
    // HostHooks::Options::checkedSlotRoots.
    const std::shared_ptr<CheckedSlotRoots>& checkedSlotRoots() const {
        return m_host->checkedSlotRoots();
    }
    ChainDemoClients& demoClients() const { return *m_clients; }
    // Direct-deal clients of the same accounts (null when the chain has no DirectDeals); started
    // by the desk when it takes deals while its demo clients run.
    DemoDealClients* demoDeals() const { return m_demoDeals.get(); }

private:
    LocalChainSide(Clock& clock, Options options);
    void followClock(std::function<void(const Result<void>&)> done);
    void openMarket(std::function<void(const Result<void>&)> done);
    void startClients(std::function<void(const Result<void>&)> done);

    Clock& m_clock;
    Options m_options;
    SystemClock m_realClock;
    std::unique_ptr<LocalChain> m_chain;
    std::unique_ptr<ChainClockKeeper> m_keeper;
    std::unique_ptr<ChainHostSide> m_host;
    std::unique_ptr<DatasetServer> m_datasets;
    std::unique_ptr<ChainDemoClients> m_clients;
    std::unique_ptr<DemoDealClients> m_demoDeals;
};

} // namespace salesdesk
