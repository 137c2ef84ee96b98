#pragma once

#include "ui/matching/SeenRequest.h"

#include <QAbstractTableModel>

#include <optional>

namespace salesdesk::ui {

// For one request: every availability, whether it would take the request's slots and, if not,
// exactly why (MatchReasonText), the one findAvailability picks first.
class AvailabilityVerdictsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { AvailabilityColumn, VerdictColumn, ReasonsColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // Shows `request`'s verdicts; none to clear.
    void setRequest(const std::optional<SeenRequest>& request);
    const std::optional<SeenRequest>& request() const { return m_request; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<SeenRequest> m_request;
};

} // namespace salesdesk::ui
