#include "ui/sales/FinishedSalesModel.h"

#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/stats/Ledger.h"
#include "ui/common/Formatting.h"
#include "ui/sales/SaleText.h"

#include <QSet>

#include <algorithm>

namespace salesdesk::ui {

namespace {

constexpr int kDefaultBatchMilliseconds = 250;

QString sortableAmount(const UInt256& amount) {
    return uint256::toDecimal(amount).rightJustified(78, QLatin1Char('0'));
}

} // namespace

FinishedSalesModel::FinishedSalesModel(Sales& sales, Ledger& ledger, Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock) {
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(kDefaultBatchMilliseconds);
    connect(&m_batchTimer, &QTimer::timeout, this, &FinishedSalesModel::applyPendingChanges);
    connect(&sales, &Sales::agentFinished, this, &FinishedSalesModel::onFinished);
    connect(&sales, &Sales::saleSettled, this, &FinishedSalesModel::onSettled);
    connect(&ledger, &Ledger::recorded, this, &FinishedSalesModel::onRecorded);
    loadPast(sales, ledger);
}

void FinishedSalesModel::loadPast(Sales& sales, Ledger& ledger) {
    auto entries = ledger.entries();
    if (!entries.ok())
        return; // the history starts empty; the session's sales still arrive
    for (const LedgerEntry& entry : std::as_const(*entries))
        add(m_money[SlotKey{entry.requestId, entry.slotIndex}], entry);
    QSet<SlotKey> running;
    const QList<SalesAgent*> agents = sales.agents();
    for (const SalesAgent* agent : agents)
        running.insert(SlotKey{agent->data().requestId, agent->data().slotIndex});
    for (auto it = m_money.cbegin(); it != m_money.cend(); ++it) {
        // Collateral still out: the sale is running (perhaps not recovered yet).
        const bool collateralOut = it->deposited > it->returned + it->lost;
        if (running.contains(it.key()) || collateralOut)
            continue;
        Row row;
        row.key = it.key();
        row.endedAt = it->lastAt;
        m_rowOf.insert(row.key, static_cast<int>(m_rows.size()));
        m_rows.append(row);
    }
}

int FinishedSalesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FinishedSalesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<SaleStateKind> FinishedSalesModel::outcomeAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).outcome;
}

UInt256 FinishedSalesModel::payoutAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return 0;
    return m_money.value(m_rows.at(row).key).payout;
}

QString FinishedSalesModel::outcomeText(const Row& row) const {
    if (row.outcome)
        return saleStateName(*row.outcome);
    const Money money = m_money.value(row.key);
    if (money.lost > 0)
        return tr("Collateral lost");
    if (money.payout > 0)
        return tr("Paid");
    if (money.returned > 0)
        return tr("Collateral returned");
    return tr("Ended");
}

QVariant FinishedSalesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Money money = m_money.value(row.key);
    const bool fromLedger = !row.outcome.has_value();
    switch (role) {
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SlotColumn:
        case PayoutColumn:
        case ReturnedColumn:
        case LostColumn:
        case ProofsColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case SearchTextRole:
        return QString(row.key.request.toHex() + QLatin1Char(' ') +
                       QString::number(row.key.slotIndex) + QLatin1Char(' ') + outcomeText(row) +
                       QLatin1Char(' ') + row.note);
    case Qt::DecorationRole:
        if (index.column() == OutcomeColumn && row.outcome)
            return saleStateIcon(*row.outcome);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RequestColumn)
            return row.key.request.toHex();
        if (index.column() == OutcomeColumn && fromLedger)
            return tr("Ended before this session; the outcome is read from the ledger.");
        if (index.column() == NoteColumn)
            return row.note;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case EndedColumn:
            return row.endedAt > 0 ? formatTimestamp(row.endedAt) : QString();
        case RequestColumn:
            return shortHexId(row.key.request.toHex());
        case SlotColumn:
            return QString::number(row.key.slotIndex);
        case OutcomeColumn:
            return outcomeText(row);
        case PayoutColumn:
            return formatTokens(money.payout);
        case ReturnedColumn:
            return formatTokens(money.returned);
        case LostColumn:
            return formatTokens(money.lost);
        case ProofsColumn:
            if (fromLedger)
                return QString();
            return row.proofsMissed > 0
                       ? tr("%1 / %2 missed").arg(row.proofsSubmitted).arg(row.proofsMissed)
                       : QString::number(row.proofsSubmitted);
        case NoteColumn:
            return row.note;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case EndedColumn:
            return row.endedAt;
        case RequestColumn:
            return row.key.request.toHex();
        case SlotColumn:
            return row.key.slotIndex;
        case OutcomeColumn:
            return outcomeText(row);
        case PayoutColumn:
            return sortableAmount(money.payout);
        case ReturnedColumn:
            return sortableAmount(money.returned);
        case LostColumn:
            return sortableAmount(money.lost);
        case ProofsColumn:
            return row.proofsSubmitted;
        case NoteColumn:
            return row.note;
        }
        return {};
    default:
        return {};
    }
}

QVariant FinishedSalesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool number = section == SlotColumn || section == PayoutColumn ||
                            section == ReturnedColumn || section == LostColumn ||
                            section == ProofsColumn;
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EndedColumn:
        return tr("Ended");
    case RequestColumn:
        return tr("Request");
    case SlotColumn:
        return tr("Slot");
    case OutcomeColumn:
        return tr("Outcome");
    case PayoutColumn:
        return tr("Payout");
    case ReturnedColumn:
        return tr("Collateral returned");
    case LostColumn:
        return tr("Collateral lost");
    case ProofsColumn:
        return tr("Proofs");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

void FinishedSalesModel::onFinished(SalesAgent* agent, const SaleOutcome& outcome) {
    Row row;
    row.key = SlotKey{agent->data().requestId, agent->data().slotIndex};
    row.endedAt = m_clock.now();
    row.outcome = outcome.state;
    row.proofsSubmitted = agent->data().proofsSubmitted;
    row.proofsMissed = agent->data().proofsMissed;
    row.note = outcome.error;
    m_pending.append(row);
    scheduleBatch();
}

void FinishedSalesModel::onSettled(const RequestId& requestId, quint64 slotIndex,
                                   const SaleOutcome& outcome) {
    // Ended while the host was down, settled at start: no agent, so no proof counts.
    Row row;
    row.key = SlotKey{requestId, slotIndex};
    row.endedAt = m_clock.now();
    row.outcome = outcome.state;
    row.note = outcome.error;
    m_pending.append(row);
    scheduleBatch();
}

void FinishedSalesModel::onRecorded(const LedgerEntry& entry) {
    const SlotKey key{entry.requestId, entry.slotIndex};
    add(m_money[key], entry);
    if (m_rowOf.contains(key)) {
        m_changedKeys.append(key);
        scheduleBatch();
    }
}

void FinishedSalesModel::add(Money& money, const LedgerEntry& entry) {
    switch (entry.kind) {
    case LedgerKind::CollateralDeposited:
        money.deposited += entry.amount;
        break;
    case LedgerKind::CollateralReturned:
        money.returned += entry.amount;
        break;
    case LedgerKind::Payout:
        money.payout += entry.amount;
        break;
    case LedgerKind::CollateralLost:
        money.lost += entry.amount;
        break;
    }
    money.lastAt = std::max(money.lastAt, entry.at);
}

void FinishedSalesModel::scheduleBatch() {
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void FinishedSalesModel::applyPendingChanges() {
    m_batchTimer.stop();
    if (!hasPendingChanges())
        return;
    QList<Row> fresh;
    for (Row& row : m_pending) {
        const int existing = m_rowOf.value(row.key, -1);
        if (existing >= 0) {
            // The same slot sold again and ended again: the row tells the latest end.
            row.proofsSubmitted += m_rows.at(existing).proofsSubmitted;
            row.proofsMissed += m_rows.at(existing).proofsMissed;
            m_rows[existing] = row;
            m_changedKeys.append(row.key);
            ++m_sessionCount;
            continue;
        }
        auto pendingTwice = std::find_if(fresh.begin(), fresh.end(),
                                         [&row](const Row& r) { return r.key == row.key; });
        if (pendingTwice != fresh.end()) {
            *pendingTwice = row;
            continue;
        }
        fresh.append(row);
    }
    m_pending.clear();
    if (!fresh.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        for (const Row& row : std::as_const(fresh)) {
            m_rowOf.insert(row.key, static_cast<int>(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
        m_sessionCount += static_cast<int>(fresh.size());
    }
    int top = -1;
    int bottom = -1;
    for (const SlotKey& key : std::as_const(m_changedKeys)) {
        const int row = m_rowOf.value(key, -1);
        if (row < 0)
            continue;
        top = top < 0 ? row : std::min(top, row);
        bottom = std::max(bottom, row);
    }
    m_changedKeys.clear();
    if (top >= 0)
        Q_EMIT dataChanged(index(top, 0), index(bottom, ColumnCount - 1));
    Q_EMIT batchApplied();
}

} // namespace salesdesk::ui
