#pragma once

#include "core/market/Market.h"
#include "core/market/MarketMethods.h"
#include "core/simulation/CompetingHosts.h"
#include "core/simulation/FaultInjector.h"
#include "core/simulation/MarketLedger.h"
#include "core/simulation/SimulationControl.h"

#include <QMap>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace salesdesk {

class SimulatedMarketStore;
class SimulatedValidator;

// How to open a SimulatedMarket. When the file already holds a market, its stored config, seed
// and signer win over these (the market is the one that was saved) and a difference is logged.
struct SimulatedMarketOptions {
    MarketConfig config;
    quint64 seed = 1;
    // Our host's address (msg.sender of every host call). Zero: derived from the seed.
    Address signer;
    // The market's own SQLite file. Empty: in memory only (tests that do not restart).
    QString filePath;
};

// The embedded default market: a faithful model of the Codex Marketplace contract (MarketLedger)
// behind the host's Market interface, on the event loop and a Clock.
//
// - Host calls (the Market interface) act as `signer()`. Each answers asynchronously: the answer
//   is a queued call on `context` (on the market itself when context is null), so it never runs
//   inside the call and is dropped when the context is destroyed first. A call that changes the
//   books changes them at once; the changes of all such calls in one event-loop turn (a block)
//   are saved in one transaction, then each call's answer is queued and after it the contract's
//   events (signals, also queued: no handler runs inside the market).
// - Injected faults (control().setFault) make that share of host calls fail with Kind::Transient
// and change
//   nothing.
// - A simulated validator slashes our host's missed proofs one second after each period ends.
// - The clients', competing hosts' and admin calls, fault injection and reads of the books are
//   on control() (SimulationControl), synchronous, returning domain Results; their events are
//   queued the same way.
// - Time comes only from the Clock; with the same seed and the same calls at the same times, a
//   run is the same.
// - With a file, every change is written through, so a host that restarts or crashes meets the
//   same market; opening it re-arms the validator and catches up on the periods that passed.
class SimulatedMarket final : public Market {
    Q_OBJECT
public:
    // How a market is opened: SimulatedMarketLoader.
    static Result<std::unique_ptr<SimulatedMarket>> open(Clock& clock,
                                                         const SimulatedMarketOptions& options);
    // The market its file holds, for inspection (salesdesk-cli check): the file is read without
    // writing (SimulatedMarketStore::openReadOnly) and closed again, the validator is not armed,
    // and changes made to the returned market stay in memory.
    static Result<std::unique_ptr<SimulatedMarket>> openReadOnly(Clock& clock,
                                                                 const QString& filePath);
    ~SimulatedMarket() override;

    // keccak256 of a label, first 20 bytes: the fixed addresses of the simulation.
    static Address addressFor(QByteArrayView label);
    // The default signer for a seed: addressFor("salesdesk.simulated.host.<seed>").
    static Address defaultSigner(quint64 seed);

    // ---- Market
    Address signer() const override { return m_signer; }
    MarketConfig config() const override { return m_ledger.books().config(); }

    // Every asynchronous call of Market (core/market/MarketMethods.h).
    SD_MARKET_DECLARE_OVERRIDES()

    // Everything else one can do to the simulated marketplace (clients, tokens, competing hosts,
    // faults, stored values, reads of the books).
    SimulationControl& control() { return m_control; }
    const SimulationControl& control() const { return m_control; }

private:
    SimulatedMarket(Clock& clock, const MarketConfig& config, quint64 seed, const Address& signer);

    friend class SimulationControl;     // the synchronous calls commit like the host's transactions
    friend class SimulatedMarketLoader; // builds the market and restores its books

    // Saves the ledger's changes (and `meta`) in one transaction. On failure the books are
    // reloaded from the file (what the failed transaction rolled back) and the error returned.
    Result<void> save(QMap<QString, QVariant> meta = {});
    // Queues the ledger's pending events as signals.
    void flushEvents();
    void postEvents(std::vector<MarketEvent> events);
    // The host's transactions of one event-loop turn are saved together, like the transactions
    // of one block, in one SQLite transaction: each is answered (and its events sent) once the
    // block is saved, with an error if it could not be.
    void addToBlock(std::function<void(const std::optional<QString>& failure)> deliver);
    void sealBlock();
    // The fault rules and extra values of a loaded file's meta rows.
    void restoreMeta(const QMap<QString, QVariant>& meta);
    // Lets the validator re-arm, then save().
    Result<void> saveChanges(QMap<QString, QVariant> meta = {});
    // saveChanges() then flushEvents(): for the synchronous calls of SimulationControl.
    Result<void> commit();
    // Saves the fault injector's new settings.
    void faultsChanged();
    Result<void> storeValue(const QString& key, const QVariant& value);
    // SimulationControl::mintAndStore.
    Result<void> mintAndStore(const Address& to, const UInt256& amount, const QString& key,
                              const QVariant& value);
    void emitEvent(const MarketEvent& event);
    bool injectFault(const char* method);

    template <typename T>
    void reply(const QObject* context, MarketCallback<T> done, MarketResult<T> result);
    template <typename T, typename Read>
    void read(const char* method, const QObject* context, MarketCallback<T> done, Read read);
    template <typename T, typename Op>
    void transact(const char* method, const QObject* context, MarketCallback<T> done, Op op);

    Clock& m_clock;
    quint64 m_seed;
    Address m_signer;
    MarketLedger m_ledger;
    CompetingHosts m_others;
    FaultInjector m_faults;
    bool m_faultsChanged = false;
    QMap<QString, QVariant> m_extra;
    std::unique_ptr<SimulatedMarketStore> m_store;
    SimulatedValidator* m_validator = nullptr; // child
    struct PendingBlock {
        std::vector<std::function<void(const std::optional<QString>& failure)>> deliveries;
        std::optional<QString> failure; // an earlier save that held its changes failed
    };
    std::unique_ptr<PendingBlock> m_block; // unsaved: its callers have no answer yet
    std::shared_ptr<int> m_unanswered = std::make_shared<int>(0); // outlives us in answers
    SimulationControl m_control{*this};
};

} // namespace salesdesk
