#include "ui/matching/MatchingRequestsModel.h"

#include "core/desk/Desk.h"
#include "core/domain/PriceUnits.h"
#include "core/market/Market.h"
#include "core/reservations/Reservations.h"
#include "core/sales/SaleOutcome.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SlotQueue.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"
#include "ui/matching/MatchReasonText.h"

namespace salesdesk::ui {

namespace {

QString padded(const UInt256& amount) {
    return uint256::toDecimal(amount).rightJustified(78, QLatin1Char('0'));
}

} // namespace

MatchingRequestsModel::MatchingRequestsModel(Desk& desk, QObject* parent)
    : QAbstractTableModel(parent)
    , m_desk(desk) {
    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchIntervalMs);
    connect(&m_batch, &QTimer::timeout, this, &MatchingRequestsModel::flushPending);

    Market& market = desk.market();
    connect(&market, &Market::storageRequested, this,
            [this](const RequestId& id, const StorageAsk& ask, Timestamp expiresAt) {
                // Posted now: the contract sets its end to now + duration.
                addRequest(id, ask, expiresAt,
                           m_desk.clock().now() + static_cast<Timestamp>(ask.duration));
            });
    market.openRequests(this, [this](const MarketResult<QList<OpenRequest>>& open) {
        if (!open.ok())
            return;
        for (const OpenRequest& r : *open) {
            addRequest(r.id, r.ask, r.expiresAt, std::nullopt);
            fetchEnd(r.id);
        }
    });

    Reservations& books = desk.engine().reservations();
    auto availabilitiesChanged = [this] {
        m_availabilitiesDirty = true;
        schedule();
    };
    connect(&books, &Reservations::availabilityAdded, this, availabilitiesChanged);
    connect(&books, &Reservations::availabilityChanged, this, availabilitiesChanged);
    connect(&books, &Reservations::availabilityRemoved, this, availabilitiesChanged);
    if (auto all = books.availabilities(); all.ok())
        m_availabilities = *all;

    Sales& sales = desk.engine().sales();
    connect(&sales, &Sales::agentStarted, this, [this](SalesAgent* agent) {
        setFate(agent->data().requestId, agent->data().slotIndex, SlotFate::Selling);
    });
    connect(&sales, &Sales::agentStateChanged, this,
            [this](SalesAgent* agent, SaleStateKind, SaleStateKind to) {
                onAgentStateChanged(agent, to);
            });
    connect(&sales, &Sales::agentFinished, this, &MatchingRequestsModel::onAgentFinished);
    connect(&desk.engine().queue(), &SlotQueue::itemsChanged, this, [this] {
        m_queueDirty = true;
        schedule();
    });
}

void MatchingRequestsModel::schedule() {
    if (!m_batch.isActive())
        m_batch.start();
}

void MatchingRequestsModel::addRequest(const RequestId& id, const StorageAsk& ask,
                                       Timestamp expiresAt, std::optional<Timestamp> endsAt) {
    if (rowOf(id) >= 0)
        return;
    for (const SeenRequest& p : std::as_const(m_pending))
        if (p.id == id)
            return;
    SeenRequest r;
    r.id = id;
    r.ask = ask;
    r.seenAt = m_desk.clock().now();
    r.expiresAt = expiresAt;
    r.endKnown = endsAt.has_value();
    r.endsAt = endsAt.value_or(r.seenAt + static_cast<Timestamp>(ask.duration));
    m_pending.append(r);
    m_queueDirty = true;
    schedule();
}

void MatchingRequestsModel::fetchEnd(const RequestId& id) {
    m_desk.market().requestEnd(id, this, [this, id](const MarketResult<Timestamp>& end) {
        if (!end.ok())
            return;
        m_pendingEnds.insert(id, *end);
        schedule();
    });
}

void MatchingRequestsModel::setFate(const RequestId& id, quint64 slotIndex, SlotFate fate) {
    m_pendingFates[id].insert(slotIndex, fate);
    schedule();
}

void MatchingRequestsModel::onAgentStateChanged(SalesAgent* agent, SaleStateKind to) {
    switch (to) {
    case SaleStateKind::Filled:
    case SaleStateKind::Proving:
    case SaleStateKind::ProvingSimulated:
    case SaleStateKind::Payout:
        setFate(agent->data().requestId, agent->data().slotIndex, SlotFate::Sold);
        break;
    default:
        break;
    }
}

void MatchingRequestsModel::onAgentFinished(SalesAgent* agent, const SaleOutcome& outcome) {
    const QList<SaleStateKind>& history = agent->history();
    const bool filled = history.contains(SaleStateKind::Filled);
    SlotFate fate = SlotFate::Missed;
    if (outcome.state == SaleStateKind::Ignored)
        fate = SlotFate::Ignored;
    else if (outcome.state == SaleStateKind::Errored)
        fate = SlotFate::Errored;
    else if (filled)
        fate = SlotFate::Sold;
    setFate(agent->data().requestId, agent->data().slotIndex, fate);
}

void MatchingRequestsModel::reloadAvailabilities() {
    if (auto all = m_desk.engine().reservations().availabilities(); all.ok())
        m_availabilities = *all;
}

void MatchingRequestsModel::updateQueuedSlots() {
    const SlotQueue& queue = m_desk.engine().queue();
    for (SeenRequest& r : m_requests) {
        for (quint64 slot = 0; slot < r.ask.slots; ++slot) {
            const bool queued = queue.contains(r.id, slot);
            const auto it = r.slots.find(slot);
            if (queued && it == r.slots.end())
                r.slots.insert(slot, SlotFate::Queued);
            else if (!queued && it != r.slots.end() && *it == SlotFate::Queued)
                r.slots.erase(it); // left the queue: a sale took it, or it was dropped
        }
    }
}

void MatchingRequestsModel::flushPending() {
    m_batch.stop();
    if (m_availabilitiesDirty)
        reloadAvailabilities();

    // New requests; the oldest go when there are too many.
    if (!m_pending.isEmpty()) {
        const int first = static_cast<int>(m_requests.size());
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(m_pending.size()) - 1);
        for (SeenRequest& r : m_pending)
            r.explanation = MatchExplainer::explain(m_availabilities, r.requirements());
        m_requests.append(m_pending);
        m_pending.clear();
        endInsertRows();
        const int excess = static_cast<int>(m_requests.size()) - kMaxRequests;
        if (excess > 0) {
            beginRemoveRows(QModelIndex(), 0, excess - 1);
            m_requests.remove(0, excess);
            endRemoveRows();
        }
    }

    bool changed = false;
    for (auto it = m_pendingEnds.cbegin(); it != m_pendingEnds.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row < 0)
            continue;
        m_requests[row].endsAt = it.value();
        m_requests[row].endKnown = true;
        m_requests[row].explanation =
            MatchExplainer::explain(m_availabilities, m_requests[row].requirements());
        changed = true;
    }
    m_pendingEnds.clear();
    for (auto it = m_pendingFates.cbegin(); it != m_pendingFates.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row < 0)
            continue;
        for (auto slot = it.value().cbegin(); slot != it.value().cend(); ++slot)
            m_requests[row].slots.insert(slot.key(), slot.value());
        changed = true;
    }
    m_pendingFates.clear();
    if (m_queueDirty) {
        updateQueuedSlots();
        changed = true;
    }
    if (m_availabilitiesDirty) {
        for (SeenRequest& r : m_requests)
            r.explanation = MatchExplainer::explain(m_availabilities, r.requirements());
        changed = true;
    }
    m_queueDirty = false;
    m_availabilitiesDirty = false;
    if (changed && !m_requests.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT batchApplied();
}

int MatchingRequestsModel::rowOf(const RequestId& id) const {
    for (int row = static_cast<int>(m_requests.size()) - 1; row >= 0; --row)
        if (m_requests.at(row).id == id)
            return row;
    return -1;
}

int MatchingRequestsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_requests.size());
}

int MatchingRequestsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchingRequestsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SeenRequest& r = m_requests.at(index.row());
    const StorageAsk& a = r.ask;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeenColumn:
            return formatTimestamp(r.seenAt);
        case RequestColumn:
            return r.id.toShortHex();
        case SlotsColumn:
            return QLocale().toString(a.slots);
        case SlotSizeColumn:
            return formatBytes(a.slotSize);
        case DurationColumn:
            return formatDuration(static_cast<qint64>(a.duration));
        case PriceColumn:
            return formatPrice(a.pricePerBytePerSecond, false);
        case CollateralColumn:
            return formatCollateralPerTiB(a.collateralPerByte);
        case MatchColumn:
            return MatchReasonText::summary(r);
        case EngineColumn: {
            const QString status = MatchReasonText::engineStatus(r);
            return status.isEmpty() ? tr("—") : status;
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == RequestColumn)
            return r.id.toHex();
        if (index.column() == PriceColumn)
            return priceToolTip(a.pricePerBytePerSecond);
        if (index.column() == CollateralColumn) {
            QString tip = tr("Exact: %1 per byte").arg(formatExactAmount(a.collateralPerByte));
            if (auto slot = uint256::checkedMul(a.collateralPerByte, UInt256(a.slotSize));
                slot.ok())
                tip += QLatin1Char('\n') + tr("%1 for a whole slot").arg(formatAmount(*slot));
            return tip;
        }
        if (index.column() == MatchColumn && r.explanation.verdicts.size() == 1)
            return MatchReasonText::explain(r.explanation.verdicts.first(), r.requirements(),
                                            r.explanation.chosen.has_value());
        break;
    case AmountCopy::kExactAmountRole:
        if (index.column() == PriceColumn)
            return formatExactPrice(a.pricePerBytePerSecond);
        if (index.column() == CollateralColumn) {
            // Per TiB, as the cell shows it.
            auto perTiB = uint256::checkedMul(a.collateralPerByte, UInt256(prices::kBytesPerTiB));
            return perTiB.ok() ? formatExactAmount(*perTiB)
                               : formatExactAmount(a.collateralPerByte);
        }
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SlotsColumn:
        case SlotSizeColumn:
        case DurationColumn:
        case PriceColumn:
        case CollateralColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case SortRole:
        switch (index.column()) {
        case SeenColumn:
            return QVariant::fromValue<qint64>(r.seenAt);
        case RequestColumn:
            return r.id.toHex();
        case SlotsColumn:
            return QVariant::fromValue<quint64>(a.slots);
        case SlotSizeColumn:
            return QVariant::fromValue<quint64>(a.slotSize);
        case DurationColumn:
            return QVariant::fromValue<quint64>(a.duration);
        case PriceColumn:
            return padded(a.pricePerBytePerSecond);
        case CollateralColumn:
            return padded(a.collateralPerByte);
        case MatchColumn:
            return MatchReasonText::summary(r);
        case EngineColumn:
            return MatchReasonText::engineStatus(r);
        }
        break;
    case MatchedRole:
        return r.explanation.chosen.has_value() ? QStringLiteral("1") : QStringLiteral("0");
    default:
        break;
    }
    return {};
}

QVariant MatchingRequestsModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool number = section >= SlotsColumn && section <= CollateralColumn;
        return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        if (section == PriceColumn)
            return tr("Price offered to each host per TiB per month (a month is 30 days)");
        if (section == CollateralColumn)
            return tr("Collateral a host deposits per TiB of a slot it fills");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeenColumn:
        return tr("Seen");
    case RequestColumn:
        return tr("Request");
    case SlotsColumn:
        return tr("Slots");
    case SlotSizeColumn:
        return tr("Slot size");
    case DurationColumn:
        return tr("Duration");
    case PriceColumn:
        return tr("Price / TiB·month");
    case CollateralColumn:
        return tr("Collateral / TiB");
    case MatchColumn:
        return tr("Would we take it?");
    case EngineColumn:
        return tr("Our engine");
    }
    return {};
}

} // namespace salesdesk::ui
