#include "ui/dashboard/NextPayoutsModel.h"

#include "core/desk/Desk.h"
#include "core/market/Market.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/stats/Ledger.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"

#include <algorithm>
#include <tuple>

namespace salesdesk::ui {

NextPayoutsModel::NextPayoutsModel(Desk& desk, QObject* parent)
    : QAbstractTableModel(parent)
    , m_desk(desk) {
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &NextPayoutsModel::refreshNow);
    Sales* sales = &desk.engine().sales();
    connect(sales, &Sales::agentStarted, this, &NextPayoutsModel::scheduleRefresh);
    connect(sales, &Sales::agentStateChanged, this, &NextPayoutsModel::scheduleRefresh);
    connect(sales, &Sales::agentFinished, this, &NextPayoutsModel::scheduleRefresh);
    refreshNow();
}

int NextPayoutsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NextPayoutsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NextPayoutsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Timestamp now = m_desk.clock().now();
    const qint64 remaining = std::max<qint64>(0, row.endsAt - now);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DueColumn:
            return formatTimestamp(row.endsAt);
        case RemainingColumn:
            return remaining == 0 ? tr("due") : tr("in %1").arg(formatDuration(remaining));
        case SlotColumn:
            return tr("%1 slot %2").arg(row.requestId.toShortHex()).arg(row.slotIndex);
        case SizeColumn:
            return formatBytes(row.slotSize);
        case AmountColumn:
            return formatAmount(row.amount);
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case DueColumn:
            return QVariant::fromValue<qint64>(row.endsAt);
        case RemainingColumn:
            return QVariant::fromValue<qint64>(remaining);
        case SlotColumn:
            return QString(row.requestId.toHex() +
                           QString::number(row.slotIndex).rightJustified(20, u'0'));
        case SizeColumn:
            return QVariant::fromValue<quint64>(row.slotSize);
        case AmountColumn:
            return uint256::toDecimal(row.amount).rightJustified(78, u'0');
        }
    } else if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == SizeColumn || index.column() == AmountColumn ||
                            index.column() == RemainingColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    } else if (role == Qt::ToolTipRole && index.column() == SlotColumn) {
        return tr("Request %1, slot %2").arg(row.requestId.toHex()).arg(row.slotIndex);
    } else if (role == Qt::ToolTipRole && index.column() == AmountColumn) {
        return amountToolTip(row.amount);
    } else if (role == AmountCopy::kExactAmountRole && index.column() == AmountColumn) {
        return formatExactAmount(row.amount);
    }
    return {};
}

QVariant NextPayoutsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::AlignVCenter |
            (section >= SizeColumn || section == RemainingColumn ? Qt::AlignRight : Qt::AlignLeft));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return tr("Paid at");
    case RemainingColumn:
        return tr("Time left");
    case SlotColumn:
        return tr("Slot");
    case SizeColumn:
        return tr("Size");
    case AmountColumn:
        return tr("Payout");
    }
    return {};
}

void NextPayoutsModel::scheduleRefresh() {
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void NextPayoutsModel::askRequestEnd(const RequestId& id) {
    if (m_asking.contains(id))
        return;
    m_asking.insert(id);
    m_desk.market().requestEnd(id, this, [this, id](const MarketResult<Timestamp>& end) {
        m_asking.remove(id);
        if (end.ok()) {
            m_requestEnds.insert(id, *end);
            scheduleRefresh();
        }
    });
}

std::optional<Timestamp> NextPayoutsModel::filledAt(const SalesData& data) {
    if (data.filledAt != 0)
        return data.filledAt;
    if (const auto known = m_recoveredFilledAt.constFind(data.slotId);
        known != m_recoveredFilledAt.constEnd())
        return *known;
    auto entries = m_desk.engine().ledger().entriesOf(data.requestId, data.slotIndex);
    if (!entries.ok())
        return std::nullopt;
    for (const LedgerEntry& entry : *entries) {
        if (entry.kind == LedgerKind::CollateralDeposited) {
            m_recoveredFilledAt.insert(data.slotId, entry.at);
            return entry.at;
        }
    }
    return std::nullopt;
}

void NextPayoutsModel::refreshNow() {
    m_refreshTimer.stop();
    QList<Row> rows;
    QSet<RequestId> live;
    for (const SalesAgent* agent : m_desk.engine().sales().agents()) {
        const SalesData& data = agent->data();
        if (!data.filledByUs || !data.request || isTerminal(agent->state()))
            continue;
        live.insert(data.requestId);
        const auto end = m_requestEnds.constFind(data.requestId);
        if (end == m_requestEnds.constEnd()) {
            askRequestEnd(data.requestId);
            continue;
        }
        const std::optional<Timestamp> filled = filledAt(data);
        if (!filled)
            continue;
        Row row;
        row.requestId = data.requestId;
        row.slotIndex = data.slotIndex;
        row.slotSize = data.request->ask.slotSize;
        row.filledAt = *filled;
        row.endsAt = *end;
        const qint64 held = std::max<qint64>(0, row.endsAt - row.filledAt);
        row.amount = data.request->pricePerSlotPerSecond() * UInt256(held);
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return std::tie(a.endsAt, a.requestId, a.slotIndex) <
               std::tie(b.endsAt, b.requestId, b.slotIndex);
    });
    // Forget the ends of requests we no longer host.
    for (auto it = m_requestEnds.begin(); it != m_requestEnds.end();)
        it = live.contains(it.key()) ? std::next(it) : m_requestEnds.erase(it);
    if (!m_recoveredFilledAt.isEmpty()) {
        QSet<SlotId> hosted;
        for (const SalesAgent* agent : m_desk.engine().sales().agents())
            hosted.insert(agent->data().slotId);
        for (auto it = m_recoveredFilledAt.begin(); it != m_recoveredFilledAt.end();)
            it = hosted.contains(it.key()) ? std::next(it) : m_recoveredFilledAt.erase(it);
    }

    UInt256 expected = 0;
    for (const Row& row : rows)
        expected += row.amount;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (expected != m_expected) {
        m_expected = expected;
        Q_EMIT expectedEarningsChanged(m_expected);
    }
}

} // namespace salesdesk::ui
