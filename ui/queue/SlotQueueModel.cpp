#include "ui/queue/SlotQueueModel.h"

#include "core/domain/PriceUnits.h"
#include "core/sales/SlotQueue.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"

#include <limits>

namespace salesdesk::ui {

namespace {

template <typename T> int threeWay(const T& a, const T& b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

SlotQueueModel::SlotQueueModel(SlotQueue& queue, QObject* parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
    , m_items(queue.items()) {
    m_batch.setSingleShot(true);
    m_batch.setInterval(250);
    connect(&m_batch, &QTimer::timeout, this, &SlotQueueModel::applyPendingChanges);
    connect(&queue, &SlotQueue::itemsChanged, this, &SlotQueueModel::scheduleRefresh);
}

void SlotQueueModel::scheduleRefresh() {
    m_dirty = true;
    if (!m_batch.isActive())
        m_batch.start();
}

void SlotQueueModel::applyPendingChanges() {
    m_batch.stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    QElapsedTimer timer;
    timer.start();
    beginResetModel();
    m_items = m_queue.items();
    endResetModel();
    m_lastRefreshMicroseconds = timer.nsecsElapsed() / 1000;
    Q_EMIT refreshed();
}

int SlotQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int SlotQueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int SlotQueueModel::compare(int column, int a, int b) const {
    const SlotQueueItem& x = m_items.at(a);
    const SlotQueueItem& y = m_items.at(b);
    constexpr Timestamp kNoExpiry = std::numeric_limits<Timestamp>::max();
    switch (column) {
    case RankColumn:
        return threeWay(a, b);
    case RequestColumn:
        if (const int c = threeWay(x.requestId(), y.requestId()); c != 0)
            return c;
        return threeWay(x.slotIndex(), y.slotIndex());
    case SlotColumn:
        return threeWay(x.slotIndex(), y.slotIndex());
    case SizeColumn:
        return threeWay(x.slotSize(), y.slotSize());
    case DurationColumn:
        return threeWay(x.duration(), y.duration());
    case PriceColumn:
        return x.pricePerBytePerSecond().compare(y.pricePerBytePerSecond());
    case ProfitabilityColumn:
        return x.profitability().compare(y.profitability());
    case CollateralColumn:
        return x.collateral().compare(y.collateral());
    case ExpiryColumn:
        return threeWay(x.expiry().value_or(kNoExpiry), y.expiry().value_or(kNoExpiry));
    case SeenColumn:
        return threeWay(x.seen(), y.seen());
    }
    return 0;
}

QVariant SlotQueueModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SlotQueueItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return index.row() + 1;
        case RequestColumn:
            return item.requestId().toShortHex();
        case SlotColumn:
            return QVariant::fromValue<qulonglong>(item.slotIndex());
        case SizeColumn:
            return formatBytes(item.slotSize());
        case DurationColumn:
            return formatDuration(static_cast<qint64>(item.duration()));
        case PriceColumn:
            return formatPrice(item.pricePerBytePerSecond(), false);
        case ProfitabilityColumn:
            return formatAmount(item.profitability());
        case CollateralColumn:
            return formatAmount(item.collateral());
        case ExpiryColumn:
            return item.expiry() ? formatTimestamp(*item.expiry()) : tr("None");
        case SeenColumn:
            return item.seen() ? tr("No match yet") : tr("New");
        }
        break;
    case RequestIdRole:
        return item.requestId().toHex();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RequestColumn:
            return item.requestId().toHex();
        case PriceColumn:
            return priceToolTip(item.pricePerBytePerSecond());
        case ProfitabilityColumn:
            return QString(tr("What hosting the slot pays: duration × price × size") +
                           QLatin1Char('\n') + amountToolTip(item.profitability()));
        case CollateralColumn: {
            QString tip = amountToolTip(item.collateral());
            if (item.slotSize() > 0)
                if (auto perTiB =
                        uint256::checkedMul(item.collateral(), UInt256(prices::kBytesPerTiB));
                    perTiB.ok())
                    tip +=
                        QLatin1Char('\n') +
                        tr("%1 per TiB of the slot").arg(formatAmount(*perTiB / item.slotSize()));
            return tip;
        }
        case SeenColumn:
            return item.seen() ? tr("Already checked against the availabilities without a match; "
                                    "checked again when an availability changes")
                               : tr("Not checked against the availabilities yet");
        }
        break;
    case AmountCopy::kExactAmountRole:
        switch (index.column()) {
        case PriceColumn:
            return formatExactPrice(item.pricePerBytePerSecond());
        case ProfitabilityColumn:
            return formatExactAmount(item.profitability());
        case CollateralColumn:
            return formatExactAmount(item.collateral());
        }
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case RequestColumn:
        case SeenColumn:
            return QVariant::fromValue<int>(Qt::AlignLeft | Qt::AlignVCenter);
        default:
            return QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    return {};
}

QVariant SlotQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue<int>(
            (section == RequestColumn || section == SeenColumn ? Qt::AlignLeft : Qt::AlignRight) |
            Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RankColumn:
            return tr("Place in the queue: 1 is taken first");
        case PriceColumn:
            return tr("Price per TiB per month (a month is 30 days)");
        case CollateralColumn:
            return tr("Collateral filling the slot costs");
        case ExpiryColumn:
            return tr("The slot can no longer be filled after this time");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case RequestColumn:
        return tr("Request");
    case SlotColumn:
        return tr("Slot");
    case SizeColumn:
        return tr("Size");
    case DurationColumn:
        return tr("Duration");
    case PriceColumn:
        return tr("Price / TiB·month");
    case ProfitabilityColumn:
        return tr("Profitability");
    case CollateralColumn:
        return tr("Collateral");
    case ExpiryColumn:
        return tr("Expires");
    case SeenColumn:
        return tr("Checked");
    }
    return {};
}

} // namespace salesdesk::ui
