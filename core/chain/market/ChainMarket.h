#pragma once

#include "core/chain/events/EventCursor.h"
#include "core/chain/market/ChainMarketRpc.h"
#include "core/domain/Result.h"
#include "core/market/Market.h"
#include "core/market/MarketMethods.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace salesdesk {

class ChainMarketEvents;
class ChainMarketTransactions;
class Clock;
class Database;
class JsonRpcClient;
class MarketplaceAnswers;
class TransactionManager;

// The Market (core/market/Market.h) on an EVM chain where our Marketplace is deployed
// (contracts/, docs/contracts.md):
// - reads are eth_calls from the host's account (ChainMarketRpc), answers decoded by
//   MarketplaceAnswers, reverts named by MarketplaceRevert; proofDuties reads every slot's duty
//   with the Marketplace's proofDuties view (one eth_call for up to kDutiesPerCall slots), and
//   slotSummaries with its slotSummaries view (kSummariesPerCall slots a call). What
//   depends on the block number (pointer, challenge, whether a proof is due) is read at the
//   "pending" block: a proof is mined at the earliest in the next block, and the challenge changes
//   from one block to the next when the slot's pointer wraps around;
// - transactions go through the TransactionManager under one intent key per action and slot
//   (ChainMarketTransactions), so each reaches the chain once across crashes;
// - the Marketplace's logs come from an EventCursor and become the Market's signals
//   (ChainMarketEvents); openRequests reads past StorageRequested events.
// load() must have succeeded before the other calls: it reads the market's configuration and its
// token once and starts following the events.
class ChainMarket final : public Market {
    Q_OBJECT
public:
    // The roots of every slot of a request (slot 0 first: the leaves of content.merkleRoot), which
    // a fill proves its slot root against. Run off the event loop.
    using SlotRootsSource = std::function<Result<std::vector<Hash32>>(const StorageRequest&)>;

    struct Options {
        Address marketplace;
        // The first block openRequests and the event cursor read (the Marketplace's deployment).
        quint64 startBlock = 0;
        // The cursor's name, confirmations, polling, WebSocket URL, …; its addresses, topics and
        // start block are set by the market.
        EventCursor::Options events;
        // Empty: the data the simulated clients generate (SlotDataGenerator::slotRoots).
        SlotRootsSource slotRoots;
    };

    // `rpc`, `transactions` (whose account is the host's wallet), `database` (the host's) and
    // `clock` must outlive the market.
    ChainMarket(JsonRpcClient& rpc, TransactionManager& transactions, Database& database,
                Clock& clock, Options options, QObject* parent = nullptr);
    ~ChainMarket() override;

    // Reads configuration() and token() of the Marketplace and the token's name, symbol and
    // decimals (config().token), then starts the event cursor. Answers
    // later on the event loop, unless `context` is destroyed first.
    void load(const QObject* context, std::function<void(const Result<void>&)> done);
    bool isLoaded() const { return m_loaded; }

    Address signer() const override;
    MarketConfig config() const override { return m_config; }
    const Address& token() const { return m_token; }
    const Address& marketplace() const { return m_options.marketplace; }
    // The cursor that feeds the signals (null before load()).
    const EventCursor* eventCursor() const;

    SD_MARKET_DECLARE_OVERRIDES()

    // The TransactionManager::Options::maxInFlight a host's manager takes: the proofs of a period
    // (and the other slots' actions, which do not depend on each other) go out together.
    static constexpr int kTransactionsInFlight = 100;
    // proofDuties asks the Marketplace about this many slots per eth_call (one call costs about
    // 20,000 gas a slot; nodes cap a call's gas, commonly at 50 million).
    static constexpr qsizetype kDutiesPerCall = 500;
    // slotSummaries asks the Marketplace about this many slots per eth_call (each answer carries
    // the slot's whole request: about 30,000 gas and 1 KiB of answer a slot).
    static constexpr qsizetype kSummariesPerCall = 200;

private:
    template <typename T>
    using Decoder = std::function<Result<T>(const MarketplaceAnswers&, QByteArrayView)>;
    // One view of the Marketplace, decoded; `onRevert` answers a revert instead of failing.
    template <typename T>
    void read(const char* method, const ChainMarketRpc::View& view, const QObject* context,
              MarketCallback<T> done, Decoder<T> decode,
              std::function<std::optional<MarketResult<T>>(const MarketError&)> onRevert = {});
    // A view of the Marketplace at the latest block, or (`pending`) at the next one.
    ChainMarketRpc::View marketView(const QByteArray& data, bool pending = false) const {
        return {m_options.marketplace, data, pending};
    }
    template <typename T> bool refuseUnloaded(const QObject* context, MarketCallback<T>& done);
    // The transactions and the events, once the configuration and the token are known.
    Result<void> start();

    JsonRpcClient& m_rpcClient;
    TransactionManager& m_transactionManager;
    Database& m_database;
    Clock& m_clock;
    Options m_options;
    ChainMarketRpc m_rpc;
    const MarketplaceAnswers* m_answers = nullptr;
    MarketConfig m_config;
    Address m_token;
    bool m_loaded = false;
    ChainMarketTransactions* m_transactions = nullptr; // children, made by load()
    ChainMarketEvents* m_events = nullptr;
};

} // namespace salesdesk
