#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"
#include "core/market/MarketError.h"

#include <QString>

// Small helpers shared by the parts of the ledger (MarketBooks, RequestFunctions, SlotFunctions).
namespace salesdesk::ledger {

inline MarketError rejected(QString message) {
    return MarketError{MarketError::Kind::Rejected, std::move(message)};
}

inline MarketError unknownRequest(const RequestId& id) {
    return MarketError{
        MarketError::Kind::UnknownRequest,
        QStringLiteral("unknown request %1 (Marketplace_UnknownRequest)").arg(id.toHex())};
}

inline QString amount(const UInt256& value) {
    return uint256::toDecimal(value);
}

} // namespace salesdesk::ledger
