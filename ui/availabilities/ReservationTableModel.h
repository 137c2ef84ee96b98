#pragma once

#include "core/domain/Reservation.h"
#include "ui/common/BatchedTableModel.h"

#include <optional>

namespace salesdesk {

class Reservations;

namespace ui {

// The reservations of one availability: the slots its bytes and collateral are committed to.
// Loaded when the availability is chosen, then fed only by the Reservations signals, coalesced
// like AvailabilityTableModel.
using ReservationRows = BatchedTableModel<Reservation, ReservationId>;
class ReservationTableModel : public ReservationRows {
    Q_OBJECT
public:
    enum Column {
        RequestColumn,
        SlotColumn,
        SlotSizeColumn,
        StoredColumn,
        CollateralColumn,
        ValidUntilColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ReservationTableModel(Reservations& reservations, QObject* parent = nullptr);

    // Shows the reservations of `id` (none for nullopt).
    void setAvailability(const std::optional<AvailabilityId>& id);
    const std::optional<AvailabilityId>& availability() const { return m_availability; }
    const Reservation& reservationAt(int row) const { return rows().at(row); }
    QString loadError() const { return m_loadError; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After the rows changed (a batch was applied or another availability was chosen).
    void reservationsChanged();

private:
    void schedule(const Reservation& reservation, bool deleted);
    void rowsApplied() override { Q_EMIT reservationsChanged(); }

    Reservations& m_reservations;
    std::optional<AvailabilityId> m_availability;
    QString m_loadError;
};

} // namespace ui
} // namespace salesdesk
