#pragma once

#include "core/domain/Availability.h"
#include "core/reservations/MatchExplainer.h"
#include "ui/matching/SeenRequest.h"

#include <QCoreApplication>
#include <QString>

namespace salesdesk::ui {

// MatchExplainer's verdicts in plain words, with the numbers.
class MatchReasonText {
    Q_DECLARE_TR_FUNCTIONS(MatchReasonText)
public:
    // One sentence: "The slot needs 2.0 MiB but only 1.0 MiB is free."
    static QString sentence(MatchRule rule, const Availability& availability,
                            const SlotRequirements& slot);
    // A few words for a table cell: "slot too big".
    static QString shortName(MatchRule rule);
    // Every failed rule of the verdict as sentences, one per line; or why it qualifies.
    static QString explain(const AvailabilityVerdict& verdict, const SlotRequirements& slot,
                           bool chosen);
    // The request's overall answer for its table row: "Yes — availability 0x12…ab" / "No — …".
    static QString summary(const SeenRequest& request);
    // What our engine did with the request's slots: "2 sold · 1 queued"; empty when nothing.
    static QString engineStatus(const SeenRequest& request);
    // "0x1234…abcd, 1.0 GiB free"
    static QString availabilityName(const Availability& availability);
};

} // namespace salesdesk::ui
