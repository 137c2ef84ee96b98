#include "core/desk/MarketEarningsReader.h"

#include "core/chain/deals/DealService.h"
#include "core/chain/retrieval/RetrievalService.h"
#include "core/desk/Desk.h"

#include <algorithm>

namespace salesdesk {

MarketEarningsReader::Read MarketEarningsReader::read(const Desk& desk, Timestamp since,
                                                      Timestamp until) {
    const DealService* deals = desk.deals();
    const RetrievalService* retrieval = desk.retrieval();
    return read(deals ? &deals->book() : nullptr, retrieval ? &retrieval->vouchers() : nullptr,
                retrieval ? retrieval->options().chainId : 0,
                retrieval ? retrieval->options().channels : Address(), since, until);
}

MarketEarningsReader::Read MarketEarningsReader::read(const DealBook* deals,
                                                      const VoucherBook* vouchers, quint64 chainId,
                                                      const Address& channels, Timestamp since,
                                                      Timestamp until) {
    Read out;
    out.dealsRunning = deals != nullptr;
    out.retrievalRunning = vouchers != nullptr;
    if (deals) {
        auto payments = deals->payments(since, until);
        if (payments.ok())
            for (const DealPayment& p : *payments)
                out.earnings.append(
                    MarketEarning{MarketEarning::Market::DirectDeals, p.at, p.dealId, p.amount});
        else
            out.problems << QStringLiteral("The direct deals' payments cannot be read: %1")
                                .arg(payments.message());
        auto losses = deals->collateralLosses(since, until);
        if (losses.ok())
            for (const DealCollateralLoss& l : *losses)
                out.earnings.append(MarketEarning{MarketEarning::Market::DirectDeals, l.at,
                                                  l.dealId, l.amount,
                                                  MarketEarning::Kind::CollateralLost});
        else
            out.problems << QStringLiteral("The direct deals' collateral losses cannot be read: %1")
                                .arg(losses.message());
    }
    if (vouchers) {
        auto claims = vouchers->claims(chainId, channels, since, until);
        if (claims.ok())
            for (const ChannelClaim& c : *claims)
                out.earnings.append(MarketEarning{MarketEarning::Market::PaidRetrieval, c.at,
                                                  c.channelId, c.amount});
        else
            out.problems << QStringLiteral("The retrieval channels' claims cannot be read: %1")
                                .arg(claims.message());
    }
    // Each list is in time order already: merging keeps, at equal times, the deals' payments,
    // then their losses, then the claims.
    std::stable_sort(out.earnings.begin(), out.earnings.end(),
                     [](const MarketEarning& a, const MarketEarning& b) { return a.at < b.at; });
    return out;
}

Result<UInt256> MarketEarningsReader::total(const QList<MarketEarning>& earnings,
                                            MarketEarning::Market market,
                                            MarketEarning::Kind kind) {
    UInt256 sum = 0;
    for (const MarketEarning& e : earnings) {
        if (e.market != market || e.kind != kind)
            continue;
        SD_TRY_ASSIGN(sum, uint256::checkedAdd(sum, e.amount));
    }
    return sum;
}

} // namespace salesdesk
