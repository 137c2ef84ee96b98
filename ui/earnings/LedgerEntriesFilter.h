#pragma once

#include "core/clock/Clock.h"
#include "core/stats/LedgerEntry.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace salesdesk::ui {

// The ledger entries the user asked for: one kind or all, and only those at or after a time.
// Sorts by LedgerEntriesModel::SortRole.
class LedgerEntriesFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LedgerEntriesFilter(QObject* parent = nullptr);

    void setKind(std::optional<LedgerKind> kind);
    std::optional<LedgerKind> kind() const { return m_kind; }
    // Entries before `since` are hidden; 0 shows all.
    void setSince(Timestamp since);
    Timestamp since() const { return m_since; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<LedgerKind> m_kind;
    Timestamp m_since = 0;
};

} // namespace salesdesk::ui
