#pragma once

#include "core/chain/crypto/PrivateKey.h"
#include "core/domain/FixedBytes.h"
#include "core/sales/SaleStateKind.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace salesdesk {
class ChainMarket;
class Database;
class HostEngine;
class JsonRpcClient;
class TransactionManager;
class VirtualClock;
struct Availability;
namespace test {
class AnvilFixture;
class MarketplaceSession;
} // namespace test
} // namespace salesdesk

namespace salesdesk::bench {

// The host of the chain-sell benchmark: its chain side (chain database, JSON-RPC client,
// transaction manager and ChainMarket, as a desk wires them) and its HostEngine over one data
// directory, and the chain's time, driven as the chain sale test drives them: the engine runs on
// a VirtualClock, and before the clock runs its next timer a block is mined at that time.
class ChainSellHost : public QObject {
    Q_OBJECT
public:
    static constexpr quint64 kSlotSize = 2 * 64 * 1024 + 500; // three blocks, the last one short

    // `slots`: how many slots the availability and the quota take.
    ChainSellHost(test::AnvilFixture& chain, test::MarketplaceSession& session, VirtualClock& clock,
                  QString dataDirectory, PrivateKey key, quint64 slots);
    ~ChainSellHost() override;

    static bool isProving(SaleStateKind state);
    // An end of a sale (Ignored included: the engine let the slot go).
    static bool hasEnded(SaleStateKind state);

    QString error;
    int workers = 0; // the engine's queue workers (0: HostEngine's default)
    quint64 chainNow = 0;
    QHash<SlotId, SaleStateKind> states; // every slot's last state
    QHash<SlotId, SaleStateKind> ended;  // a slot's end, once it ended
    // Proofs over the run: the engine's (recorded as submitted or missed by the sales agents) and
    // the proof transactions that settled (mined; failed: refused by the contract once mined).
    quint64 proofsSubmitted = 0;
    quint64 proofsMissed = 0;
    quint64 proofTransactions = 0;
    quint64 proofTransactionsFailed = 0;
    // Hears how long each of drive()'s blocking calls to the node (mining a block) took.
    std::function<void(qint64 ns)> blocked;

    void setStart(quint64 chainTime);
    JsonRpcClient& rpc() const { return *m_rpc; }
    // The slots whose last state passes `test`.
    int count(bool (*test)(SaleStateKind)) const;
    // "SaleFinished 3, SaleFailed 1": how the sales that ended did.
    QString endStates() const;

    // Settles the network and posted work, checks `done`, then mines a block at the clock's next
    // deadline (when later than the chain's time) and runs that timer; every 10 s of wall time
    // prints where the sales stand on stderr.
    bool drive(const std::function<bool()>& done, int maxSteps = 200'000);
    // Opens the chain side, loads the market, opens and starts the engine.
    bool open();
    // Destroys the engine and the chain side without stopping anything first, as a crash does.
    void crash();
    std::optional<Availability> offer();

private:
    bool openMarket();
    bool openEngine();
    void printProgress() const;

    test::AnvilFixture& m_chain;
    test::MarketplaceSession& m_session;
    VirtualClock& m_clock;
    QString m_dir;
    PrivateKey m_key;
    quint64 m_slots = 0;
    quint64 m_startedAt = 0;
    std::unique_ptr<Database> m_chainDb;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::unique_ptr<TransactionManager> m_manager;
    std::unique_ptr<ChainMarket> m_market;
    std::unique_ptr<HostEngine> m_engine;
};

} // namespace salesdesk::bench
