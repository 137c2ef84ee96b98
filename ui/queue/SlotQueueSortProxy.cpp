#include "ui/queue/SlotQueueSortProxy.h"

#include "ui/queue/SlotQueueModel.h"

namespace salesdesk::ui {

SlotQueueSortProxy::SlotQueueSortProxy(SlotQueueModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source) {
    setSourceModel(source);
    setFilterRole(SlotQueueModel::RequestIdRole);
    setFilterKeyColumn(SlotQueueModel::RequestColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

bool SlotQueueSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const int c = m_source->compare(left.column(), left.row(), right.row());
    // Equal values keep the queue's order.
    return c != 0 ? c < 0 : left.row() < right.row();
}

} // namespace salesdesk::ui
