#include "ui/earnings/LedgerEntriesFilter.h"

#include "ui/earnings/LedgerEntriesModel.h"

namespace salesdesk::ui {

LedgerEntriesFilter::LedgerEntriesFilter(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(LedgerEntriesModel::SortRole);
}

void LedgerEntriesFilter::setKind(std::optional<LedgerKind> kind) {
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void LedgerEntriesFilter::setSince(Timestamp since) {
    if (since == m_since)
        return;
    m_since = since;
    invalidateFilter();
}

bool LedgerEntriesFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && index.data(LedgerEntriesModel::KindRole).toInt() != static_cast<int>(*m_kind))
        return false;
    return m_since == 0 || index.data(LedgerEntriesModel::TimeRole).toLongLong() >= m_since;
}

} // namespace salesdesk::ui
