#include "ui/matching/AvailabilityVerdictsModel.h"

#include "ui/matching/MatchReasonText.h"

#include <QFont>

namespace salesdesk::ui {

void AvailabilityVerdictsModel::setRequest(const std::optional<SeenRequest>& request) {
    const int before = m_request ? static_cast<int>(m_request->explanation.verdicts.size()) : 0;
    const int after = request ? static_cast<int>(request->explanation.verdicts.size()) : 0;
    const bool sameRequest = m_request && request && m_request->id == request->id;
    if (sameRequest && before == after) {
        // The same rows with new contents: keep the view's selection and scroll position.
        m_request = request;
        if (after > 0)
            Q_EMIT dataChanged(index(0, 0), index(after - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_request = request;
    endResetModel();
}

int AvailabilityVerdictsModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_request)
        return 0;
    return static_cast<int>(m_request->explanation.verdicts.size());
}

int AvailabilityVerdictsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AvailabilityVerdictsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AvailabilityVerdict& v = m_request->explanation.verdicts.at(index.row());
    const bool chosen = m_request->explanation.chosen == v.availability.id;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AvailabilityColumn:
            return MatchReasonText::availabilityName(v.availability);
        case VerdictColumn:
            if (chosen)
                return tr("Takes it");
            return v.qualifies() ? tr("Could take it") : tr("Not taken");
        case ReasonsColumn:
            return MatchReasonText::explain(v, m_request->requirements(), chosen);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == AvailabilityColumn)
            return v.availability.id.toHex();
        break;
    case Qt::FontRole:
        if (chosen && index.column() == VerdictColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    default:
        break;
    }
    return {};
}

QVariant AvailabilityVerdictsModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AvailabilityColumn:
        return tr("Availability");
    case VerdictColumn:
        return tr("Verdict");
    case ReasonsColumn:
        return tr("Why");
    }
    return {};
}

} // namespace salesdesk::ui
