#pragma once

#include "core/domain/Availability.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <optional>

namespace salesdesk {

class Reservations;

namespace ui {

// The provider's availabilities, one row each, in the order they were offered (then loaded).
// Loaded once, then fed only by the Reservations signals; changes are coalesced and applied at
// most every batchInterval() (a sale moves bytes of an availability at every step).
class AvailabilityTableModel : public QAbstractTableModel {
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Availability& availabilityAt(int row) const { return m_rows.at(row); }
    // The row of the availability, -1 when it is not (yet) shown.
    int rowOf(const AvailabilityId& id) const;
    // Shown when loading failed; empty otherwise.
    QString loadError() const { return m_loadError; }

    int batchInterval() const { return m_batch.interval(); }
    void setBatchInterval(int milliseconds) { m_batch.setInterval(milliseconds); }
    // Applies the changes heard since the last batch now.
    void applyPendingChanges();

private:
    void schedule(const AvailabilityId& id, std::optional<Availability> latest);

    Reservations& m_reservations;
    QList<Availability> m_rows;
    // Latest state heard per availability since the last batch; nullopt: removed.
    QHash<AvailabilityId, std::optional<Availability>> m_pending;
    QList<AvailabilityId> m_pendingOrder;
    QTimer m_batch;
    QString m_loadError;
};

} // namespace ui
} // namespace salesdesk
