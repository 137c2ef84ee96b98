#include "core/reservations/MatchExplainer.h"

namespace salesdesk {

const AvailabilityVerdict* MatchExplanation::chosenVerdict() const {
    if (!chosen)
        return nullptr;
    for (const AvailabilityVerdict& verdict : verdicts)
        if (verdict.availability.id == *chosen)
            return &verdict;
    return nullptr;
}

QList<MatchRule> MatchExplainer::failedRules(const Availability& a,
                                             const SlotRequirements& requirements) {
    QList<MatchRule> failed;
    if (!a.enabled)
        failed.append(MatchRule::Disabled);
    if (a.freeSize < requirements.slotSize)
        failed.append(MatchRule::SizeTooBig);
    if (a.duration < requirements.duration)
        failed.append(MatchRule::DurationTooLong);
    if (requirements.pricePerBytePerSecond < a.minPricePerBytePerSecond)
        failed.append(MatchRule::PriceBelowMinimum);
    if (a.maxCollateralPerByte() < requirements.collateralPerByte)
        failed.append(MatchRule::CollateralTooHigh);
    if (a.until != 0 && a.until < requirements.validUntil)
        failed.append(MatchRule::UntilTooEarly);
    return failed;
}

MatchExplanation MatchExplainer::explain(const QList<Availability>& availabilities,
                                         const SlotRequirements& requirements) {
    MatchExplanation out;
    out.verdicts.reserve(availabilities.size());
    const Availability* best = nullptr;
    for (const Availability& a : availabilities) {
        AvailabilityVerdict verdict{a, failedRules(a, requirements)};
        if (verdict.qualifies() && (!best || a.freeSize < best->freeSize ||
                                    (a.freeSize == best->freeSize && a.id < best->id)))
            best = &a;
        out.verdicts.append(std::move(verdict));
    }
    if (best)
        out.chosen = best->id;
    return out;
}

} // namespace salesdesk
