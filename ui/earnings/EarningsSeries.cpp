#include "ui/earnings/EarningsSeries.h"

#include <algorithm>
#include <optional>

namespace salesdesk::ui {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;
// 1970-01-01 was a Thursday: Mondays start 4 days later.
constexpr qint64 kFirstMonday = 4 * kDay;

Timestamp floorTo(Timestamp at, qint64 size, qint64 origin) {
    const qint64 shifted = at - origin;
    const qint64 q = shifted >= 0 ? shifted / size : -((-shifted + size - 1) / size);
    return origin + q * size;
}

void add(LedgerTotals& totals, const LedgerEntry& e) {
    switch (e.kind) {
    case LedgerKind::CollateralDeposited:
        totals.deposited += e.amount;
        break;
    case LedgerKind::CollateralReturned:
        totals.returned += e.amount;
        break;
    case LedgerKind::Payout:
        totals.payouts += e.amount;
        break;
    case LedgerKind::CollateralLost:
        totals.lost += e.amount;
        break;
    }
}

void addEarning(UInt256& deals, UInt256& dealsLost, UInt256& retrieval, const MarketEarning& e) {
    switch (e.market) {
    case MarketEarning::Market::DirectDeals:
        (e.kind == MarketEarning::Kind::CollateralLost ? dealsLost : deals) += e.amount;
        break;
    case MarketEarning::Market::PaidRetrieval:
        retrieval += e.amount;
        break;
    }
}

} // namespace

EarningsSeries::BucketSize EarningsSeries::bucketSizeFor(qint64 spanSeconds) {
    if (spanSeconds < kDay)
        return BucketSize::Hour;
    if (spanSeconds < 5 * kWeek)
        return BucketSize::Day;
    return BucketSize::Week;
}

qint64 EarningsSeries::seconds(BucketSize size) {
    switch (size) {
    case BucketSize::Hour:
        return kHour;
    case BucketSize::Day:
        return kDay;
    case BucketSize::Week:
        return kWeek;
    }
    return kHour;
}

EarningsSeries EarningsSeries::build(const QList<LedgerEntry>& entries, int utcOffsetSeconds) {
    return build(entries, {}, utcOffsetSeconds);
}

EarningsSeries EarningsSeries::build(const QList<LedgerEntry>& entries,
                                     const QList<MarketEarning>& earnings, int utcOffsetSeconds) {
    EarningsSeries out;
    for (const MarketEarning& e : earnings)
        addEarning(out.m_deals, out.m_dealsLost, out.m_retrieval, e);
    std::optional<Timestamp> first, last;
    const auto span = [&first, &last](Timestamp at) {
        first = first ? std::min(*first, at) : at;
        last = last ? std::max(*last, at) : at;
    };
    for (const LedgerEntry& e : entries)
        span(e.at);
    for (const MarketEarning& e : earnings)
        if (e.at != 0)
            span(e.at);
    if (!first)
        return out;
    out.m_bucketSize = bucketSizeFor(*last - *first);
    const qint64 size = seconds(out.m_bucketSize);
    const qint64 origin =
        (out.m_bucketSize == BucketSize::Week ? kFirstMonday : 0) - qint64(utcOffsetSeconds);
    const Timestamp start = floorTo(*first, size, origin);
    const auto count = static_cast<qsizetype>((floorTo(*last, size, origin) - start) / size + 1);
    out.m_buckets.resize(count);
    for (qsizetype i = 0; i < count; ++i)
        out.m_buckets[i].start = start + i * size;
    for (const LedgerEntry& e : entries) {
        add(out.m_buckets[static_cast<qsizetype>((e.at - start) / size)].totals, e);
        add(out.m_totals, e);
    }
    for (const MarketEarning& e : earnings) {
        if (e.at == 0)
            continue;
        Bucket& bucket = out.m_buckets[static_cast<qsizetype>((e.at - start) / size)];
        addEarning(bucket.deals, bucket.dealsLost, bucket.retrieval, e);
    }
    return out;
}

UInt256 EarningsSeries::netMagnitude() const {
    return netIsNegative() ? UInt256(m_totals.lost - m_totals.payouts)
                           : UInt256(m_totals.payouts - m_totals.lost);
}

} // namespace salesdesk::ui
