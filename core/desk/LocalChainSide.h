#pragma once

#include "core/chain/client/ChainDemoClients.h"
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

// The chain half of a desk on a local test chain: anvil started with our contracts (LocalChain,
// a block every blockTimeSeconds so chain time keeps up with the clock), the host's account (one
// of anvil's funded test accounts) with its market (ChainHostSide: the transaction manager with
// its intents in <dataDirectory>/chain.sqlite, the ChainMarket the engine sells on), and demo
// storage clients
// (other test accounts) posting requests whose data the dataset server serves on loopback.
// A local test chain starts empty each time, so its data directory must too (Desk::openLocalChain
// clears it): the books of an earlier chain would not meet this one.
class LocalChainSide final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString dataDirectory; // the engine's and the chain side's files
        qint64 blockTimeSeconds = 1;
        int hostAccount = 1;
        QList<int> clientAccounts{2, 3, 4, 5};
        ChainDemoClients::Options clients; // marketplace, token and accounts are filled in
    };
    using OpenedCallback = std::function<void(Result<std::unique_ptr<LocalChainSide>>)>;

    // Starts the chain, deploys, opens the host's market and loads it; `done` runs once.
    static void openLocal(Clock& clock, Options options, OpenedCallback done);
    ~LocalChainSide() override;

    ChainMarket& market() const;
    ChainHostSide& host() const { return *m_host; }
    LocalChain& chain() const { return *m_chain; }
    DatasetServer& datasetServer() const { return *m_datasets; }
    // The slot roots the host checked its downloads against; the market's fills take their slot
    // paths from them (the generated data's roots for a request that is not there). For
    // HostHooks::Options::checkedSlotRoots.
    const std::shared_ptr<CheckedSlotRoots>& checkedSlotRoots() const {
        return m_host->checkedSlotRoots();
    }
    ChainDemoClients& demoClients() const { return *m_clients; }

private:
    LocalChainSide(Clock& clock, Options options);
    void openMarket(std::function<void(const Result<void>&)> done);
    void startClients(std::function<void(const Result<void>&)> done);

    Clock& m_clock;
    Options m_options;
    std::unique_ptr<LocalChain> m_chain;
    std::unique_ptr<ChainHostSide> m_host;
    std::unique_ptr<DatasetServer> m_datasets;
    std::unique_ptr<ChainDemoClients> m_clients;
};

} // namespace salesdesk
