#pragma once

#include "core/sales/SaleStateKind.h"

#include <QAbstractTableModel>
#include <QList>
#include <QRegularExpression>

namespace salesdesk::ui {

class RunningSalesModel;

// The groups the running sales are listed under, each with its count: "All running sales", then
// one row per running state in lifecycle order, then "Ending" (a terminal state, cleanup under
// way) and "Recovering" (loaded after a restart, state not known yet). Counts follow the
// RunningSalesModel's batches.
class SaleStatesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StateColumn, CountColumn, ColumnCount };
    enum Role {
        CountRole = Qt::UserRole + 1,
    };

    explicit SaleStatesModel(const RunningSalesModel& sales, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The sales in a row's group match this on RunningSalesModel::StateKindRole; the "All" row
    // matches every sale.
    QRegularExpression filterFor(int row) const;
    // The row of the group holding `kind`.
    int rowFor(SaleStateKind kind) const;
    int countAt(int row) const;

private:
    struct Group {
        QString name;
        QList<SaleStateKind> kinds; // empty: every state
        int count = 0;
    };

    void refreshCounts();

    const RunningSalesModel& m_sales;
    QList<Group> m_groups;
};

} // namespace salesdesk::ui
