#include "ui/sales/RunningSalesModel.h"

#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"
#include "ui/sales/SaleText.h"

#include <algorithm>
#include <functional>

namespace salesdesk::ui {

namespace {

constexpr int kDefaultBatchMilliseconds = 250;

// Decimal digits padded to the width of 2^256, so that amounts sort as strings.
QString sortableAmount(const UInt256& amount) {
    return uint256::toDecimal(amount).rightJustified(78, QLatin1Char('0'));
}

} // namespace

RunningSalesModel::RunningSalesModel(Sales& sales, QObject* parent)
    : QAbstractTableModel(parent) {
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(kDefaultBatchMilliseconds);
    connect(&m_batchTimer, &QTimer::timeout, this, &RunningSalesModel::applyPendingChanges);

    connect(&sales, &Sales::agentStarted, this, [this](SalesAgent* agent) { markAdded(agent); });
    connect(&sales, &Sales::agentStateChanged, this,
            [this](SalesAgent* agent, SaleStateKind, SaleStateKind) { markChanged(agent); });
    connect(&sales, &Sales::agentFinished, this,
            [this](SalesAgent* agent, const SaleOutcome&) { markGone(agent); });

    // The agents already running when the screen opens.
    const QList<SalesAgent*> running = sales.agents();
    for (SalesAgent* agent : running) {
        track(agent);
        m_rows.append(snapshot(agent));
    }
    reindex();
    recount();
}

int RunningSalesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RunningSalesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunningSalesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (index.column() == CollateralColumn || index.column() == PayoutColumn) {
        const QVariant amount = AmountCopy::cellData(
            index.column() == CollateralColumn ? row.collateral : row.expectedPayout, role);
        if (amount.isValid())
            return amount;
    }
    switch (role) {
    case StateKindRole:
        return static_cast<int>(row.state);
    case AgentRole:
        return QVariant::fromValue<QObject*>(row.agent.data());
    case SearchTextRole:
        return QString(row.requestId.toHex() + QLatin1Char(' ') + QString::number(row.slotIndex) +
                       QLatin1Char(' ') + saleStateName(row.state));
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SlotColumn:
        case SizeColumn:
        case CollateralColumn:
        case PayoutColumn:
        case ProofsColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(saleStateIcon(row.state)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == RequestColumn)
            return row.requestId.toHex();
        if (index.column() == ProofsColumn)
            return tr("%1 submitted, %2 missed").arg(row.proofsSubmitted).arg(row.proofsMissed);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case RequestColumn:
            return shortHexId(row.requestId.toHex());
        case SlotColumn:
            return QString::number(row.slotIndex);
        case StateColumn:
            return saleStateName(row.state);
        case SizeColumn:
            return formatBytes(row.slotSize);
        case CollateralColumn:
            return formatAmount(row.collateral);
        case PayoutColumn:
            return formatAmount(row.expectedPayout);
        case ProofsColumn:
            return row.proofsMissed > 0
                       ? tr("%1 / %2 missed").arg(row.proofsSubmitted).arg(row.proofsMissed)
                       : QString::number(row.proofsSubmitted);
        case SinceColumn:
            return row.since > 0 ? formatTimestamp(row.since) : QString();
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case RequestColumn:
            return row.requestId.toHex();
        case SlotColumn:
            return row.slotIndex;
        case StateColumn:
            return static_cast<int>(row.state);
        case SizeColumn:
            return row.slotSize;
        case CollateralColumn:
            return sortableAmount(row.collateral);
        case PayoutColumn:
            return sortableAmount(row.expectedPayout);
        case ProofsColumn:
            return row.proofsSubmitted;
        case SinceColumn:
            return row.since;
        }
        return {};
    default:
        return {};
    }
}

QVariant RunningSalesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool text =
            section == RequestColumn || section == StateColumn || section == SinceColumn;
        return QVariant((text ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestColumn:
        return tr("Request");
    case SlotColumn:
        return tr("Slot");
    case StateColumn:
        return tr("State");
    case SizeColumn:
        return tr("Size");
    case CollateralColumn:
        return tr("Collateral");
    case PayoutColumn:
        return tr("Expected payout");
    case ProofsColumn:
        return tr("Proofs");
    case SinceColumn:
        return tr("In state since");
    }
    return {};
}

SalesAgent* RunningSalesModel::agentAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return m_rows.at(row).agent.data();
}

bool RunningSalesModel::hasPendingChanges() const {
    return !m_added.isEmpty() || !m_changed.isEmpty() || !m_gone.isEmpty();
}

void RunningSalesModel::track(SalesAgent* agent) {
    connect(agent, &SalesAgent::proofRecorded, this, [this, agent](bool) { markChanged(agent); });
    const SalesAgent* key = agent;
    connect(agent, &QObject::destroyed, this, [this, key] { markGone(key); });
}

void RunningSalesModel::markAdded(SalesAgent* agent) {
    track(agent);
    m_added.append(agent);
    scheduleBatch();
}

void RunningSalesModel::markChanged(SalesAgent* agent) {
    m_changed.insert(agent);
    scheduleBatch();
}

void RunningSalesModel::markGone(const SalesAgent* agent) {
    m_changed.remove(agent);
    const auto pending = std::find_if(m_added.begin(), m_added.end(),
                                      [agent](const auto& added) { return added == agent; });
    if (pending != m_added.end()) {
        // Started and ended within one batch: it never gets a row.
        m_added.erase(pending);
        return;
    }
    if (m_rowOf.contains(agent)) {
        m_gone.insert(agent);
        scheduleBatch();
    }
}

void RunningSalesModel::scheduleBatch() {
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

RunningSalesModel::Row RunningSalesModel::snapshot(SalesAgent* agent) {
    Row row;
    row.agent = agent;
    row.key = agent;
    const SalesData& data = agent->data();
    row.requestId = data.requestId;
    row.slotIndex = data.slotIndex;
    row.state = agent->state();
    row.since = agent->historyTimes().isEmpty() ? 0 : agent->historyTimes().constLast();
    row.proofsSubmitted = data.proofsSubmitted;
    row.proofsMissed = data.proofsMissed;
    if (data.request) {
        row.slotSize = data.request->ask.slotSize;
        row.expectedPayout = data.request->pricePerSlot();
        row.collateral =
            data.filledByUs ? data.collateralDeposited : data.request->collateralPerSlot();
    } else if (data.queueItem) {
        row.slotSize = data.queueItem->slotSize();
        row.expectedPayout = data.queueItem->pricePerBytePerSecond() *
                             UInt256(data.queueItem->slotSize()) *
                             UInt256(data.queueItem->duration());
        row.collateral = data.filledByUs ? data.collateralDeposited : data.queueItem->collateral();
    } else {
        row.slotSize = data.reservation ? data.reservation->slotSize : 0;
        row.collateral = data.collateralDeposited;
    }
    return row;
}

void RunningSalesModel::applyPendingChanges() {
    m_batchTimer.stop();
    if (!hasPendingChanges())
        return;

    // 1. Rows of agents that ended, removed in contiguous runs from the bottom up.
    if (!m_gone.isEmpty()) {
        QList<int> rows;
        rows.reserve(m_gone.size());
        for (const SalesAgent* agent : std::as_const(m_gone)) {
            const int row = m_rowOf.value(agent, -1);
            if (row >= 0)
                rows.append(row);
        }
        std::sort(rows.begin(), rows.end(), std::greater<>());
        qsizetype i = 0;
        while (i < rows.size()) {
            const int last = rows.at(i);
            int first = last;
            while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
                ++i;
                first = rows.at(i);
            }
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            ++i;
        }
        m_gone.clear();
        reindex();
    }

    // 2. New agents, appended in one insert.
    QList<Row> fresh;
    fresh.reserve(m_added.size());
    for (const QPointer<SalesAgent>& agent : std::as_const(m_added)) {
        if (agent && !m_rowOf.contains(agent.data()))
            fresh.append(snapshot(agent.data()));
    }
    m_added.clear();
    if (!fresh.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        for (Row& row : fresh) {
            m_rowOf.insert(row.key, static_cast<int>(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }

    // 3. Changed agents, refreshed and told in one dataChanged over the rows they span.
    int top = -1;
    int bottom = -1;
    for (const SalesAgent* key : std::as_const(m_changed)) {
        const int row = m_rowOf.value(key, -1);
        if (row < 0)
            continue;
        SalesAgent* agent = m_rows.at(row).agent.data();
        if (!agent)
            continue;
        m_rows[row] = snapshot(agent);
        top = top < 0 ? row : std::min(top, row);
        bottom = std::max(bottom, row);
    }
    m_changed.clear();
    if (top >= 0)
        Q_EMIT dataChanged(index(top, 0), index(bottom, ColumnCount - 1));

    recount();
    Q_EMIT batchApplied();
}

void RunningSalesModel::reindex() {
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).key, i);
}

void RunningSalesModel::recount() {
    m_counts.clear();
    for (const Row& row : std::as_const(m_rows))
        ++m_counts[row.state];
}

} // namespace salesdesk::ui
