#pragma once

#include "core/clock/Clock.h"
#include "core/domain/Availability.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"
#include "core/reservations/AvailabilityParams.h"
#include "core/storage/Repo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace salesdesk {

// Every rule an availability's values must keep when it is created or edited, in one place:
// Reservations refuses what they refuse, and the offer form shows what they say under each field.
// The rules answer field by field, naming the rule and the limit it holds the value to, so a
// screen can format the amounts its own way (describe); `message` is the same text with the
// amounts in the engine's units, for the engine's refusals, the CLI and scenario reports.
class AvailabilityRules {
    Q_DECLARE_TR_FUNCTIONS(AvailabilityRules)
public:
    enum class Field { TotalSize, Duration, MinPrice, TotalCollateral, Until, Enabled };

    // One code per rule.
    enum class Code {
        TotalSizeZero,            // the total size is 0 (limit: 1 byte)
        TotalSizeTooLarge,        // more bytes than the books can store (limit: the most)
        NotEnoughQuota,           // value: the bytes the quota must give; limit: what it has
        BelowCommittedBytes,      // an edit below the bytes reservations hold (limit: those)
        DurationZero,             // the duration is 0 (limit: 1 second)
        DurationTooLarge,         // more seconds than the books can store (limit: the most)
        MinPriceZero,             // the minimum price is 0 (limit: the lowest price)
        TotalCollateralZero,      // the total collateral is 0 (limit: 1 base unit)
        BelowSpentCollateral,     // an edit below what sales committed or lost (limit: that)
        UntilNegative,            // until is before 1970 (limit: 0)
        UntilBeforeHostedSlotEnd, // until before the end of a hosted slot (limit: that end)
    };

    // What `value` and `limit` count.
    enum class Unit { Bytes, Seconds, BaseUnits, BaseUnitsPerByteSecond, PointInTime };

    // One broken rule.
    struct Violation {
        Field field = Field::TotalSize;
        Code code = Code::TotalSizeZero;
        Unit unit = Unit::Bytes;
        // The value proposed (0 for a negative until) and the limit the rule holds it to.
        UInt256 value;
        UInt256 limit;
        // describe() with the amounts in the engine's units ("150 bytes").
        QString message;
    };

    // What the rules check the values against besides the values themselves.
    struct Context {
        // The repo's quota; without it the quota is not checked.
        std::optional<QuotaUsage> quota;
        // The availability being edited; none for a new one.
        std::optional<Availability> original;
        // When editing: the latest end of the slots its reservations host (0: none).
        Timestamp latestHostedSlotEnd = 0;
    };

    // The broken rules of a new availability (context.original is ignored), in the order the
    // engine checks them: the fields alone first, then against the quota.
    static QList<Violation> check(const NewAvailability& params, const Context& context);
    // The broken rules of the fields a change sets: an edit of context.original, or the fields of
    // a new availability when there is no original. The fields alone first, then against the
    // quota and what the original has committed to sales.
    static QList<Violation> check(const AvailabilityChange& change, const Context& context);

    // The first violation as the engine's error (InvalidArgument for a field alone,
    // QuotaExceeded for the quota, Conflict for what sales hold); ok when there is none.
    static Result<void> firstError(const QList<Violation>& violations);
    static ErrorCode errorCode(Code code);

    // The rule's message with `value` and `limit` as given (formatted by the caller).
    static QString describe(Code code, const QString& value, const QString& limit);
    // An amount in the engine's units, as `message` shows it.
    static QString engineUnits(const UInt256& amount, Unit unit);

    // The most a size or a duration may be: the books store them as signed 64-bit integers.
    static constexpr quint64 kMaxStoredInteger = 0x7fff'ffff'ffff'ffffull;
};

} // namespace salesdesk
