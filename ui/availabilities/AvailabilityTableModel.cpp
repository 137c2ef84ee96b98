#include "ui/availabilities/AvailabilityTableModel.h"

#include "core/clock/Clock.h"
#include "core/reservations/Reservations.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"

#include <QLocale>

#include <utility>

namespace salesdesk::ui {

AvailabilityTableModel::AvailabilityTableModel(Reservations& reservations, QObject* parent)
    : AvailabilityRows(ColumnCount, parent)
    , m_reservations(reservations) {
    connect(&reservations, &Reservations::availabilityAdded, this,
            [this](const Availability& a) { schedule(a.id, a); });
    connect(&reservations, &Reservations::availabilityChanged, this,
            [this](const Availability& a) { schedule(a.id, a); });
    connect(&reservations, &Reservations::availabilityRemoved, this,
            [this](const AvailabilityId& id) { schedule(id, std::nullopt); });
    if (auto all = reservations.availabilities(); all.ok())
        replaceRows(*all);
    else
        m_loadError = all.message();
}

void AvailabilityTableModel::setClock(const Clock* clock) {
    m_clock = clock;
    if (!clock) {
        m_endCheck.stop();
        return;
    }
    m_endCheck.setInterval(kEndCheckMs);
    if (!m_endCheck.isActive()) {
        connect(&m_endCheck, &QTimer::timeout, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, EnabledColumn), index(rowCount() - 1, EnabledColumn));
        });
        m_endCheck.start();
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, EnabledColumn), index(rowCount() - 1, EnabledColumn));
}

bool AvailabilityTableModel::hasEnded(const Availability& a) const {
    return m_clock && a.until > 0 && a.until <= m_clock->now();
}

QVariant AvailabilityTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Availability& a = rows().at(index.row());
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
            if (!a.enabled)
                return tr("Disabled");
            return hasEnded(a) ? tr("Ended") : tr("Selling");
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
        case EnabledColumn:
            if (a.enabled && hasEnded(a))
                return tr("Its end (%1) has passed: a slot must end before it, so it sells "
                          "nothing more. Edit it to set a later end or none.")
                    .arg(formatTimestamp(a.until));
            break;
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
