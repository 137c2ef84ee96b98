#include "ui/availabilities/ReservationTableModel.h"

#include "core/reservations/Reservations.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"

#include <utility>

namespace salesdesk::ui {

ReservationTableModel::ReservationTableModel(Reservations& reservations, QObject* parent)
    : ReservationRows(ColumnCount, parent)
    , m_reservations(reservations) {
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
    m_loadError.clear();
    QList<Reservation> loaded;
    if (id) {
        if (auto rows = m_reservations.reservationsOf(*id); rows.ok())
            loaded = *rows;
        else
            m_loadError = rows.message();
    }
    replaceRows(std::move(loaded));
    endResetModel();
    Q_EMIT reservationsChanged();
}

void ReservationTableModel::schedule(const Reservation& reservation, bool deleted) {
    if (!m_availability || reservation.availabilityId != *m_availability)
        return;
    ReservationRows::schedule(reservation.id,
                              deleted ? std::nullopt : std::optional<Reservation>(reservation));
}

QVariant ReservationTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reservation& r = rows().at(index.row());
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
