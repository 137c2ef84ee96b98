#include "core/clock/VirtualClock.h"
#include "core/simulation/SimulatedMarket.h"
#include "core/simulation/SimulatedValidator.h"
#include "tests/core/simulation/SimulationTestSupport.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

using Kind = MarketError::Kind;

namespace {

// Every signal of a market, as "name:detail" in emission order.
class EventLog : public QObject {
public:
    explicit EventLog(Market& market) {
        connect(&market, &Market::storageRequested, this,
                [this](const RequestId&, const StorageAsk&, Timestamp at) {
                    events << QStringLiteral("storageRequested:%1").arg(at);
                });
        connect(&market, &Market::requestFulfilled, this,
                [this](const RequestId&) { events << QStringLiteral("requestFulfilled"); });
        connect(&market, &Market::requestCancelled, this,
                [this](const RequestId&) { events << QStringLiteral("requestCancelled"); });
        connect(&market, &Market::requestFailed, this,
                [this](const RequestId&) { events << QStringLiteral("requestFailed"); });
        connect(&market, &Market::slotFilled, this, [this](const RequestId&, quint64 i) {
            events << QStringLiteral("slotFilled:%1").arg(i);
        });
        connect(&market, &Market::slotFreed, this, [this](const RequestId&, quint64 i) {
            events << QStringLiteral("slotFreed:%1").arg(i);
        });
        connect(&market, &Market::slotReservationsFull, this, [this](const RequestId&, quint64 i) {
            events << QStringLiteral("slotReservationsFull:%1").arg(i);
        });
        connect(&market, &Market::proofSubmitted, this,
                [this](const SlotId&) { events << QStringLiteral("proofSubmitted"); });
    }
    QStringList take() {
        QStringList out;
        out.swap(events);
        return out;
    }
    QStringList events;
};

} // namespace

class TestSimulatedMarket : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void openingChecksTheConfig();
    void answersAreNeverSynchronous();
    void answerIsDroppedWhenTheContextIsGone();
    void nullContextAnswersOnTheMarket();
    void eventsFollowTheAnswerAndTheStateChange();
    void storageRequestedIsQueued();            // with its id and ask
    void readsOfUnknownIdsAndEmptySlots();      // no request, Free, no active slot
    void hostOfAFilledSlotAndActiveSlot();      // our host, the request, Filled
    void fillAnswersTheCollateralPulled();      // less when repairing
    void payoutAnswersWhatWasPaid();            // reward and collateral
    void freeingAnActiveSlotLosesIt();          // the collateral is forfeit
    void proofsThroughTheMarket();              // one per period; ProofSubmitted
    void validatorSlashesOurMissedProofs();     // missingProofs counts them
    void requestFailsAfterTooManyMissedSlots(); // RequestFailed
    void withdrawCancelsAndRefunds();           // RequestCancelled and the refund
    void reservationsFullIsEmittedOnce();       // when the maximum is reached
    void openRequestsForARestartedHost();
    void adminEventsChangeTheBooksAndEmit();
    void injectedFaultsFailTransientlyAndChangeNothing();
    void faultRateFollowsTheProbability();
    void sameSeedSameRun();
    void tokensAreConservedOverALongRandomRun();
    void reopenedMarketIsTheSame();
    void reopenedMarketCatchesUpAndRearmsTheValidator();
    void storedIdentityWinsOverOptions();

private:
    std::unique_ptr<SimulatedMarket> openMarket(const QString& filePath = QString(),
                                                quint64 seed = 1);
    RequestId post(SimulatedMarket& market, const StorageRequest& request = makeRequest());
    MarketResult<UInt256> reserveAndFill(SimulatedMarket& market, const RequestId& id,
                                         quint64 slotIndex);
    // Our host fills slot 0, competing hosts the rest: a Started request.
    RequestId postStarted(SimulatedMarket& market, quint8 nonce = 1);

    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSimulatedMarket::init() {
    m_clock = std::make_unique<VirtualClock>(kStart);
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestSimulatedMarket::cleanup() {
    deliverPosted();
    m_dir.reset();
    m_clock.reset();
}

std::unique_ptr<SimulatedMarket> TestSimulatedMarket::openMarket(const QString& filePath,
                                                                 quint64 seed) {
    SimulatedMarketOptions options;
    options.seed = seed;
    options.signer = kHost();
    options.filePath = filePath;
    auto market = SimulatedMarket::open(*m_clock, options);
    if (!market.ok()) {
        qWarning() << market.message();
        return nullptr;
    }
    return std::move(*market);
}

RequestId TestSimulatedMarket::post(SimulatedMarket& market, const StorageRequest& request) {
    if (!market.control().mint(request.client, request.totalPrice()).ok())
        return RequestId();
    auto id = market.control().requestStorage(request.client, request);
    return id.ok() ? *id : RequestId();
}

MarketResult<UInt256> TestSimulatedMarket::reserveAndFill(SimulatedMarket& market,
                                                          const RequestId& id, quint64 slotIndex) {
    Answer<UInt256> collateral;
    market.slotCollateral(id, slotIndex, nullptr, collateral.callback());
    if (!collateral.wait() || !collateral.ok())
        return MarketError{Kind::Rejected, QStringLiteral("no collateral")};
    if (!market.control().mint(market.signer(), collateral.value()).ok())
        return MarketError{Kind::Rejected, QStringLiteral("mint failed")};
    Answer<Done> reserved;
    market.reserveSlot(id, slotIndex, nullptr, reserved.callback());
    if (!reserved.wait())
        return MarketError{Kind::Rejected, QStringLiteral("no answer")};
    if (!reserved.ok())
        return reserved.result->error();
    Answer<UInt256> filled;
    market.fillSlot(id, slotIndex,
                    validProof(market.control().books(), id, slotIndex, market.control().now()),
                    collateral.value(), nullptr, filled.callback());
    if (!filled.wait())
        return MarketError{Kind::Rejected, QStringLiteral("no answer")};
    return *filled.result;
}

RequestId TestSimulatedMarket::postStarted(SimulatedMarket& market, quint8 nonce) {
    const RequestId id = post(market, makeRequest(nonce));
    if (id.isZero() || !reserveAndFill(market, id, 0).ok())
        return RequestId();
    auto others = market.control().othersFill(id, {1, 2, 3});
    return others.ok() && others->size() == 3 ? id : RequestId();
}

void TestSimulatedMarket::openingChecksTheConfig() {
    SimulatedMarketOptions options;
    options.config.slashPercentage = 60; // 2 * 60 > 100
    auto market = SimulatedMarket::open(*m_clock, options);
    SD_VERIFY_ERROR(market, ErrorCode::InvalidArgument);
    options.config = MarketConfig{};
    auto ok = SimulatedMarket::open(*m_clock, options);
    SD_VERIFY_OK(ok);
    QCOMPARE((*ok)->signer(), SimulatedMarket::defaultSigner(1));
    QVERIFY(!(*ok)->control().isPersistent());
}

void TestSimulatedMarket::answersAreNeverSynchronous() {
    auto market = openMarket();
    QVERIFY(market);
    const RequestId id = post(*market);
    QObject context;
    int answered = 0;
    const auto count = [&answered](const auto&) {
        ++answered;
    };
    market->getRequest(id, &context, count);
    market->requestState(id, &context, count);
    market->slotState(slotIdOf(id, 0), &context, count);
    market->requestEnd(id, &context, count);
    market->requestExpiresAt(id, &context, count);
    market->getHost(slotIdOf(id, 0), &context, count);
    market->currentCollateral(slotIdOf(id, 0), &context, count);
    market->slotCollateral(id, 0, &context, count);
    market->getActiveSlot(slotIdOf(id, 0), &context, count);
    market->mySlots(&context, count);
    market->openRequests(&context, count);
    market->balance(&context, count);
    market->isProofRequired(slotIdOf(id, 0), &context, count);
    market->willProofBeRequired(slotIdOf(id, 0), &context, count);
    market->getChallenge(slotIdOf(id, 0), &context, count);
    market->getPointer(slotIdOf(id, 0), &context, count);
    market->missingProofs(slotIdOf(id, 0), &context, count);
    market->canReserveSlot(id, 0, &context, count);
    market->reserveSlot(id, 0, &context, count);
    market->fillSlot(id, 0, StorageProof{}, 0, &context, count);
    market->freeSlot(slotIdOf(id, 0), &context, count);
    market->submitProof(slotIdOf(id, 0), StorageProof{}, &context, count);
    QCOMPARE(answered, 0);
    deliverPosted();
    QCOMPARE(answered, 22);
}

void TestSimulatedMarket::answerIsDroppedWhenTheContextIsGone() {
    auto market = openMarket();
    QVERIFY(market);
    const RequestId id = post(*market);
    auto context = std::make_unique<QObject>();
    int answered = 0;
    market->reserveSlot(id, 0, context.get(), [&](const MarketResult<Done>&) { ++answered; });
    market->getRequest(id, context.get(), [&](const auto&) { ++answered; });
    context.reset();
    deliverPosted();
    QCOMPARE(answered, 0);
    // The transaction itself happened; only its answer is gone.
    QCOMPARE(market->control().books().reservations(slotIdOf(id, 0)), QList<Address>{kHost()});
}

void TestSimulatedMarket::nullContextAnswersOnTheMarket() {
    auto market = openMarket();
    QVERIFY(market);
    Answer<UInt256> balance;
    market->balance(nullptr, balance.callback());
    QVERIFY(!balance.result);
    QVERIFY(balance.wait());
    QCOMPARE(balance.value(), UInt256(0));
}

void TestSimulatedMarket::eventsFollowTheAnswerAndTheStateChange() {
    auto market = openMarket();
    QVERIFY(market);
    const RequestId id = post(*market);
    SD_VERIFY_OK(market->control().mint(kHost(), 2000));
    Answer<Done> reserved;
    market->reserveSlot(id, 0, nullptr, reserved.callback());
    QVERIFY(reserved.wait());
    QStringList order;
    SlotState seenInHandler = SlotState::Free;
    connect(market.get(), &Market::slotFilled, this, [&](const RequestId& r, quint64 i) {
        order << QStringLiteral("slotFilled");
        seenInHandler =
            market->control().books().slotState(slotIdOf(r, i), market->control().now());
    });
    market->fillSlot(id, 0, validProof(market->control().books(), id, 0, market->control().now()),
                     2000, nullptr, [&](const MarketResult<UInt256>& r) {
                         order << (r.ok() ? QStringLiteral("answer") : r.error().message);
                     });
    QVERIFY(order.isEmpty()); // nothing inside the call
    deliverPosted();
    QCOMPARE(order, (QStringList{QStringLiteral("answer"), QStringLiteral("slotFilled")}));
    SD_COMPARE_STATE(seenInHandler, SlotState::Filled);
}

void TestSimulatedMarket::storageRequestedIsQueued() {
    auto market = openMarket();
    QVERIFY(market);
    QSignalSpy spy(market.get(), &Market::storageRequested);
    const RequestId id = post(*market);
    QVERIFY(!id.isZero());
    QCOMPARE(spy.count(), 0);
    deliverPosted();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<RequestId>(), id);
    QCOMPARE(spy.at(0).at(1).value<StorageAsk>(), makeRequest().ask);
    QCOMPARE(spy.at(0).at(2).value<Timestamp>(), kStart + 600);
}

void TestSimulatedMarket::readsOfUnknownIdsAndEmptySlots() {
    auto market = openMarket();
    QVERIFY(market);
    const RequestId unknown = makeRequest(42).id();
    Answer<std::optional<StorageRequest>> request;
    market->getRequest(unknown, nullptr, request.callback());
    Answer<std::optional<RequestState>> state;
    market->requestState(unknown, nullptr, state.callback());
    Answer<SlotState> slot;
    market->slotState(slotIdOf(unknown, 0), nullptr, slot.callback());
    Answer<Timestamp> end;
    market->requestEnd(unknown, nullptr, end.callback());
    Answer<std::optional<Slot>> active;
    market->getActiveSlot(slotIdOf(unknown, 0), nullptr, active.callback());
    Answer<std::optional<Address>> host;
    market->getHost(slotIdOf(unknown, 0), nullptr, host.callback());
    deliverPosted();
    QVERIFY(request.ok() && !request.value().has_value());
    QVERIFY(state.ok() && !state.value().has_value());
    SD_COMPARE_STATE(slot.value(), SlotState::Free);
    QCOMPARE(end.kind(), Kind::UnknownRequest);
    QVERIFY(active.ok() && !active.value().has_value());
    QVERIFY(host.ok() && !host.value().has_value());
}

void TestSimulatedMarket::hostOfAFilledSlotAndActiveSlot() {
    auto market = openMarket();
    QVERIFY(market);
    const RequestId id = post(*market);
    SD_VERIFY_MARKET_OK(reserveAndFill(*market, id, 1));
    Answer<std::optional<Address>> host;
    market->getHost(slotIdOf(id, 1), nullptr, host.callback());
    Answer<std::optional<Slot>> active;
    market->getActiveSlot(slotIdOf(id, 1), nullptr, active.callback());
    Answer<QList<SlotId>> mine;
    market->mySlots(nullptr, mine.callback());
    Answer<SlotState> state;
    market->slotState(slotIdOf(id, 1), nullptr, state.callback());
    deliverPosted();
    QCOMPARE(*host.value(), kHost());
    QVERIFY(active.value().has_value());
    QCOMPARE(active.value()->request, makeRequest());
    QCOMPARE(active.value()->slotIndex, quint64(1));
    QCOMPARE(mine.value(), QList<SlotId>{slotIdOf(id, 1)});
    SD_COMPARE_STATE(state.value(), SlotState::Filled);
}

void TestSimulatedMarket::fillAnswersTheCollateralPulled() {
    auto market = openMarket();
    QVERIFY(market);
    const RequestId id = postStarted(*market);
    QVERIFY(!id.isZero());
    SD_VERIFY_OK(market->control().forceFree(id, 2));
    Answer<UInt256> collateral;
    market->slotCollateral(id, 2, nullptr, collateral.callback());
    QVERIFY(collateral.wait());
    QCOMPARE(collateral.value(), UInt256(1800));
    auto filled = reserveAndFill(*market, id, 2);
    SD_VERIFY_MARKET_OK(filled);
    QCOMPARE(*filled, UInt256(1800));
    Answer<UInt256> current;
    market->currentCollateral(slotIdOf(id, 2), nullptr, current.callback());
    QVERIFY(current.wait());
    QCOMPARE(current.value(), UInt256(2000));
}

void TestSimulatedMarket::payoutAnswersWhatWasPaid() {
    auto market = openMarket();
    QVERIFY(market);
    const RequestId id = post(*market);
    m_clock->advanceTo(kStart + 30);
    SD_VERIFY_MARKET_OK(reserveAndFill(*market, id, 0));
    QCOMPARE(*market->control().othersFill(id, {1, 2, 3}), (QList<quint64>{1, 2, 3}));
    const Timestamp filledAt = kStart + 30;
    // Prove every period so the validator leaves the slot alone until the end.
    for (Timestamp t = kStart + 121; t < kStart + 3600; t += 120) {
        m_clock->advanceTo(t);
        Answer<Done> proof;
        market->submitProof(slotIdOf(id, 0), validProof(market->control().books(), id, 0, t),
                            nullptr, proof.callback());
        QVERIFY(proof.wait());
        SD_VERIFY_MARKET_OK(*proof.result);
    }
    m_clock->advanceTo(kStart + 3601);
    Answer<Timestamp> end;
    market->requestEnd(id, nullptr, end.callback());
    QVERIFY(end.wait());
    const UInt256 before = market->control().balanceOf(kHost());
    Answer<HostSlotSettlement> holding;
    market->hostSettlement(slotIdOf(id, 0), nullptr, holding.callback());
    QVERIFY(holding.wait());
    QCOMPARE(holding.value(), (HostSlotSettlement{UInt256(2000), 0, 0, true}));
    QCOMPARE(holding.value().collateralLost(), UInt256(0));
    Answer<SlotPayout> payout;
    market->freeSlot(slotIdOf(id, 0), nullptr, payout.callback());
    QVERIFY(payout.wait());
    SD_VERIFY_MARKET_OK(*payout.result);
    const UInt256 reward = UInt256(static_cast<quint64>(end.value() - filledAt)) * 1000;
    QCOMPARE(payout.value().reward, reward);
    QCOMPARE(payout.value().collateral, UInt256(2000));
    QCOMPARE(market->control().balanceOf(kHost()), before + reward + 2000);
    // What a host restarted after this payout learns (its ledger may have missed it).
    Answer<HostSlotSettlement> paid;
    market->hostSettlement(slotIdOf(id, 0), nullptr, paid.callback());
    QVERIFY(paid.wait());
    QCOMPARE(paid.value(), (HostSlotSettlement{UInt256(2000), reward, UInt256(2000), false}));
    QCOMPARE(paid.value().collateralLost(), UInt256(0));
}

void TestSimulatedMarket::freeingAnActiveSlotLosesIt() {
    auto market = openMarket();
    QVERIFY(market);
    EventLog log(*market);
    const RequestId id = post(*market);
    SD_VERIFY_MARKET_OK(reserveAndFill(*market, id, 0));
    Answer<bool> reserved;
    market->holdsReservation(slotIdOf(id, 0), nullptr, reserved.callback());
    QVERIFY(reserved.wait());
    QVERIFY(reserved.value());
    deliverPosted();
    log.take();
    Answer<SlotPayout> payout;
    market->freeSlot(slotIdOf(id, 0), nullptr, payout.callback());
    QVERIFY(payout.wait());
    QCOMPARE(payout.value().reward + payout.value().collateral, UInt256(0));
    Answer<std::optional<Address>> host;
    market->getHost(slotIdOf(id, 0), nullptr, host.callback());
    QVERIFY(host.wait());
    QVERIFY(!host.value().has_value());
    deliverPosted();
    QCOMPARE(log.take(), QStringList{QStringLiteral("slotFreed:0")});
    Answer<HostSlotSettlement> settled;
    market->hostSettlement(slotIdOf(id, 0), nullptr, settled.callback());
    Answer<bool> held;
    market->holdsReservation(slotIdOf(id, 0), nullptr, held.callback());
    QVERIFY(settled.wait());
    QVERIFY(held.wait());
    QCOMPARE(settled.value().collateralLost(), UInt256(2000));
    QVERIFY(!settled.value().holding);
    QVERIFY(!held.value()); // a forced free clears the slot's reservations
}

void TestSimulatedMarket::proofsThroughTheMarket() {
    auto market = openMarket();
    QVERIFY(market);
    EventLog log(*market);
    const RequestId id = postStarted(*market);
    QVERIFY(!id.isZero());
    const SlotId slot = slotIdOf(id, 0);
    deliverPosted();
    log.take();
    m_clock->advanceTo(kStart + 125);
    Answer<bool> required;
    market->isProofRequired(slot, nullptr, required.callback());
    Answer<bool> willBe;
    market->willProofBeRequired(slot, nullptr, willBe.callback());
    Answer<Hash32> challenge;
    market->getChallenge(slot, nullptr, challenge.callback());
    Answer<quint8> pointer;
    market->getPointer(slot, nullptr, pointer.callback());
    deliverPosted();
    QVERIFY(required.value() != willBe.value()); // probability 1: due now or later this period
    QCOMPARE(willBe.value(), pointer.value() < market->config().downtime);
    Answer<Done> submitted;
    market->submitProof(
        slot,
        proofs::proveFromGenerator(
            proofs::SlotDataGenerator::datasetKey(market->control().books().request(id)->request),
            0, kSlotSize, challenge.value()),
        nullptr, submitted.callback());
    QVERIFY(submitted.wait());
    SD_VERIFY_MARKET_OK(*submitted.result);
    deliverPosted();
    QCOMPARE(log.take(), QStringList{QStringLiteral("proofSubmitted")});
    Answer<Done> again;
    market->submitProof(
        slot,
        proofs::proveFromGenerator(
            proofs::SlotDataGenerator::datasetKey(market->control().books().request(id)->request),
            0, kSlotSize, challenge.value()),
        nullptr, again.callback());
    QVERIFY(again.wait());
    QCOMPARE(again.kind(), Kind::ProofAlreadySubmitted);
}

void TestSimulatedMarket::validatorSlashesOurMissedProofs() {
    auto market = openMarket();
    QVERIFY(market);
    const RequestId id = postStarted(*market);
    QVERIFY(!id.isZero());
    QVERIFY(market->control().validator().armed());
    m_clock->advanceTo(kStart + 2 * 120 + 1);
    Answer<quint64> missing;
    market->missingProofs(slotIdOf(id, 0), nullptr, missing.callback());
    QVERIFY(missing.wait());
    QCOMPARE(missing.value(), quint64(1));
    QCOMPARE(market->control().balanceOf(SimulationControl::validatorAddress()), UInt256(80));
    // The competing hosts' slots are untouched.
    QCOMPARE(market->control().books().missingProofs(slotIdOf(id, 1)), quint64(0));
}

void TestSimulatedMarket::requestFailsAfterTooManyMissedSlots() {
    auto market = openMarket();
    QVERIFY(market);
    EventLog log(*market);
    const RequestId id = post(*market); // maxSlotLoss 1: two lost slots fail it
    SD_VERIFY_MARKET_OK(reserveAndFill(*market, id, 0));
    SD_VERIFY_MARKET_OK(reserveAndFill(*market, id, 1));
    QCOMPARE(*market->control().othersFill(id, {2, 3}), (QList<quint64>{2, 3}));
    deliverPosted();
    log.take();
    m_clock->advanceTo(kStart + 3 * 120 + 1);
    deliverPosted();
    const QStringList events = log.take(); // the validator goes through our slots by id
    QCOMPARE(events.size(), 3);
    QVERIFY(events.contains(QStringLiteral("slotFreed:0")));
    QVERIFY(events.contains(QStringLiteral("slotFreed:1")));
    QCOMPARE(events.last(), QStringLiteral("requestFailed"));
    SD_COMPARE_STATE(market->control().books().requestState(id, market->control().now()),
                     RequestState::Failed);
    QVERIFY(!market->control().validator().armed());
}

void TestSimulatedMarket::withdrawCancelsAndRefunds() {
    auto market = openMarket();
    QVERIFY(market);
    EventLog log(*market);
    const RequestId id = post(*market);
    deliverPosted();
    log.take();
    SD_VERIFY_ERROR(market->control().withdrawFunds(kClient(), id), ErrorCode::Conflict);
    m_clock->advanceTo(kStart + 601);
    auto paid = market->control().withdrawFunds(kClient(), id);
    SD_VERIFY_OK(paid);
    QCOMPARE(*paid, makeRequest().totalPrice());
    QCOMPARE(market->control().balanceOf(kClient()), makeRequest().totalPrice());
    QVERIFY(log.events.isEmpty()); // queued
    deliverPosted();
    QCOMPARE(log.take(), QStringList{QStringLiteral("requestCancelled")});
}

void TestSimulatedMarket::reservationsFullIsEmittedOnce() {
    auto market = openMarket();
    QVERIFY(market);
    EventLog log(*market);
    const RequestId id = post(*market);
    Answer<Done> reserved;
    market->reserveSlot(id, 3, nullptr, reserved.callback());
    QVERIFY(reserved.wait());
    QCOMPARE(*market->control().othersReserve(id, 3, 5), quint64(2));
    Answer<bool> canReserve;
    market->canReserveSlot(id, 3, nullptr, canReserve.callback());
    QVERIFY(canReserve.wait());
    QVERIFY(!canReserve.value());
    deliverPosted();
    QCOMPARE(log.take().filter(QStringLiteral("slotReservationsFull")),
             QStringList{QStringLiteral("slotReservationsFull:3")});
}

void TestSimulatedMarket::openRequestsForARestartedHost() {
    auto market = openMarket();
    QVERIFY(market);
    const RequestId open = post(*market, makeRequest(1));
    const RequestId full = postStarted(*market, 2);
    QVERIFY(!full.isZero());
    Answer<QList<OpenRequest>> answer;
    market->openRequests(nullptr, answer.callback());
    QVERIFY(answer.wait());
    QCOMPARE(answer.value().size(), 1);
    QCOMPARE(answer.value()[0].id, open);
    QCOMPARE(answer.value()[0].expiresAt, kStart + 600);
}

void TestSimulatedMarket::adminEventsChangeTheBooksAndEmit() {
    auto market = openMarket();
    QVERIFY(market);
    EventLog log(*market);
    const RequestId id = postStarted(*market);
    QVERIFY(!id.isZero());
    deliverPosted();
    log.take();
    SD_VERIFY_OK(market->control().forceFree(id, 3));
    SD_VERIFY_ERROR(market->control().forceFree(id, 3), ErrorCode::Conflict); // now in Repair
    SD_VERIFY_ERROR(market->control().forceFree(makeRequest(9).id(), 0), ErrorCode::NotFound);
    SD_VERIFY_OK(market->control().failRequest(id));
    SD_VERIFY_ERROR(market->control().failRequest(id), ErrorCode::InvalidArgument);
    QVERIFY(log.events.isEmpty());
    deliverPosted();
    QCOMPARE(log.take(),
             (QStringList{QStringLiteral("slotFreed:3"), QStringLiteral("requestFailed")}));
    Answer<SlotState> state;
    market->slotState(slotIdOf(id, 0), nullptr, state.callback());
    QVERIFY(state.wait());
    SD_COMPARE_STATE(state.value(), SlotState::Failed);
}

void TestSimulatedMarket::injectedFaultsFailTransientlyAndChangeNothing() {
    auto market = openMarket();
    QVERIFY(market);
    const RequestId id = post(*market);
    market->control().setFault(QStringLiteral("reserveSlot"), 1.0, kStart + 60);
    Answer<Done> reserved;
    market->reserveSlot(id, 0, nullptr, reserved.callback());
    QVERIFY(reserved.wait());
    QCOMPARE(reserved.kind(), Kind::Transient);
    QVERIFY(reserved.result->error().isTransient());
    QVERIFY(market->control().books().reservations(slotIdOf(id, 0)).isEmpty());
    // Other methods are not affected.
    Answer<bool> can;
    market->canReserveSlot(id, 0, nullptr, can.callback());
    QVERIFY(can.wait());
    QVERIFY(can.ok());
    // The fault ends at its time.
    m_clock->advanceTo(kStart + 60);
    Answer<Done> later;
    market->reserveSlot(id, 0, nullptr, later.callback());
    QVERIFY(later.wait());
    SD_VERIFY_MARKET_OK(*later.result);
}

void TestSimulatedMarket::faultRateFollowsTheProbability() {
    auto market = openMarket();
    QVERIFY(market);
    market->control().setFault(QStringLiteral("*"), 0.3, kStart + 1000);
    int failed = 0;
    const int calls = 3000;
    for (int i = 0; i < calls; ++i) {
        Answer<UInt256> answer;
        market->balance(nullptr, answer.callback());
        QVERIFY(answer.wait());
        failed += answer.ok() ? 0 : 1;
    }
    const double share = static_cast<double>(failed) / calls;
    QVERIFY2(share > 0.26 && share < 0.34, qPrintable(QString::number(share)));
    QCOMPARE(market->control().faults().failures(), static_cast<quint64>(failed));
}

void TestSimulatedMarket::sameSeedSameRun() {
    const auto run = [this](quint64 seed) {
        m_clock = std::make_unique<VirtualClock>(kStart);
        auto market = openMarket(QString(), seed);
        market->control().setFault(QStringLiteral("*"), 0.5, kStart + 1000);
        QString pattern;
        const RequestId id = post(*market);
        for (quint64 i = 0; i < 24; ++i) {
            Answer<bool> answer;
            market->canReserveSlot(id, i % 4, nullptr, answer.callback());
            answer.wait();
            pattern += answer.ok() ? u'.' : u'x';
        }
        return pattern;
    };
    const QString a = run(5);
    QCOMPARE(run(5), a);
    QVERIFY(run(6) != a);
    QVERIFY(a.contains(u'x') && a.contains(u'.'));
}

void TestSimulatedMarket::tokensAreConservedOverALongRandomRun() {
    auto market = openMarket();
    QVERIFY(market);
    QRandomGenerator gen(2024);
    QList<RequestId> requests;
    quint8 nonce = 1;
    int withdrawals = 0;
    int payouts = 0;
    int ourFills = 0;
    for (int step = 0; step < 400; ++step) {
        const int action = static_cast<int>(gen.bounded(10));
        const RequestId id =
            requests.isEmpty() ? RequestId() : requests[gen.bounded(requests.size())];
        const quint64 slot = gen.bounded(4);
        switch (action) {
        case 0:
            if (nonce < 200) {
                StorageRequest r =
                    makeRequest(nonce++, address(static_cast<quint8>(0x30 + gen.bounded(5))));
                r.ask.maxSlotLoss = gen.bounded(3);
                const RequestId posted = post(*market, r);
                if (!posted.isZero())
                    requests.append(posted);
            }
            break;
        case 1:
            if (!id.isZero())
                ourFills += reserveAndFill(*market, id, slot).ok() ? 1 : 0;
            break;
        case 2:
            if (!id.isZero())
                (void)market->control().othersFill(id, {slot, (slot + 1) % 4});
            break;
        case 3:
            if (!id.isZero())
                (void)market->control().forceFree(id, slot);
            break;
        case 4:
            if (!id.isZero() && gen.bounded(4) == 0)
                (void)market->control().failRequest(id);
            break;
        case 5:
            if (!id.isZero()) {
                const SimRequest* r = market->control().books().request(id);
                withdrawals += market->control().withdrawFunds(r->request.client, id).ok() ? 1 : 0;
            }
            break;
        case 6:
            // Collect what ended; now and then leave an active slot (forfeiting it).
            for (const SlotId& s : market->control().books().mySlots(kHost())) {
                const bool active = market->control().books().slotState(
                                        s, market->control().now()) == SlotState::Filled;
                if (active && gen.bounded(5) != 0)
                    continue;
                Answer<SlotPayout> paid;
                market->freeSlot(s, nullptr, paid.callback());
                paid.wait();
                payouts += paid.ok() && paid.value().reward > 0 ? 1 : 0;
            }
            break;
        case 7:
        case 8:
            // Our host proves most of the time, so some of its slots live to be paid.
            for (const SlotId& s : market->control().books().mySlots(kHost())) {
                if (gen.bounded(8) == 0)
                    continue;
                const SimSlot* record = market->control().books().slot(s);
                Answer<Done> proof;
                market->submitProof(s,
                                    validProof(market->control().books(), record->requestId,
                                               record->slotIndex, market->control().now()),
                                    nullptr, proof.callback());
                proof.wait();
            }
            break;
        default:
            m_clock->advanceBy(static_cast<qint64>(gen.bounded(150)));
            break;
        }
        deliverPosted();
        QCOMPARE(market->control().sumOfBalances(), market->control().totalSupply());
    }
    // Let everything end, then everyone collects.
    m_clock->advanceBy(4000);
    for (const RequestId& id : requests) {
        const SimRequest* r = market->control().books().request(id);
        withdrawals += market->control().withdrawFunds(r->request.client, id).ok() ? 1 : 0;
    }
    for (const SlotId& s : market->control().books().mySlots(kHost())) {
        Answer<SlotPayout> paid;
        market->freeSlot(s, nullptr, paid.callback());
        paid.wait();
        payouts += paid.ok() && paid.value().reward > 0 ? 1 : 0;
    }
    QCOMPARE(market->control().sumOfBalances(), market->control().totalSupply());
    qInfo("random run: %d requests, %d fills by our host, %d payouts, %d withdrawals",
          int(requests.size()), ourFills, payouts, withdrawals);
    QVERIFY(requests.size() > 20);
    QVERIFY(ourFills >= 3);
    QVERIFY(withdrawals > 5);
    QVERIFY2(payouts > 0, qPrintable(QStringLiteral("%1 requests, %2 withdrawals, %3 fills")
                                         .arg(requests.size())
                                         .arg(withdrawals)
                                         .arg(ourFills)));
    // Our host's slots are all settled: none left listed once every request ended.
    QVERIFY(market->control().books().mySlots(kHost()).isEmpty());
}

void TestSimulatedMarket::reopenedMarketIsTheSame() {
    const QString file = m_dir->filePath(QStringLiteral("market.sqlite"));
    QList<SimRequest> requests;
    QList<SimSlot> slots;
    QHash<Address, UInt256> balances;
    QHash<SlotId, QList<Address>> reservations;
    QStringList laterStates;
    const QList<Timestamp> later = {kStart + 100, kStart + 601, kStart + 3601};
    RequestId open, started;
    {
        auto market = openMarket(file);
        QVERIFY(market);
        QVERIFY(market->control().isPersistent());
        open = post(*market, makeRequest(1));
        started = postStarted(*market, 2);
        QVERIFY(!started.isZero());
        QCOMPARE(*market->control().othersReserve(open, 2, 2), quint64(2));
        market->control().setFault(QStringLiteral("getRequest"), 0.5, kStart + 50'000);
        SD_VERIFY_OK(market->control().storeValue(QStringLiteral("demo"), 17));
        // A proof in the next period, and a missed one after it.
        m_clock->advanceTo(kStart + 130);
        Answer<Done> proof;
        market->submitProof(
            slotIdOf(started, 0),
            validProof(market->control().books(), started, 0, market->control().now()), nullptr,
            proof.callback());
        QVERIFY(proof.wait());
        m_clock->advanceTo(kStart + 3 * 120 + 2);
        QCOMPARE(market->control().books().missingProofs(slotIdOf(started, 0)), quint64(1));
        for (const RequestId& id : market->control().books().requestIds())
            requests.append(*market->control().books().request(id));
        for (const SlotId& id : market->control().books().slotIds()) {
            slots.append(*market->control().books().slot(id));
            reservations.insert(id, market->control().books().reservations(id));
        }
        reservations.insert(slotIdOf(open, 2),
                            market->control().books().reservations(slotIdOf(open, 2)));
        for (const Address& a : market->control().books().tokens().addresses())
            balances.insert(a, market->control().balanceOf(a));
        for (Timestamp t : later)
            for (const RequestId& id : {open, started})
                laterStates << stateName(market->control().books().requestState(id, t))
                            << stateName(market->control().books().slotState(slotIdOf(id, 1), t));
        deliverPosted();
        // No close, no explicit save: what is on disk is what every change wrote.
    }
    auto market = openMarket(file);
    QVERIFY(market);
    QCOMPARE(market->control().books().requestIds().size(), requests.size());
    for (const SimRequest& r : requests)
        QVERIFY2(*market->control().books().request(r.id) == r, qPrintable(r.id.toHex()));
    for (const SimSlot& s : slots)
        QVERIFY2(*market->control().books().slot(s.id) == s, qPrintable(s.id.toHex()));
    for (auto it = reservations.cbegin(); it != reservations.cend(); ++it)
        QCOMPARE(market->control().books().reservations(it.key()), it.value());
    for (auto it = balances.cbegin(); it != balances.cend(); ++it)
        QCOMPARE(market->control().balanceOf(it.key()), it.value());
    QCOMPARE(market->control().faults().rules().size(), 1);
    QCOMPARE(market->control().storedValue(QStringLiteral("demo")).toInt(), 17);
    QStringList reopenedStates;
    for (Timestamp t : later)
        for (const RequestId& id : {open, started})
            reopenedStates << stateName(market->control().books().requestState(id, t))
                           << stateName(market->control().books().slotState(slotIdOf(id, 1), t));
    QCOMPARE(reopenedStates, laterStates);
    // Time moves on after the reopen as it would have: the open request expires.
    m_clock->advanceTo(kStart + 601);
    Answer<std::optional<RequestState>> state;
    market->requestState(open, nullptr, state.callback());
    QVERIFY(state.wait());
    if (state.ok()) // getRequest faults do not touch requestState
        SD_COMPARE_STATE(state.value(), RequestState::Cancelled);
    else
        QFAIL("requestState failed");
}

void TestSimulatedMarket::reopenedMarketCatchesUpAndRearmsTheValidator() {
    const QString file = m_dir->filePath(QStringLiteral("market.sqlite"));
    RequestId id;
    {
        auto market = openMarket(file);
        QVERIFY(market);
        id = postStarted(*market);
        QVERIFY(!id.isZero());
        QVERIFY(market->control().validator().armed());
    }
    // The app was down for more than two periods; nobody proved.
    m_clock->advanceTo(kStart + 3 * 120 + 10);
    QCOMPARE(m_clock->pendingTimers(), qsizetype(0));
    auto market = openMarket(file);
    QVERIFY(market);
    QSignalSpy freed(market.get(), &Market::slotFreed);
    SD_COMPARE_STATE(market->control().books().slotState(slotIdOf(id, 0), market->control().now()),
                     SlotState::Repair);
    deliverPosted();
    QCOMPARE(freed.count(), 1); // emitted after the reopen
    QCOMPARE(market->control().balanceOf(SimulationControl::validatorAddress()), UInt256(160));

    // A second slot of ours keeps the validator armed across a reopen.
    const RequestId second = postStarted(*market, 2);
    QVERIFY(!second.isZero());
    market.reset();
    market = openMarket(file);
    QVERIFY(market);
    QVERIFY(market->control().validator().armed());
    // The fill period needs no proof; the one after it does.
    m_clock->advanceTo(market->control().validator().nextRunAt() + 120);
    QCOMPARE(market->control().books().missingProofs(slotIdOf(second, 0)), quint64(1));
}

void TestSimulatedMarket::storedIdentityWinsOverOptions() {
    const QString file = m_dir->filePath(QStringLiteral("market.sqlite"));
    {
        SimulatedMarketOptions options;
        options.filePath = file;
        options.seed = 9;
        options.config.periodSeconds = 60;
        auto market = SimulatedMarket::open(*m_clock, options);
        SD_VERIFY_OK(market);
    }
    SimulatedMarketOptions other;
    other.filePath = file;
    other.seed = 10;
    auto market = SimulatedMarket::open(*m_clock, other);
    SD_VERIFY_OK(market);
    QCOMPARE((*market)->control().seed(), quint64(9));
    QCOMPARE((*market)->config().periodSeconds, quint64(60));
    QCOMPARE((*market)->signer(), SimulatedMarket::defaultSigner(9));
}

QTEST_GUILESS_MAIN(TestSimulatedMarket)
#include "tst_simulatedmarket.moc"
