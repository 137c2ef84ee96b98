#pragma once

#include <QSortFilterProxyModel>

namespace salesdesk::ui {

class SlotQueueModel;

// Sorts the slot queue on the underlying values (sizes, 256-bit amounts, times), not on the
// formatted text, and filters on the full request id.
class SlotQueueSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SlotQueueSortProxy(SlotQueueModel* source, QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    SlotQueueModel* m_source;
};

} // namespace salesdesk::ui
