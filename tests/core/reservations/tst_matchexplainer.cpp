// MatchExplainer: every rule of findAvailability named, and the same pick as the books.
#include "core/domain/Availability.h"
#include "core/reservations/MatchExplainer.h"
#include "core/reservations/Reservations.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"
#include "tests/support/TestSupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace salesdesk;

namespace {

constexpr Timestamp kNow = 1'760'000'000;

Availability availability(quint8 idByte = 1) {
    Availability a;
    a.id = AvailabilityId::fromBytes(QByteArray(32, static_cast<char>(idByte)));
    a.totalSize = 1000;
    a.freeSize = 1000;
    a.duration = 3600;
    a.minPricePerBytePerSecond = 10;
    a.totalCollateral = 5000;
    a.totalRemainingCollateral = 5000; // 5 per free byte
    a.enabled = true;
    return a;
}

SlotRequirements slot() {
    SlotRequirements s;
    s.slotSize = 100;
    s.duration = 3600;
    s.pricePerBytePerSecond = 10;
    s.collateralPerByte = 5;
    s.validUntil = kNow + 3600;
    return s;
}

} // namespace

class TestMatchExplainer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aSlotWithinEveryLimitQualifies() {
        QVERIFY(MatchExplainer::failedRules(availability(), slot()).isEmpty());
    }

    void eachRuleIsNamedWhenItFails_data() {
        QTest::addColumn<int>("rule");
        QTest::newRow("disabled") << int(MatchRule::Disabled);
        QTest::newRow("size") << int(MatchRule::SizeTooBig);
        QTest::newRow("duration") << int(MatchRule::DurationTooLong);
        QTest::newRow("price") << int(MatchRule::PriceBelowMinimum);
        QTest::newRow("collateral") << int(MatchRule::CollateralTooHigh);
        QTest::newRow("until") << int(MatchRule::UntilTooEarly);
    }
    void eachRuleIsNamedWhenItFails() {
        QFETCH(int, rule);
        Availability a = availability();
        SlotRequirements s = slot();
        switch (static_cast<MatchRule>(rule)) {
        case MatchRule::Disabled:
            a.enabled = false;
            break;
        case MatchRule::SizeTooBig:
            s.slotSize = 1001;
            s.collateralPerByte = 4; // 5000 / 1000 still allows 5
            break;
        case MatchRule::DurationTooLong:
            s.duration = 3601;
            break;
        case MatchRule::PriceBelowMinimum:
            s.pricePerBytePerSecond = 9;
            break;
        case MatchRule::CollateralTooHigh:
            s.collateralPerByte = 6;
            break;
        case MatchRule::UntilTooEarly:
            a.until = kNow + 3599;
            break;
        }
        QCOMPARE(MatchExplainer::failedRules(a, s), QList<MatchRule>{static_cast<MatchRule>(rule)});
    }

    void limitsAreInclusive() {
        Availability a = availability();
        a.until = kNow + 3600; // the slot ends exactly at until
        SlotRequirements s = slot();
        s.slotSize = 1000; // exactly the free bytes
        QVERIFY(MatchExplainer::failedRules(a, s).isEmpty());
    }

    void listsEveryFailedRule() {
        Availability a = availability();
        a.enabled = false;
        a.until = kNow;
        SlotRequirements s = slot();
        s.pricePerBytePerSecond = 1;
        s.duration = 7200;
        QCOMPARE(MatchExplainer::failedRules(a, s),
                 (QList<MatchRule>{MatchRule::Disabled, MatchRule::DurationTooLong,
                                   MatchRule::PriceBelowMinimum, MatchRule::UntilTooEarly}));
    }

    void picksTheSmallestSufficientFreeSizeThenTheSmallestId() {
        Availability big = availability(1);
        big.freeSize = 900;
        big.totalRemainingCollateral = 9000;
        Availability smallB = availability(3);
        smallB.freeSize = 200;
        smallB.totalRemainingCollateral = 2000;
        Availability smallA = availability(2);
        smallA.freeSize = 200;
        smallA.totalRemainingCollateral = 2000;
        Availability tooSmall = availability(0);
        tooSmall.freeSize = 50;
        const MatchExplanation e = MatchExplainer::explain({big, smallB, smallA, tooSmall}, slot());
        QCOMPARE(e.verdicts.size(), 4);
        QVERIFY(e.chosen.has_value());
        QCOMPARE(*e.chosen, smallA.id);
        QVERIFY(e.chosenVerdict());
        QCOMPARE(e.chosenVerdict()->availability.freeSize, quint64(200));
        QCOMPARE(e.verdicts.at(3).failed, QList<MatchRule>{MatchRule::SizeTooBig});
    }

    void noneChosenWhenNothingQualifies() {
        Availability a = availability();
        a.enabled = false;
        const MatchExplanation e = MatchExplainer::explain({a}, slot());
        QVERIFY(!e.chosen);
        QVERIFY(!e.chosenVerdict());
    }

    // The explainer and the books (SQL) agree on random availabilities and slots, including
    // availabilities with reservations (less free space and collateral), disabled ones, ties on
    // free size and limits hit exactly.
    void agreesWithFindAvailabilityOnRandomInputs() {
        QTemporaryDir dir;
        auto db =
            Database::open(dir.filePath(QStringLiteral("desk.db")), Database::kHostApplicationId);
        SD_VERIFY_OK(db);
        Repo repo(**db, dir.filePath(QStringLiteral("slots")));
        SD_VERIFY_OK(repo.open());
        SD_VERIFY_OK(repo.setMaxBytes(1'000'000'000));
        QRandomGenerator ids(99);
        Reservations books(**db, repo, &ids);
        QRandomGenerator random(20261124);
        auto pick = [&](quint64 low, quint64 high) {
            return low + random.bounded(static_cast<quint64>(high - low + 1));
        };

        int chosenCount = 0;
        int noneCount = 0;
        for (int round = 0; round < 12; ++round) {
            // A fresh set of availabilities each round.
            auto existing = books.availabilities();
            SD_VERIFY_OK(existing);
            for (const Availability& a : *existing) {
                auto of = books.reservationsOf(a.id);
                SD_VERIFY_OK(of);
                for (const Reservation& r : *of)
                    SD_VERIFY_OK(books.deleteReservation(r.id));
                SD_VERIFY_OK(books.removeAvailability(a.id));
            }
            const int count = static_cast<int>(pick(1, 6));
            for (int i = 0; i < count; ++i) {
                NewAvailability p;
                p.totalSize = pick(1, 4) * 100;
                p.duration = pick(1, 4) * 1000;
                p.minPricePerBytePerSecond = pick(1, 4);
                p.totalCollateral = UInt256(pick(1, 8) * 100);
                p.enabled = pick(0, 4) != 0;
                p.until = pick(0, 1) == 0 ? 0 : kNow + static_cast<Timestamp>(pick(1, 4) * 1000);
                auto created = books.createAvailability(p);
                SD_VERIFY_OK(created);
                if (p.enabled && pick(0, 1) == 1) {
                    const quint64 size = pick(1, 2) * 50;
                    if (size <= created->freeSize && created->totalRemainingCollateral >= size) {
                        auto reserved =
                            books.createReservation(created->id, RequestId::random(ids), 0, size, 1,
                                                    p.until == 0 ? kNow : p.until);
                        SD_VERIFY_OK(reserved);
                    }
                }
            }
            auto all = books.availabilities();
            SD_VERIFY_OK(all);
            for (int trial = 0; trial < 60; ++trial) {
                SlotRequirements s;
                s.slotSize = pick(1, 8) * 50;
                s.duration = pick(1, 5) * 1000;
                s.pricePerBytePerSecond = pick(0, 5);
                s.collateralPerByte = pick(0, 3);
                s.validUntil = kNow + static_cast<Timestamp>(pick(0, 5) * 1000);
                auto found = books.findAvailability(s);
                SD_VERIFY_OK(found);
                const MatchExplanation e = MatchExplainer::explain(*all, s);
                QCOMPARE(e.chosen.has_value(), found->has_value());
                if (found->has_value()) {
                    QCOMPARE(*e.chosen, (*found)->id);
                    ++chosenCount;
                } else {
                    ++noneCount;
                }
            }
        }
        // Both outcomes were exercised, so the agreement means something.
        QVERIFY(chosenCount > 50);
        QVERIFY(noneCount > 50);
    }
};

QTEST_GUILESS_MAIN(TestMatchExplainer)
#include "tst_matchexplainer.moc"
