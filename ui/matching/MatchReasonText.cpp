#include "ui/matching/MatchReasonText.h"

#include "ui/common/Formatting.h"

#include <QStringList>

namespace salesdesk::ui {

QString MatchReasonText::sentence(MatchRule rule, const Availability& a,
                                  const SlotRequirements& slot) {
    switch (rule) {
    case MatchRule::Disabled:
        return tr("The availability is disabled.");
    case MatchRule::SizeTooBig:
        return tr("The slot needs %1 (%2 bytes) but only %3 (%4 bytes) is free.")
            .arg(formatBytes(slot.slotSize), QLocale().toString(slot.slotSize),
                 formatBytes(a.freeSize), QLocale().toString(a.freeSize));
    case MatchRule::DurationTooLong:
        return tr("The request runs for %1, longer than the %2 this availability accepts.")
            .arg(formatDuration(static_cast<qint64>(slot.duration)),
                 formatDuration(static_cast<qint64>(a.duration)));
    case MatchRule::PriceBelowMinimum:
        return tr("The request pays %1, below the minimum of %2.")
            .arg(formatPrice(slot.pricePerBytePerSecond), formatPrice(a.minPricePerBytePerSecond));
    case MatchRule::CollateralTooHigh:
        return tr("The slot asks %1 of collateral; the %2 of collateral left over %3 free allows "
                  "at most %4.")
            .arg(formatCollateralPerTiB(slot.collateralPerByte),
                 formatAmount(a.totalRemainingCollateral), formatBytes(a.freeSize),
                 formatCollateralPerTiB(a.maxCollateralPerByte()));
    case MatchRule::UntilTooEarly:
        return tr("The request would end on %1, after this availability's end date (%2).")
            .arg(formatTimestamp(slot.validUntil), formatTimestamp(a.until));
    }
    return QString();
}

QString MatchReasonText::shortName(MatchRule rule) {
    switch (rule) {
    case MatchRule::Disabled:
        return tr("disabled");
    case MatchRule::SizeTooBig:
        return tr("slot too big");
    case MatchRule::DurationTooLong:
        return tr("duration too long");
    case MatchRule::PriceBelowMinimum:
        return tr("price below minimum");
    case MatchRule::CollateralTooHigh:
        return tr("collateral budget too small");
    case MatchRule::UntilTooEarly:
        return tr("ends after until");
    }
    return QString();
}

QString MatchReasonText::explain(const AvailabilityVerdict& verdict, const SlotRequirements& slot,
                                 bool chosen) {
    if (verdict.qualifies())
        return chosen ? tr("Takes it: the smallest availability that fits every rule.")
                      : tr("Could take it, but a smaller fitting availability goes first.");
    QStringList lines;
    for (MatchRule rule : verdict.failed)
        lines.append(sentence(rule, verdict.availability, slot));
    return lines.join(QLatin1Char('\n'));
}

QString MatchReasonText::availabilityName(const Availability& a) {
    return tr("%1, %2 free").arg(a.id.toShortHex(), formatBytes(a.freeSize));
}

QString MatchReasonText::summary(const SeenRequest& request) {
    const MatchExplanation& e = request.explanation;
    if (const AvailabilityVerdict* chosen = e.chosenVerdict())
        return tr("Yes — %1").arg(chosen->availability.id.toShortHex());
    if (e.verdicts.isEmpty())
        return tr("No — no storage offered");
    if (e.verdicts.size() == 1) {
        QStringList reasons;
        for (MatchRule rule : e.verdicts.first().failed)
            reasons.append(shortName(rule));
        return tr("No — %1").arg(reasons.join(QStringLiteral(", ")));
    }
    return tr("No — none of %1 availabilities").arg(e.verdicts.size());
}

QString MatchReasonText::engineStatus(const SeenRequest& request) {
    QStringList parts;
    auto add = [&](SlotFate fate, const QString& text) {
        const int n = request.slotsWith(fate);
        if (n > 0)
            parts.append(text.arg(n));
    };
    add(SlotFate::Sold, tr("%1 sold"));
    add(SlotFate::Selling, tr("%1 selling"));
    add(SlotFate::Queued, tr("%1 queued"));
    add(SlotFate::Ignored, tr("%1 ignored"));
    add(SlotFate::Missed, tr("%1 missed"));
    add(SlotFate::Errored, tr("%1 errored"));
    return parts.join(QStringLiteral(" · "));
}

} // namespace salesdesk::ui
