#include "core/sales/states/SaleCancelled.h"
#include "core/sales/states/SaleDownloading.h"
#include "core/sales/states/SaleErrored.h"
#include "core/sales/states/SaleFailed.h"
#include "core/sales/states/SaleFilled.h"
#include "core/sales/states/SaleFilling.h"
#include "core/sales/states/SaleFinished.h"
#include "core/sales/states/SaleIgnored.h"
#include "core/sales/states/SaleInitialProving.h"
#include "core/sales/states/SalePayout.h"
#include "core/sales/states/SalePreparing.h"
#include "core/sales/states/SaleProving.h"
#include "core/sales/states/SaleProvingSimulated.h"
#include "core/sales/states/SaleSlotReserving.h"
#include "core/sales/states/SaleUnknown.h"
#include "tests/core/sales/SaleTestDesk.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

Q_DECLARE_METATYPE(salesdesk::SlotState)

namespace {

using Event = void (SalesAgent::*)();

constexpr Timestamp kPeriod = 120;
// kStart is 90 s into its period: the next period starts 30 s later.
constexpr Timestamp kNextPeriod = kStart + 30;

MarketError marketError(MarketError::Kind kind, const QString& message) {
    return MarketError{kind, message};
}

// Books whose match answers with a fixed availability (as it was, say, before it shrank).
class StaleMatch : public Reservations {
public:
    using Reservations::Reservations;
    std::optional<Availability> answer;

    Result<std::optional<Availability>> findAvailability(const SlotRequirements&) override {
        return answer;
    }
};

} // namespace

class TestSaleStates : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SaleTestDesk> desk;

    // What the hooks saw.
    struct ProveCall {
        Slot slot;
        Hash32 challenge;
    };
    QList<ProveCall> proveCalls;
    StorageProof proof = makeProof('\x70');
    Result<StorageProof> proveAnswer = proof;

    struct StoreCall {
        quint64 slotIndex = 0;
        Timestamp expiry = 0;
        bool repairing = false;
    };
    QList<StoreCall> storeCalls;
    // Bytes the onStore hook reports through onBatch before answering; no answer when unset.
    std::optional<Result<void>> storeAnswer;
    quint64 storeBytes = 0;

    QList<std::pair<Slot, Timestamp>> expiryUpdates;
    Result<void> expiryUpdateAnswer = Result<void>();

    SalesAgent& agent() { return *desk->agent; }

    void start(std::unique_ptr<SaleState> state) {
        agent().start(std::move(state));
        desk->settle();
    }

    // Starts `state` and lets it begin while every market answer is held back, calls `fire`,
    // then lets everything run. Returns the agent's history.
    QList<SaleStateKind> preempt(std::unique_ptr<SaleState> state, Event fire) {
        desk->market.holdAnswers = true;
        agent().start(std::move(state));
        desk->settle();
        (agent().*fire)();
        desk->market.holdAnswers = false;
        desk->market.releaseHeldAnswers();
        desk->settle();
        return agent().history();
    }

    const SaleOutcome* onlyOutcome() const {
        return desk->outcomes.size() == 1 ? &desk->outcomes.front() : nullptr;
    }

    UInt256 ledgerSum(LedgerKind kind) const {
        UInt256 sum = 0;
        for (const LedgerEntry& e : desk->ledgerEntries())
            if (e.kind == kind)
                sum += e.amount;
        return sum;
    }

    // Data of a slot we filled (what SaleFilling leaves, or what a restart recovers).
    void markFilledByUs() {
        agent().data().filledByUs = true;
        agent().data().collateralDeposited = desk->request.collateralPerSlot();
        desk->market.hosts[desk->slotId] = desk->me;
        desk->market.slotStates[desk->slotId] = SlotState::Filled;
    }

private Q_SLOTS:
    void init() {
        desk = std::make_unique<SaleTestDesk>();
        SD_VERIFY_OK(desk->open());
        desk->makeAgent();
        proveCalls.clear();
        proof = makeProof('\x70');
        proveAnswer = proof;
        storeCalls.clear();
        storeAnswer.reset();
        storeBytes = 0;
        expiryUpdates.clear();
        expiryUpdateAnswer = Result<void>();

        SalesHooks& hooks = desk->context->hooks;
        hooks.onProve = [this](const Slot& slot, const Hash32& challenge, const QObject*,
                               std::function<void(Result<StorageProof>)> done) {
            proveCalls.append(ProveCall{slot, challenge});
            done(proveAnswer);
        };
        hooks.onStore = [this](const StorageRequest&, quint64 slotIndex, Timestamp expiry,
                               bool repairing, SalesHooks::OnBatch onBatch, const QObject*,
                               std::function<void(Result<void>)> done) {
            storeCalls.append(StoreCall{slotIndex, expiry, repairing});
            if (!storeAnswer)
                return; // a download that takes forever
            if (storeBytes > 0)
                if (auto batch = onBatch(storeBytes); !batch.ok())
                    return done(batch);
            done(*storeAnswer);
        };
        hooks.onExpiryUpdate = [this](const Slot& slot, Timestamp expiry) {
            expiryUpdates.append({slot, expiry});
            return expiryUpdateAnswer;
        };
    }
    void cleanup() { desk.reset(); }

    // ---- SalePreparing ------------------------------------------------------------------------

    // Switches to cancelled state when request expires
    void preparing_cancelledWhenRequestExpires() {
        SD_VERIFY_OK(desk->addAvailability());
        const auto history =
            preempt(std::make_unique<SalePreparing>(agent()), &SalesAgent::requestCancelled);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Cancelled));
        // Cancelled before our fill: nothing is freed and nothing came back.
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Cancelled));
        QVERIFY(!onlyOutcome()->returnedCollateral);
        QVERIFY(desk->market.freed.isEmpty());
        QCOMPARE(desk->market.callCount(QStringLiteral("freeSlot")), 0);
    }

    // Switches to failed state when request fails
    void preparing_failedWhenRequestFails() {
        const auto history =
            preempt(std::make_unique<SalePreparing>(agent()), &SalesAgent::requestFailed);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Failed));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Failed));
        QCOMPARE(onlyOutcome()->error, QStringLiteral("Sale failed"));
        QVERIFY(desk->market.freed.isEmpty()); // not our slot
    }

    // Switches to filled state when slot is filled
    void preparing_filledWhenSlotIsFilled() {
        desk->market.hosts[desk->slotId] = desk->someoneElse;
        const auto history =
            preempt(std::make_unique<SalePreparing>(agent()), &SalesAgent::slotFilled);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Filled));
        // Filled by someone else: SaleFilled ends the sale.
        QCOMPARE(name(history.value(2)), name(SaleStateKind::Errored));
        QVERIFY(onlyOutcome());
        QCOMPARE(onlyOutcome()->error, QStringLiteral("Slot filled by other host"));
    }

    // Run switches to errored when the request cannot be retrieved
    void preparing_erroredWhenRequestCannotBeRetrieved() {
        desk->makeAgent(false);
        desk->market.requests.clear();
        start(std::make_unique<SalePreparing>(agent()));
        QCOMPARE(names(agent().history()),
                 names({SaleStateKind::Preparing, SaleStateKind::Errored}));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QCOMPARE(onlyOutcome()->error, QStringLiteral("request could not be retrieved"));
        QVERIFY(!onlyOutcome()->reprocessSlot);
    }

    // Retrieves the request and starts the cancellation watcher
    void preparing_retrievesRequestAndWatches() {
        desk->makeAgent(false);
        SD_VERIFY_OK(desk->addAvailability());
        desk->stopAt(SaleStateKind::SlotReserving);
        QVERIFY(!agent().isWatchingForCancellation());
        start(std::make_unique<SalePreparing>(agent()));
        QCOMPARE(agent().data().request, std::optional<StorageRequest>(desk->request));
        QCOMPARE(desk->market.callCount(QStringLiteral("requestExpiresAt")), 1);
    }

    // Run switches to ignored when no availability
    void preparing_ignoredWhenNoAvailability() {
        start(std::make_unique<SalePreparing>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Ignored));
        QVERIFY(onlyOutcome()->reprocessSlot);
        QVERIFY(!onlyOutcome()->clearData);
        QVERIFY(!onlyOutcome()->returnedCollateral);
        QVERIFY(!agent().data().reservation);
    }

    // Run switches to ignored when availability is not enabled
    void preparing_ignoredWhenAvailabilityNotEnabled() {
        SD_VERIFY_OK(desk->addAvailability(false));
        start(std::make_unique<SalePreparing>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Ignored));
        QVERIFY(onlyOutcome()->reprocessSlot);
        auto all = desk->reservations->reservations();
        SD_VERIFY_OK(all);
        QVERIFY(all->isEmpty());
    }

    // A slot that is not Free or Repair is ignored, not reprocessed.
    void preparing_ignoredWhenSlotNotFree_data() {
        QTest::addColumn<SlotState>("state");
        QTest::newRow("Filled") << SlotState::Filled;
        QTest::newRow("Finished") << SlotState::Finished;
        QTest::newRow("Cancelled") << SlotState::Cancelled;
        QTest::newRow("Paid") << SlotState::Paid;
    }
    void preparing_ignoredWhenSlotNotFree() {
        QFETCH(SlotState, state);
        SD_VERIFY_OK(desk->addAvailability());
        desk->market.slotStates[desk->slotId] = state;
        start(std::make_unique<SalePreparing>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Ignored));
        QVERIFY(!onlyOutcome()->reprocessSlot);
        QVERIFY(!agent().data().reservation);
    }

    // Run switches to slot reserving state after reservation created
    void preparing_slotReservingAfterReservationCreated_data() {
        QTest::addColumn<SlotState>("state");
        QTest::newRow("Free") << SlotState::Free;
        QTest::newRow("Repair") << SlotState::Repair;
    }
    void preparing_slotReservingAfterReservationCreated() {
        QFETCH(SlotState, state);
        auto availability = desk->addAvailability();
        SD_VERIFY_OK(availability);
        desk->market.slotStates[desk->slotId] = state;
        desk->stopAt(SaleStateKind::SlotReserving);
        start(std::make_unique<SalePreparing>(agent()));
        QCOMPARE(names(agent().history()),
                 names({SaleStateKind::Preparing, SaleStateKind::SlotReserving}));
        QVERIFY(desk->outcomes.isEmpty());
        QVERIFY(agent().data().reservation);
        const Reservation& r = *agent().data().reservation;
        QCOMPARE(r.availabilityId, availability->id);
        QCOMPARE(r.requestId, desk->requestId);
        QCOMPARE(r.slotIndex, kSlotIndex);
        QCOMPARE(r.slotSize, kSlotSize);
        QCOMPARE(r.collateral, desk->request.collateralPerSlot());
        QCOMPARE(r.validUntil, kRequestEnd);
        auto stored = desk->reservations->reservationForSlot(desk->requestId, kSlotIndex);
        SD_VERIFY_OK(stored);
        QCOMPARE(stored->value_or(Reservation{}), r);
        auto after = desk->reservations->availability(availability->id);
        SD_VERIFY_OK(after);
        QCOMPARE(after->freeSize, availability->freeSize - kSlotSize);
    }

    // Run switches to ignored when reserve fails with BytesOutOfBounds.
    // findAvailability and createReservation run in one synchronous step over the same books,
    // so they cannot disagree in the app; a test double answers the match with the availability
    // as it was before it shrank, so that the reservation is refused with OutOfBounds.
    void preparing_ignoredWhenReserveFailsOutOfBounds() {
        NewAvailability small;
        small.totalSize = kSlotSize / 2;
        small.duration = 10 * 3600;
        small.minPricePerBytePerSecond = 1;
        small.totalCollateral = 1500; // 2 per byte of its 512 bytes, not the 2048 a slot needs
        auto shrunk = desk->reservations->createAvailability(small);
        SD_VERIFY_OK(shrunk);
        Availability before = *shrunk;
        before.totalSize = before.freeSize = 1024 * 1024;
        auto stale = std::make_unique<StaleMatch>(*desk->database, *desk->repo, &desk->ids);
        stale->answer = before;
        desk->useReservations(std::move(stale));
        desk->makeAgent();
        start(std::make_unique<SalePreparing>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Ignored));
        QVERIFY(onlyOutcome()->reprocessSlot);
        QVERIFY2(onlyOutcome()->error.startsWith(QStringLiteral("trying to reserve")),
                 qPrintable(onlyOutcome()->error));
        QVERIFY(!agent().data().reservation);
        auto unchanged = desk->reservations->availability(shrunk->id);
        SD_VERIFY_OK(unchanged);
        QCOMPARE(*unchanged, *shrunk);
    }

    // Run switches to errored when reserve fails with other error
    void preparing_erroredWhenReserveFailsWithOtherError() {
        auto availability = desk->addAvailability();
        SD_VERIFY_OK(availability);
        // The slot already has a reservation: a Conflict.
        auto existing =
            desk->reservations->createReservation(availability->id, desk->requestId, kSlotIndex,
                                                  kSlotSize, kCollateralPerByte, kRequestEnd);
        SD_VERIFY_OK(existing);
        auto again =
            desk->reservations->createReservation(availability->id, desk->requestId, kSlotIndex,
                                                  kSlotSize, kCollateralPerByte, kRequestEnd);
        SD_VERIFY_ERROR(again, ErrorCode::Conflict);
        start(std::make_unique<SalePreparing>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QCOMPARE(onlyOutcome()->error, again.message());
        QVERIFY(!agent().data().reservation);
    }

    // ---- SaleSlotReserving --------------------------------------------------------------------

    // Switches to cancelled state when request expires
    void slotReserving_cancelledWhenRequestExpires() {
        const auto history =
            preempt(std::make_unique<SaleSlotReserving>(agent()), &SalesAgent::requestCancelled);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Cancelled));
        QVERIFY(desk->market.reserved.isEmpty());
    }

    // Switches to failed state when request fails
    void slotReserving_failedWhenRequestFails() {
        const auto history =
            preempt(std::make_unique<SaleSlotReserving>(agent()), &SalesAgent::requestFailed);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Failed));
        QVERIFY(desk->market.reserved.isEmpty());
    }

    // SaleSlotReserving does not handle SlotFilled.
    void slotReserving_ignoresSlotFilled() {
        const auto history =
            preempt(std::make_unique<SaleSlotReserving>(agent()), &SalesAgent::slotFilled);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Downloading));
        QCOMPARE(desk->market.reserved.size(), 1);
    }

    // Run switches to downloading when slot successfully reserved
    void slotReserving_downloadingWhenReserved() {
        desk->stopAt(SaleStateKind::Downloading);
        start(std::make_unique<SaleSlotReserving>(agent()));
        QCOMPARE(names(agent().history()),
                 names({SaleStateKind::SlotReserving, SaleStateKind::Downloading}));
        QCOMPARE(desk->market.reserved.size(), 1);
        QCOMPARE(desk->market.reserved[0].requestId, desk->requestId);
        QCOMPARE(desk->market.reserved[0].slotIndex, kSlotIndex);
    }

    // Run switches to ignored when slot reservation not allowed
    void slotReserving_ignoredWhenCannotReserve() {
        desk->market.canReserveSlotAnswer = false;
        start(std::make_unique<SaleSlotReserving>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Ignored));
        QVERIFY(!onlyOutcome()->reprocessSlot);
        // Nothing was deposited: no collateral "came back" (the reservation's goes back whole).
        QVERIFY(!onlyOutcome()->returnedCollateral);
        QCOMPARE(desk->market.callCount(QStringLiteral("reserveSlot")), 0);
    }

    // Run switches to errored when slot reservation errors
    void slotReserving_erroredWhenReserveErrors() {
        desk->market.reserveSlotError =
            marketError(MarketError::Kind::Rejected, QStringLiteral("reservation reverted"));
        start(std::make_unique<SaleSlotReserving>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY2(onlyOutcome()->error.contains(QStringLiteral("reservation reverted")),
                 qPrintable(onlyOutcome()->error));
    }

    // Run switches to ignored when reservation is not allowed
    void slotReserving_ignoredWhenReservationNotAllowed() {
        desk->market.reserveSlotError = marketError(MarketError::Kind::ReservationNotAllowed,
                                                    QStringLiteral("Reservation not allowed"));
        start(std::make_unique<SaleSlotReserving>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Ignored));
        QVERIFY(!onlyOutcome()->reprocessSlot);
        QVERIFY(!onlyOutcome()->returnedCollateral);
    }

    // Not in the reference (whose restarted sale is ignored): a sale restarted after a crash
    // that finds the slot's reservation already ours goes on with it, without reserving again.
    void slotReserving_goesOnWithOurReservationFromBeforeARestart() {
        desk->market.heldReservations.insert(desk->slotId);
        desk->market.canReserveSlotAnswer = false; // as the contract answers us now
        desk->stopAt(SaleStateKind::Downloading);
        start(std::make_unique<SaleSlotReserving>(agent()));
        QCOMPARE(names(agent().history()),
                 names({SaleStateKind::SlotReserving, SaleStateKind::Downloading}));
        QCOMPARE(desk->market.callCount(QStringLiteral("reserveSlot")), 0);
        QCOMPARE(desk->market.callCount(QStringLiteral("canReserveSlot")), 0);
    }

    void slotReserving_erroredWhenTheMarketCannotSayWhoHoldsReservations() {
        desk->market.holdsReservationError =
            marketError(MarketError::Kind::Transient, QStringLiteral("node unreachable"));
        start(std::make_unique<SaleSlotReserving>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY2(onlyOutcome()->error.contains(QStringLiteral("node unreachable")),
                 qPrintable(onlyOutcome()->error));
        QCOMPARE(desk->market.callCount(QStringLiteral("reserveSlot")), 0);
    }

    // ---- SaleDownloading ----------------------------------------------------------------------

    // Switches to cancelled state when request expires
    void downloading_cancelledWhenRequestExpires() {
        SD_VERIFY_OK(desk->reserveSlot());
        const auto history =
            preempt(std::make_unique<SaleDownloading>(agent()), &SalesAgent::requestCancelled);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Cancelled));
    }

    // Switches to failed state when request fails
    void downloading_failedWhenRequestFails() {
        SD_VERIFY_OK(desk->reserveSlot());
        const auto history =
            preempt(std::make_unique<SaleDownloading>(agent()), &SalesAgent::requestFailed);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Failed));
    }

    // Switches to filled state when slot is filled
    void downloading_filledWhenSlotIsFilled() {
        SD_VERIFY_OK(desk->reserveSlot());
        const auto history =
            preempt(std::make_unique<SaleDownloading>(agent()), &SalesAgent::slotFilled);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Filled));
    }

    // A download pre-empted mid-way: its late answer does not move the sale on.
    void downloading_lateStoreAnswerIsDropped() {
        SD_VERIFY_OK(desk->reserveSlot());
        std::function<void(Result<void>)> pendingDone;
        desk->context->hooks.onStore = [&](const StorageRequest&, quint64, Timestamp, bool,
                                           SalesHooks::OnBatch, const QObject*,
                                           std::function<void(Result<void>)> done) {
            pendingDone = std::move(done);
        };
        start(std::make_unique<SaleDownloading>(agent()));
        QVERIFY(pendingDone);
        agent().requestFailed();
        desk->settle();
        pendingDone(Result<void>());
        desk->settle();
        QVERIFY(!agent().history().contains(SaleStateKind::InitialProving));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Failed));
    }

    // The data of a request that has not started is kept until its expiry, of a
    // started one until its end; a slot in Repair is downloaded as a repair.
    void downloading_passesExpiryAndRepairToOnStore_data() {
        QTest::addColumn<RequestState>("requestState");
        QTest::addColumn<SlotState>("slotState");
        QTest::addColumn<Timestamp>("expiry");
        QTest::addColumn<bool>("repairing");
        QTest::newRow("new request") << RequestState::New << SlotState::Free << kExpiresAt << false;
        QTest::newRow("started request, repair")
            << RequestState::Started << SlotState::Repair << kRequestEnd << true;
    }
    void downloading_passesExpiryAndRepairToOnStore() {
        QFETCH(RequestState, requestState);
        QFETCH(SlotState, slotState);
        QFETCH(Timestamp, expiry);
        QFETCH(bool, repairing);
        SD_VERIFY_OK(desk->reserveSlot());
        desk->market.requestStates[desk->requestId] = requestState;
        desk->market.slotStates[desk->slotId] = slotState;
        start(std::make_unique<SaleDownloading>(agent()));
        QCOMPARE(storeCalls.size(), 1);
        QCOMPARE(storeCalls[0].slotIndex, kSlotIndex);
        QCOMPARE(storeCalls[0].expiry, expiry);
        QCOMPARE(storeCalls[0].repairing, repairing);
    }

    // Each batch releases its bytes from the reservation; success → InitialProving.
    void downloading_releasesBytesAndSwitchesToInitialProving() {
        auto reservation = desk->reserveSlot();
        SD_VERIFY_OK(reservation);
        storeBytes = kSlotSize;
        storeAnswer = Result<void>();
        desk->stopAt(SaleStateKind::InitialProving);
        start(std::make_unique<SaleDownloading>(agent()));
        QCOMPARE(name(agent().state()), name(SaleStateKind::InitialProving));
        auto after = desk->reservations->reservation(reservation->id);
        SD_VERIFY_OK(after);
        QCOMPARE(after->size, quint64(0));
        QCOMPARE(after->downloadedBytes(), kSlotSize);
    }

    // A failed download → SaleErrored, not reprocessed.
    void downloading_erroredWhenStoreFails() {
        SD_VERIFY_OK(desk->reserveSlot());
        storeAnswer = Result<void>(makeError(ErrorCode::Io, QStringLiteral("peer went away")));
        start(std::make_unique<SaleDownloading>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY(onlyOutcome()->error.contains(QStringLiteral("peer went away")));
        QVERIFY(!onlyOutcome()->reprocessSlot);
    }

    // ---- SaleInitialProving -------------------------------------------------------------------

    // Switches to cancelled state when request expires
    void initialProving_cancelledWhenRequestExpires() {
        const auto history =
            preempt(std::make_unique<SaleInitialProving>(agent()), &SalesAgent::requestCancelled);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Cancelled));
        desk->clock.advanceTo(kNextPeriod + kPeriod);
        QVERIFY(proveCalls.isEmpty());
    }

    // Switches to failed state when request fails
    void initialProving_failedWhenRequestFails() {
        const auto history =
            preempt(std::make_unique<SaleInitialProving>(agent()), &SalesAgent::requestFailed);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Failed));
        desk->clock.advanceTo(kNextPeriod + kPeriod);
        QVERIFY(proveCalls.isEmpty());
    }

    // Waits for the beginning of the period to get the challenge
    void initialProving_waitsForNextPeriod() {
        desk->stopAt(SaleStateKind::Filling);
        start(std::make_unique<SaleInitialProving>(agent()));
        QCOMPARE(desk->clock.pendingTimers(), 1);
        desk->clock.advanceTo(kNextPeriod);
        QCOMPARE(desk->market.callCount(QStringLiteral("getChallenge")), 0);
        QVERIFY(proveCalls.isEmpty());
        QCOMPARE(name(agent().state()), name(SaleStateKind::InitialProving));
        desk->clock.advanceTo(kNextPeriod + 1);
        QCOMPARE(desk->market.callCount(QStringLiteral("getChallenge")), 1);
        QCOMPARE(proveCalls.size(), 1);
        QCOMPARE(name(agent().state()), name(SaleStateKind::Filling));
    }

    // Waits another period when the proof pointer is about to wrap
    // around (pointer 250 waits; pointer 100 proceeds)
    void initialProving_waitsWhilePointerIsAboutToWrap() {
        desk->stopAt(SaleStateKind::Filling);
        desk->market.pointerAnswer = quint8(250);
        start(std::make_unique<SaleInitialProving>(agent()));
        desk->clock.advanceTo(kNextPeriod + 1);
        QCOMPARE(desk->market.callCount(QStringLiteral("getPointer")), 1);
        QCOMPARE(desk->market.callCount(QStringLiteral("getChallenge")), 0);
        desk->market.pointerAnswer = quint8(100);
        desk->clock.advanceTo(kNextPeriod + kPeriod);
        QCOMPARE(desk->market.callCount(QStringLiteral("getPointer")), 1);
        QVERIFY(proveCalls.isEmpty());
        desk->clock.advanceTo(kNextPeriod + kPeriod + 1);
        QCOMPARE(desk->market.callCount(QStringLiteral("getPointer")), 2);
        QCOMPARE(proveCalls.size(), 1);
        QCOMPARE(name(agent().state()), name(SaleStateKind::Filling));
    }

    // After a fill refused for a challenge that moved on, the sale proves again at once while at
    // least half the period is left, instead of waiting for the next period's start; later in
    // the period it waits for the next one as a first proof does.
    void initialProving_afterARefusedFillProvesAtOnceEarlyInThePeriod() {
        desk->stopAt(SaleStateKind::Filling);
        desk->clock.advanceTo(kNextPeriod + kPeriod / 2);
        start(std::make_unique<SaleInitialProving>(agent(),
                                                   SaleInitialProving::Start::ThisPeriodIfEarly));
        QCOMPARE(proveCalls.size(), 1);
        QCOMPARE(name(agent().state()), name(SaleStateKind::Filling));
    }
    void initialProving_afterARefusedFillLateInThePeriodWaitsForTheNext() {
        desk->stopAt(SaleStateKind::Filling);
        desk->clock.advanceTo(kNextPeriod + kPeriod / 2 + 1);
        start(std::make_unique<SaleInitialProving>(agent(),
                                                   SaleInitialProving::Start::ThisPeriodIfEarly));
        QVERIFY(proveCalls.isEmpty());
        desk->clock.advanceTo(kNextPeriod + kPeriod);
        QVERIFY(proveCalls.isEmpty());
        desk->clock.advanceTo(kNextPeriod + kPeriod + 1);
        QCOMPARE(proveCalls.size(), 1);
        QCOMPARE(name(agent().state()), name(SaleStateKind::Filling));
    }

    // The onProve hook is given the proof challenge
    void initialProving_onProveGetsTheChallenge() {
        desk->stopAt(SaleStateKind::Filling);
        start(std::make_unique<SaleInitialProving>(agent()));
        desk->clock.advanceTo(kNextPeriod + 1);
        QCOMPARE(proveCalls.size(), 1);
        QCOMPARE(proveCalls[0].challenge, hashOf('\xC4'));
        QCOMPARE(proveCalls[0].slot, (Slot{desk->request, kSlotIndex}));
    }

    // Switches to filling state when initial proving is complete
    // (SaleFilling.proof == proof: observed as the proof fillSlot receives)
    void initialProving_switchesToFillingWithTheProof() {
        desk->stopAt(SaleStateKind::Filled);
        start(std::make_unique<SaleInitialProving>(agent()));
        desk->clock.advanceTo(kNextPeriod + 1);
        QCOMPARE(names(agent().history()), names({SaleStateKind::InitialProving,
                                                  SaleStateKind::Filling, SaleStateKind::Filled}));
        QCOMPARE(desk->market.filled.size(), 1);
        QCOMPARE(desk->market.filled[0].proof, proof);
    }

    // Switches to errored state when onProve callback fails
    void initialProving_erroredWhenOnProveFails() {
        proveAnswer = makeError(ErrorCode::Io, QStringLiteral("prover not enabled"));
        start(std::make_unique<SaleInitialProving>(agent()));
        desk->clock.advanceTo(kNextPeriod + 1);
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY2(onlyOutcome()->error.contains(QStringLiteral("prover not enabled")),
                 qPrintable(onlyOutcome()->error));
        QVERIFY(desk->market.filled.isEmpty());
    }

    // ---- SaleFilling --------------------------------------------------------------------------

    // Switches to cancelled state when request expires
    void filling_cancelledWhenRequestExpires() {
        const auto history =
            preempt(std::make_unique<SaleFilling>(agent(), proof), &SalesAgent::requestCancelled);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Cancelled));
        QVERIFY(desk->market.filled.isEmpty());
    }

    // Switches to failed state when request fails
    void filling_failedWhenRequestFails() {
        const auto history =
            preempt(std::make_unique<SaleFilling>(agent(), proof), &SalesAgent::requestFailed);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Failed));
        QVERIFY(desk->market.filled.isEmpty());
    }

    // Run switches to ignored when slot is not free
    void filling_ignoredWhenSlotIsNotFree() {
        desk->market.fillSlotAnswer =
            marketError(MarketError::Kind::SlotStateMismatch, QStringLiteral("Slot is not free"));
        start(std::make_unique<SaleFilling>(agent(), proof));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Ignored));
        QVERIFY(!onlyOutcome()->reprocessSlot);
        // The downloaded data is deleted with the sale (the reference kept it until its expiry).
        QVERIFY(onlyOutcome()->clearData);
        QVERIFY(!agent().data().filledByUs);
        QVERIFY(desk->ledgerEntries().isEmpty());
    }

    // Run switches to errored with other error
    void filling_erroredWithOtherError() {
        desk->market.fillSlotAnswer =
            marketError(MarketError::Kind::Rejected, QStringLiteral("insufficient balance"));
        start(std::make_unique<SaleFilling>(agent(), proof));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY2(onlyOutcome()->error.contains(QStringLiteral("insufficient balance")),
                 qPrintable(onlyOutcome()->error));
        QVERIFY(desk->ledgerEntries().isEmpty());
        QCOMPARE(desk->market.callCount(QStringLiteral("freeSlot")), 0);
    }

    // fillSlot refused as not free, but the market says we host the slot (our fill landed and
    // its answer was lost): the sale continues as Filled and the deposit is booked once.
    void filling_mismatchButWeHostTheSlotContinuesAsFilled() {
        desk->market.fillSlotAnswer =
            marketError(MarketError::Kind::SlotStateMismatch, QStringLiteral("Slot is not free"));
        desk->market.hosts[desk->slotId] = desk->me;
        desk->stopAt(SaleStateKind::Filled);
        start(std::make_unique<SaleFilling>(agent(), proof));
        QCOMPARE(name(agent().state()), name(SaleStateKind::Filled));
        QVERIFY(agent().data().filledByUs);
        QCOMPARE(desk->market.callCount(QStringLiteral("getHost")), 1);
        const auto entries = desk->ledgerEntries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(name(entries[0].kind), name(LedgerKind::CollateralDeposited));
        QCOMPARE(entries[0].amount, desk->request.collateralPerSlot());
        auto expected = desk->ledger->expectedDeposit(desk->requestId, kSlotIndex);
        SD_VERIFY_OK(expected);
        QVERIFY(!expected->has_value());
    }

    // The deposit announced before fillSlot is forgotten when the fill fails.
    void filling_failedFillForgetsTheExpectedDeposit() {
        desk->market.fillSlotAnswer =
            marketError(MarketError::Kind::Rejected, QStringLiteral("insufficient balance"));
        start(std::make_unique<SaleFilling>(agent(), proof));
        QCOMPARE(desk->market.filled.size(), 1);
        auto expected = desk->ledger->expectedDeposit(desk->requestId, kSlotIndex);
        SD_VERIFY_OK(expected);
        QVERIFY(!expected->has_value());
    }

    // fillSlot refused the proof and the slot's challenge is no longer the one it answered (the
    // period turned while the fill waited for the node or in the pool): the sale proves again
    // for the current challenge, its announced deposit dropped, however soon the answer came.
    void filling_invalidProofForAChangedChallengeProvesAgain() {
        desk->market.fillSlotAnswer =
            marketError(MarketError::Kind::InvalidProof, QStringLiteral("Proofs_InvalidProof"));
        desk->market.challengeAnswer = hashOf('\x71');
        QVERIFY(*desk->market.challengeAnswer != proof.challenge);
        desk->stopAt(SaleStateKind::InitialProving);
        start(std::make_unique<SaleFilling>(agent(), proof));
        QCOMPARE(desk->market.filled.size(), 1);
        QCOMPARE(name(agent().state()), name(SaleStateKind::InitialProving));
        QCOMPARE(agent().data().fillsReproven, 1);
        QVERIFY(desk->outcomes.empty());
        auto expected = desk->ledger->expectedDeposit(desk->requestId, kSlotIndex);
        SD_VERIFY_OK(expected);
        QVERIFY(!expected->has_value());
    }
    // A proof refused for the very challenge the slot still has was wrong: no proving again,
    // however long the fill took.
    void filling_invalidProofForTheCurrentChallengeErrs() {
        desk->market.fillSlotAnswer =
            marketError(MarketError::Kind::InvalidProof, QStringLiteral("Proofs_InvalidProof"));
        desk->market.challengeAnswer = proof.challenge;
        desk->market.holdAnswers = true;
        start(std::make_unique<SaleFilling>(agent(), proof));
        desk->market.releaseHeldAnswers(); // the collateral: fillSlot is asked, its answer held
        desk->settle();
        desk->clock.advanceBy(15);
        desk->market.holdAnswers = false;
        desk->market.releaseHeldAnswers();
        desk->settle();
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY(onlyOutcome()->error.contains(QStringLiteral("current challenge")));
        QCOMPARE(agent().data().fillsReproven, 0);
        QVERIFY(!agent().history().contains(SaleStateKind::InitialProving));
    }
    // The challenge cannot be read after the refusal: the sale errs, saying both.
    void filling_invalidProofWithTheChallengeUnknownErrs() {
        desk->market.fillSlotAnswer =
            marketError(MarketError::Kind::InvalidProof, QStringLiteral("Proofs_InvalidProof"));
        desk->market.challengeAnswer =
            marketError(MarketError::Kind::Rejected, QStringLiteral("node says no"));
        start(std::make_unique<SaleFilling>(agent(), proof));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY(onlyOutcome()->error.contains(QStringLiteral("Proofs_InvalidProof")));
        QVERIFY(onlyOutcome()->error.contains(QStringLiteral("node says no")));
        QCOMPARE(agent().data().fillsReproven, 0);
    }
    void filling_invalidProofErrsAfterTheLastProofAgain() {
        desk->market.fillSlotAnswer =
            marketError(MarketError::Kind::InvalidProof, QStringLiteral("Proofs_InvalidProof"));
        agent().data().fillsReproven = SaleFilling::kMaxReprovenFills;
        start(std::make_unique<SaleFilling>(agent(), proof));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY(!agent().history().contains(SaleStateKind::InitialProving));
    }

    // The market could not be reached (RetryingMarket gave up): the sale does not err but asks
    // again kTransientRetrySeconds later, its deposit still announced; the fill then lands.
    void filling_unreachableMarketIsAskedAgain() {
        desk->market.fillSlotAnswer =
            marketError(MarketError::Kind::Transient, QStringLiteral("node unreachable"));
        desk->stopAt(SaleStateKind::Filled);
        start(std::make_unique<SaleFilling>(agent(), proof));
        QCOMPARE(name(agent().state()), name(SaleStateKind::Filling));
        QCOMPARE(desk->market.filled.size(), 1);
        QVERIFY(desk->outcomes.empty());
        auto expected = desk->ledger->expectedDeposit(desk->requestId, kSlotIndex);
        SD_VERIFY_OK(expected);
        QVERIFY(expected->has_value());
        desk->market.fillSlotAnswer.reset();
        desk->clock.advanceBy(SaleFilling::kTransientRetrySeconds - 1);
        QCOMPARE(desk->market.filled.size(), 1);
        desk->clock.advanceBy(1);
        QCOMPARE(desk->market.filled.size(), 2);
        QCOMPARE(name(agent().state()), name(SaleStateKind::Filled));
        QCOMPARE(desk->ledgerEntries().size(), 1);
    }

    // A market that stays away: after kTransientRetries more asks the sale errs as any failed
    // call does, and its announced deposit is dropped.
    void filling_aMarketThatStaysAwayErrsAfterTheRetries() {
        desk->market.fillSlotAnswer =
            marketError(MarketError::Kind::Transient, QStringLiteral("node unreachable"));
        start(std::make_unique<SaleFilling>(agent(), proof));
        for (int i = 0; i < SaleFilling::kTransientRetries; ++i) {
            QCOMPARE(name(agent().state()), name(SaleStateKind::Filling));
            desk->clock.advanceBy(SaleFilling::kTransientRetrySeconds);
        }
        QCOMPARE(desk->market.filled.size(), SaleFilling::kTransientRetries + 1);
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        auto expected = desk->ledger->expectedDeposit(desk->requestId, kSlotIndex);
        SD_VERIFY_OK(expected);
        QVERIFY(!expected->has_value());
        QVERIFY(desk->ledgerEntries().empty());
    }

    // fillSlot gets the proof and the market's slot collateral; the deposit is in the
    // ledger and the sale goes on to SaleFilled.
    void filling_recordsTheDepositAndSwitchesToFilled() {
        const UInt256 repairCollateral = 1900; // e.g. a repair discount
        desk->market.slotCollateralAnswer = repairCollateral;
        desk->clock.advanceTo(kStart + 7);
        desk->stopAt(SaleStateKind::Filled);
        start(std::make_unique<SaleFilling>(agent(), proof));
        QCOMPARE(name(agent().state()), name(SaleStateKind::Filled));
        QCOMPARE(desk->market.filled.size(), 1);
        QCOMPARE(desk->market.filled[0].proof, proof);
        QCOMPARE(desk->market.filled[0].collateral, repairCollateral);
        QVERIFY(agent().data().filledByUs);
        QCOMPARE(agent().data().collateralDeposited, repairCollateral);
        QCOMPARE(agent().data().filledAt, kStart + 7);
        const auto entries = desk->ledgerEntries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(name(entries[0].kind), name(LedgerKind::CollateralDeposited));
        QCOMPARE(entries[0].amount, repairCollateral);
        QCOMPARE(entries[0].at, kStart + 7);
    }

    // ---- SaleFilled ---------------------------------------------------------------------------

    // Switches to proving state when slot is filled by me
    void filled_provingWhenFilledByMe() {
        desk->market.hosts[desk->slotId] = desk->me;
        QSignalSpy filled(desk->agent.get(), &SalesAgent::filled);
        desk->stopAt(SaleStateKind::Proving);
        start(std::make_unique<SaleFilled>(agent()));
        QCOMPARE(names(agent().history()), names({SaleStateKind::Filled, SaleStateKind::Proving}));
        QCOMPARE(filled.size(), 1);
        QVERIFY(agent().data().filledByUs);
    }

    // Calls onExpiryUpdate with request end
    void filled_callsOnExpiryUpdateWithRequestEnd() {
        desk->market.hosts[desk->slotId] = desk->me;
        desk->market.requestEndAnswer = Timestamp(123);
        desk->stopAt(SaleStateKind::Proving);
        start(std::make_unique<SaleFilled>(agent()));
        QCOMPARE(expiryUpdates.size(), 1);
        QCOMPARE(expiryUpdates[0].second, Timestamp(123));
        QCOMPARE(expiryUpdates[0].first, (Slot{desk->request, kSlotIndex}));
    }

    // Switches to error state when slot is filled by another host
    void filled_erroredWhenFilledByAnotherHost() {
        desk->market.hosts[desk->slotId] = desk->someoneElse;
        QSignalSpy filled(desk->agent.get(), &SalesAgent::filled);
        start(std::make_unique<SaleFilled>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QCOMPARE(onlyOutcome()->error, QStringLiteral("Slot filled by other host"));
        QCOMPARE(filled.size(), 0);
        QVERIFY(expiryUpdates.isEmpty());
        QCOMPARE(desk->market.callCount(QStringLiteral("freeSlot")), 0);
    }

    // A failing onExpiryUpdate ends the sale in SaleErrored.
    void filled_erroredWhenExpiryUpdateFails() {
        desk->market.hosts[desk->slotId] = desk->me;
        expiryUpdateAnswer = makeError(ErrorCode::Io, QStringLiteral("disk full"));
        start(std::make_unique<SaleFilled>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY(onlyOutcome()->error.contains(QStringLiteral("disk full")));
    }

    // With simulated proof failures SaleFilled continues in SaleProvingSimulated.
    void filled_provingSimulatedWhenFailuresAreSimulated() {
        desk->market.hosts[desk->slotId] = desk->me;
        desk->context->simulateProofFailures = 3;
        desk->stopAt(SaleStateKind::ProvingSimulated);
        start(std::make_unique<SaleFilled>(agent()));
        QCOMPARE(name(agent().state()), name(SaleStateKind::ProvingSimulated));
    }

    // ---- SaleProving --------------------------------------------------------------------------

    // Switches to cancelled state when request expires
    void proving_cancelledWhenRequestExpires() {
        markFilledByUs();
        const auto history =
            preempt(std::make_unique<SaleProving>(agent()), &SalesAgent::requestCancelled);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Cancelled));
    }

    // Switches to failed state when request fails
    void proving_failedWhenRequestFails() {
        markFilledByUs();
        const auto history =
            preempt(std::make_unique<SaleProving>(agent()), &SalesAgent::requestFailed);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Failed));
    }

    // Submits proofs
    void proving_submitsProofs() {
        markFilledByUs();
        desk->market.proofRequiredAnswer = true;
        QSignalSpy submitted(&desk->market, &Market::proofSubmitted);
        start(std::make_unique<SaleProving>(agent()));
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted[0][0].value<SlotId>(), desk->slotId);
        QCOMPARE(desk->market.submitted.size(), 1);
        QCOMPARE(desk->market.submitted[0].slotId, desk->slotId);
        QCOMPARE(desk->market.submitted[0].proof, proof);
        QCOMPARE(agent().data().proofsSubmitted, quint64(1));
        QCOMPARE(name(agent().state()), name(SaleStateKind::Proving));
    }

    // The proving loop runs once per period.
    void proving_provesOncePerPeriod() {
        markFilledByUs();
        desk->market.willProofBeRequiredAnswer = true;
        start(std::make_unique<SaleProving>(agent()));
        QCOMPARE(desk->market.submitted.size(), 1);
        desk->clock.advanceTo(kNextPeriod);
        QCOMPARE(desk->market.submitted.size(), 1);
        desk->clock.advanceTo(kNextPeriod + 1);
        QCOMPARE(desk->market.submitted.size(), 2);
        desk->clock.advanceTo(kNextPeriod + kPeriod + 1);
        QCOMPARE(desk->market.submitted.size(), 3);
        QCOMPARE(agent().data().proofsSubmitted, quint64(3));
    }

    // No proof when none is required, but the slot is still watched every period.
    void proving_noProofWhenNotRequired() {
        markFilledByUs();
        start(std::make_unique<SaleProving>(agent()));
        desk->clock.advanceTo(kNextPeriod + 1);
        QCOMPARE(desk->market.callCount(QStringLiteral("proofDuties")), 2);
        QVERIFY(desk->market.submitted.isEmpty());
        QVERIFY(proveCalls.isEmpty());
    }

    // Proof errors are logged and retried next period.
    void proving_retriesAfterProofErrors() {
        markFilledByUs();
        desk->market.proofRequiredAnswer = true;
        proveAnswer = makeError(ErrorCode::Io, QStringLiteral("block missing"));
        start(std::make_unique<SaleProving>(agent()));
        QVERIFY(desk->market.submitted.isEmpty());
        QCOMPARE(agent().data().proofsMissed, quint64(1));
        proveAnswer = proof;
        desk->market.submitProofError =
            marketError(MarketError::Kind::InvalidProof, QStringLiteral("Invalid proof"));
        desk->clock.advanceTo(kNextPeriod + 1);
        QCOMPARE(desk->market.submitted.size(), 1);
        QCOMPARE(agent().data().proofsMissed, quint64(2));
        desk->market.submitProofError.reset();
        desk->clock.advanceTo(kNextPeriod + kPeriod + 1);
        QCOMPARE(agent().data().proofsSubmitted, quint64(1));
        QCOMPARE(name(agent().state()), name(SaleStateKind::Proving));
    }

    // The request ended while the proof was made and its slot data was deleted at the end: a
    // finished slot owes no proof, so the failure is not a missed proof.
    void proving_proofFailingOnceTheRequestEndedIsNotMissed() {
        markFilledByUs();
        desk->market.proofRequiredAnswer = true;
        proveAnswer = makeError(ErrorCode::NotFound, QStringLiteral("slot data file gone"));
        agent().data().requestEnd = desk->clock.now();
        start(std::make_unique<SaleProving>(agent()));
        QCOMPARE(proveCalls.size(), 1);
        QVERIFY(desk->market.submitted.isEmpty());
        QCOMPARE(agent().data().proofsMissed, quint64(0));
        QCOMPARE(name(agent().state()), name(SaleStateKind::Proving));
    }

    // A proof refused as invalid because the slot's challenge moved on meanwhile (on a chain: its
    // pointer wrapped around between the read and the block the proof would land in) is proven
    // again, for the new challenge, in the same period. Not a missed proof.
    void proving_provesTheNewChallengeWhenTheOldOneIsRefused() {
        markFilledByUs();
        desk->market.proofRequiredAnswer = true;
        desk->market.challengeAnswer = hashOf('\x01');
        desk->market.submitProofError =
            marketError(MarketError::Kind::InvalidProof, QStringLiteral("Invalid proof"));
        desk->context->hooks.onProve = [this](const Slot& slot, const Hash32& challenge,
                                              const QObject*,
                                              std::function<void(Result<StorageProof>)> done) {
            proveCalls.append(ProveCall{slot, challenge});
            if (proveCalls.size() == 1)
                desk->market.challengeAnswer = hashOf('\x02'); // moved on while proving
            else
                desk->market.submitProofError.reset();
            done(proveAnswer);
        };
        start(std::make_unique<SaleProving>(agent()));
        QCOMPARE(proveCalls.size(), 2);
        QCOMPARE(proveCalls[0].challenge, hashOf('\x01'));
        QCOMPARE(proveCalls[1].challenge, hashOf('\x02'));
        QCOMPARE(desk->market.submitted.size(), 2);
        QCOMPARE(agent().data().proofsSubmitted, quint64(1));
        QCOMPARE(agent().data().proofsMissed, quint64(0));
        QCOMPARE(name(agent().state()), name(SaleStateKind::Proving));
    }

    // A refused proof whose challenge did not change is missed, and not proven again.
    void proving_doesNotProveAnUnchangedChallengeAgain() {
        markFilledByUs();
        desk->market.proofRequiredAnswer = true;
        desk->market.submitProofError =
            marketError(MarketError::Kind::InvalidProof, QStringLiteral("Invalid proof"));
        start(std::make_unique<SaleProving>(agent()));
        QCOMPARE(proveCalls.size(), 1);
        QCOMPARE(desk->market.submitted.size(), 1);
        QCOMPARE(desk->market.callCount(QStringLiteral("getChallenge")), 1);
        QCOMPARE(agent().data().proofsMissed, quint64(1));
    }

    // Switches to payout state when request is finished
    void proving_payoutWhenFinished() {
        markFilledByUs();
        desk->market.proofRequiredAnswer = true;
        desk->stopAt(SaleStateKind::Payout);
        start(std::make_unique<SaleProving>(agent()));
        QCOMPARE(name(agent().state()), name(SaleStateKind::Proving));
        desk->market.slotStates[desk->slotId] = SlotState::Finished;
        desk->clock.advanceTo(kNextPeriod + 1);
        QCOMPARE(names(agent().history()), names({SaleStateKind::Proving, SaleStateKind::Payout}));
        QCOMPARE(desk->market.submitted.size(), 1);
    }

    // Switches to error state when slot is no longer filled
    void proving_erroredWhenSlotIsNoLongerFilled_data() {
        QTest::addColumn<SlotState>("state");
        QTest::newRow("Free") << SlotState::Free;
        QTest::newRow("Paid") << SlotState::Paid;
        QTest::newRow("Repair") << SlotState::Repair;
    }
    void proving_erroredWhenSlotIsNoLongerFilled() {
        QFETCH(SlotState, state);
        markFilledByUs();
        desk->market.hosts.remove(desk->slotId); // no longer ours
        desk->market.slotStates[desk->slotId] = state;
        start(std::make_unique<SaleProving>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY(desk->market.submitted.isEmpty());
    }

    // A slot whose request was cancelled or failed waits for the event.
    void proving_waitsWhenSlotCancelledOrFailed() {
        markFilledByUs();
        desk->market.proofRequiredAnswer = true;
        desk->market.slotStates[desk->slotId] = SlotState::Cancelled;
        start(std::make_unique<SaleProving>(agent()));
        desk->clock.advanceTo(kNextPeriod + 1);
        QCOMPARE(desk->market.callCount(QStringLiteral("proofDuties")), 2);
        QVERIFY(desk->market.submitted.isEmpty());
        QCOMPARE(name(agent().state()), name(SaleStateKind::Proving));
        QVERIFY(desk->outcomes.isEmpty());
    }

    // The onProve hook is given the proof challenge
    void proving_onProveGetsTheChallenge() {
        markFilledByUs();
        desk->market.proofRequiredAnswer = true;
        desk->market.challengeAnswer = hashOf('\x9A');
        start(std::make_unique<SaleProving>(agent()));
        QCOMPARE(proveCalls.size(), 1);
        QCOMPARE(proveCalls[0].challenge, hashOf('\x9A'));
        QCOMPARE(proveCalls[0].slot, (Slot{desk->request, kSlotIndex}));
    }

    // ---- SaleProvingSimulated -----------------------------------------------------------------

    // Switches to cancelled state when request expires
    void provingSimulated_cancelledWhenRequestExpires() {
        markFilledByUs();
        const auto history = preempt(std::make_unique<SaleProvingSimulated>(agent(), 3),
                                     &SalesAgent::requestCancelled);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Cancelled));
    }

    // Switches to failed state when request fails
    void provingSimulated_failedWhenRequestFails() {
        markFilledByUs();
        const auto history =
            preempt(std::make_unique<SaleProvingSimulated>(agent(), 3), &SalesAgent::requestFailed);
        QCOMPARE(name(history.value(1)), name(SaleStateKind::Failed));
    }

    // Submits an invalid proof every 3 proofs
    void provingSimulated_submitsInvalidProofEveryThird() {
        markFilledByUs();
        desk->market.proofRequiredAnswer = true;
        start(std::make_unique<SaleProvingSimulated>(agent(), 3));
        desk->clock.advanceTo(kNextPeriod + 4 * kPeriod + 1); // five more periods
        const StorageProof invalid{hashOf('\xC4'), {}};
        QList<StorageProof> sent;
        for (const auto& s : std::as_const(desk->market.submitted))
            sent.append(s.proof);
        QCOMPARE(sent, (QList<StorageProof>{proof, proof, invalid, proof, proof, invalid}));
    }

    // Switches to payout state when request is finished
    void provingSimulated_payoutWhenFinished() {
        markFilledByUs();
        desk->market.slotStates[desk->slotId] = SlotState::Finished;
        desk->stopAt(SaleStateKind::Payout);
        start(std::make_unique<SaleProvingSimulated>(agent(), 3));
        QCOMPARE(names(agent().history()),
                 names({SaleStateKind::ProvingSimulated, SaleStateKind::Payout}));
    }

    // ---- SalePayout ---------------------------------------------------------------------------

    // Switches to 'finished' state and provides returnedCollateral
    void payout_finishedWithReturnedCollateral() {
        markFilledByUs();
        desk->market.freeSlotAnswer = SlotPayout{UInt256(7200), UInt256(2048)};
        start(std::make_unique<SalePayout>(agent()));
        QCOMPARE(names(agent().history()), names({SaleStateKind::Payout, SaleStateKind::Finished}));
        QCOMPARE(desk->market.freed, QList<SlotId>{desk->slotId});
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Finished));
        QCOMPARE(onlyOutcome()->returnedCollateral, std::optional<UInt256>(2048));
        QVERIFY(!onlyOutcome()->reprocessSlot);
        QVERIFY(onlyOutcome()->clearData);
        QCOMPARE(ledgerSum(LedgerKind::Payout), UInt256(7200));
        QCOMPARE(ledgerSum(LedgerKind::CollateralReturned), UInt256(2048));
        QCOMPARE(desk->ledgerEntries().size(), 2);
    }

    // A slot that is already free pays nothing more: Finished with nothing returned.
    void payout_alreadyFreeSlotReturnsNothing() {
        markFilledByUs();
        desk->market.freeSlotAnswer =
            marketError(MarketError::Kind::SlotStateMismatch, QStringLiteral("Slot is free"));
        start(std::make_unique<SalePayout>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Finished));
        QVERIFY(!onlyOutcome()->returnedCollateral);
        QVERIFY(desk->ledgerEntries().isEmpty());
    }

    // A freeSlot error → SaleErrored.
    void payout_erroredWhenFreeSlotFails() {
        markFilledByUs();
        desk->market.freeSlotAnswer =
            marketError(MarketError::Kind::Rejected, QStringLiteral("out of gas"));
        start(std::make_unique<SalePayout>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY(onlyOutcome()->error.contains(QStringLiteral("out of gas")));
    }

    // ---- SaleFinished -------------------------------------------------------------------------

    // Switches to cancelled state when request expires. Adapted: our
    // SaleFinished is terminal and ignores it (the payout is done; a SaleCancelled would report
    // no collateral back and the cleanup would book it as lost).
    void finished_ignoresCancelled() {
        agent().start(std::make_unique<SaleFinished>(agent(), UInt256(2048)));
        agent().requestCancelled(); // before it runs
        desk->settle();
        QCOMPARE(names(agent().history()), names({SaleStateKind::Finished}));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Finished));
        QCOMPARE(onlyOutcome()->returnedCollateral, std::optional<UInt256>(2048));
        QVERIFY(desk->market.calls.isEmpty());
    }

    // Switches to failed state when request fails. Adapted: ignored, as
    // above.
    void finished_ignoresFailed() {
        agent().start(std::make_unique<SaleFinished>(agent(), UInt256(2048)));
        agent().requestFailed(); // before it runs
        desk->settle();
        QCOMPARE(names(agent().history()), names({SaleStateKind::Finished}));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Finished));
        QCOMPARE(onlyOutcome()->returnedCollateral, std::optional<UInt256>(2048));
    }

    // Calls onCleanUp with reprocessSlot = false, and returnedCollateral
    // = currentCollateral (and the data is cleared)
    void finished_reportsTheReturnedCollateral() {
        start(std::make_unique<SaleFinished>(agent(), UInt256(1999)));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Finished));
        QVERIFY(!onlyOutcome()->reprocessSlot);
        QVERIFY(onlyOutcome()->clearData);
        QCOMPARE(onlyOutcome()->returnedCollateral, std::optional<UInt256>(1999));
        QVERIFY(onlyOutcome()->error.isEmpty());
        QVERIFY(desk->market.calls.isEmpty());
    }

    // ---- SaleCancelled ------------------------------------------------------------------------

    // Calls onCleanUp with reprocessSlot = false and returnedCollateral
    // = currentCollateral (slot filled by me)
    void cancelled_freesOurSlotAndReturnsCollateral() {
        markFilledByUs();
        desk->market.freeSlotAnswer = SlotPayout{UInt256(300), UInt256(2048)};
        start(std::make_unique<SaleCancelled>(agent()));
        QCOMPARE(desk->market.freed, QList<SlotId>{desk->slotId});
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Cancelled));
        QVERIFY(!onlyOutcome()->reprocessSlot);
        QVERIFY(onlyOutcome()->clearData);
        QCOMPARE(onlyOutcome()->returnedCollateral, std::optional<UInt256>(2048));
        QCOMPARE(ledgerSum(LedgerKind::Payout), UInt256(300));
        QCOMPARE(ledgerSum(LedgerKind::CollateralReturned), UInt256(2048));
    }

    // Completes the cancelled state when free slot error is raised and
    // the collateral is returned when a host is hosting a slot. Adapted: the collateral we
    // report is what freeSlot paid back; a SlotStateMismatch paid nothing, so none is reported
    // (but the state still completes as Cancelled, not Errored).
    void cancelled_completesWhenFreeSlotSaysAlreadyFreeWhileHosting() {
        markFilledByUs();
        desk->market.freeSlotAnswer =
            marketError(MarketError::Kind::SlotStateMismatch, QStringLiteral("Slot is free"));
        start(std::make_unique<SaleCancelled>(agent()));
        QCOMPARE(desk->market.freed.size(), 1);
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Cancelled));
        QVERIFY(!onlyOutcome()->returnedCollateral);
        QVERIFY(desk->ledgerEntries().isEmpty());
    }

    // ... the collateral is not returned when a host is not hosting a
    // slot (and we do not even try to free it)
    void cancelled_returnsNothingWhenNotHosting() {
        desk->market.hosts[desk->slotId] = desk->someoneElse;
        desk->market.freeSlotAnswer =
            marketError(MarketError::Kind::SlotStateMismatch, QStringLiteral("Slot is free"));
        start(std::make_unique<SaleCancelled>(agent()));
        QVERIFY(desk->market.freed.isEmpty());
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Cancelled));
        QVERIFY(!onlyOutcome()->returnedCollateral);
    }

    // Deliberate difference: cancelled before our fill (no host) returns nothing and does not
    // call freeSlot.
    void cancelled_beforeOurFillReturnsNothing() {
        start(std::make_unique<SaleCancelled>(agent()));
        QCOMPARE(desk->market.callCount(QStringLiteral("getHost")), 1);
        QCOMPARE(desk->market.callCount(QStringLiteral("freeSlot")), 0);
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Cancelled));
        QVERIFY(!onlyOutcome()->returnedCollateral);
        QVERIFY(onlyOutcome()->clearData);
        QVERIFY(desk->ledgerEntries().isEmpty());
    }

    // Calls onCleanUp and returns the collateral when an error is raised
    // (a getHost MarketError gives SaleErrored carrying the error)
    void cancelled_erroredWhenHostIsUnknown() {
        desk->market.hostError =
            marketError(MarketError::Kind::Transient, QStringLiteral("node unreachable"));
        start(std::make_unique<SaleCancelled>(agent()));
        QCOMPARE(names(agent().history()),
                 names({SaleStateKind::Cancelled, SaleStateKind::Errored}));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY2(onlyOutcome()->error.contains(QStringLiteral("node unreachable")),
                 qPrintable(onlyOutcome()->error));
    }

    // ---- SaleFailed (ours: terminal) ----------------------------------------------------------

    // Deliberate difference: SaleFailed frees a slot we host and finishes with "Sale failed"
    // instead of going to SaleErrored.
    void failed_freesOurSlotAndFinishes() {
        markFilledByUs();
        desk->market.freeSlotAnswer = SlotPayout{}; // a failed slot pays nothing
        start(std::make_unique<SaleFailed>(agent()));
        QCOMPARE(names(agent().history()), names({SaleStateKind::Failed}));
        QCOMPARE(desk->market.freed, QList<SlotId>{desk->slotId});
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Failed));
        QCOMPARE(onlyOutcome()->error, QStringLiteral("Sale failed"));
        QVERIFY(onlyOutcome()->clearData);
        QCOMPARE(onlyOutcome()->returnedCollateral.value_or(UInt256(1)), UInt256(0));
        QVERIFY(desk->ledgerEntries().isEmpty());
    }

    void failed_doesNotFreeASlotWeDoNotHost() {
        desk->market.hosts[desk->slotId] = desk->someoneElse;
        start(std::make_unique<SaleFailed>(agent()));
        QVERIFY(desk->market.freed.isEmpty());
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Failed));
        QVERIFY(!onlyOutcome()->returnedCollateral);
    }

    void failed_erroredWhenHostIsUnknown() {
        desk->market.hostError =
            marketError(MarketError::Kind::Rejected, QStringLiteral("no such slot"));
        start(std::make_unique<SaleFailed>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY(onlyOutcome()->error.contains(QStringLiteral("no such slot")));
    }

    void failed_ignoresCancelled() {
        desk->market.holdAnswers = true;
        start(std::make_unique<SaleFailed>(agent()));
        agent().requestCancelled();
        QCOMPARE(name(agent().state()), name(SaleStateKind::Failed));
        desk->market.holdAnswers = false;
        desk->market.releaseHeldAnswers();
        desk->settle();
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Failed));
    }

    // ---- SaleErrored --------------------------------------------------------------------------

    // Calls onCleanUp with reprocessSlot = true
    void errored_reportsReprocessSlot() {
        start(std::make_unique<SaleErrored>(agent(), QStringLiteral("boom"), true));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY(onlyOutcome()->reprocessSlot);
        QVERIFY(onlyOutcome()->clearData);
        QCOMPARE(onlyOutcome()->error, QStringLiteral("boom"));
        QVERIFY(!onlyOutcome()->returnedCollateral);
        // Never filled by us: the market is not even asked.
        QVERIFY(desk->market.calls.isEmpty());
    }

    // Deliberate difference (ref. #1213): a slot we still host is freed, and the collateral that
    // came back is reported and booked.
    void errored_freesASlotWeStillHost() {
        markFilledByUs();
        desk->market.freeSlotAnswer = SlotPayout{UInt256(0), UInt256(1600)};
        start(std::make_unique<SaleErrored>(agent(), QStringLiteral("boom")));
        QCOMPARE(desk->market.freed, QList<SlotId>{desk->slotId});
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY(!onlyOutcome()->reprocessSlot);
        QCOMPARE(onlyOutcome()->returnedCollateral, std::optional<UInt256>(1600));
        QCOMPARE(ledgerSum(LedgerKind::CollateralReturned), UInt256(1600));
        QCOMPARE(ledgerSum(LedgerKind::Payout), UInt256(0));
    }

    void errored_doesNotFreeASlotWeNoLongerHost() {
        markFilledByUs();
        desk->market.hosts[desk->slotId] = desk->someoneElse;
        start(std::make_unique<SaleErrored>(agent(), QStringLiteral("boom")));
        QCOMPARE(desk->market.callCount(QStringLiteral("getHost")), 1);
        QVERIFY(desk->market.freed.isEmpty());
        QVERIFY(onlyOutcome());
        QVERIFY(!onlyOutcome()->returnedCollateral);
    }

    void errored_finishesWhenFreeSlotFails() {
        markFilledByUs();
        desk->market.freeSlotAnswer =
            marketError(MarketError::Kind::Rejected, QStringLiteral("reverted"));
        start(std::make_unique<SaleErrored>(agent(), QStringLiteral("boom")));
        QCOMPARE(desk->market.freed.size(), 1);
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QCOMPARE(onlyOutcome()->error, QStringLiteral("boom"));
        QVERIFY(!onlyOutcome()->returnedCollateral);
    }

    // ---- SaleIgnored --------------------------------------------------------------------------

    // Calls onCleanUp with values assigned to SaleIgnored
    void ignored_reportsItsValues() {
        start(std::make_unique<SaleIgnored>(agent(), true, QStringLiteral("no availability")));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Ignored));
        QVERIFY(onlyOutcome()->reprocessSlot);
        QVERIFY(!onlyOutcome()->returnedCollateral);
        QVERIFY(!onlyOutcome()->clearData);
        QCOMPARE(onlyOutcome()->error, QStringLiteral("no availability"));
    }

    // Returns collateral when returnsCollateral is true. Adapted: nothing
    // was deposited when a sale is ignored, so no collateral "comes back" from the market; the
    // reservation's whole collateral goes back to the availability in Sales' cleanup.
    void ignored_reportsNoMarketCollateral() {
        SD_VERIFY_OK(desk->reserveSlot());
        start(std::make_unique<SaleIgnored>(agent(), false, QStringLiteral("slot taken")));
        QVERIFY(onlyOutcome());
        QVERIFY(!onlyOutcome()->reprocessSlot);
        QVERIFY(!onlyOutcome()->returnedCollateral);
        QVERIFY(!agent().data().filledByUs);
        QVERIFY(desk->market.calls.isEmpty());
    }

    // ---- SaleUnknown --------------------------------------------------------------------------

    // Switches to error state when the request cannot be retrieved
    void unknown_erroredWhenRequestCannotBeRetrieved() {
        desk->makeAgent(false);
        desk->market.requests.clear();
        start(std::make_unique<SaleUnknown>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QCOMPARE(onlyOutcome()->error, QStringLiteral("request could not be retrieved"));
    }

    // Switches to error state when on chain state cannot be fetched (the
    // reference exercised the Free path; this one fails the read)
    void unknown_erroredWhenSlotStateCannotBeFetched() {
        desk->market.slotStateError =
            marketError(MarketError::Kind::Transient, QStringLiteral("node unreachable"));
        start(std::make_unique<SaleUnknown>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY(onlyOutcome()->error.contains(QStringLiteral("node unreachable")));
    }

    // Switches to error state when on chain state is 'free'
    void unknown_erroredWhenSlotIsFree() {
        desk->market.slotStates[desk->slotId] = SlotState::Free;
        start(std::make_unique<SaleUnknown>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QCOMPARE(onlyOutcome()->error, QStringLiteral("Slot state on chain should not be 'free'"));
    }

    // Filled → SaleFilled, finished → SalePayout, paid → SaleFinished,
    // failed → SaleFailed; and the untested ones: cancelled → SaleCancelled, repair → SaleErrored
    void unknown_mapsSlotState_data() {
        QTest::addColumn<SlotState>("state");
        QTest::addColumn<SaleStateKind>("next");
        QTest::newRow("Filled") << SlotState::Filled << SaleStateKind::Filled;
        QTest::newRow("Finished") << SlotState::Finished << SaleStateKind::Payout;
        QTest::newRow("Paid") << SlotState::Paid << SaleStateKind::Finished;
        QTest::newRow("Failed") << SlotState::Failed << SaleStateKind::Failed;
        QTest::newRow("Cancelled") << SlotState::Cancelled << SaleStateKind::Cancelled;
        QTest::newRow("Repair") << SlotState::Repair << SaleStateKind::Errored;
    }
    void unknown_mapsSlotState() {
        QFETCH(SlotState, state);
        QFETCH(SaleStateKind, next);
        desk->market.slotStates[desk->slotId] = state;
        desk->stopAt(next);
        start(std::make_unique<SaleUnknown>(agent()));
        QCOMPARE(names(agent().history()), names({SaleStateKind::Unknown, next}));
    }

    // Paid → SaleFinished with no returned collateral.
    void unknown_paidFinishesWithoutCollateral() {
        desk->market.slotStates[desk->slotId] = SlotState::Paid;
        start(std::make_unique<SaleUnknown>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Finished));
        QVERIFY(!onlyOutcome()->returnedCollateral);
    }

    // Repair → SaleErrored "forcibly freed".
    void unknown_erroredWhenSlotIsInRepair() {
        desk->market.slotStates[desk->slotId] = SlotState::Repair;
        start(std::make_unique<SaleUnknown>(agent()));
        QVERIFY(onlyOutcome());
        QCOMPARE(name(onlyOutcome()->state), name(SaleStateKind::Errored));
        QVERIFY(onlyOutcome()->error.contains(QStringLiteral("forcibly freed")));
    }

    // SaleUnknown retrieves the request and starts the cancellation watcher.
    void unknown_retrievesRequestAndWatches() {
        desk->makeAgent(false);
        desk->market.slotStates[desk->slotId] = SlotState::Filled;
        desk->stopAt(SaleStateKind::Filled);
        start(std::make_unique<SaleUnknown>(agent()));
        QCOMPARE(agent().data().request, std::optional<StorageRequest>(desk->request));
        QCOMPARE(desk->market.callCount(QStringLiteral("requestExpiresAt")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSaleStates)
#include "tst_salestates.moc"
