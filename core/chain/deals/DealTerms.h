#pragma once

#include "core/chain/deals/DealAsk.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <optional>

namespace salesdesk {

// What a client proposes within a provider's ask (DealAsk) for `size` bytes kept `duration`
// seconds from a start `startLead` seconds ahead: the price per second, the collateral the
// provider locks and the payment the client's escrow must hold for it. What the local chain's
// demo clients and `salesdesk-cli client deal` propose.
struct DealTerms {
    UInt256 pricePerSecond;
    UInt256 providerCollateral; // the least the ask takes
    UInt256 payment;            // pricePerSecond × duration

    // The ask's least price (or `pricePerBytePerSecond` when given, which must not be below it)
    // times `size`, and the ask's least collateral for `size`, proposed at `now`. An
    // InvalidArgument naming the ask's bound that the size, duration, start lead or price misses,
    // the ask's end when it is valid no longer (`validUntil` passed: the provider would refuse
    // the proposal), or the amount that does not fit in 256 bits.
    static Result<DealTerms> within(const DealAsk& ask, Timestamp now, quint64 size,
                                    quint64 duration, quint64 startLead,
                                    const std::optional<UInt256>& pricePerBytePerSecond = {});
};

} // namespace salesdesk
