#include "ui/availabilities/AvailabilityTableModel.h"

#include "core/reservations/Reservations.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"

#include <QLocale>

#include <utility>

namespace salesdesk::ui {

AvailabilityTableModel::AvailabilityTableModel(Reservations& reservations, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reservations(reservations) {
    m_batch.setSingleShot(true);
    m_batch.setInterval(250);
    connect(&m_batch, &QTimer::timeout, this, &AvailabilityTableModel::applyPendingChanges);
    connect(&reservations, &Reservations::availabilityAdded, this,
            [this](const Availability& a) { schedule(a.id, a); });
    connect(&reservations, &Reservations::availabilityChanged, this,
            [this](const Availability& a) { schedule(a.id, a); });
    connect(&reservations, &Reservations::availabilityRemoved, this,
            [this](const AvailabilityId& id) { schedule(id, std::nullopt); });
    if (auto all = reservations.availabilities(); all.ok())
        m_rows = *all;
    else
        m_loadError = all.message();
}

void AvailabilityTableModel::schedule(const AvailabilityId& id,
                                      std::optional<Availability> latest) {
    if (!m_pending.contains(id))
        m_pendingOrder.append(id);
    m_pending.insert(id, std::move(latest));
    if (!m_batch.isActive())
        m_batch.start();
}

void AvailabilityTableModel::applyPendingChanges() {
    m_batch.stop();
    const auto pending = std::exchange(m_pending, {});
    const auto order = std::exchange(m_pendingOrder, {});
    for (const AvailabilityId& id : order) {
        const std::optional<Availability>& latest = pending.value(id);
        const int row = rowOf(id);
        if (!latest) {
            if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
            }
        } else if (row >= 0) {
            m_rows[row] = *latest;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            const int at = static_cast<int>(m_rows.size());
            beginInsertRows({}, at, at);
            m_rows.append(*latest);
            endInsertRows();
        }
    }
}

int AvailabilityTableModel::rowOf(const AvailabilityId& id) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

int AvailabilityTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AvailabilityTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AvailabilityTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Availability& a = m_rows.at(index.row());
    const auto committedCollateral = [&a]() -> UInt256 {
        auto committed = a.collateralCommitted();
        return committed.ok() ? *committed : UInt256(0);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return a.id.toShortHex();
        case SizeColumn:
            return formatBytes(a.totalSize);
        case FreeColumn:
            return formatBytes(a.freeSize);
        case CommittedColumn:
            return formatBytes(a.committedBytes());
        case DurationColumn:
            return formatDuration(static_cast<qint64>(a.duration));
        case MinPriceColumn:
            return formatPrice(a.minPricePerBytePerSecond, false);
        case CollateralColumn:
            return formatAmount(a.totalCollateral);
        case RemainingCollateralColumn:
            return formatAmount(a.totalRemainingCollateral);
        case UntilColumn:
            return a.until == 0 ? tr("No end") : formatTimestamp(a.until);
        case EnabledColumn:
            return a.enabled ? tr("Selling") : tr("Disabled");
        }
        break;
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return a.id.toHex();
        case SizeColumn:
            return QVariant::fromValue<qulonglong>(a.totalSize);
        case FreeColumn:
            return QVariant::fromValue<qulonglong>(a.freeSize);
        case CommittedColumn:
            return QVariant::fromValue<qulonglong>(a.committedBytes());
        case DurationColumn:
            return QVariant::fromValue<qulonglong>(a.duration);
        case MinPriceColumn:
            return uint256::toBigEndian32(a.minPricePerBytePerSecond);
        case CollateralColumn:
            return uint256::toBigEndian32(a.totalCollateral);
        case RemainingCollateralColumn:
            return uint256::toBigEndian32(a.totalRemainingCollateral);
        case UntilColumn: // no end sorts last
            return QVariant::fromValue<qulonglong>(a.until == 0 ? ~0ull : quint64(a.until));
        case EnabledColumn:
            return a.enabled;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case IdColumn:
            return a.id.toHex();
        case MinPriceColumn:
            return priceToolTip(a.minPricePerBytePerSecond);
        case CollateralColumn:
            return QString(amountToolTip(a.totalCollateral) + QLatin1Char('\n') +
                           tr("%1; %2 committed to sales, %3 lost to slashing")
                               .arg(formatCollateralPerTiB(a.maxCollateralPerByte()),
                                    formatAmount(committedCollateral()),
                                    formatAmount(a.collateralLost)));
        case RemainingCollateralColumn:
            return amountToolTip(a.totalRemainingCollateral);
        case SizeColumn:
        case FreeColumn:
        case CommittedColumn:
            return tr("%1 bytes")
                .arg(QLocale().toString(
                    static_cast<qulonglong>(index.column() == SizeColumn   ? a.totalSize
                                            : index.column() == FreeColumn ? a.freeSize
                                                                           : a.committedBytes())));
        }
        break;
    case AmountCopy::kExactAmountRole:
        switch (index.column()) {
        case MinPriceColumn:
            return formatExactPrice(a.minPricePerBytePerSecond);
        case CollateralColumn:
            return formatExactAmount(a.totalCollateral);
        case RemainingCollateralColumn:
            return formatExactAmount(a.totalRemainingCollateral);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == EnabledColumn)
            return QVariant::fromValue<int>(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AvailabilityTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue<int>(
            (section == IdColumn || section == EnabledColumn ? Qt::AlignLeft : Qt::AlignRight) |
            Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == MinPriceColumn)
        return tr("Lowest price accepted, in %1 per TiB per month (a month is 30 days)")
            .arg(displayToken().symbol);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Availability");
    case SizeColumn:
        return tr("Size");
    case FreeColumn:
        return tr("Free");
    case CommittedColumn:
        return tr("Committed");
    case DurationColumn:
        return tr("Max. duration");
    case MinPriceColumn:
        return tr("Min. price / TiB·month");
    case CollateralColumn:
        return tr("Collateral");
    case RemainingCollateralColumn:
        return tr("Collateral left");
    case UntilColumn:
        return tr("Until");
    case EnabledColumn:
        return tr("State");
    }
    return {};
}

} // namespace salesdesk::ui
