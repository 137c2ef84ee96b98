#pragma once

#include "core/domain/UInt256.h"
#include "core/sales/SaleStateKind.h"
#include "ui/events/EventLogEntry.h"

#include <QObject>

#include <optional>

namespace salesdesk {
class Desk;
class SalesAgent;
struct LedgerEntry;
struct SaleOutcome;
struct SlotQueueItem;
} // namespace salesdesk

namespace salesdesk::ui {

// Turns the engine's signals into events-log entries: sale state changes and endings
// (Sales), missed proofs (SalesAgent::proofRecorded), lost collateral and, after each fill, a
// balance check (Ledger, Market::balance), and the slot queue's pauses and drops. Alerts are
// marked on the entry (EventLogEntry::alert): an errored slot, a missed proof, lost collateral,
// a low balance.
class EngineEventCollector : public QObject {
    Q_OBJECT
public:
    explicit EngineEventCollector(salesdesk::Desk& desk, QObject* parent = nullptr);

    // The balance under which a low-balance alert is raised (checked after every fill). Unset:
    // the collateral of the fill just made, i.e. the next fill like it could not be paid.
    void setLowBalanceThreshold(std::optional<UInt256> threshold) { m_threshold = threshold; }

Q_SIGNALS:
    void eventRecorded(const salesdesk::ui::EventLogEntry& entry);

private:
    void track(SalesAgent* agent);
    void onStateChanged(SalesAgent* agent, SaleStateKind from, SaleStateKind to);
    void onFinished(SalesAgent* agent, const SaleOutcome& outcome);
    void onProofRecorded(SalesAgent* agent, bool submitted);
    void onLedgerRecorded(const LedgerEntry& entry);
    void onQueuePausedChanged(bool paused);
    void onQueueItemDropped(const SlotQueueItem& item);
    void checkBalance(const UInt256& lastDeposit);
    void record(EventLogEntry entry);

    salesdesk::Desk& m_desk;
    std::optional<UInt256> m_threshold;
    bool m_balanceLow = false;
    quint64 m_nextSequence = 1;
};

} // namespace salesdesk::ui
