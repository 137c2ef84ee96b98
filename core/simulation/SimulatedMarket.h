#pragma once

#include "core/simulation/CompetingHosts.h"
#include "core/simulation/FaultInjector.h"
#include "core/market/Market.h"
#include "core/simulation/MarketLedger.h"

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
// - Injected faults (setFault) make that share of host calls fail with Kind::Transient and change
//   nothing.
// - A simulated validator slashes our host's missed proofs one second after each period ends.
// - The client, competing-host and admin functions below are synchronous and return domain
//   Results; their events are queued the same way.
// - Time comes only from the Clock; with the same seed and the same calls at the same times, a
//   run is the same.
// - With a file, every change is written through, so a host that restarts or crashes meets the
//   same market; opening it re-arms the validator and catches up on the periods that passed.
class SimulatedMarket final : public Market {
    Q_OBJECT
public:
    static Result<std::unique_ptr<SimulatedMarket>> open(Clock& clock,
                                                         const SimulatedMarketOptions& options);
    ~SimulatedMarket() override;

    // keccak256 of a label, first 20 bytes: the fixed addresses of the simulation.
    static Address addressFor(QByteArrayView label);
    // The default signer for a seed: addressFor("salesdesk.simulated.host.<seed>").
    static Address defaultSigner(quint64 seed);

    // ---- Market
    Address signer() const override { return m_signer; }
    MarketConfig config() const override { return m_ledger.config(); }

    void getRequest(const RequestId& id, const QObject* context,
                    MarketCallback<std::optional<StorageRequest>> done) override;
    void requestState(const RequestId& id, const QObject* context,
                      MarketCallback<std::optional<RequestState>> done) override;
    void slotState(const SlotId& id, const QObject* context,
                   MarketCallback<SlotState> done) override;
    void requestEnd(const RequestId& id, const QObject* context,
                    MarketCallback<Timestamp> done) override;
    void requestExpiresAt(const RequestId& id, const QObject* context,
                          MarketCallback<Timestamp> done) override;
    void getHost(const SlotId& id, const QObject* context,
                 MarketCallback<std::optional<Address>> done) override;
    void currentCollateral(const SlotId& id, const QObject* context,
                           MarketCallback<UInt256> done) override;
    void slotCollateral(const RequestId& id, quint64 slotIndex, const QObject* context,
                        MarketCallback<UInt256> done) override;
    void getActiveSlot(const SlotId& id, const QObject* context,
                       MarketCallback<std::optional<Slot>> done) override;
    void mySlots(const QObject* context, MarketCallback<QList<SlotId>> done) override;
    void openRequests(const QObject* context, MarketCallback<QList<OpenRequest>> done) override;
    void balance(const QObject* context, MarketCallback<UInt256> done) override;

    void isProofRequired(const SlotId& id, const QObject* context,
                         MarketCallback<bool> done) override;
    void willProofBeRequired(const SlotId& id, const QObject* context,
                             MarketCallback<bool> done) override;
    void getChallenge(const SlotId& id, const QObject* context,
                      MarketCallback<Hash32> done) override;
    void getPointer(const SlotId& id, const QObject* context, MarketCallback<quint8> done) override;
    void missingProofs(const SlotId& id, const QObject* context,
                       MarketCallback<quint64> done) override;
    void proofDuties(const QList<SlotId>& slots, const QObject* context,
                     MarketCallback<QList<ProofDuty>> done) override;

    void canReserveSlot(const RequestId& id, quint64 slotIndex, const QObject* context,
                        MarketCallback<bool> done) override;
    void reserveSlot(const RequestId& id, quint64 slotIndex, const QObject* context,
                     MarketCallback<Done> done) override;
    void fillSlot(const RequestId& id, quint64 slotIndex, const StorageProof& proof,
                  const UInt256& collateral, const QObject* context,
                  MarketCallback<UInt256> done) override;
    void freeSlot(const SlotId& id, const QObject* context,
                  MarketCallback<SlotPayout> done) override;
    void submitProof(const SlotId& id, const StorageProof& proof, const QObject* context,
                     MarketCallback<Done> done) override;

    // ---- Clients (synchronous)
    // requestStorage as `client` (must equal request.client); pulls maxPrice from its balance.
    Result<RequestId> requestStorage(const Address& client, const StorageRequest& request);
    // withdrawFunds as `client`; returns the amount paid back.
    Result<UInt256> withdrawFunds(const Address& client, const RequestId& id);

    // ---- Tokens
    Result<void> mint(const Address& to, const UInt256& amount);
    UInt256 balanceOf(const Address& address) const { return m_ledger.tokens().balanceOf(address); }
    UInt256 totalSupply() const { return m_ledger.tokens().totalSupply(); }
    UInt256 sumOfBalances() const { return m_ledger.tokens().sumOfBalances(); }
    Address marketplaceAddress() const { return m_ledger.marketplace(); }
    static Address validatorAddress();

    // ---- Competing hosts and the marketplace itself (scenario events)
    // othersReserve: returns how many reservations were made.
    Result<quint64> othersReserve(const RequestId& id, quint64 slotIndex, quint64 count);
    // othersFill: returns the slot indices that were filled.
    Result<QList<quint64>> othersFill(const RequestId& id, const QList<quint64>& slotIndices);
    // forceFree: the Filled slot is forcibly freed (its host loses the collateral; SlotFreed;
    // RequestFailed past maxSlotLoss).
    Result<void> forceFree(const RequestId& id, quint64 slotIndex);
    // failRequest: a New or Started request fails now (RequestFailed).
    Result<void> failRequest(const RequestId& id);

    // ---- Fault injection (scenario marketFaults)
    void setFault(const QString& method, double probability, Timestamp until);
    void clearFaults();
    const FaultInjector& faults() const { return m_faults; }

    // ---- Inspection (GUI, reports, tests)
    Timestamp now() const { return m_clock.now(); }
    quint64 seed() const { return m_seed; }
    bool isPersistent() const { return m_store != nullptr; }
    QString filePath() const;
    // The books, for reads at an explicit time (ledger().requestState(id, now()), …).
    const MarketLedger& ledger() const { return m_ledger; }
    const SimulatedValidator& validator() const { return *m_validator; }

    // Small values other simulation parts keep with the market (SimulatedClients' schedule):
    // persisted with it. An invalid value removes the key.
    QVariant storedValue(const QString& key) const { return m_extra.value(key); }
    Result<void> storeValue(const QString& key, const QVariant& value);

private:
    SimulatedMarket(Clock& clock, const MarketConfig& config, quint64 seed, const Address& signer);

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
    // Lets the validator re-arm, then save().
    Result<void> saveChanges();
    // saveChanges() then flushEvents(): for the synchronous API.
    Result<void> commit();
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
};

} // namespace salesdesk
