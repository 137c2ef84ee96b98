#include "ui/events/EngineEventCollector.h"

#include "core/desk/Desk.h"
#include "core/market/Market.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SlotQueue.h"
#include "core/stats/Ledger.h"
#include "ui/common/Formatting.h"
#include "ui/sales/SaleText.h"

namespace salesdesk::ui {

namespace {

EventLogEntry aboutSlot(const RequestId& requestId, quint64 slotIndex) {
    EventLogEntry entry;
    entry.requestId = requestId.toHex();
    entry.slotIndex = static_cast<qint64>(slotIndex);
    return entry;
}

} // namespace

EngineEventCollector::EngineEventCollector(salesdesk::Desk& desk, QObject* parent)
    : QObject(parent)
    , m_desk(desk) {
    HostEngine& engine = desk.engine();
    Sales& sales = engine.sales();
    connect(&sales, &Sales::agentStarted, this, &EngineEventCollector::track);
    connect(&sales, &Sales::agentStateChanged, this, &EngineEventCollector::onStateChanged);
    connect(&sales, &Sales::agentFinished, this, &EngineEventCollector::onFinished);
    const QList<SalesAgent*> running = sales.agents();
    for (SalesAgent* agent : running)
        track(agent);
    connect(&engine.ledger(), &Ledger::recorded, this, &EngineEventCollector::onLedgerRecorded);
    connect(&engine.queue(), &SlotQueue::pausedChanged, this,
            &EngineEventCollector::onQueuePausedChanged);
    connect(&engine.queue(), &SlotQueue::itemDropped, this,
            &EngineEventCollector::onQueueItemDropped);
}

void EngineEventCollector::track(SalesAgent* agent) {
    connect(agent, &SalesAgent::proofRecorded, this,
            [this, agent](bool submitted) { onProofRecorded(agent, submitted); });
}

void EngineEventCollector::onStateChanged(SalesAgent* agent, SaleStateKind from, SaleStateKind to) {
    EventLogEntry entry = aboutSlot(agent->data().requestId, agent->data().slotIndex);
    entry.kind = EventKind::StateChange;
    entry.severity = EventSeverity::Info;
    entry.message = from == SaleStateKind::Unknown
                        ? tr("Sale started in %1").arg(saleStateName(to))
                        : tr("%1 \u2192 %2").arg(saleStateName(from), saleStateName(to));
    record(std::move(entry));
}

void EngineEventCollector::onFinished(SalesAgent* agent, const SaleOutcome& outcome) {
    EventLogEntry entry = aboutSlot(agent->data().requestId, agent->data().slotIndex);
    if (outcome.state == SaleStateKind::Errored) {
        entry.kind = EventKind::SaleError;
        entry.severity = EventSeverity::Error;
        entry.message = outcome.error.isEmpty() ? tr("Sale errored")
                                                : tr("Sale errored: %1").arg(outcome.error);
        entry.alert = true;
        entry.alertTitle = tr("A slot errored");
        record(std::move(entry));
        return;
    }
    entry.kind = EventKind::SaleEnded;
    entry.severity =
        outcome.state == SaleStateKind::Failed ? EventSeverity::Warning : EventSeverity::Info;
    entry.message =
        outcome.error.isEmpty()
            ? tr("Sale ended: %1").arg(saleStateName(outcome.state))
            : tr("Sale ended: %1 (%2)").arg(saleStateName(outcome.state), outcome.error);
    record(std::move(entry));
}

void EngineEventCollector::onProofRecorded(SalesAgent* agent, bool submitted) {
    if (submitted)
        return;
    EventLogEntry entry = aboutSlot(agent->data().requestId, agent->data().slotIndex);
    entry.kind = EventKind::ProofMissed;
    entry.severity = EventSeverity::Warning;
    entry.message = tr("Proof missed (%1 missed, %2 submitted for this slot); the validator "
                       "slashes collateral for a missed proof")
                        .arg(agent->data().proofsMissed)
                        .arg(agent->data().proofsSubmitted);
    entry.alert = true;
    entry.alertTitle = tr("A proof was missed");
    record(std::move(entry));
}

void EngineEventCollector::onLedgerRecorded(const LedgerEntry& ledgerEntry) {
    if (ledgerEntry.kind == LedgerKind::CollateralDeposited) {
        checkBalance(ledgerEntry.amount);
        return;
    }
    if (ledgerEntry.kind != LedgerKind::CollateralLost)
        return;
    EventLogEntry entry = aboutSlot(ledgerEntry.requestId, ledgerEntry.slotIndex);
    entry.kind = EventKind::CollateralLost;
    entry.severity = EventSeverity::Error;
    entry.message =
        tr("Collateral lost: %1 were slashed or forfeited").arg(formatAmount(ledgerEntry.amount));
    entry.details = amountToolTip(ledgerEntry.amount);
    entry.alert = true;
    entry.alertTitle = tr("Collateral slashed");
    record(std::move(entry));
}

void EngineEventCollector::checkBalance(const UInt256& lastDeposit) {
    const UInt256 threshold = m_threshold.value_or(lastDeposit);
    m_desk.market().balance(this, [this, threshold](const MarketResult<UInt256>& balance) {
        if (!balance.ok())
            return;
        const bool low = *balance < threshold;
        if (low && !m_balanceLow) {
            EventLogEntry entry;
            entry.kind = EventKind::LowBalance;
            entry.severity = EventSeverity::Warning;
            entry.message = tr("Balance is low: %1 left, less than the %2 of collateral another "
                               "fill needs")
                                .arg(formatAmount(*balance), formatAmount(threshold));
            entry.details = tr("Exact: %1 left, %2 needed")
                                .arg(formatExactAmount(*balance), formatExactAmount(threshold));
            entry.alert = true;
            entry.alertTitle = tr("Balance is low");
            record(std::move(entry));
        }
        m_balanceLow = low;
    });
}

void EngineEventCollector::onQueuePausedChanged(bool paused) {
    const SlotQueue& queue = m_desk.engine().queue();
    EventLogEntry entry;
    entry.kind = EventKind::Queue;
    entry.severity = EventSeverity::Info;
    if (!paused)
        entry.message = tr("Slot queue resumed");
    else if (queue.userPaused())
        entry.message = tr("Slot queue paused by you");
    else
        entry.message = tr("Slot queue paused itself: every queued slot was already checked "
                           "against the availabilities; it resumes on a new slot or a wider "
                           "availability");
    record(std::move(entry));
}

void EngineEventCollector::onQueueItemDropped(const SlotQueueItem& item) {
    EventLogEntry entry = aboutSlot(item.requestId(), item.slotIndex());
    entry.kind = EventKind::Queue;
    entry.severity = EventSeverity::Info;
    entry.message = tr("Dropped from the full slot queue (lowest priority)");
    record(std::move(entry));
}

void EngineEventCollector::record(EventLogEntry entry) {
    entry.sequence = m_nextSequence++;
    entry.at = m_desk.clock().now();
    Q_EMIT eventRecorded(entry);
}

} // namespace salesdesk::ui
