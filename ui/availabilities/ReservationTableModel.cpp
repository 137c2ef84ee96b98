#include "ui/availabilities/ReservationTableModel.h"

#include "core/reservations/Reservations.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"

#include <utility>

namespace salesdesk::ui {

ReservationTableModel::ReservationTableModel(Reservations& reservations, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reservations(reservations) {
    m_batch.setSingleShot(true);
    m_batch.setInterval(250);
    connect(&m_batch, &QTimer::timeout, this, &ReservationTableModel::applyPendingChanges);
    connect(&reservations, &Reservations::reservationCreated, this,
            [this](const Reservation& r) { schedule(r, false); });
    connect(&reservations, &Reservations::reservationChanged, this,
            [this](const Reservation& r) { schedule(r, false); });
    connect(&reservations, &Reservations::reservationDeleted, this,
            [this](const Reservation& r) { schedule(r, true); });
}

void ReservationTableModel::setAvailability(const std::optional<AvailabilityId>& id) {
    beginResetModel();
    m_availability = id;
    m_rows.clear();
    m_pending.clear();
    m_pendingOrder.clear();
    m_loadError.clear();
    if (id) {
        if (auto rows = m_reservations.reservationsOf(*id); rows.ok())
            m_rows = *rows;
        else
            m_loadError = rows.message();
    }
    endResetModel();
    Q_EMIT reservationsChanged();
}

void ReservationTableModel::schedule(const Reservation& reservation, bool deleted) {
    if (!m_availability || reservation.availabilityId != *m_availability)
        return;
    if (!m_pending.contains(reservation.id))
        m_pendingOrder.append(reservation.id);
    m_pending.insert(reservation.id,
                     deleted ? std::nullopt : std::optional<Reservation>(reservation));
    if (!m_batch.isActive())
        m_batch.start();
}

void ReservationTableModel::applyPendingChanges() {
    m_batch.stop();
    if (m_pendingOrder.isEmpty())
        return;
    const auto pending = std::exchange(m_pending, {});
    const auto order = std::exchange(m_pendingOrder, {});
    for (const ReservationId& id : order) {
        const std::optional<Reservation>& latest = pending.value(id);
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
    Q_EMIT reservationsChanged();
}

int ReservationTableModel::rowOf(const ReservationId& id) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

int ReservationTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReservationTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReservationTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reservation& r = m_rows.at(index.row());
    if (index.column() == CollateralColumn)
        if (const QVariant amount = AmountCopy::cellData(r.collateral, role); amount.isValid())
            return amount;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RequestColumn:
            return r.requestId.toShortHex();
        case SlotColumn:
            return QVariant::fromValue<qulonglong>(r.slotIndex);
        case SlotSizeColumn:
            return formatBytes(r.slotSize);
        case StoredColumn:
            return formatBytes(r.downloadedBytes());
        case CollateralColumn:
            return formatAmount(r.collateral);
        case ValidUntilColumn:
            return formatTimestamp(r.validUntil);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case RequestColumn:
            return r.requestId.toHex();
        case SlotColumn:
            return QVariant::fromValue<qulonglong>(r.slotIndex);
        case SlotSizeColumn:
            return QVariant::fromValue<qulonglong>(r.slotSize);
        case StoredColumn:
            return QVariant::fromValue<qulonglong>(r.downloadedBytes());
        case CollateralColumn:
            return uint256::toBigEndian32(r.collateral);
        case ValidUntilColumn:
            return QVariant::fromValue<qlonglong>(r.validUntil);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == RequestColumn)
            return r.requestId.toHex();
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue<int>(
            (index.column() == RequestColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    }
    return {};
}

QVariant ReservationTableModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue<int>(
            (section == RequestColumn ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RequestColumn:
        return tr("Request");
    case SlotColumn:
        return tr("Slot");
    case SlotSizeColumn:
        return tr("Slot size");
    case StoredColumn:
        return tr("Stored");
    case CollateralColumn:
        return tr("Collateral");
    case ValidUntilColumn:
        return tr("Ends");
    }
    return {};
}

} // namespace salesdesk::ui
