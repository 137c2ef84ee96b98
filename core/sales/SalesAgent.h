#pragma once

#include "core/clock/Clock.h"
#include "core/sales/SaleOutcome.h"
#include "core/sales/SaleStateKind.h"
#include "core/sales/SalesData.h"

#include <QList>
#include <QObject>

#include <memory>

namespace salesdesk {

class SaleState;
struct SalesContext;

// The state machine of one slot. It runs one SaleState at a time, passes market
// events to it (they may pre-empt it), watches the request for cancellation, and reports the
// end of the sale to Sales, which cleans up.
class SalesAgent : public QObject {
    Q_OBJECT
public:
    SalesAgent(SalesContext& context, SalesData data, QObject* parent = nullptr);
    ~SalesAgent() override;

    void start(std::unique_ptr<SaleState> initial);
    // Stops without cleanup (shutdown or crash): the current state hears nothing more.
    void stop();

    SalesContext& context() const { return m_context; }
    SalesData& data() { return m_data; }
    const SalesData& data() const { return m_data; }
    SaleStateKind state() const { return m_stateKind; }
    bool isRunning() const { return m_state != nullptr; }
    // Every state entered, in order.
    const QList<SaleStateKind>& history() const { return m_history; }
    // When each state of history() was entered (clock time), index for index.
    const QList<Timestamp>& historyTimes() const { return m_historyTimes; }

    // Market events for this slot or its request.
    void requestCancelled();
    void requestFailed();
    void requestFulfilled();
    void slotFilled();

    // Starts the cancellation watcher (idempotent): the contract only emits RequestCancelled when
    // the client withdraws, so after expiry the agent asks requestState itself.
    void watchForCancellation();
    bool isWatchingForCancellation() const { return m_watching; }

    // Used by states.
    void transitionTo(std::unique_ptr<SaleState> next);
    void finish(const SaleOutcome& outcome);
    // Our fill is confirmed on chain: the queue worker is free again and onSale runs.
    void markFilled();
    // A period's proof was accepted by the market (submitted) or not (missed): counts it in
    // data() and tells proofRecorded.
    void recordProof(bool submitted);

Q_SIGNALS:
    void stateChanged(salesdesk::SaleStateKind from, salesdesk::SaleStateKind to);
    void filled();
    void finished(const salesdesk::SaleOutcome& outcome);
    // After recordProof(): data().proofsSubmitted / proofsMissed already count it.
    void proofRecorded(bool submitted);

private:
    void preempt(std::unique_ptr<SaleState> next);
    void checkCancelledAt(Timestamp at);
    // Cancels the pending check; answers still in flight are ignored.
    void stopWatching();

    SalesContext& m_context;
    SalesData m_data;
    SaleState* m_state = nullptr; // owned; retired states are deleted later
    SaleStateKind m_stateKind = SaleStateKind::Unknown;
    QList<SaleStateKind> m_history;
    QList<Timestamp> m_historyTimes;
    bool m_watching = false;
    bool m_finished = false;
    bool m_fulfilled = false; // the request started: it can no longer be cancelled
    quint64 m_watchTimer = 0;
    quint64 m_watchGeneration = 0; // bumped by stopWatching(); older answers are dropped
};

} // namespace salesdesk
