// AvailabilityRules: each rule lets its limit through and refuses one past it, names its field
// and code, and says why in words a user knows (no internal field names).
#include "core/reservations/AvailabilityRules.h"
#include "tests/support/TestSupport.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace salesdesk;

namespace {

using Rules = AvailabilityRules;
using Field = Rules::Field;
using Code = Rules::Code;
using Unit = Rules::Unit;

constexpr quint64 kMax = Rules::kMaxStoredInteger;

// An availability of 1000 bytes, 400 of them and 400 of its 1000 collateral committed to sales.
Availability original() {
    Availability a;
    a.totalSize = 1000;
    a.freeSize = 600;
    a.duration = 3600;
    a.minPricePerBytePerSecond = 5;
    a.totalCollateral = 1000;
    a.totalRemainingCollateral = 600;
    return a;
}

QuotaUsage quotaWithFree(quint64 free) {
    QuotaUsage usage;
    usage.maxBytes = free + 500;
    usage.reservedBytes = 500;
    return usage;
}

// A rule's case: the context, and the change at the limit (`past` false) or one past it.
struct RuleCase {
    Rules::Context context;
    std::function<void(AvailabilityChange&, bool past)> set;
    Field field;
    Unit unit;
    UInt256 limit;
};

RuleCase ruleCase(Code code) {
    Rules::Context none;
    Rules::Context newOffer;
    newOffer.quota = quotaWithFree(100);
    Rules::Context edit;
    edit.original = original();
    edit.quota = quotaWithFree(100);
    edit.latestHostedSlotEnd = 5000;
    switch (code) {
    case Code::TotalSizeZero:
        return {none, [](auto& c, bool past) { c.totalSize = past ? 0 : 1; }, Field::TotalSize,
                Unit::Bytes, 1};
    case Code::TotalSizeTooLarge:
        return {none, [](auto& c, bool past) { c.totalSize = past ? kMax + 1 : kMax; },
                Field::TotalSize, Unit::Bytes, kMax};
    case Code::NotEnoughQuota:
        return {newOffer, [](auto& c, bool past) { c.totalSize = past ? 101 : 100; },
                Field::TotalSize, Unit::Bytes, 100};
    case Code::BelowCommittedBytes:
        return {edit, [](auto& c, bool past) { c.totalSize = past ? 399 : 400; }, Field::TotalSize,
                Unit::Bytes, 400};
    case Code::DurationZero:
        return {none, [](auto& c, bool past) { c.duration = past ? 0 : 1; }, Field::Duration,
                Unit::Seconds, 1};
    case Code::DurationTooLarge:
        return {none, [](auto& c, bool past) { c.duration = past ? kMax + 1 : kMax; },
                Field::Duration, Unit::Seconds, kMax};
    case Code::MinPriceZero:
        return {none,
                [](auto& c, bool past) { c.minPricePerBytePerSecond = UInt256(past ? 0 : 1); },
                Field::MinPrice, Unit::BaseUnitsPerByteSecond, 1};
    case Code::TotalCollateralZero:
        return {none, [](auto& c, bool past) { c.totalCollateral = UInt256(past ? 0 : 1); },
                Field::TotalCollateral, Unit::BaseUnits, 1};
    case Code::BelowSpentCollateral:
        return {edit, [](auto& c, bool past) { c.totalCollateral = UInt256(past ? 399 : 400); },
                Field::TotalCollateral, Unit::BaseUnits, 400};
    case Code::UntilNegative:
        return {none, [](auto& c, bool past) { c.until = past ? -1 : 0; }, Field::Until,
                Unit::PointInTime, 0};
    case Code::UntilBeforeHostedSlotEnd:
        return {edit, [](auto& c, bool past) { c.until = past ? 4999 : 5000; }, Field::Until,
                Unit::PointInTime, 5000};
    }
    qFatal("no case for rule %d", int(code));
}

// A camelCase word is an identifier of the code, not a word of the user's.
bool namesAnInternalField(const QString& message) {
    static const QRegularExpression camelCase(QStringLiteral("\\b[a-z]+[A-Z][A-Za-z]*\\b"));
    return camelCase.match(message).hasMatch();
}

} // namespace

class TestAvailabilityRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eachRuleHoldsItsLimit_data() {
        QTest::addColumn<int>("code");
        QTest::newRow("total size zero") << int(Code::TotalSizeZero);
        QTest::newRow("total size too large") << int(Code::TotalSizeTooLarge);
        QTest::newRow("not enough quota") << int(Code::NotEnoughQuota);
        QTest::newRow("below committed bytes") << int(Code::BelowCommittedBytes);
        QTest::newRow("duration zero") << int(Code::DurationZero);
        QTest::newRow("duration too large") << int(Code::DurationTooLarge);
        QTest::newRow("minimum price zero") << int(Code::MinPriceZero);
        QTest::newRow("total collateral zero") << int(Code::TotalCollateralZero);
        QTest::newRow("below spent collateral") << int(Code::BelowSpentCollateral);
        QTest::newRow("until negative") << int(Code::UntilNegative);
        QTest::newRow("until before hosted slot end") << int(Code::UntilBeforeHostedSlotEnd);
    }
    // At the limit the value passes; one past it exactly this rule fails, at its field, with the
    // limit to show and a message for people.
    void eachRuleHoldsItsLimit() {
        QFETCH(int, code);
        const RuleCase rule = ruleCase(Code(code));

        AvailabilityChange atLimit;
        rule.set(atLimit, false);
        QCOMPARE(Rules::check(atLimit, rule.context).size(), qsizetype(0));

        AvailabilityChange pastLimit;
        rule.set(pastLimit, true);
        const QList<Rules::Violation> violations = Rules::check(pastLimit, rule.context);
        QCOMPARE(violations.size(), qsizetype(1));
        const Rules::Violation& v = violations.first();
        QCOMPARE(int(v.code), code);
        QCOMPARE(int(v.field), int(rule.field));
        QCOMPARE(int(v.unit), int(rule.unit));
        QCOMPARE(v.limit, rule.limit);
        QVERIFY(!v.message.isEmpty());
        QVERIFY2(!namesAnInternalField(v.message), qPrintable(v.message));
        QCOMPARE(v.message, Rules::describe(v.code, Rules::engineUnits(v.value, v.unit),
                                            Rules::engineUnits(v.limit, v.unit)));
        QVERIFY(!Rules::firstError(violations).ok());
        QCOMPARE(Rules::firstError(violations).code(), Rules::errorCode(v.code));
        QCOMPARE(Rules::firstError(violations).message(), v.message);
    }

    // Each rule's error code: a field alone is bad input, the quota is exceeded, and what sales
    // hold is a conflict with the books.
    void theErrorsFollowTheEnginesConvention() {
        QCOMPARE(Rules::errorCode(Code::TotalSizeZero), ErrorCode::InvalidArgument);
        QCOMPARE(Rules::errorCode(Code::UntilNegative), ErrorCode::InvalidArgument);
        QCOMPARE(Rules::errorCode(Code::NotEnoughQuota), ErrorCode::QuotaExceeded);
        QCOMPARE(Rules::errorCode(Code::BelowCommittedBytes), ErrorCode::Conflict);
        QCOMPARE(Rules::errorCode(Code::BelowSpentCollateral), ErrorCode::Conflict);
        QCOMPARE(Rules::errorCode(Code::UntilBeforeHostedSlotEnd), ErrorCode::Conflict);
        SD_VERIFY_OK(Rules::firstError({}));
    }

    // The quota message names what is asked and what is left; an edit asks only its growth.
    void theQuotaCountsOnlyAnEditsGrowth() {
        Rules::Context context;
        context.quota = quotaWithFree(100);
        NewAvailability offer;
        offer.totalSize = 150;
        offer.duration = 1;
        offer.minPricePerBytePerSecond = 1;
        offer.totalCollateral = 1;
        const auto refused = Rules::check(offer, context);
        QCOMPARE(refused.size(), qsizetype(1));
        QCOMPARE(refused.first().value, UInt256(150));
        QCOMPARE(refused.first().message,
                 QStringLiteral("Not enough storage quota: 150 bytes requested, 100 bytes "
                                "available"));

        context.original = original(); // 1000 bytes already reserved
        AvailabilityChange grow;
        grow.totalSize = 1100;
        QCOMPARE(Rules::check(grow, context).size(), qsizetype(0));
        grow.totalSize = 1101;
        const auto tooMuch = Rules::check(grow, context);
        QCOMPARE(tooMuch.size(), qsizetype(1));
        QCOMPARE(tooMuch.first().value, UInt256(101));
        // A new offer ignores an original given in the context.
        offer.totalSize = 100;
        QCOMPARE(Rules::check(offer, context).size(), qsizetype(0));
    }

    // Without a quota in the context the quota is not checked; without an original, nothing
    // that sales hold is.
    void whatTheContextLacksIsNotChecked() {
        AvailabilityChange change;
        change.totalSize = 10;
        change.totalCollateral = UInt256(1);
        change.until = 1;
        Rules::Context context;
        context.latestHostedSlotEnd = 5000;
        QCOMPARE(Rules::check(change, context).size(), qsizetype(0));
        // No until (0) never ends before a hosted slot.
        context.original = original();
        change.totalSize = 400;
        change.totalCollateral = UInt256(400);
        change.until = 0;
        QCOMPARE(Rules::check(change, context).size(), qsizetype(0));
    }

    // Every broken field is reported, the fields alone before the context; a field that broke a
    // rule of its own is not checked against the context too.
    void everyFieldIsReportedInTheEnginesOrder() {
        Rules::Context context;
        context.original = original();
        context.quota = quotaWithFree(0);
        context.latestHostedSlotEnd = 5000;
        AvailabilityChange change;
        change.totalSize = 0;
        change.duration = 0;
        change.minPricePerBytePerSecond = UInt256(0);
        change.totalCollateral = UInt256(399);
        change.until = 4000;
        const auto violations = Rules::check(change, context);
        QList<Code> codes;
        for (const auto& v : violations)
            codes.append(v.code);
        QCOMPARE(codes, (QList<Code>{Code::TotalSizeZero, Code::DurationZero, Code::MinPriceZero,
                                     Code::BelowSpentCollateral, Code::UntilBeforeHostedSlotEnd}));
        QCOMPARE(Rules::firstError(violations).code(), ErrorCode::InvalidArgument);
    }

    // A screen formats the amounts its own way; the rule's wording stays the rule's.
    void describeTakesTheAmountsAsFormatted() {
        const QString text = Rules::describe(Code::NotEnoughQuota, QStringLiteral("9.0 GiB"),
                                             QStringLiteral("8.0 GiB"));
        QCOMPARE(text, QStringLiteral("Not enough storage quota: 9.0 GiB requested, 8.0 GiB "
                                      "available"));
        QCOMPARE(Rules::describe(Code::MinPriceZero, QString(), QStringLiteral("2.85 TST")),
                 QStringLiteral("Minimum price must be larger than zero (the lowest price is "
                                "2.85 TST)"));
        QCOMPARE(Rules::engineUnits(UInt256(5000), Unit::PointInTime),
                 QStringLiteral("1970-01-01T01:23:20Z"));
        QCOMPARE(Rules::engineUnits(UInt256(1), Unit::BaseUnitsPerByteSecond),
                 QStringLiteral("1 base unit per byte per second"));
    }
};

QTEST_GUILESS_MAIN(TestAvailabilityRules)
#include "tst_availabilityrules.moc"
