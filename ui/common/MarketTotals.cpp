#include "ui/common/MarketTotals.h"

#include "core/chain/deals/DealService.h"
#include "core/chain/retrieval/RetrievalService.h"
#include "core/chain/retrieval/VoucherBook.h"
#include "core/desk/Desk.h"

#include <algorithm>
#include <limits>

namespace salesdesk::ui {

Result<UInt256> MarketTotals::earned() const {
    UInt256 total = 0;
    if (deals) {
        auto sum = uint256::checkedAdd(total, deals->paid);
        if (!sum.ok())
            return sum.error();
        total = *sum;
    }
    if (retrieval) {
        auto sum = uint256::checkedAdd(total, retrieval->claimed);
        if (!sum.ok())
            return sum.error();
        total = *sum;
    }
    return total;
}

Result<DealTotals> MarketTotals::ofDeals(const QList<Deal>& unfinished, const UInt256& paid,
                                         const UInt256& lost) {
    DealTotals totals;
    totals.paid = paid;
    totals.collateralLost = lost;
    for (const Deal& deal : unfinished) {
        if (deal.state == Deal::State::Active)
            ++totals.active;
        else if (deal.transferring())
            ++totals.awaitingData;
        auto sum = uint256::checkedAdd(totals.collateralLocked, deal.collateralLeft);
        if (!sum.ok())
            return sum.error();
        totals.collateralLocked = *sum;
    }
    return totals;
}

Result<DealTotals> MarketTotals::ofBook(const DealBook& book) {
    auto unfinished = book.unfinished();
    if (!unfinished.ok())
        return unfinished.error();
    auto paid = book.totalPaid();
    if (!paid.ok())
        return paid.error();
    auto losses = book.collateralLosses(0, std::numeric_limits<Timestamp>::max());
    if (!losses.ok())
        return losses.error();
    UInt256 lost = 0;
    for (const DealCollateralLoss& loss : *losses) {
        auto sum = uint256::checkedAdd(lost, loss.amount);
        if (!sum.ok())
            return sum.error();
        lost = *sum;
    }
    return ofDeals(*unfinished, *paid, lost);
}

Result<RetrievalTotals> MarketTotals::ofChannels(const QList<VoucherCheck::Channel>& channels) {
    RetrievalTotals totals;
    totals.channels = static_cast<int>(channels.size());
    for (const VoucherCheck::Channel& channel : channels) {
        const UInt256 earned = std::max(channel.bestAccepted, channel.claimed);
        const UInt256 owed = unclaimedOn(channel);
        auto earnedSum = uint256::checkedAdd(totals.earned, earned);
        auto claimedSum = uint256::checkedAdd(totals.claimed, channel.claimed);
        auto owedSum = uint256::checkedAdd(totals.unclaimed, owed);
        for (const Result<UInt256>* sum : {&earnedSum, &claimedSum, &owedSum})
            if (!sum->ok())
                return sum->error();
        totals.earned = *earnedSum;
        totals.claimed = *claimedSum;
        totals.unclaimed = *owedSum;
    }
    return totals;
}

UInt256 MarketTotals::unclaimedOn(const VoucherCheck::Channel& channel) {
    return channel.bestAccepted > channel.claimed ? UInt256(channel.bestAccepted - channel.claimed)
                                                  : UInt256(0);
}

MarketTotals MarketTotals::read(const Desk& desk) {
    MarketTotals totals;
    if (const DealService* service = desk.deals()) {
        auto dealTotals = ofBook(service->book());
        if (dealTotals.ok())
            totals.deals = *dealTotals;
        else
            totals.problems << dealTotals.message();
    }
    if (const RetrievalService* service = desk.retrieval()) {
        const RetrievalService::Options& options = service->options();
        auto channels = service->vouchers().channels(options.chainId, options.channels);
        auto retrievalTotals =
            channels.ok() ? ofChannels(*channels) : Result<RetrievalTotals>(channels.error());
        if (retrievalTotals.ok())
            totals.retrieval = *retrievalTotals;
        else
            totals.problems << retrievalTotals.message();
    }
    return totals;
}

} // namespace salesdesk::ui
