#include "core/domain/MarketStates.h"

namespace salesdesk {

namespace {

constexpr qint64 kLastRequestState = static_cast<qint64>(RequestState::Failed);
constexpr qint64 kLastSlotState = static_cast<qint64>(SlotState::Repair);

} // namespace

QString toString(RequestState state) {
    switch (state) {
    case RequestState::New:
        return QStringLiteral("New");
    case RequestState::Started:
        return QStringLiteral("Started");
    case RequestState::Cancelled:
        return QStringLiteral("Cancelled");
    case RequestState::Finished:
        return QStringLiteral("Finished");
    case RequestState::Failed:
        return QStringLiteral("Failed");
    }
    // Only reachable through a bad cast; say so instead of printing nothing.
    return QStringLiteral("RequestState(%1)").arg(toOrdinal(state));
}

QString toString(SlotState state) {
    switch (state) {
    case SlotState::Free:
        return QStringLiteral("Free");
    case SlotState::Filled:
        return QStringLiteral("Filled");
    case SlotState::Finished:
        return QStringLiteral("Finished");
    case SlotState::Failed:
        return QStringLiteral("Failed");
    case SlotState::Paid:
        return QStringLiteral("Paid");
    case SlotState::Cancelled:
        return QStringLiteral("Cancelled");
    case SlotState::Repair:
        return QStringLiteral("Repair");
    }
    return QStringLiteral("SlotState(%1)").arg(toOrdinal(state));
}

Result<RequestState> requestStateFromOrdinal(qint64 ordinal) {
    if (ordinal < 0 || ordinal > kLastRequestState)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("request state must be 0 to %1, got %2")
                             .arg(kLastRequestState)
                             .arg(ordinal));
    return static_cast<RequestState>(ordinal);
}

Result<SlotState> slotStateFromOrdinal(qint64 ordinal) {
    if (ordinal < 0 || ordinal > kLastSlotState)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("slot state must be 0 to %1, got %2").arg(kLastSlotState).arg(ordinal));
    return static_cast<SlotState>(ordinal);
}

} // namespace salesdesk
