#pragma once

#include "core/domain/Availability.h"
#include "core/reservations/AvailabilityParams.h"

#include <QList>

#include <optional>

namespace salesdesk {

// One rule of Reservations::findAvailability that an availability can fail for a slot.
enum class MatchRule {
    Disabled,          // the availability is switched off
    SizeTooBig,        // the slot is larger than the availability's free bytes
    DurationTooLong,   // the request runs longer than the availability accepts
    PriceBelowMinimum, // the request pays less per byte per second than the availability's minimum
    CollateralTooHigh, // the slot asks more collateral per byte than the remaining budget allows
    UntilTooEarly,     // the request ends after the availability's until
};

// Why one availability would or would not take a slot. Every failed rule is listed, in the order
// of MatchRule, so the provider sees all that has to change, not just the first obstacle.
struct AvailabilityVerdict {
    Availability availability;
    QList<MatchRule> failed;
    bool qualifies() const { return failed.isEmpty(); }
};

// The answer for one slot over all availabilities: a verdict for each (in the order given) and
// the availability findAvailability would pick.
struct MatchExplanation {
    QList<AvailabilityVerdict> verdicts;
    std::optional<AvailabilityId> chosen;
    const AvailabilityVerdict* chosenVerdict() const;
};

// Explains Reservations::findAvailability: applies the same rules, in memory, to a list of
// availabilities, and picks the same one (best fit: the smallest sufficient freeSize, ties broken
// by the smallest id). Pure; tests check it agrees with the books on random inputs.
class MatchExplainer {
public:
    static QList<MatchRule> failedRules(const Availability& availability,
                                        const SlotRequirements& requirements);
    static MatchExplanation explain(const QList<Availability>& availabilities,
                                    const SlotRequirements& requirements);
};

} // namespace salesdesk
