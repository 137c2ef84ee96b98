#pragma once

#include "core/domain/Availability.h"
#include "ui/common/BatchedTableModel.h"

namespace salesdesk {

class Clock;
class Reservations;

namespace ui {

// The provider's availabilities, one row each, in the order they were offered (then loaded).
// Loaded once, then fed only by the Reservations signals; changes are coalesced and applied at
// most every batchInterval() (a sale moves bytes of an availability at every step).
using AvailabilityRows = BatchedTableModel<Availability, AvailabilityId>;
class AvailabilityTableModel : public AvailabilityRows {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        SizeColumn,
        FreeColumn,
        CommittedColumn,
        DurationColumn,
        MinPriceColumn,
        CollateralColumn,
        RemainingCollateralColumn,
        UntilColumn,
        EnabledColumn,
        ColumnCount
    };
    // The value to sort by (numbers as qulonglong, amounts as their 32-byte big-endian form).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit AvailabilityTableModel(Reservations& reservations, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Availability& availabilityAt(int row) const { return rows().at(row); }
    // With a clock, an enabled availability whose end ("until") has passed says "Ended" instead
    // of "Selling" (no slot can end before it any more); the column is refreshed every
    // kEndCheckMs as time passes. Without one (null) that is not shown.
    void setClock(const Clock* clock);
    static constexpr int kEndCheckMs = 30'000;
    // Whether `a` can sell no more because its end has passed (false without a clock).
    bool hasEnded(const Availability& a) const;
    // Shown when loading failed; empty otherwise.
    QString loadError() const { return m_loadError; }

private:
    Reservations& m_reservations;
    const Clock* m_clock = nullptr;
    QTimer m_endCheck;
    QString m_loadError;
};

} // namespace ui
} // namespace salesdesk
