// The Marketplace's rules on a real chain (anvil with our contracts, LocalChain), exercised
// through the client's own code: call data from MarketplaceCalls, answers decoded with
// MarketplaceAnswers, events with MarketplaceEvent and refusals mapped to the engine's
// MarketErrors. contracts_lifecycle_on_anvil (tests/contracts) covers the same rules from Node;
// this test proves our client reads and writes them right.

#include "core/chain/market/MarketplaceCalls.h"
#include "core/domain/Slot.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/MarketplaceSession.h"

#include <QTest>

using namespace salesdesk;

// QCOMPARE of the contract's enums by their Solidity names (toString in MarketStates.h).
#define SD_COMPARE_STATE(actual, expected) QCOMPARE(toString(actual), toString(expected))
using namespace salesdesk::test;
using Kind = MarketplaceEvent::Kind;

namespace {

constexpr quint64 kBlock = 64 * 1024;
constexpr quint64 kSlotSize = 5 * kBlock + 1000; // six blocks, the last one short
constexpr quint64 kDuration = 3600;
constexpr quint64 kExpiry = 1200;

} // namespace

class TestMarketplaceOnChain : public QObject {
    Q_OBJECT

    AnvilFixture m_chain;
    std::unique_ptr<MarketplaceSession> m_market;
    // A read that failed returns a default value; cleanup() fails the case for it, so a default
    // that happens to equal the expected value cannot pass.
    QStringList m_readErrors;

    Address client() const { return m_chain.account(1); }
    Address host(int i) const { return m_chain.account(2 + i); }
    Address validator() const { return m_chain.account(6); }

    StorageRequest newRequest(quint64 slots = 3,
                              std::optional<quint64> maxSlotLoss = std::nullopt) const {
        return MarketplaceSession::makeRequest(client(), slots, kSlotSize, kDuration, kExpiry,
                                               maxSlotLoss);
    }

    // Posts a request and fills slots [0, filled) from host(i) for slot i.
    StorageRequest postAndFill(quint64 slots, quint64 filled,
                               std::optional<quint64> maxSlotLoss = std::nullopt) {
        const StorageRequest request = newRequest(slots, maxSlotLoss);
        const auto posted = m_market->post(request);
        if (!posted.ok()) {
            m_readErrors.append(QStringLiteral("post: ") + posted.error().message);
            return request;
        }
        for (quint64 i = 0; i < filled; ++i) {
            const int h = static_cast<int>(i);
            const auto reserved =
                m_market->send(host(h), marketplace::reserveSlot(request.id(), i));
            const auto done = m_market->fill(host(h), request, i, request.collateralPerSlot());
            if (!reserved.ok() || !done.ok())
                m_readErrors.append(QStringLiteral("slot %1: %2 %3")
                                        .arg(i)
                                        .arg(MarketplaceSession::failure(reserved),
                                             MarketplaceSession::failure(done)));
        }
        return request;
    }

    template <typename T>
    T read(const MarketResult<QByteArray>& data,
           Result<T> (MarketplaceAnswers::*decode)(QByteArrayView) const) {
        if (!data.ok()) {
            m_readErrors.append(QStringLiteral("view refused: ") + data.error().message);
            return T{};
        }
        const auto value = (m_market->answers().*decode)(*data);
        if (!value.ok()) {
            m_readErrors.append(QStringLiteral("decode: ") + value.message());
            return T{};
        }
        return *value;
    }

    UInt256 number(const char* function, const QByteArray& call) {
        const auto data = m_market->view(call);
        if (!data.ok()) {
            m_readErrors.append(
                QStringLiteral("%1 refused: %2").arg(function, data.error().message));
            return UInt256(0);
        }
        const auto value = m_market->answers().number(QString::fromLatin1(function), *data);
        if (!value.ok()) {
            m_readErrors.append(value.message());
            return UInt256(0);
        }
        return *value;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_chain.start(), qPrintable(m_chain.error()));
        QVERIFY(m_chain.chain().deployment().has_value());
        m_market = std::make_unique<MarketplaceSession>(m_chain);
        QVERIFY2(m_market->start(), qPrintable(m_market->error()));
    }
    void init() {
        QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error()));
        // The chain's time stands still between blocks in every case (a revert may undo it).
        QVERIFY2(m_market->start(), qPrintable(m_market->error()));
    }
    void cleanup() {
        const QStringList errors = std::exchange(m_readErrors, {});
        QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error()));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QStringLiteral("; "))));
    }

    void readsTheDeployedConfiguration() {
        const auto data = m_market->view(marketplace::configuration());
        QVERIFY2(data.ok(), qPrintable(MarketplaceSession::failure(data)));
        const auto config = m_market->answers().configuration(*data);
        SD_VERIFY_OK(config);
        MarketConfig expected = m_chain.chain().options().market;
        expected.token = config->token; // not part of configuration()
        QCOMPARE(*config, expected);

        const auto token = m_market->view(marketplace::token());
        QVERIFY(token.ok());
        QCOMPARE(*m_market->answers().address(u"token", *token), m_market->token());
    }

    void refusesInvalidRequests_data() {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("error");
        QTest::newRow("expiry 0") << "expiry0"
                                  << "Marketplace_InvalidExpiry";
        QTest::newRow("expiry = duration") << "expiryDuration"
                                           << "Marketplace_InvalidExpiry";
        QTest::newRow("0 slots") << "slots0"
                                 << "Marketplace_InsufficientSlots";
        QTest::newRow("maxSlotLoss > slots") << "maxSlotLoss"
                                             << "Marketplace_InvalidMaxSlotLoss";
        QTest::newRow("proofProbability 0") << "probability0"
                                            << "Marketplace_InsufficientProofProbability";
        QTest::newRow("collateral 0") << "collateral0"
                                      << "Marketplace_InsufficientCollateral";
        QTest::newRow("price 0") << "price0"
                                 << "Marketplace_InsufficientReward";
        QTest::newRow("empty cid") << "cid"
                                   << "Marketplace_InvalidCid";
        QTest::newRow("duration past the limit") << "durationLimit"
                                                 << "Marketplace_DurationExceedsLimit";
        QTest::newRow("another client") << "client"
                                        << "Marketplace_InvalidClientAddress";
    }

    void refusesInvalidRequests() {
        QFETCH(QString, change);
        QFETCH(QString, error);
        StorageRequest request = newRequest();
        Address sender = client();
        if (change == "expiry0")
            request.expiry = 0;
        else if (change == "expiryDuration")
            request.expiry = request.ask.duration;
        else if (change == "slots0")
            request.ask.slots = 0;
        else if (change == "maxSlotLoss")
            request.ask.maxSlotLoss = request.ask.slots + 1;
        else if (change == "probability0")
            request.ask.proofProbability = 0;
        else if (change == "collateral0")
            request.ask.collateralPerByte = 0;
        else if (change == "price0")
            request.ask.pricePerBytePerSecond = 0;
        else if (change == "cid")
            request.content.cid.clear();
        else if (change == "durationLimit")
            request.ask.duration = m_chain.chain().options().market.requestDurationLimit + 1;
        else if (change == "client")
            sender = host(0);
        QVERIFY(m_market->approve(sender, uint256::max()));
        const auto sent = m_market->send(sender, marketplace::requestStorage(request));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().kind, MarketError::Kind::Rejected);
        QVERIFY2(sent.error().message.contains(error), qPrintable(sent.error().message));
    }

    void postsARequestAndReadsItBack() {
        const StorageRequest request = newRequest();
        const UInt256 before = m_market->balanceOf(client());
        const auto posted = m_market->post(request);
        QVERIFY2(posted.ok(), qPrintable(MarketplaceSession::failure(posted)));
        QCOMPARE(before - m_market->balanceOf(client()), request.totalPrice());

        QCOMPARE(posted->events.size(), 1);
        const MarketplaceEvent& event = posted->events.first();
        QCOMPARE(event.kind, Kind::StorageRequested);
        QCOMPARE(event.requestId, request.id()); // our id derivation is the contract's
        QCOMPARE(event.ask, request.ask);
        QCOMPARE(event.expiry, m_market->timeOf(posted->receipt.blockNumber) + request.expiry);

        QCOMPARE(read(m_market->view(marketplace::getRequest(request.id())),
                      &MarketplaceAnswers::request),
                 request);
        SD_COMPARE_STATE(read(m_market->view(marketplace::requestState(request.id())),
                              &MarketplaceAnswers::requestState),
                         RequestState::New);
        QCOMPARE(read(m_market->view(marketplace::myRequests(), client()),
                      &MarketplaceAnswers::requestIds),
                 QList<RequestId>{request.id()});
        QCOMPARE(number("requestExpiry", marketplace::requestExpiry(request.id())),
                 UInt256(event.expiry));

        const auto again = m_market->post(request);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains("Marketplace_RequestAlreadyExists"),
                 qPrintable(again.error().message));
    }

    void unknownRequestIsUnknownRequest() {
        const RequestId unknown = newRequest().id();
        for (const QByteArray& call :
             {marketplace::getRequest(unknown), marketplace::requestState(unknown)}) {
            const auto answer = m_market->view(call);
            QVERIFY(!answer.ok());
            QCOMPARE(answer.error().kind, MarketError::Kind::UnknownRequest);
        }
    }

    void reservationsAreBoundedPerSlot() {
        const StorageRequest request = postAndFill(3, 0);
        const int maxReservations = m_chain.chain().options().market.maxReservations;
        for (int i = 0; i < maxReservations; ++i) {
            const auto reserved =
                m_market->send(host(i), marketplace::reserveSlot(request.id(), 0));
            QVERIFY2(reserved.ok(), qPrintable(MarketplaceSession::failure(reserved)));
            QCOMPARE(reserved->has(Kind::SlotReservationsFull), i == maxReservations - 1);
        }
        const auto can = m_market->view(marketplace::canReserveSlot(request.id(), 0), validator());
        QVERIFY(can.ok());
        QCOMPARE(*m_market->answers().boolean(u"canReserveSlot", *can), false);
        const auto refused = m_market->send(validator(), marketplace::reserveSlot(request.id(), 0));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, MarketError::Kind::ReservationNotAllowed);

        QVERIFY(m_market->send(host(0), marketplace::reserveSlot(request.id(), 1)).ok());
        const auto twice = m_market->send(host(0), marketplace::reserveSlot(request.id(), 1));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().kind, MarketError::Kind::ReservationNotAllowed);
    }

    void fillsASlotWithOurProof() {
        const StorageRequest request = postAndFill(3, 0);
        const SlotId slot = slotIdOf(request.id(), 0);
        QVERIFY(m_market->send(host(0), marketplace::reserveSlot(request.id(), 0)).ok());
        QVERIFY(m_market->send(host(1), marketplace::reserveSlot(request.id(), 0)).ok());

        // A proof with one leaf changed is refused, and takes nothing.
        QVERIFY(m_market->approve(host(0), request.collateralPerSlot()));
        QVERIFY(m_market->alignPointer(slot, 0, 240));
        const auto challenge = m_market->challenge(slot);
        QVERIFY(challenge);
        auto bad = m_market->fillProof(request, 0, *challenge);
        QVERIFY(bad && !bad->proof.openings.isEmpty());
        bad->proof.openings[0].blockHash = Hash32::fromBytes(QByteArray(32, '\x01'));
        const auto refused = m_market->send(host(0), marketplace::fillSlot(request.id(), 0, *bad));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, MarketError::Kind::InvalidProof);

        const UInt256 before = m_market->balanceOf(host(0));
        const auto filled = m_market->fill(host(0), request, 0, request.collateralPerSlot());
        QVERIFY2(filled.ok(), qPrintable(MarketplaceSession::failure(filled)));
        QVERIFY(filled->has(Kind::SlotFilled));
        QVERIFY(filled->has(Kind::ProofSubmitted));
        QCOMPARE(before - m_market->balanceOf(host(0)), request.collateralPerSlot());

        SD_COMPARE_STATE(
            read(m_market->view(marketplace::slotState(slot)), &MarketplaceAnswers::slotState),
            SlotState::Filled);
        QCOMPARE(
            read(m_market->view(marketplace::getActiveSlot(slot)), &MarketplaceAnswers::activeSlot),
            (Slot{request, 0}));
        QCOMPARE(
            read(m_market->view(marketplace::mySlots(), host(0)), &MarketplaceAnswers::slotIds),
            QList<SlotId>{slot});
        const auto holder = m_market->view(marketplace::getHost(slot));
        QVERIFY(holder.ok());
        QCOMPARE(*m_market->answers().address(u"getHost", *holder), host(0));
        QCOMPARE(number("currentCollateral", marketplace::currentCollateral(slot)),
                 request.collateralPerSlot());

        // The slot is taken: another reserver's fill is a state mismatch.
        const auto taken = m_market->fill(host(1), request, 0, request.collateralPerSlot());
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().kind, MarketError::Kind::SlotStateMismatch);
        // Without a reservation: refused, named.
        const auto unreserved = m_market->fill(host(2), request, 1, request.collateralPerSlot());
        QVERIFY(!unreserved.ok());
        QVERIFY2(unreserved.error().message.contains("Marketplace_ReservationRequired"),
                 qPrintable(unreserved.error().message));
    }

    void provesOncePerPeriod() {
        const StorageRequest request = postAndFill(3, 3);
        SD_COMPARE_STATE(read(m_market->view(marketplace::requestState(request.id())),
                              &MarketplaceAnswers::requestState),
                         RequestState::Started);
        const SlotId slot = slotIdOf(request.id(), 1);
        QVERIFY2(m_market->advanceToNextPeriod(), qPrintable(m_market->error()));
        QVERIFY(m_market->alignPointer(slot, 66, 240));
        const auto required = m_market->view(marketplace::isProofRequired(slot));
        QVERIFY(required.ok());
        QCOMPARE(*m_market->answers().boolean(u"isProofRequired", *required), true);

        const auto proved = m_market->prove(host(1), request, 1);
        QVERIFY2(proved.ok(), qPrintable(MarketplaceSession::failure(proved)));
        QVERIFY(proved->has(Kind::ProofSubmitted));
        QCOMPARE(proved->events.first().slotId, slot);
        const auto twice = m_market->prove(host(1), request, 1);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().kind, MarketError::Kind::ProofAlreadySubmitted);
        // Only the slot's host proves.
        const auto other = m_market->prove(host(0), request, 1);
        QVERIFY(!other.ok());
        QVERIFY2(other.error().message.contains("Marketplace_ProofNotSubmittedByHost"),
                 qPrintable(other.error().message));
    }

    void missedProofIsSlashedAndRewarded() {
        const StorageRequest request = postAndFill(3, 3);
        const SlotId slot = slotIdOf(request.id(), 2);
        const MarketConfig& config = m_chain.chain().options().market;
        QVERIFY(m_market->advanceToNextPeriod()); // the first period a proof is due
        const quint64 missed = m_market->period();
        QVERIFY(m_market->advanceToNextPeriod(1)); // it ended a second ago; nobody proved
        QVERIFY(m_market->alignPointer(slot, config.downtime + 2, 240, 1));

        const UInt256 slash = request.collateralPerSlot() * config.slashPercentage / 100;
        const UInt256 before = m_market->balanceOf(validator());
        const auto marked =
            m_market->send(validator(), marketplace::markProofAsMissing(slot, missed));
        QVERIFY2(marked.ok(), qPrintable(MarketplaceSession::failure(marked)));
        QCOMPARE(m_market->balanceOf(validator()) - before,
                 slash * config.validatorRewardPercentage / 100);
        QCOMPARE(number("missingProofs", marketplace::missingProofs(slot)), UInt256(1));
        QCOMPARE(number("currentCollateral", marketplace::currentCollateral(slot)),
                 request.collateralPerSlot() - slash);

        const auto again =
            m_market->send(validator(), marketplace::markProofAsMissing(slot, missed));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains("Proofs_ProofAlreadyMarkedMissing"),
                 qPrintable(again.error().message));
        // The current period has not ended: not missing yet.
        const auto early =
            m_market->send(validator(), marketplace::markProofAsMissing(slot, missed + 1));
        QVERIFY(!early.ok());
        QVERIFY2(early.error().message.contains("Proofs_PeriodNotEnded"),
                 qPrintable(early.error().message));
    }

    void finishedSlotPaysRewardAndCollateral() {
        const StorageRequest request = postAndFill(3, 3);
        const SlotId slot = slotIdOf(request.id(), 0);
        const quint64 filledAt = m_market->now();
        const quint64 end =
            number("requestEnd", marketplace::requestEnd(request.id())).convert_to<quint64>();
        QVERIFY(end > filledAt);
        const auto early = m_market->send(host(0), marketplace::freeSlot(slot, host(0), host(0)));
        QVERIFY(early.ok()); // leaving a running slot: forcibly freed, collateral lost
        QVERIFY(early->has(Kind::SlotFreed));
        SD_COMPARE_STATE(
            read(m_market->view(marketplace::slotState(slot)), &MarketplaceAnswers::slotState),
            SlotState::Repair);

        const SlotId kept = slotIdOf(request.id(), 1);
        QVERIFY(m_market->mineAt(end + 1));
        SD_COMPARE_STATE(
            read(m_market->view(marketplace::slotState(kept)), &MarketplaceAnswers::slotState),
            SlotState::Finished);
        const UInt256 before = m_market->balanceOf(host(1));
        const auto paid = m_market->send(host(1), marketplace::freeSlot(kept));
        QVERIFY2(paid.ok(), qPrintable(MarketplaceSession::failure(paid)));
        QCOMPARE(m_market->balanceOf(host(1)) - before,
                 UInt256(end - filledAt) * request.pricePerSlotPerSecond() +
                     request.collateralPerSlot());
        const auto twice = m_market->send(host(1), marketplace::freeSlot(kept));
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.contains("Marketplace_AlreadyPaid"),
                 qPrintable(twice.error().message));
    }

    void cancelledRequestSplitsThePriceExactly() {
        const StorageRequest request = postAndFill(3, 1);
        const SlotId slot = slotIdOf(request.id(), 0);
        const quint64 filledAt = m_market->now();
        const quint64 expiresAt =
            number("requestExpiry", marketplace::requestExpiry(request.id())).convert_to<quint64>();
        QVERIFY(m_market->mineAt(expiresAt + 1));
        SD_COMPARE_STATE(read(m_market->view(marketplace::requestState(request.id())),
                              &MarketplaceAnswers::requestState),
                         RequestState::Cancelled);

        const UInt256 hostBefore = m_market->balanceOf(host(0));
        QVERIFY(m_market->send(host(0), marketplace::freeSlot(slot)).ok());
        const UInt256 reward =
            m_market->balanceOf(host(0)) - hostBefore - request.collateralPerSlot();
        QCOMPARE(reward, UInt256(expiresAt - filledAt) * request.pricePerSlotPerSecond());

        const UInt256 clientBefore = m_market->balanceOf(client());
        const auto withdrawn = m_market->send(client(), marketplace::withdrawFunds(request.id()));
        QVERIFY2(withdrawn.ok(), qPrintable(MarketplaceSession::failure(withdrawn)));
        QVERIFY(withdrawn->has(Kind::RequestCancelled));
        QCOMPARE(m_market->balanceOf(client()) - clientBefore + reward, request.totalPrice());
        const auto twice = m_market->send(client(), marketplace::withdrawFunds(request.id()));
        QVERIFY(!twice.ok());
    }

    void maximumSlashesFreeTheSlotAndARepairCostsLess() {
        const StorageRequest request = postAndFill(3, 3);
        const SlotId slot = slotIdOf(request.id(), 2);
        const MarketConfig& config = m_chain.chain().options().market;
        QVERIFY(m_market->advanceToNextPeriod());
        for (int missed = 0; missed < config.maxNumberOfSlashes; ++missed) {
            const quint64 period = m_market->period();
            QVERIFY(m_market->advanceToNextPeriod(1));
            QVERIFY2(m_market->alignPointer(slot, config.downtime + 2, 240, 1),
                     qPrintable(m_market->error()));
            const auto marked =
                m_market->send(validator(), marketplace::markProofAsMissing(slot, period));
            QVERIFY2(marked.ok(), qPrintable(MarketplaceSession::failure(marked)));
            // The last slash frees the slot: the host loses it and its collateral.
            QCOMPARE(marked->has(Kind::SlotFreed), missed == config.maxNumberOfSlashes - 1);
        }
        SD_COMPARE_STATE(
            read(m_market->view(marketplace::slotState(slot)), &MarketplaceAnswers::slotState),
            SlotState::Repair);
        QVERIFY(read(m_market->view(marketplace::mySlots(), host(2)), &MarketplaceAnswers::slotIds)
                    .isEmpty());
        // One slot lost of three with maxSlotLoss 1: the request runs on.
        SD_COMPARE_STATE(read(m_market->view(marketplace::requestState(request.id())),
                              &MarketplaceAnswers::requestState),
                         RequestState::Started);

        // Another host repairs it and deposits the collateral less the repair reward.
        const Address repairer = m_chain.account(5);
        QVERIFY(m_market->send(repairer, marketplace::reserveSlot(request.id(), 2)).ok());
        const UInt256 discounted = request.collateralPerSlot() - request.collateralPerSlot() *
                                                                     config.repairRewardPercentage /
                                                                     100;
        const UInt256 before = m_market->balanceOf(repairer);
        const auto repaired = m_market->fill(repairer, request, 2, discounted);
        QVERIFY2(repaired.ok(), qPrintable(MarketplaceSession::failure(repaired)));
        QVERIFY(repaired->has(Kind::SlotFilled));
        QCOMPARE(before - m_market->balanceOf(repairer), discounted);
        SD_COMPARE_STATE(
            read(m_market->view(marketplace::slotState(slot)), &MarketplaceAnswers::slotState),
            SlotState::Filled);
    }

    void failedRequestRefundsTheWholePrice() {
        const StorageRequest request = postAndFill(2, 2, 0);
        QVERIFY(!request.id().toByteArray().isEmpty());
        // A host leaving a running slot, with no slot to lose, fails the request.
        const auto left = m_market->send(host(0), marketplace::freeSlot(slotIdOf(request.id(), 0)));
        QVERIFY2(left.ok(), qPrintable(MarketplaceSession::failure(left)));
        QVERIFY(left->has(Kind::RequestFailed));
        SD_COMPARE_STATE(read(m_market->view(marketplace::requestState(request.id())),
                              &MarketplaceAnswers::requestState),
                         RequestState::Failed);

        // The other host's slot failed: freeing it only leaves mySlots, nothing is paid.
        const SlotId other = slotIdOf(request.id(), 1);
        SD_COMPARE_STATE(
            read(m_market->view(marketplace::slotState(other)), &MarketplaceAnswers::slotState),
            SlotState::Failed);
        const UInt256 hostBefore = m_market->balanceOf(host(1));
        QVERIFY(m_market->send(host(1), marketplace::freeSlot(other)).ok());
        QCOMPARE(m_market->balanceOf(host(1)), hostBefore);
        QVERIFY(read(m_market->view(marketplace::mySlots(), host(1)), &MarketplaceAnswers::slotIds)
                    .isEmpty());

        // The client takes the whole price back, here to another address.
        const Address recipient = m_chain.account(7);
        const UInt256 before = m_market->balanceOf(recipient);
        const auto withdrawn =
            m_market->send(client(), marketplace::withdrawFunds(request.id(), recipient));
        QVERIFY2(withdrawn.ok(), qPrintable(MarketplaceSession::failure(withdrawn)));
        QCOMPARE(m_market->balanceOf(recipient) - before, request.totalPrice());
        // Only the client may withdraw.
        const auto stranger = m_market->send(host(1), marketplace::withdrawFunds(request.id()));
        QVERIFY(!stranger.ok());
    }

    void freeingAFreeSlotIsAStateMismatch() {
        const StorageRequest request = postAndFill(3, 0);
        const auto freed =
            m_market->send(host(0), marketplace::freeSlot(slotIdOf(request.id(), 0)));
        QVERIFY(!freed.ok());
        QCOMPARE(freed.error().kind, MarketError::Kind::SlotStateMismatch);
    }
};

QTEST_GUILESS_MAIN(TestMarketplaceOnChain)
#include "tst_marketplaceonchain.moc"
