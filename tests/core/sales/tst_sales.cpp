// Sales, the controller: the reference's sales tests, the paths on which the reference leaked
// bytes or collateral or lost track of its slots (nim-codex issue #1213), and the queue/agent
// action of every market event. A MockMarket on a VirtualClock, real books in a temporary
// folder, hooks the tests program.
#include "core/sales/ProofRounds.h"
#include "core/sales/Sales.h"
#include "tests/core/sales/SaleTestDesk.h"

#include <QLoggingCategory>
#include <QObject>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

// A MockMarket whose successful fillSlot makes us the slot's host and the slot Filled, as the
// contract does.
class FillingMockMarket : public MockMarket {
public:
    bool holdFillAnswer = false; // the fill lands, its answer never arrives (a crash)

    void fillSlot(const RequestId& id, quint64 slotIndex, const StorageProof& proof,
                  const UInt256& collateral, const QObject* context,
                  MarketCallback<UInt256> done) override {
        if (!fillSlotAnswer || fillSlotAnswer->ok()) {
            hosts.insert(slotIdOf(id, slotIndex), signerAddress);
            slotStates.insert(slotIdOf(id, slotIndex), SlotState::Filled);
        }
        const bool hold = holdAnswers;
        holdAnswers = hold || holdFillAnswer;
        MockMarket::fillSlot(id, slotIndex, proof, collateral, context, std::move(done));
        holdAnswers = hold;
    }
};

struct HookCall {
    RequestId requestId;
    quint64 slotIndex = 0;
};

// The books, the queue, Sales and its hooks over one temporary folder. A crash is simulated by
// destroying everything but the folder and the market, then reopening.
struct SalesDesk {
    QTemporaryDir dir;
    VirtualClock clock{kStart};
    FillingMockMarket market;
    QRandomGenerator ids{20240611};
    QRandomGenerator shuffle{7};
    std::unique_ptr<Database> database;
    std::unique_ptr<Repo> repo;
    std::unique_ptr<Reservations> reservations;
    std::unique_ptr<Ledger> ledger;
    std::unique_ptr<SlotQueue> queue;
    std::unique_ptr<ProofRounds> proofRounds;
    std::unique_ptr<SalesContext> context;
    std::unique_ptr<Sales> sales;

    StorageRequest request = makeRequest();
    RequestId requestId = request.id();
    Address me = addressOf('\x11');
    Address someoneElse = addressOf('\x55');

    // What the hooks saw, and how they answer.
    QList<HookCall> stored, proved, cleared, sold;
    std::optional<QString> storeError;
    std::optional<QString> proveError;
    std::optional<QString> expiryUpdateError;
    bool holdStore = false; // onStore never finishes (a long download)
    QList<quint64> startedSlots;
    QList<SaleOutcome> outcomes;

    Result<void> open() {
        if (!dir.isValid())
            return makeError(ErrorCode::Io, QStringLiteral("no temporary folder"));
        auto db =
            Database::open(dir.filePath(QStringLiteral("desk.db")), Database::kHostApplicationId);
        if (!db.ok())
            return db.error();
        database = std::move(*db);
        repo = std::make_unique<Repo>(*database, dir.filePath(QStringLiteral("slots")));
        SD_TRY(repo->open());
        reservations = std::make_unique<Reservations>(*database, *repo, &ids);
        ledger = std::make_unique<Ledger>(*database);
        queue = std::make_unique<SlotQueue>();
        proofRounds = std::make_unique<ProofRounds>(market, clock);
        context = std::unique_ptr<SalesContext>(
            new SalesContext{*database, market, clock, *reservations, *repo, *queue, *ledger,
                             *proofRounds, hooks(), 0});
        sales = std::make_unique<Sales>(*context, &shuffle);
        QObject::connect(sales.get(), &Sales::agentStarted, sales.get(), [this](SalesAgent* agent) {
            if (agent->data().requestId == requestId)
                startedSlots.append(agent->data().slotIndex);
        });
        QObject::connect(sales.get(), &Sales::agentFinished, sales.get(),
                         [this](SalesAgent*, const SaleOutcome& o) { outcomes.append(o); });
        return {};
    }

    void programMarket() {
        market.signerAddress = me;
        addRequest(request);
        market.requestEndAnswer = kRequestEnd;
        market.expiresAtAnswer = kExpiresAt;
        market.slotCollateralAnswer = request.collateralPerSlot();
        market.currentCollateralAnswer = request.collateralPerSlot();
        market.challengeAnswer = hashOf('\xC4');
        market.freeSlotAnswer = SlotPayout{UInt256(1000), request.collateralPerSlot()};
    }

    void addRequest(const StorageRequest& r) {
        market.requests.insert(r.id(), r);
        market.requestStates.insert(r.id(), RequestState::New);
    }

    // Closes everything but the folder and the market, as a killed process would, and opens
    // again.
    Result<void> crashAndReopen() {
        sales.reset();
        context.reset();
        proofRounds.reset();
        queue.reset();
        ledger.reset();
        reservations.reset();
        repo.reset();
        database.reset();
        return open();
    }

    SalesHooks hooks() {
        SalesHooks h;
        h.onStore = [this](const StorageRequest& r, quint64 slotIndex, Timestamp, bool,
                           SalesHooks::OnBatch onBatch, const QObject*,
                           std::function<void(Result<void>)> done) {
            stored.append(HookCall{r.id(), slotIndex});
            if (holdStore)
                return;
            if (storeError)
                return done(makeError(ErrorCode::Io, *storeError));
            done(onBatch(r.ask.slotSize));
        };
        h.onProve = [this](const Slot& slot, const Hash32& challenge, const QObject*,
                           std::function<void(Result<StorageProof>)> done) {
            proved.append(HookCall{slot.request.id(), slot.slotIndex});
            if (proveError)
                return done(makeError(ErrorCode::Io, *proveError));
            StorageProof proof = makeProof('\x61');
            proof.challenge = challenge;
            done(proof);
        };
        h.onExpiryUpdate = [this](const Slot&, Timestamp) -> Result<void> {
            if (expiryUpdateError)
                return makeError(ErrorCode::Io, *expiryUpdateError);
            return {};
        };
        h.onClear = [this](const StorageRequest& r, quint64 slotIndex) {
            cleared.append(HookCall{r.id(), slotIndex});
        };
        h.onSale = [this](const StorageRequest& r, quint64 slotIndex) {
            sold.append(HookCall{r.id(), slotIndex});
        };
        return h;
    }

    // The reference fixture's availability: room and collateral for exactly one slot.
    Result<Availability> addAvailability(NewAvailability params = oneSlot()) {
        return reservations->createAvailability(params);
    }
    static NewAvailability oneSlot() {
        NewAvailability p;
        p.totalSize = kSlotSize;
        p.duration = 3600;
        p.minPricePerBytePerSecond = 1;
        p.totalCollateral = UInt256(kSlotSize) * kCollateralPerByte;
        return p;
    }

    Result<void> start() {
        std::optional<Result<void>> started;
        sales->start([&](Result<void> r) { started = r; });
        settle();
        if (!started)
            return makeError(ErrorCode::Io, QStringLiteral("start did not finish"));
        return *started;
    }

    void post(const StorageRequest& r) {
        market.emitStorageRequested(r.id(), r.ask, kExpiresAt);
        settle();
    }

    // Delivers everything posted without moving time.
    void settle() {
        for (int i = 0; i < 8; ++i)
            clock.advanceTo(clock.now());
    }
    // Moves time; the clock delivers timers and posted work on the way.
    void advanceBy(qint64 seconds) { clock.advanceTo(clock.now() + seconds); }

    Availability availability(const AvailabilityId& id) const {
        auto a = reservations->availability(id);
        return a.ok() ? *a : Availability{};
    }
    int reservationCount() const {
        auto all = reservations->reservations();
        return all.ok() ? static_cast<int>(all->size()) : -1;
    }
    int outcomesIn(SaleStateKind state) const {
        return static_cast<int>(
            std::count_if(outcomes.begin(), outcomes.end(),
                          [state](const SaleOutcome& o) { return o.state == state; }));
    }
    SalesAgent* onlyAgent() const {
        const auto agents = sales->agents();
        return agents.size() == 1 ? agents.first() : nullptr;
    }
    QSet<quint64> queuedSlotsOf(const RequestId& id) const {
        QSet<quint64> out;
        for (const SlotQueueItem& item : queue->items())
            if (item.requestId() == id)
                out.insert(item.slotIndex());
        return out;
    }
    // A second request for the saturation tests (another nonce: another id).
    StorageRequest otherRequest() const {
        StorageRequest r = makeRequest();
        r.nonce = Nonce::fromBytes(QByteArray(32, '\x45'));
        return r;
    }
    // One worker, busy with a download that does not end, holding the request's other slots in
    // the queue: what arrives next waits.
    Result<void> saturate() {
        SD_TRY(queue->setLimits(1, 128));
        NewAvailability big = oneSlot();
        big.totalSize = 16 * kSlotSize;
        big.totalCollateral = UInt256(big.totalSize) * kCollateralPerByte;
        auto a = addAvailability(big);
        if (!a.ok())
            return a.error();
        holdStore = true;
        SD_TRY(start());
        post(request);
        return {};
    }
    // A whole sale of one slot, up to Proving.
    Result<Availability> sellOneSlot() {
        auto a = addAvailability();
        if (!a.ok())
            return a.error();
        SD_TRY(start());
        post(request);
        advanceBy(240);
        return a;
    }
};

QStringList* g_saleLogLines = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void collectSaleLogLines(QtMsgType type, const QMessageLogContext& context, const QString& msg) {
    if (g_saleLogLines && context.category &&
        QByteArray(context.category) == QByteArrayLiteral("salesdesk.sales.salesagent"))
        g_saleLogLines->append(msg);
    if (g_previousHandler)
        g_previousHandler(type, context, msg);
}

// Makes the agent's info lines visible whatever QT_LOGGING_RULES says.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void enableAgentInfo(QLoggingCategory* category) {
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "salesdesk.sales.salesagent") == 0)
        category->setEnabled(QtInfoMsg, true);
}

QSet<quint64> allSlots() {
    return {0, 1, 2, 3};
}

} // namespace

class TestSales : public QObject {
    Q_OBJECT

    std::unique_ptr<SalesDesk> desk;

    // Books are whole: every availability has all its bytes and collateral, no reservation.
    void verifyBooksAreWhole(const Availability& original) {
        const Availability now = desk->availability(original.id);
        QCOMPARE(now.freeSize, original.totalSize);
        QCOMPARE(now.totalRemainingCollateral, original.totalRemainingCollateral);
        QCOMPARE(now.collateralLost, UInt256(0));
        QCOMPARE(desk->reservationCount(), 0);
    }

    void verifyActiveSlotsGetAgents(const QList<quint64>& indices) {
        QList<SlotId> mine;
        for (quint64 index : indices) {
            const SlotId id = slotIdOf(desk->requestId, index);
            mine.append(id);
            desk->market.activeSlots.insert(id, Slot{desk->request, index});
            desk->market.slotStates.insert(id, SlotState::Filled);
            desk->market.hosts.insert(id, desk->me);
        }
        desk->market.mySlotsAnswer = mine;
        SD_VERIFY_OK(desk->start());
        QCOMPARE(static_cast<int>(desk->sales->agents().size()), static_cast<int>(indices.size()));
        for (quint64 index : indices) {
            SalesAgent* agent = desk->sales->agentFor(desk->requestId, index);
            QVERIFY(agent);
            QCOMPARE(name(agent->history().first()), name(SaleStateKind::Unknown));
            QVERIFY(agent->data().request.has_value());
        }
    }

private Q_SLOTS:
    void init() {
        desk = std::make_unique<SalesDesk>();
        SD_VERIFY_OK(desk->open());
        desk->programMarket();
    }
    void cleanup() { desk.reset(); }

    // ---- The reference's sales tests ------------------------------------------------------------

    // The slots in mySlots get agents when Sales starts.
    void loadsSlotsWhenSalesStarts() { verifyActiveSlotsGetAgents({0, 1}); }

    // Every slot of a request is processed.
    void processesAllSlotsOfARequest() {
        SD_VERIFY_OK(desk->queue->setLimits(4, 128));
        NewAvailability four = SalesDesk::oneSlot();
        four.totalSize = 4 * kSlotSize;
        four.totalCollateral = UInt256(four.totalSize) * kCollateralPerByte;
        SD_VERIFY_OK(desk->addAvailability(four));
        desk->holdStore = true;
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        QCOMPARE(QSet<quint64>(desk->startedSlots.begin(), desk->startedSlots.end()), allSlots());
        QCOMPARE(desk->stored.size(), 4);
    }

    // A request's slots leave the queue on RequestCancelled, RequestFailed and RequestFulfilled.
    void removesRequestFromQueueOnRequestEvent_data() {
        QTest::addColumn<QString>("event");
        QTest::newRow("RequestCancelled") << QStringLiteral("cancelled");
        QTest::newRow("RequestFailed") << QStringLiteral("failed");
        QTest::newRow("RequestFulfilled") << QStringLiteral("fulfilled");
    }
    void removesRequestFromQueueOnRequestEvent() {
        QFETCH(QString, event);
        SD_VERIFY_OK(desk->saturate());
        const StorageRequest other = desk->otherRequest();
        desk->addRequest(other);
        desk->post(other);
        QCOMPARE(desk->queuedSlotsOf(other.id()), allSlots());
        if (event == QLatin1String("cancelled"))
            desk->market.emitRequestCancelled(other.id());
        else if (event == QLatin1String("failed"))
            desk->market.emitRequestFailed(other.id());
        else
            desk->market.emitRequestFulfilled(other.id());
        desk->settle();
        QVERIFY(desk->queuedSlotsOf(other.id()).isEmpty());
        QCOMPARE(desk->queuedSlotsOf(desk->requestId).size(), 3); // the rest is untouched
        for (SalesAgent* agent : desk->sales->agents())
            QCOMPARE(agent->data().requestId, desk->requestId);
    }

    // A slot leaves the queue on SlotFilled.
    void removesSlotFromQueueOnSlotFilled() {
        SD_VERIFY_OK(desk->saturate());
        const StorageRequest other = desk->otherRequest();
        desk->addRequest(other);
        desk->post(other);
        desk->market.emitSlotFilled(other.id(), 1);
        desk->settle();
        QCOMPARE(desk->queuedSlotsOf(other.id()), (QSet<quint64>{0, 2, 3}));
    }

    // A slot leaves the queue on SlotReservationsFull.
    void removesSlotFromQueueOnSlotReservationsFull() {
        SD_VERIFY_OK(desk->saturate());
        const StorageRequest other = desk->otherRequest();
        desk->addRequest(other);
        desk->post(other);
        desk->market.emitSlotReservationsFull(other.id(), 1);
        desk->settle();
        QCOMPARE(desk->queuedSlotsOf(other.id()), (QSet<quint64>{0, 2, 3}));
    }

    // A freed slot is queued again on SlotFreed.
    void addsSlotToQueueOnSlotFreed() {
        SD_VERIFY_OK(desk->saturate());
        const StorageRequest other = desk->otherRequest();
        desk->addRequest(other);
        desk->market.slotCollateralAnswer = UInt256(123); // the repair-discounted collateral
        desk->market.emitSlotFreed(other.id(), 2);
        desk->settle();
        QCOMPARE(desk->queuedSlotsOf(other.id()), (QSet<quint64>{2}));
        for (const SlotQueueItem& item : desk->queue->items())
            if (item.requestId() == other.id())
                QCOMPARE(item.collateral(), UInt256(123));
    }

    // Ignored items are queued again, marked seen, and the queue pauses.
    void ignoredItemsAreReaddedSeen() {
        SD_VERIFY_OK(desk->start()); // no availability at all
        desk->post(desk->request);
        QCOMPARE(desk->queue->size(), 4);
        for (const SlotQueueItem& item : desk->queue->items())
            QVERIFY(item.seen());
        QVERIFY(desk->queue->selfPaused());
        QCOMPARE(desk->reservationCount(), 0);
    }

    // The queue pauses once no availability can take the remaining slots.
    void queuePausesWhenAvailabilityCannotServeTheRest() {
        SD_VERIFY_OK(desk->addAvailability());
        desk->holdStore = true;
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        QCOMPARE(desk->sales->agents().size(), 1);
        QCOMPARE(desk->queue->size(), 3);
        for (const SlotQueueItem& item : desk->queue->items())
            QVERIFY(item.seen());
        QVERIFY(desk->queue->selfPaused());
    }

    // A downloaded slot takes its size from the availability's free size.
    void availabilityShrinksBySlotSizeWhenDownloaded() {
        auto a = desk->addAvailability();
        SD_VERIFY_OK(a);
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        QCOMPARE(desk->stored.size(), 1);
        QCOMPARE(desk->availability(a->id).freeSize, a->freeSize - kSlotSize);
        // Every byte was reported stored: nothing of the reservation is left to download.
        const SalesAgent* agent = desk->onlyAgent();
        QVERIFY(agent && agent->data().reservation);
        auto reservation = desk->reservations->reservation(agent->data().reservation->id);
        SD_VERIFY_OK(reservation);
        QCOMPARE(reservation->size, quint64(0));
    }

    // The bytes return to the availability once the sale finishes.
    void bytesAreReturnedOnceFinished() {
        auto a = desk->sellOneSlot();
        SD_VERIFY_OK(a);
        QVERIFY(desk->onlyAgent());
        QCOMPARE(name(desk->onlyAgent()->state()), name(SaleStateKind::Proving));
        AvailabilityChange disable;
        disable.enabled = false;
        SD_VERIFY_OK(desk->reservations->updateAvailability(a->id, disable));
        desk->market.slotStates.insert(desk->onlyAgent()->data().slotId, SlotState::Finished);
        desk->advanceBy(240);
        QVERIFY(desk->sales->agents().isEmpty());
        QCOMPARE(desk->outcomesIn(SaleStateKind::Finished), 1);
        verifyBooksAreWhole(*a);
    }

    // A request is ignored when the availability's size, duration, price, collateral, enabled flag
    // or until does not fit.
    void ignoresRequestTheAvailabilityDoesNotMatch_data() {
        QTest::addColumn<quint64>("totalSize");
        QTest::addColumn<quint64>("duration");
        QTest::addColumn<quint64>("minPrice");
        QTest::addColumn<quint64>("collateralShortBy");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<qint64>("until");
        QTest::newRow("#13 duration not long enough")
            << kSlotSize << quint64(3599) << quint64(1) << quint64(0) << true << qint64(0);
        QTest::newRow("#14 slot size too small")
            << kSlotSize - 1 << quint64(3600) << quint64(1) << quint64(0) << true << qint64(0);
        QTest::newRow("#15 reward too low")
            << kSlotSize << quint64(3600) << quint64(2) << quint64(0) << true << qint64(0);
        QTest::newRow("#16 collateral too high")
            << kSlotSize << quint64(3600) << quint64(1) << quint64(1) << true << qint64(0);
        QTest::newRow("#18 not enabled")
            << kSlotSize << quint64(3600) << quint64(1) << quint64(0) << false << qint64(0);
        QTest::newRow("#19 until before the request ends")
            << kSlotSize << quint64(3600) << quint64(1) << quint64(0) << true
            << qint64(kRequestEnd - 1);
    }
    void ignoresRequestTheAvailabilityDoesNotMatch() {
        QFETCH(quint64, totalSize);
        QFETCH(quint64, duration);
        QFETCH(quint64, minPrice);
        QFETCH(quint64, collateralShortBy);
        QFETCH(bool, enabled);
        QFETCH(qint64, until);
        NewAvailability p = SalesDesk::oneSlot();
        p.totalSize = totalSize;
        p.duration = duration;
        p.minPricePerBytePerSecond = minPrice;
        p.totalCollateral = UInt256(kSlotSize) * kCollateralPerByte - collateralShortBy;
        p.enabled = enabled;
        p.until = until;
        auto a = desk->addAvailability(p);
        SD_VERIFY_OK(a);
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        QCOMPARE(desk->reservationCount(), 0);
        QCOMPARE(desk->availability(a->id).freeSize, totalSize);
        QVERIFY(desk->stored.isEmpty());
        QCOMPARE(desk->queue->size(), 4); // every slot waits, seen, for a better availability
    }

    // A request whose slot is not free is ignored.
    void ignoresRequestWhenSlotIsNotFree() {
        auto a = desk->addAvailability();
        SD_VERIFY_OK(a);
        desk->market.defaultSlotState = SlotState::Filled;
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        QCOMPARE(desk->reservationCount(), 0);
        QVERIFY(desk->stored.isEmpty());
        QCOMPARE(desk->startedSlots.size(), 4);
        QCOMPARE(desk->queue->size(), 0); // not reprocessed
    }

    // A request is taken when the availability lasts past the request's end.
    void storesWhenAvailabilityLastsPastTheRequestEnd() {
        NewAvailability p = SalesDesk::oneSlot();
        p.until = kRequestEnd + 1;
        SD_VERIFY_OK(desk->addAvailability(p));
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        QCOMPARE(desk->stored.size(), 1);
    }

    // The slot's data is stored locally.
    void retrievesAndStoresDataLocally() {
        SD_VERIFY_OK(desk->addAvailability());
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        QCOMPARE(desk->stored.size(), 1);
        QCOMPARE(desk->stored.first().requestId, desk->requestId);
        QVERIFY(desk->stored.first().slotIndex < desk->request.ask.slots);
    }

    // A failed download makes the storage available again.
    void storageIsAvailableAgainWhenRetrievalFails() {
        auto a = desk->addAvailability();
        SD_VERIFY_OK(a);
        desk->storeError = QStringLiteral("network down");
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        // Each failure gives the space back, so the next slot of the request tries (and fails).
        QCOMPARE(desk->stored.size(), 4);
        QCOMPARE(desk->outcomesIn(SaleStateKind::Errored), 4);
        verifyBooksAreWhole(*a);
    }

    // A proof of storage is generated.
    void generatesProofOfStorage() {
        SD_VERIFY_OK(desk->sellOneSlot());
        QCOMPARE(desk->proved.size(), 1);
        QCOMPARE(desk->proved.first().requestId, desk->requestId);
        QVERIFY(desk->proved.first().slotIndex < desk->request.ask.slots);
    }

    // The slot is filled with our proof, as our host.
    void fillsASlot() {
        SD_VERIFY_OK(desk->sellOneSlot());
        QCOMPARE(desk->market.filled.size(), 1);
        const MockMarket::Fill& fill = desk->market.filled.first();
        QCOMPARE(fill.requestId, desk->requestId);
        QVERIFY(fill.slotIndex < desk->request.ask.slots);
        QCOMPARE(fill.proof.challenge, hashOf('\xC4'));
        QCOMPARE(fill.collateral, desk->request.collateralPerSlot());
        QCOMPARE(desk->market.hosts.value(slotIdOf(fill.requestId, fill.slotIndex)), desk->me);
        QCOMPARE(name(desk->onlyAgent()->state()), name(SaleStateKind::Proving));
    }

    // The onSale hook hears of the filled slot.
    void callsOnSaleWhenFilled() {
        SD_VERIFY_OK(desk->sellOneSlot());
        QCOMPARE(desk->sold.size(), 1);
        QCOMPARE(desk->sold.first().requestId, desk->requestId);
        QCOMPARE(desk->sold.first().slotIndex, desk->market.filled.first().slotIndex);
        QCOMPARE(desk->queue->activeWorkers(), 0); // the worker is free for the next slot
    }

    // onClear runs when the storage becomes available again.
    void callsOnClearWhenStorageIsAvailableAgain() {
        SD_VERIFY_OK(desk->addAvailability());
        desk->proveError = QStringLiteral("disk unreadable");
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        desk->advanceBy(240);
        QVERIFY(!desk->cleared.isEmpty());
        QCOMPARE(desk->cleared.first().requestId, desk->requestId);
        QCOMPARE(desk->cleared.first().slotIndex, desk->stored.first().slotIndex);
    }

    // Storage is available again when another host fills the slot, without the reference's leak:
    // Errored after another host filled the slot gives back
    // the bytes *and* the collateral (the reference compares availabilities by id only).
    void storageIsAvailableAgainWhenAnotherHostFills() {
        auto a = desk->addAvailability();
        SD_VERIFY_OK(a);
        desk->holdStore = true;
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        QCOMPARE(desk->reservationCount(), 1);
        for (quint64 i = 0; i < 4; ++i) {
            desk->market.hosts.insert(slotIdOf(desk->requestId, i), desk->someoneElse);
            desk->market.emitSlotFilled(desk->requestId, i);
        }
        desk->settle();
        QVERIFY(desk->sales->agents().isEmpty());
        QCOMPARE(desk->outcomesIn(SaleStateKind::Errored), 1);
        QCOMPARE(desk->outcomes.last().error, QStringLiteral("Slot filled by other host"));
        verifyBooksAreWhole(*a);
        QVERIFY(desk->market.freed.isEmpty()); // never ours: nothing to leave
    }

    // Storage is available again when the request expires, without the reference's leak:
    // Cancelled before our fill gives everything back.
    void storageIsAvailableAgainWhenRequestExpires() {
        auto a = desk->addAvailability();
        SD_VERIFY_OK(a);
        desk->holdStore = true;
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        QCOMPARE(desk->availability(a->id).freeSize, quint64(0));
        desk->market.requestStates.insert(desk->requestId, RequestState::Cancelled);
        desk->clock.advanceTo(kExpiresAt + 2);
        desk->settle();
        QVERIFY(desk->sales->agents().isEmpty());
        // Ours is cancelled; the queued slots then meet a request that is over.
        QCOMPARE(desk->outcomesIn(SaleStateKind::Cancelled), 1);
        verifyBooksAreWhole(*a);
    }

    // A cancellation is confirmed by the market's request state before the sale acts on it.
    void cancellationIsConfirmedOnChainFirst() {
        auto a = desk->addAvailability();
        SD_VERIFY_OK(a);
        desk->holdStore = true;
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        desk->clock.advanceTo(kExpiresAt + 5); // still New on chain
        desk->settle();
        QCOMPARE(desk->availability(a->id).freeSize, quint64(0));
        QCOMPARE(desk->sales->agents().size(), 1);
        desk->market.requestStates.insert(desk->requestId, RequestState::Cancelled);
        desk->advanceBy(2);
        desk->settle();
        QCOMPARE(desk->availability(a->id).freeSize, kSlotSize);
        QVERIFY(desk->sales->agents().isEmpty());
    }

    // Only the slots that are still active get an agent.
    void loadsActiveSlotsFromMarket() {
        const SlotId gone = slotIdOf(desk->requestId, 3); // in mySlots, no longer active
        QList<SlotId> mine{gone};
        for (quint64 index : {0, 2}) {
            const SlotId id = slotIdOf(desk->requestId, index);
            mine.append(id);
            desk->market.activeSlots.insert(id, Slot{desk->request, index});
            desk->market.slotStates.insert(id, SlotState::Filled);
            desk->market.hosts.insert(id, desk->me);
        }
        desk->market.mySlotsAnswer = mine;
        SD_VERIFY_OK(desk->start());
        QCOMPARE(desk->sales->agents().size(), qsizetype(2));
        QVERIFY(desk->sales->agentFor(desk->requestId, 0));
        QVERIFY(desk->sales->agentFor(desk->requestId, 2));
        QVERIFY(!desk->sales->agentFor(desk->requestId, 3));
        QCOMPARE(name(desk->sales->agentFor(desk->requestId, 2)->state()),
                 name(SaleStateKind::Proving));
    }

    // Reservations without a sale are deleted on load.
    void deletesInactiveReservationsOnLoad() {
        auto a = desk->addAvailability();
        SD_VERIFY_OK(a);
        SD_VERIFY_OK(desk->reservations->createReservation(a->id, desk->requestId, 2, kSlotSize,
                                                           kCollateralPerByte, kRequestEnd));
        QCOMPARE(desk->availability(a->id).freeSize, quint64(0));
        SD_VERIFY_OK(desk->start()); // mySlots is empty
        verifyBooksAreWhole(*a);
    }

    // An availability's until cannot end before one of its reservations.
    void untilCannotEndBeforeAnExistingReservation() {
        auto a = desk->sellOneSlot();
        SD_VERIFY_OK(a);
        AvailabilityChange change;
        change.until = kStart + 1;
        SD_VERIFY_ERROR(desk->reservations->updateAvailability(a->id, change), ErrorCode::Conflict);
        QCOMPARE(desk->availability(a->id).until, Timestamp(0));
    }

    // ---- Leaks across a restart (nim-codex issue #1213)
    // ------------------------------------------

    // A slot hosted across a restart: the recovered agent owns the stored reservation, and the
    // sale's end gives everything back.
    void slotHostedAcrossARestartKeepsItsReservation() {
        auto a = desk->sellOneSlot();
        SD_VERIFY_OK(a);
        const SalesData before = desk->onlyAgent()->data();
        QVERIFY(before.reservation);
        desk->sales->stop();
        desk->market.mySlotsAnswer = QList<SlotId>{before.slotId};
        desk->market.activeSlots.insert(before.slotId, Slot{desk->request, before.slotIndex});
        SD_VERIFY_OK(desk->start());
        QVERIFY(desk->onlyAgent());
        QVERIFY(desk->onlyAgent()->data().reservation);
        QCOMPARE(desk->onlyAgent()->data().reservation->id, before.reservation->id);
        QCOMPARE(desk->onlyAgent()->data().reservation->availabilityId, a->id);
        QCOMPARE(name(desk->onlyAgent()->state()), name(SaleStateKind::Proving));
        desk->market.slotStates.insert(before.slotId, SlotState::Finished);
        desk->market.requestStates.insert(desk->requestId, RequestState::Finished);
        desk->advanceBy(240);
        QVERIFY(desk->sales->agents().isEmpty());
        verifyBooksAreWhole(*a);
    }

    void slotHostedAcrossACrashKeepsItsReservation() {
        auto a = desk->sellOneSlot();
        SD_VERIFY_OK(a);
        const SalesData before = desk->onlyAgent()->data();
        QVERIFY(before.reservation);
        SD_VERIFY_OK(desk->crashAndReopen());
        desk->market.mySlotsAnswer = QList<SlotId>{before.slotId};
        desk->market.activeSlots.insert(before.slotId, Slot{desk->request, before.slotIndex});
        SD_VERIFY_OK(desk->start());
        QVERIFY(desk->onlyAgent());
        QVERIFY(desk->onlyAgent()->data().reservation);
        QCOMPARE(desk->onlyAgent()->data().reservation->id, before.reservation->id);
        QCOMPARE(desk->onlyAgent()->data().reservation->availabilityId, a->id);
        QCOMPARE(desk->onlyAgent()->data().collateralDeposited, desk->request.collateralPerSlot());
        desk->market.slotStates.insert(before.slotId, SlotState::Finished);
        desk->market.requestStates.insert(desk->requestId, RequestState::Finished);
        desk->advanceBy(240);
        QVERIFY(desk->sales->agents().isEmpty());
        verifyBooksAreWhole(*a);
        auto totals = desk->ledger->totals();
        SD_VERIFY_OK(totals);
        QCOMPARE(totals->deposited, totals->returned);
    }

    // Issue #1213: every slot in mySlots gets an agent, and an agent of ours that errors leaves
    // the slot, so no slot stays in mySlots without an agent to prove it.
    void everySlotInMySlotsGetsAnAgent() {
        const StorageRequest other = desk->otherRequest();
        desk->addRequest(other);
        QList<SlotId> mine;
        const QList<SlotState> states{SlotState::Filled, SlotState::Finished, SlotState::Cancelled};
        for (int i = 0; i < states.size(); ++i) {
            const StorageRequest& r = i == 1 ? other : desk->request;
            const SlotId id = slotIdOf(r.id(), quint64(i));
            mine.append(id);
            desk->market.activeSlots.insert(id, Slot{r, quint64(i)});
            desk->market.slotStates.insert(id, states[i]);
            desk->market.hosts.insert(id, desk->me);
        }
        desk->market.mySlotsAnswer = mine;
        desk->expiryUpdateError = QStringLiteral("disk full"); // the Filled one errors
        QList<SlotId> started;
        connect(desk->sales.get(), &Sales::agentStarted, this,
                [&](SalesAgent* agent) { started.append(agent->data().slotId); });
        SD_VERIFY_OK(desk->start());
        desk->settle();
        QCOMPARE(QSet<SlotId>(started.begin(), started.end()),
                 QSet<SlotId>(mine.begin(), mine.end()));
        // All three ended; each was left on chain (errored, paid out, cancelled).
        QVERIFY(desk->sales->agents().isEmpty());
        QCOMPARE(QSet<SlotId>(desk->market.freed.begin(), desk->market.freed.end()),
                 QSet<SlotId>(mine.begin(), mine.end()));
    }

    // Recovery reads every slot of mySlots in one slotSummaries call, and the agents take their
    // first states' answers from it: no read per slot.
    void recoveryReadsEverySlotInOneCall() {
        verifyActiveSlotsGetAgents({0, 1, 2});
        desk->settle();
        QCOMPARE(desk->market.callCount(QStringLiteral("slotSummaries")), 1);
        for (const char* single :
             {"getActiveSlot", "slotState", "getHost", "requestEnd", "requestExpiresAt"})
            QCOMPARE(desk->market.callCount(QString::fromLatin1(single)), 0);
        for (quint64 index : {0, 1, 2})
            QCOMPARE(name(desk->sales->agentFor(desk->requestId, index)->state()),
                     name(SaleStateKind::Proving));
    }

    // When slotSummaries fails, recovery asks slot by slot and ends the same.
    void recoveryAsksSlotBySlotWhenTheSummariesFail() {
        desk->market.slotSummariesError =
            MarketError{MarketError::Kind::Rejected, QStringLiteral("no such view")};
        verifyActiveSlotsGetAgents({0, 1, 2});
        desk->settle();
        QCOMPARE(desk->market.callCount(QStringLiteral("getActiveSlot")), 3);
        QCOMPARE(desk->market.callCount(QStringLiteral("slotState")), 3);
        QCOMPARE(desk->market.callCount(QStringLiteral("getHost")), 3);
        for (quint64 index : {0, 1, 2})
            QCOMPARE(name(desk->sales->agentFor(desk->requestId, index)->state()),
                     name(SaleStateKind::Proving));
    }

    // ---- Known gaps -----------------------------------------------------------------------------

    // The process dies after fillSlot took the collateral and before the ledger heard of it:
    // recovery books the deposit, once (also across a second restart), and the sale ends even.
    void depositOfAFillThatLandedBeforeACrashIsBookedOnce() {
        auto a = desk->addAvailability();
        SD_VERIFY_OK(a);
        desk->market.holdFillAnswer = true;
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        desk->advanceBy(240);
        QCOMPARE(desk->market.filled.size(), 1);
        QVERIFY(desk->onlyAgent());
        QCOMPARE(name(desk->onlyAgent()->state()), name(SaleStateKind::Filling));
        const quint64 index = desk->market.filled.first().slotIndex;
        const SlotId slotId = slotIdOf(desk->requestId, index);
        auto before = desk->ledger->totalsOf(desk->requestId, index);
        SD_VERIFY_OK(before);
        QCOMPARE(before->deposited, UInt256(0));

        SD_VERIFY_OK(desk->crashAndReopen());
        desk->market.holdFillAnswer = false;
        desk->market.mySlotsAnswer = QList<SlotId>{slotId};
        desk->market.activeSlots.insert(slotId, Slot{desk->request, index});
        SD_VERIFY_OK(desk->start());
        auto recovered = desk->ledger->totalsOf(desk->requestId, index);
        SD_VERIFY_OK(recovered);
        QCOMPARE(recovered->deposited, desk->request.collateralPerSlot());
        QVERIFY(desk->onlyAgent());
        QCOMPARE(desk->onlyAgent()->data().collateralDeposited, desk->request.collateralPerSlot());

        desk->sales->stop();
        SD_VERIFY_OK(desk->start());
        auto again = desk->ledger->totalsOf(desk->requestId, index);
        SD_VERIFY_OK(again);
        QCOMPARE(again->deposited, desk->request.collateralPerSlot()); // not twice

        desk->market.slotStates.insert(slotId, SlotState::Finished);
        desk->market.requestStates.insert(desk->requestId, RequestState::Finished);
        desk->advanceBy(240);
        QVERIFY(desk->sales->agents().isEmpty());
        verifyBooksAreWhole(*a);
        auto totals = desk->ledger->totals();
        SD_VERIFY_OK(totals);
        QCOMPARE(totals->deposited, totals->returned);
    }

    // A fill announced before a crash that never landed (the slot is not ours): nothing is
    // booked and the announcement is forgotten with the reservation.
    void depositOfAFillThatNeverLandedIsNotBooked() {
        auto a = desk->addAvailability();
        SD_VERIFY_OK(a);
        desk->market.holdFillAnswer = true;
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        desk->advanceBy(240);
        QCOMPARE(desk->market.filled.size(), 1);
        const quint64 index = desk->market.filled.first().slotIndex;
        SD_VERIFY_OK(desk->crashAndReopen());
        SD_VERIFY_OK(desk->start()); // mySlots is empty: the fill did not make the slot ours
        verifyBooksAreWhole(*a);
        auto totals = desk->ledger->totalsOf(desk->requestId, index);
        SD_VERIFY_OK(totals);
        QCOMPARE(totals->deposited, UInt256(0));
        auto expected = desk->ledger->expectedDeposit(desk->requestId, index);
        SD_VERIFY_OK(expected);
        QVERIFY(!expected->has_value());
    }

    // A fill that landed while its answer was pre-empted (the request was cancelled meanwhile):
    // SaleCancelled leaves the slot and gets the collateral back, and the deposit is booked so
    // the ledger balances.
    void depositOfAFillPreemptedInFlightIsBookedWhenItComesBack() {
        auto a = desk->addAvailability();
        SD_VERIFY_OK(a);
        desk->market.holdFillAnswer = true;
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        desk->advanceBy(240);
        QCOMPARE(desk->market.filled.size(), 1);
        const quint64 index = desk->market.filled.first().slotIndex;
        desk->market.emitRequestCancelled(desk->requestId);
        desk->settle();
        QVERIFY(desk->sales->agents().isEmpty());
        // Ours is cancelled; the queued slots then meet a request that is over.
        QCOMPARE(desk->outcomesIn(SaleStateKind::Cancelled), 1);
        auto totals = desk->ledger->totalsOf(desk->requestId, index);
        SD_VERIFY_OK(totals);
        QCOMPARE(totals->deposited, desk->request.collateralPerSlot());
        QCOMPARE(totals->returned, desk->request.collateralPerSlot());
        verifyBooksAreWhole(*a);
    }

    // After a restart the market answers "already submitted" for this period's proof (ours,
    // from before the restart): the period is proven, not missed.
    void proofAlreadySubmittedBeforeARestartIsNotMissed() {
        SD_VERIFY_OK(desk->sellOneSlot());
        const SalesData before = desk->onlyAgent()->data();
        desk->sales->stop();
        desk->market.mySlotsAnswer = QList<SlotId>{before.slotId};
        desk->market.activeSlots.insert(before.slotId, Slot{desk->request, before.slotIndex});
        desk->market.proofRequiredAnswer = true;
        desk->market.submitProofError =
            MarketError{MarketError::Kind::ProofAlreadySubmitted,
                        QStringLiteral("a proof for slot was already accepted in period "
                                       "(Proofs_ProofAlreadySubmitted)")};
        SD_VERIFY_OK(desk->start());
        SalesAgent* agent = desk->onlyAgent();
        QVERIFY(agent);
        QCOMPARE(name(agent->state()), name(SaleStateKind::Proving));
        QCOMPARE(desk->market.submitted.size(), 1);
        QCOMPARE(agent->data().proofsMissed, quint64(0));
        QCOMPARE(agent->data().proofsSubmitted, quint64(1));
    }

    // Every state transition is logged with the five ids; once reserved, with the real ones.
    void everyTransitionLogLineCarriesTheIds() {
        QStringList lines;
        g_saleLogLines = &lines;
        g_previousHandler = qInstallMessageHandler(collectSaleLogLines);
        g_previousFilter = QLoggingCategory::installFilter(enableAgentInfo);
        const auto restore = qScopeGuard([] {
            QLoggingCategory::installFilter(g_previousFilter);
            qInstallMessageHandler(g_previousHandler);
            g_saleLogLines = nullptr;
        });
        auto a = desk->sellOneSlot();
        SD_VERIFY_OK(a);
        const Reservation reservation = *desk->onlyAgent()->data().reservation;
        const SlotId slotId = desk->onlyAgent()->data().slotId;
        desk->market.slotStates.insert(slotId, SlotState::Finished);
        desk->market.requestStates.insert(desk->requestId, RequestState::Finished);
        desk->advanceBy(240);
        QStringList transitions;
        for (const QString& line : std::as_const(lines))
            if ((line.startsWith(QLatin1String("state ")) ||
                 line.startsWith(QLatin1String("sale ended"))) &&
                line.contains(QStringLiteral("slotId=") + slotId.toHex()))
                transitions.append(line);
        // Preparing, SlotReserving, Downloading, InitialProving, Filling, Filled, Proving,
        // Payout, Finished, and the end.
        QCOMPARE(transitions.size(), qsizetype(10));
        for (const QString& line : std::as_const(transitions)) {
            for (const char* key :
                 {"requestId=", "slotIndex=", "slotId=", "reservationId=", "availabilityId="})
                QVERIFY2(line.contains(QLatin1String(key)), qPrintable(line));
            QVERIFY2(line.contains(QStringLiteral("requestId=") + desk->requestId.toHex()),
                     qPrintable(line));
        }
        for (const QString& line : transitions.mid(1))
            QVERIFY2(line.contains(QStringLiteral("reservationId=") + reservation.id.toHex()) &&
                         line.contains(QStringLiteral("availabilityId=") + a->id.toHex()),
                     qPrintable(line));
    }

    // ---- Market events at the Sales level -------------------------------------------------------

    void storageRequestedQueuesEverySlot() {
        SD_VERIFY_OK(desk->start());
        desk->queue->setUserPaused(true);
        desk->post(desk->request);
        QCOMPARE(desk->queuedSlotsOf(desk->requestId), allSlots());
        for (const SlotQueueItem& item : desk->queue->items())
            QCOMPARE(item.collateral(), desk->request.collateralPerSlot());
        QVERIFY(desk->sales->agents().isEmpty());
    }

    void requestFulfilledStopsTheCancellationWatch() {
        SD_VERIFY_OK(desk->addAvailability());
        desk->holdStore = true;
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        QVERIFY(desk->onlyAgent());
        QVERIFY(desk->onlyAgent()->isWatchingForCancellation());
        const int asked = desk->market.callCount(QStringLiteral("requestState"));
        desk->market.emitRequestFulfilled(desk->requestId);
        desk->settle();
        QVERIFY(desk->queuedSlotsOf(desk->requestId).isEmpty());
        QVERIFY(!desk->onlyAgent()->isWatchingForCancellation());
        // Started: even a state that reads Cancelled after the expiry cancels nothing.
        desk->market.requestStates.insert(desk->requestId, RequestState::Cancelled);
        desk->clock.advanceTo(kExpiresAt + 10);
        QVERIFY(desk->onlyAgent());
        QCOMPARE(name(desk->onlyAgent()->state()), name(SaleStateKind::Downloading));
        QCOMPARE(desk->market.callCount(QStringLiteral("requestState")), asked);
    }

    void requestCancelledCancelsTheAgent() {
        auto a = desk->addAvailability();
        SD_VERIFY_OK(a);
        desk->holdStore = true;
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        SalesAgent* agent = desk->onlyAgent();
        QVERIFY(agent);
        QList<SaleStateKind> history;
        connect(agent, &SalesAgent::finished, this, [&] { history = agent->history(); });
        desk->market.emitRequestCancelled(desk->requestId);
        desk->settle();
        QVERIFY(desk->queuedSlotsOf(desk->requestId).isEmpty());
        QCOMPARE(name(history.last()), name(SaleStateKind::Cancelled));
        verifyBooksAreWhole(*a);
    }

    void requestFailedFailsTheAgent() {
        auto a = desk->addAvailability();
        SD_VERIFY_OK(a);
        desk->holdStore = true;
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        SalesAgent* agent = desk->onlyAgent();
        QVERIFY(agent);
        QList<SaleStateKind> history;
        connect(agent, &SalesAgent::finished, this, [&] { history = agent->history(); });
        desk->market.emitRequestFailed(desk->requestId);
        desk->settle();
        QVERIFY(desk->queuedSlotsOf(desk->requestId).isEmpty());
        QCOMPARE(name(history.last()), name(SaleStateKind::Failed));
        QCOMPARE(desk->outcomes.last().error, QStringLiteral("Sale failed"));
        verifyBooksAreWhole(*a);
    }

    void slotFilledMovesTheAgentToFilled() {
        SD_VERIFY_OK(desk->addAvailability());
        desk->holdStore = true;
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        SalesAgent* agent = desk->onlyAgent();
        QVERIFY(agent);
        const quint64 ours = agent->data().slotIndex;
        const quint64 queued = *desk->queuedSlotsOf(desk->requestId).begin();
        QList<SaleStateKind> history;
        connect(agent, &SalesAgent::finished, this, [&] { history = agent->history(); });
        desk->market.hosts.insert(slotIdOf(desk->requestId, ours), desk->someoneElse);
        desk->market.emitSlotFilled(desk->requestId, queued);
        desk->settle();
        QVERIFY(!desk->queuedSlotsOf(desk->requestId).contains(queued));
        QCOMPARE(name(agent->state()), name(SaleStateKind::Downloading)); // not its slot
        desk->market.emitSlotFilled(desk->requestId, ours);
        desk->settle();
        QVERIFY(history.contains(SaleStateKind::Filled));
        QCOMPARE(name(history.last()), name(SaleStateKind::Errored));
    }

    void slotFreedQueuesTheSlotAtRepairCollateral() {
        SD_VERIFY_OK(desk->start());
        desk->queue->setUserPaused(true);
        desk->market.slotCollateralAnswer = UInt256(77);
        desk->market.emitSlotFreed(desk->requestId, 3);
        desk->settle();
        QCOMPARE(desk->queuedSlotsOf(desk->requestId), (QSet<quint64>{3}));
        QCOMPARE(desk->queue->items().first().collateral(), UInt256(77));
        QVERIFY(desk->market.calls.contains(QStringLiteral("getRequest")));
    }

    // The free that failed its request (more slots lost than it allows) comes with the failure:
    // the slot is not queued for a repair nobody can make. A request that still runs is.
    void slotFreedOfAnEndedRequestIsNotQueued_data() {
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("queued");
        QTest::newRow("failed") << int(RequestState::Failed) << false;
        QTest::newRow("cancelled") << int(RequestState::Cancelled) << false;
        QTest::newRow("finished") << int(RequestState::Finished) << false;
        QTest::newRow("started") << int(RequestState::Started) << true;
    }
    void slotFreedOfAnEndedRequestIsNotQueued() {
        QFETCH(int, state);
        QFETCH(bool, queued);
        SD_VERIFY_OK(desk->start());
        desk->queue->setUserPaused(true);
        desk->market.requestStates[desk->requestId] = static_cast<RequestState>(state);
        desk->market.emitSlotFreed(desk->requestId, 3);
        desk->settle();
        QCOMPARE(desk->queuedSlotsOf(desk->requestId), queued ? QSet<quint64>{3} : QSet<quint64>{});
        QVERIFY(desk->market.calls.contains(QStringLiteral("requestState")));
    }

    void slotReservationsFullDropsOnlyTheQueuedSlot() {
        SD_VERIFY_OK(desk->addAvailability());
        desk->holdStore = true;
        SD_VERIFY_OK(desk->start());
        desk->post(desk->request);
        SalesAgent* agent = desk->onlyAgent();
        QVERIFY(agent);
        const quint64 queued = *desk->queuedSlotsOf(desk->requestId).begin();
        desk->market.emitSlotReservationsFull(desk->requestId, queued);
        desk->market.emitSlotReservationsFull(desk->requestId, agent->data().slotIndex);
        desk->settle();
        QCOMPARE(desk->queuedSlotsOf(desk->requestId).size(), 2);
        QCOMPARE(desk->onlyAgent(), agent); // our reservation stands
        QCOMPARE(name(agent->state()), name(SaleStateKind::Downloading));
    }
};

QTEST_GUILESS_MAIN(TestSales)
#include "tst_sales.moc"
