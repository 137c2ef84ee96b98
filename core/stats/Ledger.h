#pragma once

#include "core/domain/Result.h"
#include "core/stats/LedgerEntry.h"

#include <QList>
#include <QObject>

#include <optional>

namespace salesdesk {

class Database;

// Totals of the ledger, per kind.
struct LedgerTotals {
    UInt256 deposited = 0;
    UInt256 returned = 0;
    UInt256 payouts = 0;
    UInt256 lost = 0;
    // Collateral still in the market's hands: deposited − returned − lost (zero, never
    // negative, should the books say more came back than went in).
    UInt256 collateralLocked() const {
        const UInt256 settled = returned + lost;
        return deposited > settled ? UInt256(deposited - settled) : UInt256(0);
    }
    friend bool operator==(const LedgerTotals&, const LedgerTotals&) = default;
};

// The record of every money movement of the host's sales, in the main database. Entries are
// written inside the caller's transaction when one is open; `recorded` follows the commit.
class Ledger : public QObject {
    Q_OBJECT
public:
    explicit Ledger(Database& database, QObject* parent = nullptr);

    Result<LedgerEntry> record(Timestamp at, LedgerKind kind, const RequestId& requestId,
                               quint64 slotIndex, const UInt256& amount);
    Result<QList<LedgerEntry>> entries() const;
    Result<QList<LedgerEntry>> entriesOf(const RequestId& requestId, quint64 slotIndex) const;
    Result<LedgerTotals> totals() const;
    Result<LedgerTotals> totalsOf(const RequestId& requestId, quint64 slotIndex) const;

    // A deposit about to be made (before fillSlot): if the process dies after the market took
    // the collateral but before confirmDeposit, recovery finds it here and confirms it once.
    Result<void> expectDeposit(Timestamp at, const RequestId& requestId, quint64 slotIndex,
                               const UInt256& amount);
    Result<std::optional<UInt256>> expectedDeposit(const RequestId& requestId,
                                                   quint64 slotIndex) const;
    // Records the deposit and drops the expectation, in one transaction.
    Result<LedgerEntry> confirmDeposit(Timestamp at, const RequestId& requestId, quint64 slotIndex,
                                       const UInt256& amount);
    // The fill did not happen: forget the expectation (nothing when there is none).
    Result<void> dropExpectedDeposit(const RequestId& requestId, quint64 slotIndex);

Q_SIGNALS:
    void recorded(const salesdesk::LedgerEntry& entry);

private:
    Database& m_db;
};

} // namespace salesdesk
