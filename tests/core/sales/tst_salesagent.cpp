#include "core/sales/SalesAgent.h"
#include "core/sales/states/SaleErrored.h"
#include "tests/core/sales/SaleTestDesk.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

Q_DECLARE_METATYPE(salesdesk::RequestState)

namespace {

// What a probe state saw.
struct ProbeLog {
    int runs = 0;
    int cancelled = 0;
    int failed = 0;
    int slotFilled = 0;
    int answers = 0; // market answers that reached the state
    int requestKnown = 0;
};

// A state for testing the agent: records what reaches it; its run and its answers to events are
// whatever the test sets.
class ProbeState : public SaleState {
public:
    using Factory = std::function<std::unique_ptr<SaleState>()>;

    ProbeState(SalesAgent& agent, SaleStateKind kind, ProbeLog& log)
        : SaleState(agent)
        , m_kind(kind)
        , m_log(log) {}

    SaleStateKind kind() const override { return m_kind; }
    void run() override {
        ++m_log.runs;
        if (onRun)
            onRun(*this);
    }
    std::unique_ptr<SaleState> onCancelled() override {
        ++m_log.cancelled;
        return whenCancelled ? whenCancelled() : nullptr;
    }
    std::unique_ptr<SaleState> onFailed() override {
        ++m_log.failed;
        return whenFailed ? whenFailed() : nullptr;
    }
    std::unique_ptr<SaleState> onSlotFilled() override {
        ++m_log.slotFilled;
        return whenSlotFilled ? whenSlotFilled() : nullptr;
    }

    using SaleState::context;
    using SaleState::data;
    using SaleState::finish;
    using SaleState::guard;
    using SaleState::next;
    using SaleState::withRequest;

    ProbeLog& log() { return m_log; }

    std::function<void(ProbeState&)> onRun;
    Factory whenCancelled;
    Factory whenFailed;
    Factory whenSlotFilled;

private:
    SaleStateKind m_kind;
    ProbeLog& m_log;
};

} // namespace

class TestSalesAgent : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SaleTestDesk> desk;
    ProbeLog log;
    ProbeLog otherLog;

    ProbeState* probe(SaleStateKind kind, ProbeLog& into) {
        return new ProbeState(*desk->agent, kind, into);
    }
    // Starts the agent in a probe state and lets it run.
    ProbeState* startProbe(SaleStateKind kind = SaleStateKind::Preparing) {
        auto* state = probe(kind, log);
        desk->agent->start(std::unique_ptr<SaleState>(state));
        desk->settle();
        return state;
    }

private Q_SLOTS:
    void init() {
        desk = std::make_unique<SaleTestDesk>();
        SD_VERIFY_OK(desk->open());
        desk->makeAgent();
        log = {};
        otherLog = {};
    }
    void cleanup() { desk.reset(); }

    // The agent retrieves its request.
    void retrievesRequest() {
        desk->makeAgent(false);
        QVERIFY(!desk->agent->data().request);
        auto* state = probe(SaleStateKind::Unknown, log);
        state->onRun = [](ProbeState& s) {
            s.withRequest([&s] { ++s.log().requestKnown; });
        };
        desk->agent->start(std::unique_ptr<SaleState>(state));
        desk->settle();
        QCOMPARE(log.requestKnown, 1);
        QVERIFY(desk->agent->data().request.has_value());
        QCOMPARE(*desk->agent->data().request, desk->request);
        QCOMPARE(desk->market.callCount(QStringLiteral("getRequest")), 1);
    }

    // A request already known is not asked again.
    void knownRequestIsNotRetrievedAgain() {
        auto* state = probe(SaleStateKind::Filled, log);
        state->onRun = [](ProbeState& s) {
            s.withRequest([&s] { ++s.log().requestKnown; });
        };
        desk->agent->start(std::unique_ptr<SaleState>(state));
        desk->settle();
        QCOMPARE(log.requestKnown, 1);
        QCOMPARE(desk->market.callCount(QStringLiteral("getRequest")), 0);
    }

    // On the Preparing / Unknown path an unknown request ends the sale in Errored.
    void unknownRequestEndsInErrored() {
        desk->makeAgent(false);
        desk->market.requests.clear();
        auto* state = probe(SaleStateKind::Unknown, log);
        state->onRun = [](ProbeState& s) {
            s.withRequest([&s] { ++s.log().requestKnown; });
        };
        desk->agent->start(std::unique_ptr<SaleState>(state));
        desk->settle();
        QCOMPARE(log.requestKnown, 0);
        QCOMPARE(desk->outcomes.size(), 1);
        QCOMPARE(name(desk->outcomes[0].state), name(SaleStateKind::Errored));
        QCOMPARE(desk->outcomes[0].error, QStringLiteral("request could not be retrieved"));
    }

    // Starting the cancellation watcher asks for the request's expiry.
    void watcherStartsAndAsksForTheExpiry() {
        startProbe();
        QVERIFY(!desk->agent->isWatchingForCancellation());
        desk->agent->watchForCancellation();
        QVERIFY(desk->agent->isWatchingForCancellation());
        desk->settle();
        QCOMPARE(desk->market.callCount(QStringLiteral("requestExpiresAt")), 1);
        // One check, due one second after the expiry.
        QCOMPARE(desk->clock.pendingTimers(), 1);
        QCOMPARE(desk->clock.nextDeadline(), std::optional<Timestamp>(kExpiresAt + 1));
    }

    // Starting the watcher twice starts it once.
    void watcherStartsOnce() {
        startProbe();
        desk->agent->watchForCancellation();
        desk->agent->watchForCancellation();
        desk->settle();
        desk->agent->watchForCancellation();
        desk->settle();
        QCOMPARE(desk->market.callCount(QStringLiteral("requestExpiresAt")), 1);
        QCOMPARE(desk->clock.pendingTimers(), 1);
        desk->clock.advanceTo(kExpiresAt + 1);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 1);
    }

    // Stopping the watcher ends it; stopping it twice is harmless.
    void stopEndsTheWatcher() {
        startProbe();
        desk->agent->watchForCancellation();
        desk->settle();
        desk->agent->stop();
        QVERIFY(!desk->agent->isWatchingForCancellation());
        desk->agent->stop();
        QVERIFY(!desk->agent->isWatchingForCancellation());
        QCOMPARE(desk->clock.pendingTimers(), 0);
        desk->clock.advanceTo(kExpiresAt + 10);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 0);
    }

    // A stop while the expiry is being asked: the answer must not restart the watcher.
    void stopWhileExpiryIsAskedEndsTheWatcher() {
        startProbe();
        desk->agent->watchForCancellation();
        desk->agent->stop(); // requestExpiresAt is in flight
        desk->settle();
        QCOMPARE(desk->clock.pendingTimers(), 0);
        desk->clock.advanceTo(kExpiresAt + 10);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 0);
    }

    // A stop while requestState is being asked: a New answer must not schedule another check.
    void stopWhileStateIsAskedEndsTheWatcher() {
        startProbe();
        desk->agent->watchForCancellation();
        desk->settle();
        desk->market.holdAnswers = true;
        desk->clock.advanceTo(kExpiresAt + 1);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 1);
        desk->agent->stop();
        desk->market.holdAnswers = false;
        QCOMPARE(desk->market.releaseHeldAnswers(), 1);
        desk->settle();
        QCOMPARE(desk->clock.pendingTimers(), 0);
        desk->clock.advanceTo(kExpiresAt + 10);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 1);
    }

    // A cancelled request reaches the current state's onCancelled.
    void cancelledRequestReachesTheState() {
        startProbe();
        desk->market.requestStates[desk->requestId] = RequestState::Cancelled;
        desk->agent->watchForCancellation();
        desk->clock.advanceTo(kExpiresAt);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 0);
        QCOMPARE(log.cancelled, 0);
        desk->clock.advanceTo(kExpiresAt + 1);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 1);
        QCOMPARE(log.cancelled, 1);
        // The watcher is done.
        QCOMPARE(desk->clock.pendingTimers(), 0);
    }

    // The state's answer to onCancelled is the next state.
    void cancelledRequestSwitchesToTheStateOnCancelledReturns() {
        auto* state = probe(SaleStateKind::Downloading, log);
        state->whenCancelled = [this] {
            return std::unique_ptr<SaleState>(probe(SaleStateKind::Cancelled, otherLog));
        };
        desk->agent->start(std::unique_ptr<SaleState>(state));
        desk->market.requestStates[desk->requestId] = RequestState::Cancelled;
        desk->agent->watchForCancellation();
        desk->clock.advanceTo(kExpiresAt + 1);
        QCOMPARE(name(desk->agent->state()), name(SaleStateKind::Cancelled));
        QCOMPARE(otherLog.runs, 1);
    }

    // A watcher started after the expiry checks one second later.
    void watcherStartedAfterExpiryChecksSoon() {
        desk->clock.advanceTo(kExpiresAt + 100);
        startProbe();
        desk->market.requestStates[desk->requestId] = RequestState::Cancelled;
        desk->agent->watchForCancellation();
        desk->settle();
        QCOMPARE(desk->clock.nextDeadline(), std::optional<Timestamp>(kExpiresAt + 101));
        desk->clock.advanceTo(kExpiresAt + 101);
        QCOMPARE(log.cancelled, 1);
    }

    // onCancelled is not called while the request is New, Started, Finished or Failed.
    void notCancelledForOtherRequestStates_data() {
        QTest::addColumn<RequestState>("state");
        QTest::newRow("New") << RequestState::New;
        QTest::newRow("Started") << RequestState::Started;
        QTest::newRow("Finished") << RequestState::Finished;
        QTest::newRow("Failed") << RequestState::Failed;
    }
    void notCancelledForOtherRequestStates() {
        QFETCH(RequestState, state);
        startProbe();
        desk->market.requestStates[desk->requestId] = state;
        desk->agent->watchForCancellation();
        desk->clock.advanceTo(kExpiresAt + 5);
        QVERIFY(desk->market.callCount(QStringLiteral("requestState")) >= 1);
        QCOMPARE(log.cancelled, 0);
        QCOMPARE(name(desk->agent->state()), name(SaleStateKind::Preparing));
    }

    // The watcher stops once the request is Started, Finished or Failed.
    void watcherStopsForSettledRequests_data() {
        QTest::addColumn<RequestState>("state");
        QTest::newRow("Started") << RequestState::Started;
        QTest::newRow("Finished") << RequestState::Finished;
        QTest::newRow("Failed") << RequestState::Failed;
    }
    void watcherStopsForSettledRequests() {
        QFETCH(RequestState, state);
        startProbe();
        desk->market.requestStates[desk->requestId] = state;
        desk->agent->watchForCancellation();
        desk->clock.advanceTo(kExpiresAt + 1);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 1);
        QCOMPARE(desk->clock.pendingTimers(), 0);
        // Even a later cancellation is not looked for any more.
        desk->market.requestStates[desk->requestId] = RequestState::Cancelled;
        desk->clock.advanceTo(kExpiresAt + 100);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 1);
        QCOMPARE(log.cancelled, 0);
    }

    // An unknown request (or a lasting error) stops the watcher too.
    void watcherStopsForUnknownRequest() {
        startProbe();
        desk->market.requestStates.clear();
        desk->agent->watchForCancellation();
        desk->clock.advanceTo(kExpiresAt + 1);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 1);
        QCOMPARE(desk->clock.pendingTimers(), 0);
        QCOMPARE(log.cancelled, 0);
    }

    // A request still New after its expiry is asked again, about every second, because
    // the market emits RequestCancelled only when the client withdraws (docs/market-rules.md).
    void watcherKeepsCheckingWhileNew() {
        startProbe();
        desk->agent->watchForCancellation();
        desk->clock.advanceTo(kExpiresAt + 1);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 1);
        desk->clock.advanceTo(kExpiresAt + 3);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 3);
        QCOMPARE(log.cancelled, 0);
        desk->market.requestStates[desk->requestId] = RequestState::Cancelled;
        desk->clock.advanceTo(kExpiresAt + 4);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 4);
        QCOMPARE(log.cancelled, 1);
        QCOMPARE(desk->clock.pendingTimers(), 0);
    }

    // A fulfilled request stops the watcher.
    void fulfilledRequestStopsTheWatcher() {
        startProbe();
        desk->agent->watchForCancellation();
        desk->settle();
        QCOMPARE(desk->clock.pendingTimers(), 1);
        desk->agent->requestFulfilled();
        QCOMPARE(desk->clock.pendingTimers(), 0);
        desk->market.requestStates[desk->requestId] = RequestState::Cancelled;
        desk->clock.advanceTo(kExpiresAt + 100);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 0);
        QCOMPARE(log.cancelled, 0);
    }

    // Fulfilled while the expiry is still being asked.
    void fulfilledWhileExpiryIsAskedStopsTheWatcher() {
        startProbe();
        desk->agent->watchForCancellation();
        desk->agent->requestFulfilled(); // requestExpiresAt is in flight
        desk->settle();
        QCOMPARE(desk->clock.pendingTimers(), 0);
        desk->clock.advanceTo(kExpiresAt + 100);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 0);
    }

    // Fulfilled before any state asked for the watcher: it does not start.
    void fulfilledBeforeTheWatcherStartsKeepsItOff() {
        startProbe();
        desk->agent->requestFulfilled();
        desk->agent->watchForCancellation();
        desk->settle();
        desk->clock.advanceTo(kExpiresAt + 100);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 0);
        QCOMPARE(desk->clock.pendingTimers(), 0);
    }

    // A failed request reaches the current state's onFailed.
    void failedRequestReachesTheState() {
        auto* state = startProbe(SaleStateKind::Proving);
        state->whenFailed = [this] {
            return std::unique_ptr<SaleState>(probe(SaleStateKind::Failed, otherLog));
        };
        desk->agent->requestFailed();
        QCOMPARE(log.failed, 1);
        QCOMPARE(name(desk->agent->state()), name(SaleStateKind::Failed));
        desk->settle();
        QCOMPARE(otherLog.runs, 1);
    }

    // SlotFilled reaches the current state's onSlotFilled.
    void slotFilledReachesTheState() {
        auto* state = startProbe(SaleStateKind::Downloading);
        state->whenSlotFilled = [this] {
            return std::unique_ptr<SaleState>(probe(SaleStateKind::Filled, otherLog));
        };
        desk->agent->slotFilled();
        QCOMPARE(log.slotFilled, 1);
        QCOMPARE(name(desk->agent->state()), name(SaleStateKind::Filled));
        desk->settle();
        QCOMPARE(otherLog.runs, 1);
    }

    // An event the state does not handle (null) changes nothing.
    void ignoredEventKeepsTheState() {
        startProbe(SaleStateKind::Filling);
        desk->agent->slotFilled();
        desk->agent->requestCancelled();
        desk->agent->requestFailed();
        QCOMPARE(log.slotFilled, 1);
        QCOMPARE(log.cancelled, 1);
        QCOMPARE(log.failed, 1);
        QCOMPARE(name(desk->agent->state()), name(SaleStateKind::Filling));
        QCOMPARE(names(desk->agent->history()), names({SaleStateKind::Filling}));
        QVERIFY(desk->agent->isRunning());
    }

    // A pre-empted state's pending market answer never calls back into it: here the state is
    // still alive when the answer arrives, so its guard is what drops it.
    void preemptedStateNeverHearsItsAnswer() {
        desk->market.holdAnswers = true;
        auto* first = probe(SaleStateKind::SlotReserving, log);
        first->onRun = [this](ProbeState& s) {
            s.context().market.reserveSlot(
                s.data().requestId, s.data().slotIndex, &s,
                s.guard([this, &s](const MarketResult<Done>&) {
                    ++s.log().answers;
                    s.next(std::unique_ptr<SaleState>(probe(SaleStateKind::Downloading, log)));
                }));
        };
        first->whenCancelled = [this] {
            return std::unique_ptr<SaleState>(probe(SaleStateKind::Cancelled, otherLog));
        };
        QPointer<ProbeState> watch(first);
        desk->agent->start(std::unique_ptr<SaleState>(first));
        QCoreApplication::processEvents();
        QCOMPARE(log.runs, 1);
        QCOMPARE(desk->market.heldAnswers(), 1);

        desk->agent->requestCancelled();
        QCOMPARE(name(desk->agent->state()), name(SaleStateKind::Cancelled));
        desk->market.holdAnswers = false;
        QCOMPARE(desk->market.releaseHeldAnswers(), 1);
        QCoreApplication::processEvents();
        QVERIFY2(!watch.isNull(), "the retired state should still exist (deleted later)");
        QCOMPARE(log.answers, 0);
        QCOMPARE(otherLog.runs, 1);
        QCOMPARE(name(desk->agent->state()), name(SaleStateKind::Cancelled));
        QCOMPARE(names(desk->agent->history()),
                 names({SaleStateKind::SlotReserving, SaleStateKind::Cancelled}));
        // And once deleted, the market does not deliver to it either.
        desk->settle();
        QVERIFY(watch.isNull());
    }

    // The same, with the answer arriving after the retired state was deleted, and for a timer.
    void preemptedStateNeverHearsItsTimerOrLateAnswer() {
        auto* first = probe(SaleStateKind::InitialProving, log);
        first->onRun = [this](ProbeState& s) {
            s.context().clock.callAt(kStart + 50, &s, s.guard([&s] { ++s.log().answers; }));
            s.context().market.getPointer(
                s.data().slotId, &s,
                s.guard([&s](const MarketResult<quint8>&) { ++s.log().answers; }));
        };
        first->whenFailed = [this] {
            return std::unique_ptr<SaleState>(probe(SaleStateKind::Failed, otherLog));
        };
        desk->market.holdAnswers = true;
        desk->agent->start(std::unique_ptr<SaleState>(first));
        desk->settle();
        QCOMPARE(log.runs, 1);
        desk->agent->requestFailed();
        desk->settle(); // deletes the retired state
        desk->market.holdAnswers = false;
        desk->market.releaseHeldAnswers();
        desk->clock.advanceTo(kStart + 100);
        QCOMPARE(log.answers, 0);
        QCOMPARE(name(desk->agent->state()), name(SaleStateKind::Failed));
    }

    // A state replaced before its queued run never runs.
    void replacedStateNeverRuns() {
        auto* first = probe(SaleStateKind::Preparing, log);
        first->whenCancelled = [this] {
            return std::unique_ptr<SaleState>(probe(SaleStateKind::Cancelled, otherLog));
        };
        desk->agent->start(std::unique_ptr<SaleState>(first));
        desk->agent->requestCancelled(); // before the event loop ran Preparing
        desk->settle();
        QCOMPARE(log.runs, 0);
        QCOMPARE(otherLog.runs, 1);
    }

    // History records every state entered, in order, and stateChanged tells each step.
    void historyRecordsEveryState() {
        QSignalSpy changes(desk->agent.get(), &SalesAgent::stateChanged);
        auto* first = probe(SaleStateKind::Preparing, log);
        first->onRun = [this](ProbeState& s) {
            auto* second = probe(SaleStateKind::SlotReserving, log);
            second->onRun = [this](ProbeState& t) {
                auto* third = probe(SaleStateKind::Downloading, log);
                third->onRun = [](ProbeState& u) {
                    u.finish(SaleOutcome{});
                };
                t.next(std::unique_ptr<SaleState>(third));
            };
            s.next(std::unique_ptr<SaleState>(second));
        };
        desk->agent->start(std::unique_ptr<SaleState>(first));
        desk->settle();
        QCOMPARE(log.runs, 3);
        QCOMPARE(names(desk->agent->history()),
                 names({SaleStateKind::Preparing, SaleStateKind::SlotReserving,
                        SaleStateKind::Downloading}));
        QCOMPARE(changes.size(), 3);
        QCOMPARE(name(changes[0][0].value<SaleStateKind>()), name(SaleStateKind::Unknown));
        QCOMPARE(name(changes[0][1].value<SaleStateKind>()), name(SaleStateKind::Preparing));
        QCOMPARE(name(changes[2][0].value<SaleStateKind>()), name(SaleStateKind::SlotReserving));
        QCOMPARE(name(changes[2][1].value<SaleStateKind>()), name(SaleStateKind::Downloading));
        QCOMPARE(desk->outcomes.size(), 1);
        QCOMPARE(name(desk->outcomes[0].state), name(SaleStateKind::Downloading));
    }

    // historyTimes() holds the clock time each state was entered, index for index.
    void historyTimesRecordWhenEachStateWasEntered() {
        auto* first = probe(SaleStateKind::Preparing, log);
        first->onRun = [this](ProbeState& s) {
            desk->clock.callAfter(30, &s, [this, &s] {
                s.next(std::unique_ptr<SaleState>(probe(SaleStateKind::SlotReserving, log)));
            });
        };
        const Timestamp started = desk->clock.now();
        desk->agent->start(std::unique_ptr<SaleState>(first));
        desk->settle();
        desk->clock.advanceBy(60);
        QCOMPARE(desk->agent->history().size(), 2);
        QCOMPARE(desk->agent->historyTimes(), QList<Timestamp>({started, started + 30}));
    }

    // recordProof counts the proof in the sale's data and tells proofRecorded.
    void recordProofCountsAndSignals() {
        QSignalSpy recorded(desk->agent.get(), &SalesAgent::proofRecorded);
        desk->agent->recordProof(true);
        desk->agent->recordProof(false);
        desk->agent->recordProof(true);
        QCOMPARE(desk->agent->data().proofsSubmitted, quint64(2));
        QCOMPARE(desk->agent->data().proofsMissed, quint64(1));
        QCOMPARE(recorded.size(), 3);
        QCOMPARE(recorded[1][0].toBool(), false);
        QCOMPARE(recorded[2][0].toBool(), true);
    }

    // finish reports once; afterwards nothing moves the agent.
    void finishReportsOnce() {
        auto* state = probe(SaleStateKind::Errored, log);
        state->onRun = [this](ProbeState& s) {
            SaleOutcome outcome;
            outcome.error = QStringLiteral("first");
            s.finish(outcome);
            outcome.error = QStringLiteral("second");
            s.finish(outcome);
            s.next(std::unique_ptr<SaleState>(probe(SaleStateKind::Proving, otherLog)));
        };
        desk->agent->start(std::unique_ptr<SaleState>(state));
        desk->settle();
        desk->agent->finish(SaleOutcome{});
        desk->agent->requestCancelled();
        desk->agent->transitionTo(
            std::unique_ptr<SaleState>(probe(SaleStateKind::Proving, otherLog)));
        desk->settle();
        QCOMPARE(desk->outcomes.size(), 1);
        QCOMPARE(desk->outcomes[0].error, QStringLiteral("first"));
        QCOMPARE(name(desk->outcomes[0].state), name(SaleStateKind::Errored));
        QCOMPARE(otherLog.runs, 0);
        QVERIFY(!desk->agent->isRunning());
        QCOMPARE(names(desk->agent->history()), names({SaleStateKind::Errored}));
    }

    // finish ends the watcher.
    void finishStopsTheWatcher() {
        auto* state = startProbe();
        desk->agent->watchForCancellation();
        desk->settle();
        QCOMPARE(desk->clock.pendingTimers(), 1);
        state->finish(SaleOutcome{});
        QCOMPARE(desk->clock.pendingTimers(), 0);
        desk->clock.advanceTo(kExpiresAt + 10);
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), 0);
    }

    // A listener of stateChanged may stop the agent: the state it was told about never runs.
    void stopFromStateChangedListener() {
        connect(desk->agent.get(), &SalesAgent::stateChanged, desk->agent.get(),
                [this](SaleStateKind, SaleStateKind) { desk->agent->stop(); });
        desk->agent->start(std::unique_ptr<SaleState>(probe(SaleStateKind::Preparing, log)));
        desk->settle();
        QCOMPARE(log.runs, 0);
        QVERIFY(!desk->agent->isRunning());
    }

    // A listener of stateChanged may pre-empt the agent: the new state runs exactly once and the
    // one it replaced not at all.
    void preemptFromStateChangedListener() {
        auto* first = probe(SaleStateKind::Preparing, log);
        first->whenCancelled = [this] {
            return std::unique_ptr<SaleState>(probe(SaleStateKind::Cancelled, otherLog));
        };
        connect(desk->agent.get(), &SalesAgent::stateChanged, desk->agent.get(),
                [this](SaleStateKind, SaleStateKind to) {
                    if (to == SaleStateKind::Preparing)
                        desk->agent->requestCancelled();
                });
        desk->agent->start(std::unique_ptr<SaleState>(first));
        desk->settle();
        QCOMPARE(log.runs, 0);
        QCOMPARE(otherLog.runs, 1);
        QCOMPARE(name(desk->agent->state()), name(SaleStateKind::Cancelled));
    }

    // stop: the current state hears nothing more.
    void stoppedAgentIgnoresEvents() {
        auto* state = startProbe(SaleStateKind::Proving);
        state->whenFailed = [this] {
            return std::unique_ptr<SaleState>(probe(SaleStateKind::Failed, otherLog));
        };
        desk->agent->stop();
        desk->agent->requestFailed();
        desk->agent->requestCancelled();
        desk->agent->slotFilled();
        desk->settle();
        QCOMPARE(log.failed + log.cancelled + log.slotFilled, 0);
        QCOMPARE(otherLog.runs, 0);
        QVERIFY(!desk->agent->isRunning());
        QVERIFY(desk->outcomes.isEmpty());
    }

    // markFilled is what Sales hears as "filled" (frees the queue worker, runs onSale).
    void markFilledEmitsFilled() {
        QSignalSpy filled(desk->agent.get(), &SalesAgent::filled);
        desk->agent->markFilled();
        QCOMPARE(filled.size(), 1);
    }

    // The real SaleErrored can be started directly and reports through finished.
    void erroredStateFinishesTheAgent() {
        desk->agent->start(std::make_unique<SaleErrored>(*desk->agent, QStringLiteral("boom")));
        desk->settle();
        QCOMPARE(desk->outcomes.size(), 1);
        QCOMPARE(name(desk->outcomes[0].state), name(SaleStateKind::Errored));
        QCOMPARE(desk->outcomes[0].error, QStringLiteral("boom"));
    }
};

QTEST_GUILESS_MAIN(TestSalesAgent)
#include "tst_salesagent.moc"
