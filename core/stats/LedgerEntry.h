#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"

#include <QMetaType>
#include <QString>

namespace salesdesk {

// One money movement of a sale. Values are the ledger table's `kind` column.
enum class LedgerKind {
    CollateralDeposited = 1, // pulled from the host's balance at fill
    CollateralReturned = 2,  // paid back at freeSlot
    Payout = 3,              // reward for storing, paid at freeSlot
    CollateralLost = 4,      // slashed or forfeited (bookkeeping: no balance movement)
};

QString toString(LedgerKind kind);

struct LedgerEntry {
    qint64 id = 0;
    Timestamp at = 0;
    LedgerKind kind = LedgerKind::Payout;
    RequestId requestId;
    quint64 slotIndex = 0;
    UInt256 amount = 0;
    friend bool operator==(const LedgerEntry&, const LedgerEntry&) = default;
};

} // namespace salesdesk

Q_DECLARE_METATYPE(salesdesk::LedgerEntry)
