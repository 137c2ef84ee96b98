#include "ui/availabilities/OfferCheck.h"

#include "core/reservations/Reservations.h"
#include "ui/availabilities/OfferUnits.h"
#include "ui/common/Formatting.h"

namespace salesdesk::ui {

OfferCheck::OfferCheck(std::optional<Availability> original, Timestamp latestHostedSlotEnd)
    : m_original(std::move(original))
    , m_latestHostedSlotEnd(latestHostedSlotEnd) {}

quint64 OfferCheck::availableBytes() const {
    return (m_quota ? m_quota->available() : 0) + (m_original ? m_original->totalSize : 0);
}

QString OfferCheck::sizeProblem(const OfferFields& fields) const {
    AvailabilityChange change;
    change.totalSize = fields.totalSize;
    if (auto valid = Reservations::validate(change); !valid.ok())
        return valid.message();
    const quint64 size = *fields.totalSize;
    const quint64 available = m_quota ? m_quota->available() : 0;
    const quint64 before = m_original ? m_original->totalSize : 0;
    if (size > before && size - before > available)
        return tr("Not enough storage quota: %1 requested, %2 available. Raise the quota in "
                  "Settings → Storage quota.")
            .arg(formatBytes(size - before), formatBytes(available));
    if (m_original && size < m_original->committedBytes())
        return tr("New total size must be at least the bytes committed to reservations, which is "
                  "currently: %1")
            .arg(formatBytes(m_original->committedBytes()));
    return {};
}

QString OfferCheck::durationProblem(const OfferFields& fields) const {
    AvailabilityChange change;
    change.duration = fields.duration;
    auto valid = Reservations::validate(change);
    return valid.ok() ? QString() : valid.message();
}

QString OfferCheck::priceProblem(const OfferFields& fields) const {
    if (!fields.priceParseError.isEmpty())
        return fields.priceParseError;
    if (!fields.minPricePerBytePerSecond)
        return tr("The contract cannot hold %1 %2 per TiB per month exactly: it stores a whole "
                  "number of base units per byte per second. Choose one of the nearest prices.")
            .arg(fields.priceText.trimmed(), displayToken().symbol);
    AvailabilityChange change;
    change.minPricePerBytePerSecond = fields.minPricePerBytePerSecond;
    if (auto valid = Reservations::validate(change); !valid.ok())
        return tr("%1 (the lowest price is %2)").arg(valid.message(), formatPrice(1));
    return {};
}

QString OfferCheck::collateralProblem(const OfferFields& fields) const {
    if (!fields.collateralParseError.isEmpty())
        return fields.collateralParseError;
    AvailabilityChange change;
    change.totalCollateral = fields.totalCollateral;
    if (auto valid = Reservations::validate(change); !valid.ok())
        return valid.message();
    if (m_original) {
        // Committed to running sales or lost: the total cannot go below it.
        auto spent =
            uint256::checkedSub(m_original->totalCollateral, m_original->totalRemainingCollateral);
        if (spent.ok() && *fields.totalCollateral < *spent)
            return tr("Total collateral must be at least the collateral committed to or lost by "
                      "sales, which is currently: %1")
                .arg(formatBaseUnits(*spent));
    }
    return {};
}

QString OfferCheck::untilProblem(const OfferFields& fields) const {
    AvailabilityChange change;
    change.until = fields.until;
    if (auto valid = Reservations::validate(change); !valid.ok())
        return valid.message();
    if (fields.until > 0 && m_latestHostedSlotEnd > fields.until)
        return tr("Until must be greater or equal to the longest currently hosted slot, which "
                  "ends at %1")
            .arg(formatTimestamp(m_latestHostedSlotEnd));
    return {};
}

NewAvailability OfferCheck::newAvailability(const OfferFields& fields) {
    NewAvailability params;
    params.totalSize = *fields.totalSize;
    params.duration = *fields.duration;
    params.minPricePerBytePerSecond = *fields.minPricePerBytePerSecond;
    params.totalCollateral = *fields.totalCollateral;
    params.until = fields.until;
    params.enabled = fields.enabled;
    return params;
}

AvailabilityChange OfferCheck::changeOfOriginal(const OfferFields& fields) const {
    AvailabilityChange change;
    const Availability& a = *m_original;
    if (*fields.totalSize != a.totalSize)
        change.totalSize = fields.totalSize;
    if (*fields.duration != a.duration)
        change.duration = fields.duration;
    if (*fields.minPricePerBytePerSecond != a.minPricePerBytePerSecond)
        change.minPricePerBytePerSecond = fields.minPricePerBytePerSecond;
    if (*fields.totalCollateral != a.totalCollateral)
        change.totalCollateral = fields.totalCollateral;
    if (fields.until != a.until)
        change.until = fields.until;
    if (fields.enabled != a.enabled)
        change.enabled = fields.enabled;
    return change;
}

} // namespace salesdesk::ui
