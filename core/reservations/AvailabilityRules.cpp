#include "core/reservations/AvailabilityRules.h"

#include <QDateTime>

#include <algorithm>

namespace salesdesk {

namespace {

using Field = AvailabilityRules::Field;
using Code = AvailabilityRules::Code;
using Unit = AvailabilityRules::Unit;
using Violation = AvailabilityRules::Violation;

Violation violation(Field field, Code code, Unit unit, const UInt256& value, const UInt256& limit) {
    Violation v;
    v.field = field;
    v.code = code;
    v.unit = unit;
    v.value = value;
    v.limit = limit;
    v.message = AvailabilityRules::describe(code, AvailabilityRules::engineUnits(value, unit),
                                            AvailabilityRules::engineUnits(limit, unit));
    return v;
}

UInt256 nonNegative(Timestamp at) {
    return at < 0 ? UInt256(0) : UInt256(quint64(at));
}

// The rules of each field alone, in the order of the reference REST API.
void checkFields(const AvailabilityChange& change, QList<Violation>& out) {
    constexpr quint64 kMax = AvailabilityRules::kMaxStoredInteger;
    if (change.totalSize && *change.totalSize == 0)
        out.append(violation(Field::TotalSize, Code::TotalSizeZero, Unit::Bytes, 0, 1));
    else if (change.totalSize && *change.totalSize > kMax)
        out.append(violation(Field::TotalSize, Code::TotalSizeTooLarge, Unit::Bytes,
                             *change.totalSize, kMax));
    if (change.duration && *change.duration == 0)
        out.append(violation(Field::Duration, Code::DurationZero, Unit::Seconds, 0, 1));
    else if (change.duration && *change.duration > kMax)
        out.append(violation(Field::Duration, Code::DurationTooLarge, Unit::Seconds,
                             *change.duration, kMax));
    if (change.minPricePerBytePerSecond && *change.minPricePerBytePerSecond == 0)
        out.append(
            violation(Field::MinPrice, Code::MinPriceZero, Unit::BaseUnitsPerByteSecond, 0, 1));
    if (change.totalCollateral && *change.totalCollateral == 0)
        out.append(
            violation(Field::TotalCollateral, Code::TotalCollateralZero, Unit::BaseUnits, 0, 1));
    if (change.until && *change.until < 0)
        out.append(violation(Field::Until, Code::UntilNegative, Unit::PointInTime, 0, 0));
}

// The rules against the quota and, when editing, what the original has committed to sales.
// A field that broke a rule of its own is not checked further.
void checkContext(const AvailabilityChange& change, const AvailabilityRules::Context& context,
                  QList<Violation>& out) {
    const auto broken = [&out](Field field) {
        return std::any_of(out.cbegin(), out.cend(),
                           [field](const Violation& v) { return v.field == field; });
    };
    const std::optional<Availability>& original = context.original;

    if (change.totalSize && !broken(Field::TotalSize)) {
        const quint64 size = *change.totalSize;
        if (original && size < original->committedBytes())
            out.append(violation(Field::TotalSize, Code::BelowCommittedBytes, Unit::Bytes, size,
                                 original->committedBytes()));
        // Only the growth of an edit takes quota.
        const quint64 before = original ? original->totalSize : 0;
        if (context.quota && size > before && size - before > context.quota->available())
            out.append(violation(Field::TotalSize, Code::NotEnoughQuota, Unit::Bytes, size - before,
                                 context.quota->available()));
    }
    if (original && change.totalCollateral && !broken(Field::TotalCollateral)) {
        // Committed to running sales or lost: the total cannot go below it.
        const auto spent =
            uint256::checkedSub(original->totalCollateral, original->totalRemainingCollateral);
        if (spent.ok() && *change.totalCollateral < *spent)
            out.append(violation(Field::TotalCollateral, Code::BelowSpentCollateral,
                                 Unit::BaseUnits, *change.totalCollateral, *spent));
    }
    // 0 is no until: it never ends before a hosted slot.
    if (original && change.until && *change.until > 0 &&
        context.latestHostedSlotEnd > *change.until)
        out.append(violation(Field::Until, Code::UntilBeforeHostedSlotEnd, Unit::PointInTime,
                             nonNegative(*change.until), nonNegative(context.latestHostedSlotEnd)));
}

} // namespace

QList<Violation> AvailabilityRules::check(const NewAvailability& params, const Context& context) {
    AvailabilityChange change;
    change.totalSize = params.totalSize;
    change.duration = params.duration;
    change.minPricePerBytePerSecond = params.minPricePerBytePerSecond;
    change.totalCollateral = params.totalCollateral;
    change.enabled = params.enabled;
    change.until = params.until;
    Context asNew = context;
    asNew.original.reset();
    asNew.latestHostedSlotEnd = 0;
    return check(change, asNew);
}

QList<Violation> AvailabilityRules::check(const AvailabilityChange& change,
                                          const Context& context) {
    QList<Violation> violations;
    checkFields(change, violations);
    checkContext(change, context, violations);
    return violations;
}

ErrorCode AvailabilityRules::errorCode(Code code) {
    switch (code) {
    case Code::NotEnoughQuota:
        return ErrorCode::QuotaExceeded;
    case Code::BelowCommittedBytes:
    case Code::BelowSpentCollateral:
    case Code::UntilBeforeHostedSlotEnd:
        return ErrorCode::Conflict;
    case Code::TotalSizeZero:
    case Code::TotalSizeTooLarge:
    case Code::DurationZero:
    case Code::DurationTooLarge:
    case Code::MinPriceZero:
    case Code::TotalCollateralZero:
    case Code::UntilNegative:
        break;
    }
    return ErrorCode::InvalidArgument;
}

Result<void> AvailabilityRules::firstError(const QList<Violation>& violations) {
    if (violations.isEmpty())
        return {};
    return makeError(errorCode(violations.first().code), violations.first().message);
}

QString AvailabilityRules::describe(Code code, const QString& value, const QString& limit) {
    switch (code) {
    case Code::TotalSizeZero:
        return tr("Total size must be larger than zero");
    case Code::TotalSizeTooLarge:
        return tr("Total size is too large (at most %1)").arg(limit);
    case Code::NotEnoughQuota:
        return tr("Not enough storage quota: %1 requested, %2 available").arg(value, limit);
    case Code::BelowCommittedBytes:
        return tr("New total size must be at least the bytes committed to reservations, which is "
                  "currently: %1")
            .arg(limit);
    case Code::DurationZero:
        return tr("Duration must be larger than zero");
    case Code::DurationTooLarge:
        return tr("Duration is too large (at most %1)").arg(limit);
    case Code::MinPriceZero:
        return tr("Minimum price must be larger than zero (the lowest price is %1)").arg(limit);
    case Code::TotalCollateralZero:
        return tr("Total collateral must be larger than zero");
    case Code::BelowSpentCollateral:
        return tr("Total collateral must be at least the collateral committed to or lost by sales, "
                  "which is currently: %1")
            .arg(limit);
    case Code::UntilNegative:
        return tr("Cannot set until to a negative value");
    case Code::UntilBeforeHostedSlotEnd:
        return tr("Until must be greater or equal to the longest currently hosted slot, which "
                  "ends at %1")
            .arg(limit);
    }
    return {};
}

QString AvailabilityRules::engineUnits(const UInt256& amount, Unit unit) {
    const QString digits = uint256::toDecimal(amount);
    switch (unit) {
    case Unit::Bytes:
        return tr("%1 bytes").arg(digits);
    case Unit::Seconds:
        return tr("%1 seconds").arg(digits);
    case Unit::BaseUnits:
        return tr("%1 base units").arg(digits);
    case Unit::BaseUnitsPerByteSecond:
        return amount == 1 ? tr("1 base unit per byte per second")
                           : tr("%1 base units per byte per second").arg(digits);
    case Unit::PointInTime:
        // Unix seconds, shown as a UTC date and time.
        if (amount <= UInt256(quint64(kMaxStoredInteger)))
            return QDateTime::fromSecsSinceEpoch(amount.convert_to<qint64>(), Qt::UTC)
                .toString(Qt::ISODate);
        return digits;
    }
    return digits;
}

} // namespace salesdesk
