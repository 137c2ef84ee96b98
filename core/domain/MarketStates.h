#pragma once

#include "core/domain/Result.h"

#include <QString>
#include <QtGlobal>

namespace salesdesk {

// The Marketplace contract's enums. The ordinals are what the chain returns and what we persist, so
// they must stay equal to the Solidity declaration order.
enum class RequestState : quint8 { New = 0, Started = 1, Cancelled = 2, Finished = 3, Failed = 4 };

enum class SlotState : quint8 {
    Free = 0,
    Filled = 1,
    Finished = 2,
    Failed = 3,
    Paid = 4,
    Cancelled = 5,
    Repair = 6,
};

// The Solidity names ("Started", "Repair"): used in logs, the GUI and scenario reports.
QString toString(RequestState state);
QString toString(SlotState state);

constexpr int toOrdinal(RequestState state) {
    return static_cast<int>(state);
}
constexpr int toOrdinal(SlotState state) {
    return static_cast<int>(state);
}

// An ordinal read from the chain or the database; anything outside the enum is an error rather
// than a value no switch handles.
Result<RequestState> requestStateFromOrdinal(qint64 ordinal);
Result<SlotState> slotStateFromOrdinal(qint64 ordinal);

} // namespace salesdesk
