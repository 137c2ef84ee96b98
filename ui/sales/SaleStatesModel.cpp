#include "ui/sales/SaleStatesModel.h"

#include "ui/sales/RunningSalesModel.h"
#include "ui/sales/SaleText.h"

#include <QFont>
#include <QStringList>

namespace salesdesk::ui {

SaleStatesModel::SaleStatesModel(const RunningSalesModel& sales, QObject* parent)
    : QAbstractTableModel(parent)
    , m_sales(sales) {
    m_groups.append({tr("All running sales"), {}, 0});
    for (SaleStateKind kind : runningSaleStates()) {
        QList<SaleStateKind> kinds{kind};
        if (kind == SaleStateKind::Proving)
            kinds.append(SaleStateKind::ProvingSimulated);
        m_groups.append({saleStateName(kind), kinds, 0});
    }
    m_groups.append({tr("Ending"),
                     {SaleStateKind::Finished, SaleStateKind::Cancelled, SaleStateKind::Failed,
                      SaleStateKind::Ignored, SaleStateKind::Errored},
                     0});
    m_groups.append({saleStateName(SaleStateKind::Unknown), {SaleStateKind::Unknown}, 0});
    refreshCounts();
    connect(&sales, &RunningSalesModel::batchApplied, this, [this] {
        refreshCounts();
        Q_EMIT dataChanged(index(0, 0),
                           index(static_cast<int>(m_groups.size()) - 1, ColumnCount - 1));
    });
}

int SaleStatesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

int SaleStatesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SaleStatesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group& group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == StateColumn ? QVariant(group.name) : QVariant(group.count);
    case CountRole:
        return group.count;
    case Qt::DecorationRole:
        if (index.column() == StateColumn && !group.kinds.isEmpty())
            return saleStateIcon(group.kinds.constFirst());
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.row() == 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant SaleStatesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    return section == StateColumn ? tr("State") : tr("Sales");
}

QRegularExpression SaleStatesModel::filterFor(int row) const {
    if (row < 0 || row >= m_groups.size() || m_groups.at(row).kinds.isEmpty())
        return {};
    QStringList alternatives;
    for (SaleStateKind kind : m_groups.at(row).kinds)
        alternatives.append(QString::number(static_cast<int>(kind)));
    return QRegularExpression(QStringLiteral("^(") + alternatives.join(QLatin1Char('|')) +
                              QStringLiteral(")$"));
}

int SaleStatesModel::rowFor(SaleStateKind kind) const {
    for (int row = 1; row < m_groups.size(); ++row) {
        if (m_groups.at(row).kinds.contains(kind))
            return row;
    }
    return -1;
}

int SaleStatesModel::countAt(int row) const {
    return row >= 0 && row < m_groups.size() ? m_groups.at(row).count : 0;
}

void SaleStatesModel::refreshCounts() {
    int all = 0;
    for (qsizetype row = 1; row < m_groups.size(); ++row) {
        Group& group = m_groups[row];
        group.count = 0;
        for (SaleStateKind kind : std::as_const(group.kinds))
            group.count += m_sales.countIn(kind);
        all += group.count;
    }
    m_groups[0].count = all;
}

} // namespace salesdesk::ui
