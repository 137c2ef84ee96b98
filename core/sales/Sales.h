#pragma once

#include "core/domain/Result.h"
#include "core/market/MarketResult.h"
#include "core/sales/SaleOutcome.h"
#include "core/sales/SaleStateKind.h"
#include "core/sales/SalesContext.h"
#include "core/sales/SalesData.h"
#include "core/sales/SlotQueue.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>

#include <functional>

namespace salesdesk {

class OfflineSettlement;
class SalesAgent;
struct StorageAsk;

// The sales module: subscribes to the market, feeds the slot
// queue, runs one SalesAgent per slot, recovers on start and cleans up every ended sale so that
// no byte or collateral leaks.
class Sales : public QObject {
    Q_OBJECT
public:
    // `shuffle` orders the slots of a request in the queue; seed it for reproducible runs.
    Sales(SalesContext& context, QRandomGenerator* shuffle = nullptr, QObject* parent = nullptr);
    ~Sales() override;

    // Recovers (load), subscribes and starts the queue; `started` runs once loading is done.
    void start(std::function<void(Result<void>)> started = {});
    // Stops everything without cleanup; what is persisted stays as it is for the next start.
    void stop();
    bool isRunning() const { return m_running; }

    QList<SalesAgent*> agents() const { return m_agents.values(); }
    SalesAgent* agentFor(const RequestId& requestId, quint64 slotIndex) const;

Q_SIGNALS:
    void agentStarted(salesdesk::SalesAgent* agent);
    void agentStateChanged(salesdesk::SalesAgent* agent, salesdesk::SaleStateKind from,
                           salesdesk::SaleStateKind to);
    void agentFinished(salesdesk::SalesAgent* agent, const salesdesk::SaleOutcome& outcome);
    // A sale that ended while the host was down was settled at start (it had no agent).
    void saleSettled(const salesdesk::RequestId& requestId, quint64 slotIndex,
                     const salesdesk::SaleOutcome& outcome);

private:
    struct SlotKey {
        RequestId request;
        quint64 slotIndex = 0;
        friend bool operator==(const SlotKey&, const SlotKey&) = default;
        friend size_t qHash(const SlotKey& key, size_t seed = 0) {
            return qHashMulti(seed, key.request, key.slotIndex);
        }
    };

    void load(std::function<void(Result<void>)> done);
    void recoverSlots(const QList<SlotId>& mySlots, std::function<void(Result<void>)> done);
    void recoverSlotsOneByOne(const QList<SlotId>& mySlots, std::function<void(Result<void>)> done);
    // An agent in SaleUnknown for one of our slots (none when it has one already); `summary`, when
    // known, spares the agent's first states their reads.
    void recoverSlot(const SlotId& slotId, const Slot& slot,
                     const std::optional<SlotSummary>& summary);
    void warnNotActive(const SlotId& slotId);
    // The reservations without an agent settled, the open requests queued, then `done`.
    void finishRecovery(std::function<void(Result<void>)> done);
    void settleExpectedDeposit(const SalesData& data);
    Result<void> closeExpectedDeposit(const SalesData& data);
    void reconcileReservations(std::function<void()> done);
    void requeueOpenRequests();
    void subscribe();
    void unsubscribe();

    void onStorageRequested(const RequestId& id, const StorageAsk& ask, Timestamp expiresAt);
    void onRequestFulfilled(const RequestId& id);
    void onRequestCancelled(const RequestId& id);
    void onRequestFailed(const RequestId& id);
    void onSlotFilled(const RequestId& id, quint64 slotIndex);
    void onSlotFreed(const RequestId& id, quint64 slotIndex);
    // The freed slot of a running request queued for repair at `collateral` (unless an agent
    // already sells it).
    void queueRepair(const RequestId& id, quint64 slotIndex, const StorageAsk& ask,
                     const UInt256& collateral);
    void onSlotReservationsFull(const RequestId& id, quint64 slotIndex);

    void processSlot(const SlotQueueItem& item, SlotQueue::WorkerId worker);
    SalesAgent* addAgent(SalesData data);
    void cleanUp(SalesAgent* agent, const SaleOutcome& outcome);
    Result<void> settleReservation(const Reservation& reservation, bool filledByUs);
    void releaseWorker(SalesAgent* agent);
    template <typename Fn> void forAgentsOf(const RequestId& id, Fn fn);

    SalesContext& m_context;
    QRandomGenerator* m_shuffle;
    QHash<SlotKey, SalesAgent*> m_agents;
    QList<QMetaObject::Connection> m_subscriptions;
    bool m_running = false;
    OfflineSettlement* m_settlement; // owned (child)
};

} // namespace salesdesk
