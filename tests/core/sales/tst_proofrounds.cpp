#include "core/clock/VirtualClock.h"
#include "core/domain/Slot.h"
#include "core/sales/ProofRounds.h"
#include "tests/support/MockMarket.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QObject>
#include <QTest>

#include <memory>

using namespace salesdesk;
using salesdesk::test::MockMarket;

namespace {

// 1'700'000'010 = 14'166'666 * 120 + 90: 30 s before the next period starts.
constexpr Timestamp kStart = 1'700'000'010;
constexpr Timestamp kNextRound = 1'700'000'040 + 1;
constexpr Timestamp kPeriod = 120;

SlotId slot(char fill) {
    return SlotId::fromBytes(QByteArray(32, fill));
}

// Every handler's answers, by slot, in the order they arrived.
struct Heard {
    QList<SlotId> order;
    QList<MarketResult<ProofDuty>> duties;
};

} // namespace

class TestProofRounds : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<VirtualClock> clock;
    std::unique_ptr<MockMarket> market;
    std::unique_ptr<ProofRounds> rounds;
    std::unique_ptr<QObject> context;
    Heard heard;

    ProofRounds::Handler recorder(const SlotId& id) {
        return [this, id](const MarketResult<ProofDuty>& duty) {
            heard.order.append(id);
            heard.duties.append(duty);
        };
    }
    void settle() { QCoreApplication::processEvents(); }

private Q_SLOTS:
    void init() {
        clock = std::make_unique<VirtualClock>(kStart);
        market = std::make_unique<MockMarket>();
        rounds = std::make_unique<ProofRounds>(*market, *clock);
        context = std::make_unique<QObject>();
        heard = {};
    }
    void cleanup() {
        rounds.reset();
        market.reset();
        clock.reset();
    }

    void slotsJoiningTogetherAreCheckedInOneCallNotInsideJoin() {
        for (char c : {'a', 'b', 'c'})
            rounds->join(slot(c), context.get(), recorder(slot(c)));
        QVERIFY(heard.order.isEmpty());
        QCOMPARE(market->callCount(QStringLiteral("proofDuties")), 0);
        settle();
        QCOMPARE(market->callCount(QStringLiteral("proofDuties")), 1);
        QCOMPARE(market->dutiesAsked.value(0), (QList<SlotId>{slot('a'), slot('b'), slot('c')}));
        settle();
        QCOMPARE(heard.order, (QList<SlotId>{slot('a'), slot('b'), slot('c')}));
        for (qsizetype i = 0; i < heard.duties.size(); ++i) {
            QVERIFY(heard.duties[i].ok());
            QCOMPARE(heard.duties[i]->slotId, heard.order[i]);
        }
    }

    void everyMemberIsCheckedOnceASecondIntoEachPeriodInJoinOrder() {
        rounds->join(slot('z'), context.get(), recorder(slot('z')));
        rounds->join(slot('a'), context.get(), recorder(slot('a')));
        clock->advanceTo(kStart); // the join check
        heard = {};
        const int before = market->callCount(QStringLiteral("proofDuties"));
        clock->advanceTo(kNextRound - 1);
        QVERIFY(heard.order.isEmpty());
        clock->advanceTo(kNextRound);
        QCOMPARE(market->callCount(QStringLiteral("proofDuties")), before + 1);
        QCOMPARE(heard.order, (QList<SlotId>{slot('z'), slot('a')}));
        clock->advanceTo(kNextRound + 2 * kPeriod);
        QCOMPARE(market->callCount(QStringLiteral("proofDuties")), before + 3);
        QCOMPARE(heard.order.size(), 6);
        QCOMPARE(rounds->callsMade(), quint64(before + 3));
    }

    void theDutyCarriesTheMarketsAnswers() {
        market->slotStates[slot('a')] = SlotState::Filled;
        market->willProofBeRequiredAnswer = true;
        market->challengeAnswer = Hash32::fromBytes(QByteArray(32, '\x07'));
        rounds->join(slot('a'), context.get(), recorder(slot('a')));
        clock->advanceTo(kStart);
        QCOMPARE(heard.duties.size(), 1);
        QVERIFY(heard.duties[0].ok());
        QCOMPARE(int(heard.duties[0]->state), int(SlotState::Filled));
        QVERIFY(!heard.duties[0]->required);
        QVERIFY(heard.duties[0]->willBeRequired);
        QCOMPARE(heard.duties[0]->challenge, Hash32::fromBytes(QByteArray(32, '\x07')));
    }

    void aFailedCallGivesEveryMemberTheError() {
        market->slotStateError =
            MarketError{MarketError::Kind::Transient, QStringLiteral("node unreachable")};
        rounds->join(slot('a'), context.get(), recorder(slot('a')));
        rounds->join(slot('b'), context.get(), recorder(slot('b')));
        clock->advanceTo(kStart);
        QCOMPARE(heard.duties.size(), 2);
        for (const auto& duty : heard.duties) {
            QVERIFY(!duty.ok());
            QCOMPARE(duty.error().message, QStringLiteral("node unreachable"));
        }
    }

    void aMemberThatLeftHearsNothingAndTheLastOneStopsTheTimer() {
        rounds->join(slot('a'), context.get(), recorder(slot('a')));
        rounds->join(slot('b'), context.get(), recorder(slot('b')));
        rounds->leave(slot('a'), context.get());
        clock->advanceTo(kNextRound);
        QCOMPARE(heard.order, (QList<SlotId>{slot('b'), slot('b')}));
        QCOMPARE(market->dutiesAsked.value(0), QList<SlotId>{slot('b')});
        rounds->leave(slot('b'), context.get());
        QCOMPARE(rounds->memberCount(), 0);
        QCOMPARE(clock->pendingTimers(), 0);
        const int calls = market->callCount(QStringLiteral("proofDuties"));
        clock->advanceTo(kNextRound + 10 * kPeriod);
        QCOMPARE(market->callCount(QStringLiteral("proofDuties")), calls);
    }

    void leavingWithAnotherContextKeepsTheNewerMember() {
        QObject newer;
        rounds->join(slot('a'), context.get(), recorder(slot('a')));
        rounds->join(slot('a'), &newer, recorder(slot('a')));
        rounds->leave(slot('a'), context.get()); // the first joiner going away late
        QCOMPARE(rounds->memberCount(), 1);
        clock->advanceTo(kStart);
        QCOMPARE(heard.order, QList<SlotId>{slot('a')});
    }

    void anAnswerInFlightIsNotGivenToAMemberWhoLeftAndJoinedAgain() {
        market->holdAnswers = true;
        rounds->join(slot('a'), context.get(), recorder(slot('a')));
        settle(); // the join check is asked and held
        QCOMPARE(market->heldAnswers(), 1);
        rounds->leave(slot('a'), context.get());
        int newerHeard = 0;
        rounds->join(slot('a'), context.get(),
                     [&](const MarketResult<ProofDuty>&) { ++newerHeard; });
        market->releaseHeldAnswers();
        settle();
        QCOMPARE(newerHeard, 0);
        QVERIFY(heard.order.isEmpty());
        settle(); // the second join's own check
        QCOMPARE(market->heldAnswers(), 1);
        market->releaseHeldAnswers();
        settle();
        QCOMPARE(newerHeard, 1);
    }

    void aBigAnswerIsHandedOutOverSeveralTurnsInJoinOrder() {
        const qsizetype count = 3 * ProofRounds::kHandlersPerTurn + 5;
        // Queued by the first handler: it must run before the answer's last handlers do.
        qsizetype heardBeforeOther = -1;
        QList<SlotId> joined;
        for (qsizetype i = 0; i < count; ++i) {
            QByteArray bytes(32, 'x');
            bytes[0] = char(i / 256);
            bytes[1] = char(i % 256);
            const SlotId id = SlotId::fromBytes(bytes);
            joined.append(id);
            rounds->join(id, context.get(), [&, id, i](const MarketResult<ProofDuty>& duty) {
                recorder(id)(duty);
                if (i == 0)
                    QMetaObject::invokeMethod(
                        context.get(), [&] { heardBeforeOther = heard.order.size(); },
                        Qt::QueuedConnection);
            });
        }
        settle(); // asked
        QCOMPARE(market->callCount(QStringLiteral("proofDuties")), 1);
        for (int turn = 0; turn < 20 && heard.order.size() < count; ++turn)
            settle();
        QCOMPARE(heard.order, joined);
        // At most a turn's budget before the marker (fewer if they took kMsPerTurn).
        QVERIFY2(heardBeforeOther >= 1 && heardBeforeOther <= ProofRounds::kHandlersPerTurn,
                 qPrintable(QString::number(heardBeforeOther)));
        QCOMPARE(market->callCount(QStringLiteral("proofDuties")), 1);
    }

    void aMemberWhoseContextIsGoneIsDropped() {
        auto shortLived = std::make_unique<QObject>();
        rounds->join(slot('a'), shortLived.get(), recorder(slot('a')));
        rounds->join(slot('b'), context.get(), recorder(slot('b')));
        shortLived.reset();
        clock->advanceTo(kStart);
        QCOMPARE(heard.order, QList<SlotId>{slot('b')});
        QCOMPARE(rounds->memberCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProofRounds)
#include "tst_proofrounds.moc"
