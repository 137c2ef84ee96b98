// ChainMarket, the engine's Market on our Marketplace, against anvil: its reads agree with the
// chain, the Marketplace's events become its signals, and a host's whole sale (reserve, fill,
// prove, free) goes through the transaction manager with the amounts read from the receipts.
// The client and competing hosts act through MarketplaceSession from other accounts. The market
// runs on a VirtualClock (polls, waits); the chain and its sockets are real.

#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/market/ChainMarket.h"
#include "core/chain/market/ChainMarketTransactions.h"
#include "core/chain/market/Erc20.h"
#include "core/chain/market/MarketplaceCalls.h"
#include "core/chain/market/MarketplaceRevert.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/chain/tx/TransactionStore.h"
#include "core/clock/VirtualClock.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/MarketplaceSession.h"
#include "tests/support/chain/VirtualTimeDriver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr Timestamp kStart = 1'800'000'000;
constexpr quint64 kBlock = 64 * 1024;
constexpr quint64 kSlotSize = 2 * kBlock + 500; // three blocks, the last one short
constexpr quint64 kDuration = 3600;
constexpr quint64 kExpiry = 1200;

} // namespace

class TestChainMarket : public QObject {
    Q_OBJECT

    AnvilFixture m_chain;
    std::unique_ptr<MarketplaceSession> m_session;
    std::optional<PrivateKey> m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::unique_ptr<TransactionManager> m_manager;
    std::unique_ptr<ChainMarket> m_market;

    Address client() const { return m_chain.account(1); }
    Address hostAddress() const { return m_key->address(); }
    Address competitor(int i) const { return m_chain.account(3 + i); }

    bool drive(const std::function<bool()>& done, int maxSteps = 600) {
        return driveVirtualTime(*m_rpc, *m_clock, done, maxSteps, AnvilFixture::kWaitMs);
    }

    // Runs one market call and waits for its answer.
    template <typename T>
    std::optional<MarketResult<T>> ask(const std::function<void(MarketCallback<T>)>& call) {
        std::optional<MarketResult<T>> answer;
        call([&](const MarketResult<T>& result) { answer = result; });
        if (!drive([&] { return answer.has_value(); }))
            return std::nullopt;
        return answer;
    }

    std::unique_ptr<ChainMarket> makeMarket(quint64 maxBlockRange = 2000) {
        ChainMarket::Options options;
        options.marketplace = m_session->marketplace();
        options.events.pollSeconds = 1;
        options.events.maxBlockRange = maxBlockRange;
        return std::make_unique<ChainMarket>(*m_rpc, *m_manager, *m_db, *m_clock, options);
    }

    quint64 head() {
        const auto number = m_chain.call(QStringLiteral("eth_blockNumber"));
        return number.ok() ? rpc::parseJsonQuantityU64(*number).value() : 0;
    }

    // Until the market's event cursor has committed the chain's head.
    bool caughtUp() {
        const quint64 target = head();
        return drive([&] {
            const auto* cursor = m_market->eventCursor();
            return cursor && cursor->position() && cursor->position()->number >= target;
        });
    }

    bool load(ChainMarket& market) {
        std::optional<Result<void>> loaded;
        market.load(this, [&](const Result<void>& result) { loaded = result; });
        return drive([&] { return loaded.has_value(); }) && loaded->ok();
    }

    StorageRequest post(quint64 slots) {
        const StorageRequest request =
            MarketplaceSession::makeRequest(client(), slots, kSlotSize, kDuration, kExpiry);
        const auto posted = m_session->post(request);
        if (!posted.ok())
            qWarning("post: %s", qPrintable(posted.error().message));
        return request;
    }

    quint64 nonceOf(const Address& account) {
        const auto count = m_chain.call(QStringLiteral("eth_getTransactionCount"),
                                        {account.toHex(), QStringLiteral("latest")});
        return count.ok() ? rpc::parseJsonQuantityU64(*count).value() : ~quint64(0);
    }

    // The storage proof of our slot for its current challenge, from the generated data (what the
    // engine's prover computes from the stored slot).
    StorageProof proofFor(const StorageRequest& request, quint64 slotIndex) {
        const SlotId slot = slotIdOf(request.id(), slotIndex);
        const auto challenge =
            ask<Hash32>([&](auto done) { m_market->getChallenge(slot, this, done); });
        if (!challenge || !challenge->ok())
            return {};
        return proofs::proveFromGenerator(proofs::SlotDataGenerator::datasetKey(request), slotIndex,
                                          kSlotSize, challenge->value());
    }

    // Reserves and fills one slot through the market; the collateral it answers.
    std::optional<MarketResult<UInt256>> reserveAndFill(const StorageRequest& request,
                                                        quint64 slotIndex) {
        const auto reserved = ask<Done>(
            [&](auto done) { m_market->reserveSlot(request.id(), slotIndex, this, done); });
        if (!reserved || !reserved->ok())
            return reserved ? std::optional<MarketResult<UInt256>>(reserved->error())
                            : std::nullopt;
        // Keep the pointer away from its wrap so the challenge holds until the fill is mined.
        if (!m_session->alignPointer(slotIdOf(request.id(), slotIndex), 0, 200))
            return std::nullopt;
        const StorageProof proof = proofFor(request, slotIndex);
        return ask<UInt256>([&](auto done) {
            m_market->fillSlot(request.id(), slotIndex, proof, request.collateralPerSlot(), this,
                               done);
        });
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_chain.start(), qPrintable(m_chain.error()));
        m_session = std::make_unique<MarketplaceSession>(m_chain);
        QVERIFY2(m_session->start(), qPrintable(m_session->error()));
        m_key = PrivateKey::fromBytes(m_chain.chain().accounts().at(2).privateKey).value();
    }

    void init() {
        QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error()));
        QVERIFY2(m_session->start(), qPrintable(m_session->error()));
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("salesdesk.sqlite")),
                                 Database::kHostApplicationId);
        SD_VERIFY_OK(db);
        m_db = std::move(*db);
        m_clock = std::make_unique<VirtualClock>(kStart);
        m_rpc = std::make_unique<JsonRpcClient>(m_chain.rpcUrl(), *m_clock);
        TransactionManager::Options options;
        options.chainId = m_chain.chain().chainId();
        options.errors = ourContractErrors();
        options.randomSeed = 5;
        m_manager = std::make_unique<TransactionManager>(
            *m_rpc, *m_db, *m_clock, m_key->address(),
            [this](const Eip1559Transaction& transaction) -> Result<SignedTransaction> {
                return transaction.sign(*m_key);
            },
            options);
        m_market = makeMarket();
        QVERIFY(load(*m_market));
    }

    void cleanup() {
        m_market.reset();
        m_manager.reset();
        m_rpc.reset();
        m_clock.reset();
        m_db.reset();
        m_dir.reset();
        QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error()));
    }

    // The reads answer what the chain holds for a posted request and its slots.
    void readsAgreeWithTheChain() {
        const StorageRequest request = post(3);
        const SlotId slot = slotIdOf(request.id(), 1);

        QCOMPARE(m_market->signer(), hostAddress());
        QCOMPARE(m_market->config().periodSeconds, m_chain.chain().options().market.periodSeconds);
        QCOMPARE(m_market->config().downtime, m_chain.chain().options().market.downtime);
        QCOMPARE(m_market->token(), m_session->token());
        // The token's own name, symbol and decimals (contracts/TestToken.sol).
        QCOMPARE(m_market->config().token.name, QStringLiteral("Test Storage Token"));
        QCOMPARE(m_market->config().token.symbol, QStringLiteral("TST"));
        QCOMPARE(int(m_market->config().token.decimals), 18);

        const auto got = ask<std::optional<StorageRequest>>(
            [&](auto done) { m_market->getRequest(request.id(), this, done); });
        QVERIFY(got && got->ok() && got->value().has_value());
        QCOMPARE(*got->value(), request);
        const auto unknown = ask<std::optional<StorageRequest>>(
            [&](auto done) { m_market->getRequest(RequestId(), this, done); });
        QVERIFY(unknown && unknown->ok());
        QVERIFY(!unknown->value().has_value());

        const auto state = ask<std::optional<RequestState>>(
            [&](auto done) { m_market->requestState(request.id(), this, done); });
        QVERIFY(state && state->ok());
        QCOMPARE(state->value(), std::optional<RequestState>(RequestState::New));

        const quint64 postedAt = m_session->now();
        const auto expires = ask<Timestamp>(
            [&](auto done) { m_market->requestExpiresAt(request.id(), this, done); });
        QVERIFY(expires && expires->ok());
        QCOMPARE(expires->value(), postedAt + kExpiry);
        const auto end =
            ask<Timestamp>([&](auto done) { m_market->requestEnd(request.id(), this, done); });
        QVERIFY(end && end->ok());
        QCOMPARE(end->value(), postedAt + kDuration);

        const auto slotState =
            ask<SlotState>([&](auto done) { m_market->slotState(slot, this, done); });
        QVERIFY(slotState && slotState->ok());
        QCOMPARE(toString(slotState->value()), toString(SlotState::Free));
        const auto host =
            ask<std::optional<Address>>([&](auto done) { m_market->getHost(slot, this, done); });
        QVERIFY(host && host->ok());
        QVERIFY(!host->value().has_value());
        const auto active =
            ask<std::optional<Slot>>([&](auto done) { m_market->getActiveSlot(slot, this, done); });
        QVERIFY(active && active->ok());
        QVERIFY(!active->value().has_value());
        const auto collateral =
            ask<UInt256>([&](auto done) { m_market->slotCollateral(request.id(), 1, this, done); });
        QVERIFY(collateral && collateral->ok());
        QCOMPARE(collateral->value(), request.collateralPerSlot());
        const auto canReserve =
            ask<bool>([&](auto done) { m_market->canReserveSlot(request.id(), 1, this, done); });
        QVERIFY(canReserve && canReserve->ok());
        QVERIFY(canReserve->value());

        const auto balance = ask<UInt256>([&](auto done) { m_market->balance(this, done); });
        QVERIFY(balance && balance->ok());
        QCOMPARE(balance->value(), m_session->balanceOf(hostAddress()));
        QVERIFY(balance->value() > UInt256(0));

        const auto open =
            ask<QList<OpenRequest>>([&](auto done) { m_market->openRequests(this, done); });
        QVERIFY(open && open->ok());
        QCOMPARE(open->value().size(), 1);
        QCOMPARE(open->value().first().id, request.id());
        QCOMPARE(open->value().first().ask, request.ask);
        QCOMPARE(open->value().first().expiresAt, postedAt + kExpiry);

        // Past its expiry the request is no longer open.
        QVERIFY(m_session->mineAt(postedAt + kExpiry + 1));
        const auto later =
            ask<QList<OpenRequest>>([&](auto done) { m_market->openRequests(this, done); });
        QVERIFY(later && later->ok());
        QVERIFY(later->value().isEmpty());
    }

    // slotSummaries answers for each slot what getActiveSlot, slotState, getHost, requestEnd and
    // requestExpiresAt answer one by one: for our slot, another host's, a forcibly freed one, one
    // never filled and an unknown id; in one eth_call per kSummariesPerCall slots, one batch.
    void slotSummariesAgreeWithTheSingleReads() {
        const StorageRequest first = post(3);
        const StorageRequest second = post(2);
        auto fillAs = [&](const Address& host, const StorageRequest& request, quint64 index) {
            return m_session->send(host, marketplace::reserveSlot(request.id(), index)).ok() &&
                   m_session->fill(host, request, index, request.collateralPerSlot()).ok();
        };
        QVERIFY(fillAs(hostAddress(), first, 0));
        QVERIFY(fillAs(competitor(0), first, 1));
        QVERIFY(fillAs(competitor(1), second, 0));
        // Left while its request runs: forcibly freed (Repair, without a host).
        const SlotId freed = slotIdOf(second.id(), 0);
        QVERIFY(m_session->send(competitor(1), marketplace::freeSlot(freed)).ok());
        const QList<SlotId> mix{slotIdOf(first.id(), 0),  slotIdOf(first.id(), 1),
                                slotIdOf(first.id(), 2),  freed,
                                slotIdOf(second.id(), 1), slotIdOf(RequestId(), 7)};

        const quint64 callsBefore = m_rpc->callsSent();
        const auto summaries =
            ask<QList<SlotSummary>>([&](auto done) { m_market->slotSummaries(mix, this, done); });
        QVERIFY(summaries);
        QVERIFY2(summaries->ok(), qPrintable(MarketplaceSession::failure(*summaries)));
        QCOMPARE(m_rpc->callsSent() - callsBefore, quint64(1));
        QCOMPARE(summaries->value().size(), mix.size());

        QList<SlotState> states;
        for (qsizetype i = 0; i < mix.size(); ++i) {
            const SlotId& id = mix.at(i);
            const SlotSummary& summary = summaries->value().at(i);
            QCOMPARE(summary.slotId, id);
            const auto active = ask<std::optional<Slot>>(
                [&](auto done) { m_market->getActiveSlot(id, this, done); });
            QVERIFY(active && active->ok());
            QCOMPARE(summary.slot, active->value());
            const auto state =
                ask<SlotState>([&](auto done) { m_market->slotState(id, this, done); });
            QVERIFY(state && state->ok());
            QCOMPARE(toString(summary.state), toString(state->value()));
            states.append(summary.state);
            if (!summary.slot) {
                QVERIFY(!summary.host);
                QCOMPARE(summary.requestEnd, Timestamp(0));
                QCOMPARE(summary.requestExpiresAt, Timestamp(0));
                continue;
            }
            const auto host =
                ask<std::optional<Address>>([&](auto done) { m_market->getHost(id, this, done); });
            QVERIFY(host && host->ok());
            QCOMPARE(summary.host, host->value());
            const RequestId requestId = summary.slot->request.id();
            const auto end =
                ask<Timestamp>([&](auto done) { m_market->requestEnd(requestId, this, done); });
            QVERIFY(end && end->ok());
            QCOMPARE(summary.requestEnd, end->value());
            const auto expires = ask<Timestamp>(
                [&](auto done) { m_market->requestExpiresAt(requestId, this, done); });
            QVERIFY(expires && expires->ok());
            QCOMPARE(summary.requestExpiresAt, expires->value());
        }
        // The mix is what it says: ours, another host's, never filled, freed, never filled,
        // unknown.
        QCOMPARE(summaries->value().at(0).host, std::optional<Address>(hostAddress()));
        QCOMPARE(summaries->value().at(1).host, std::optional<Address>(competitor(0)));
        QCOMPARE(toString(states.at(0)), toString(SlotState::Filled));
        QCOMPARE(toString(states.at(2)), toString(SlotState::Free));
        QCOMPARE(toString(states.at(3)), toString(SlotState::Repair));
        QVERIFY(summaries->value().at(3).slot && !summaries->value().at(3).host);
        QCOMPARE(toString(states.at(5)), toString(SlotState::Free));

        // Past one call's share: two eth_calls in one HTTP request, the same answers in order.
        QList<SlotId> many;
        while (many.size() <= ChainMarket::kSummariesPerCall)
            many.append(mix);
        const quint64 callsBeforeMany = m_rpc->callsSent();
        const quint64 httpBeforeMany = m_rpc->httpRequestsSent();
        const auto manyAnswers =
            ask<QList<SlotSummary>>([&](auto done) { m_market->slotSummaries(many, this, done); });
        QVERIFY(manyAnswers && manyAnswers->ok());
        QCOMPARE(m_rpc->callsSent() - callsBeforeMany,
                 quint64((many.size() + ChainMarket::kSummariesPerCall - 1) /
                         ChainMarket::kSummariesPerCall));
        QCOMPARE(m_rpc->httpRequestsSent() - httpBeforeMany, quint64(1));
        QCOMPARE(manyAnswers->value().size(), many.size());
        for (qsizetype i = 0; i < many.size(); ++i)
            QCOMPARE(manyAnswers->value().at(i), summaries->value().at(i % mix.size()));
    }

    // A request posted on the chain reaches the engine as storageRequested, once.
    void storageRequestedSignalArrives() {
        QSignalSpy requested(m_market.get(), &Market::storageRequested);
        const StorageRequest request = post(2);
        const quint64 postedAt = m_session->now();
        QVERIFY(drive([&] { return requested.count() >= 1; }));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).value<RequestId>(), request.id());
        QCOMPARE(requested.at(0).at(1).value<StorageAsk>(), request.ask);
        QCOMPARE(requested.at(0).at(2).value<Timestamp>(), postedAt + kExpiry);
        // More polls announce nothing again.
        QVERIFY(m_chain.mine(2));
        const quint64 head = *m_chain.blockNumber();
        QVERIFY(drive([&] {
            const auto at = m_market->eventCursor()->position();
            return at && at->number >= head;
        }));
        QCOMPARE(requested.count(), 1);
    }

    // A whole sale: reserve, fill (the collateral answered is what left the balance), the proof
    // duties of several slots in one HTTP request, a proof when required, and the payout at the
    // end equal to what arrived in the balance; hostSettlement agrees.
    void reserveFillProveAndFree() {
        const StorageRequest request = post(2);
        const SlotId slot0 = slotIdOf(request.id(), 0);
        const SlotId slot1 = slotIdOf(request.id(), 1);
        QSignalSpy filled(m_market.get(), &Market::slotFilled);
        QSignalSpy fulfilled(m_market.get(), &Market::requestFulfilled);

        const auto before =
            ask<bool>([&](auto done) { m_market->holdsReservation(slot0, this, done); });
        QVERIFY(before && before->ok());
        QVERIFY(!before->value());

        const UInt256 balanceBefore = m_session->balanceOf(hostAddress());
        const auto collateral0 = reserveAndFill(request, 0);
        QVERIFY(collateral0);
        QVERIFY2(collateral0->ok(), qPrintable(MarketplaceSession::failure(*collateral0)));
        QCOMPARE(collateral0->value(), request.collateralPerSlot());
        QCOMPARE(balanceBefore - m_session->balanceOf(hostAddress()), collateral0->value());

        const auto holds =
            ask<bool>([&](auto done) { m_market->holdsReservation(slot0, this, done); });
        QVERIFY(holds && holds->ok());
        QVERIFY(holds->value());

        const auto collateral1 = reserveAndFill(request, 1);
        QVERIFY(collateral1);
        QVERIFY2(collateral1->ok(), qPrintable(MarketplaceSession::failure(*collateral1)));
        const auto host =
            ask<std::optional<Address>>([&](auto done) { m_market->getHost(slot0, this, done); });
        QVERIFY(host && host->ok());
        QCOMPARE(host->value(), std::optional<Address>(hostAddress()));
        const auto mine = ask<QList<SlotId>>([&](auto done) { m_market->mySlots(this, done); });
        QVERIFY(mine && mine->ok());
        QCOMPARE(mine->value().size(), 2);
        QVERIFY(mine->value().contains(slot0) && mine->value().contains(slot1));
        QVERIFY(drive([&] { return filled.count() >= 2 && fulfilled.count() >= 1; }));

        // The next period: a proof is due (probability 1) once the pointer leaves the downtime.
        QVERIFY2(m_session->advanceToNextPeriod(), qPrintable(m_session->error()));
        const int downtime = m_chain.chain().options().market.downtime;
        QVERIFY2(m_session->alignPointer(slot0, downtime + 2, 200), qPrintable(m_session->error()));

        const QList<SlotId> slots{slot0, slot1, slotIdOf(request.id(), 7)};
        const quint64 requestsBefore = m_rpc->httpRequestsSent();
        const quint64 callsBefore = m_rpc->callsSent();
        const auto duties =
            ask<QList<ProofDuty>>([&](auto done) { m_market->proofDuties(slots, this, done); });
        QVERIFY(duties && duties->ok());
        QCOMPARE(m_rpc->httpRequestsSent() - requestsBefore, quint64(1));
        QCOMPARE(m_rpc->callsSent() - callsBefore, quint64(1)); // the proofDuties view
        QCOMPARE(duties->value().size(), slots.size());
        for (qsizetype i = 0; i < slots.size(); ++i) {
            const ProofDuty& duty = duties->value().at(i);
            QCOMPARE(duty.slotId, slots.at(i));
            const auto required =
                ask<bool>([&](auto done) { m_market->isProofRequired(slots.at(i), this, done); });
            QVERIFY(required && required->ok());
            QCOMPARE(duty.required, required->value());
        }
        QCOMPARE(toString(duties->value().at(0).state), toString(SlotState::Filled));
        QVERIFY(duties->value().at(0).required);
        QCOMPARE(toString(duties->value().at(2).state), toString(SlotState::Free));
        QVERIFY(!duties->value().at(2).required);
        QVERIFY(duties->value().at(2).challenge.isZero());

        QSignalSpy proven(m_market.get(), &Market::proofSubmitted);
        const StorageProof proof = proofFor(request, 0);
        QCOMPARE(duties->value().at(0).challenge, proof.challenge);
        const auto submitted =
            ask<Done>([&](auto done) { m_market->submitProof(slot0, proof, this, done); });
        QVERIFY(submitted);
        QVERIFY2(submitted->ok(), qPrintable(MarketplaceSession::failure(*submitted)));
        QVERIFY(drive([&] { return proven.count() >= 1; }));
        QCOMPARE(proven.last().at(0).value<SlotId>(), slot0);
        const auto missing =
            ask<quint64>([&](auto done) { m_market->missingProofs(slot0, this, done); });
        QVERIFY(missing && missing->ok());
        QCOMPARE(missing->value(), quint64(0));

        // The end of the request: the host collects.
        const auto end =
            ask<Timestamp>([&](auto done) { m_market->requestEnd(request.id(), this, done); });
        QVERIFY(end && end->ok());
        QVERIFY(m_session->mineAt(end->value() + 1));
        const auto fillOutcome = m_manager->outcome(ChainMarketTransactions::fillKey(slot0));
        QVERIFY(fillOutcome.ok() && fillOutcome->has_value() && (*fillOutcome)->receipt);
        const quint64 filledAt = m_session->timeOf((*fillOutcome)->receipt->blockNumber);

        const UInt256 beforePayout = m_session->balanceOf(hostAddress());
        const auto payout =
            ask<SlotPayout>([&](auto done) { m_market->freeSlot(slot0, this, done); });
        QVERIFY(payout);
        QVERIFY2(payout->ok(), qPrintable(MarketplaceSession::failure(*payout)));
        QCOMPARE(m_session->balanceOf(hostAddress()) - beforePayout,
                 payout->value().reward + payout->value().collateral);
        QCOMPARE(payout->value().collateral, request.collateralPerSlot());
        QCOMPARE(payout->value().reward,
                 UInt256(end->value() - filledAt) * request.pricePerSlotPerSecond());

        const auto settlement = ask<HostSlotSettlement>(
            [&](auto done) { m_market->hostSettlement(slot0, this, done); });
        QVERIFY(settlement && settlement->ok());
        QCOMPARE(settlement->value().collateralDeposited, collateral0->value());
        QCOMPARE(settlement->value().reward, payout->value().reward);
        QCOMPARE(settlement->value().collateralReturned, payout->value().collateral);
        QVERIFY(!settlement->value().holding);
        const auto stillHolding = ask<HostSlotSettlement>(
            [&](auto done) { m_market->hostSettlement(slot1, this, done); });
        QVERIFY(stillHolding && stillHolding->ok());
        QVERIFY(stillHolding->value().holding);
        QCOMPARE(stillHolding->value().collateralDeposited, collateral1->value());
    }

    // Fills asked for together go out in batches with one approval of the token for the
    // collateral of them all (not one per fill, each waiting for the one before); each answers
    // its own collateral and the host pays exactly their sum. A fill the Marketplace refuses (its
    // slot not reserved by us) is answered with the refusal, sends nothing, and holds up no other.
    void fillsAskedTogetherShareOneApproval() {
        const StorageRequest request = post(4);
        QList<SlotId> slots;
        for (quint64 i = 0; i < 4; ++i) {
            slots.append(slotIdOf(request.id(), i));
            if (i == 3)
                break; // slot 3 stays unreserved
            const auto reserved =
                ask<Done>([&](auto done) { m_market->reserveSlot(request.id(), i, this, done); });
            QVERIFY(reserved);
            QVERIFY2(reserved->ok(), qPrintable(MarketplaceSession::failure(*reserved)));
        }
        // Every pointer well before its wrap, so that each challenge holds for the few blocks
        // the approval and the fills take.
        bool away = false;
        for (int block = 0; block < 256 && !away; ++block) {
            away = std::all_of(slots.cbegin(), slots.cend(), [&](const SlotId& slot) {
                const auto pointer = m_session->pointer(slot);
                return pointer && *pointer <= 232;
            });
            if (!away)
                QVERIFY2(m_chain.mine(1), qPrintable(m_chain.error()));
        }
        QVERIFY(away);
        QList<StorageProof> proofs;
        for (quint64 i = 0; i < 4; ++i)
            proofs.append(proofFor(request, i));
        const quint64 sentBefore = nonceOf(hostAddress());
        const UInt256 balanceBefore = m_session->balanceOf(hostAddress());
        QList<std::optional<MarketResult<UInt256>>> answers(4);
        for (quint64 i = 0; i < 4; ++i)
            m_market->fillSlot(request.id(), i, proofs.at(qsizetype(i)),
                               request.collateralPerSlot(), this,
                               [&answers, i](const MarketResult<UInt256>& answer) {
                                   answers[qsizetype(i)] = answer;
                               });
        QVERIFY(drive([&] {
            return std::all_of(answers.cbegin(), answers.cend(),
                               [](const auto& answer) { return answer.has_value(); });
        }));
        for (qsizetype i = 0; i < 3; ++i) {
            QVERIFY2(answers.at(i)->ok(), qPrintable(MarketplaceSession::failure(*answers.at(i))));
            QCOMPARE(answers.at(i)->value(), request.collateralPerSlot());
        }
        QVERIFY(!answers.at(3)->ok());
        QVERIFY2(answers.at(3)->error().message.contains(QStringLiteral("Reservation")),
                 qPrintable(answers.at(3)->error().message));
        const auto unsent = m_manager->outcome(ChainMarketTransactions::fillKey(slots.at(3)));
        QVERIFY(unsent.ok());
        QVERIFY(!unsent->has_value());
        QCOMPARE(nonceOf(hostAddress()) - sentBefore, quint64(4)); // one approval, three fills
        QCOMPARE(balanceBefore - m_session->balanceOf(hostAddress()),
                 UInt256(3) * request.collateralPerSlot());
    }

    // A proof read while the slot's pointer is 255 in the latest block is taken: the duty's
    // challenge is that of the next block, the first the proof can be mined in, where the pointer
    // has wrapped around to 0 and the challenge is another one. (Read at the latest block, the
    // proof answered the old challenge and was refused: Proofs_InvalidProof.)
    void proofReadAsThePointerWrapsIsTaken() {
        const StorageRequest request = post(1);
        const SlotId slot = slotIdOf(request.id(), 0);
        const auto collateral = reserveAndFill(request, 0);
        QVERIFY(collateral);
        QVERIFY2(collateral->ok(), qPrintable(MarketplaceSession::failure(*collateral)));
        QVERIFY2(m_session->advanceToNextPeriod(), qPrintable(m_session->error()));
        const auto pointer = m_session->pointer(slot);
        QVERIFY2(pointer, qPrintable(m_session->error()));
        if (*pointer != 255)
            QVERIFY2(m_chain.mine(255 - *pointer), qPrintable(m_chain.error()));
        QCOMPARE(int(m_session->pointer(slot).value_or(0)), 255);
        const Hash32 latestChallenge = m_session->challenge(slot).value_or(Hash32{});

        const auto duties =
            ask<QList<ProofDuty>>([&](auto done) { m_market->proofDuties({slot}, this, done); });
        QVERIFY(duties && duties->ok());
        QCOMPARE(duties->value().size(), 1);
        const ProofDuty duty = duties->value().at(0);
        QVERIFY(duty.required || duty.willBeRequired);
        QVERIFY(duty.challenge != latestChallenge);
        const auto challenge =
            ask<Hash32>([&](auto done) { m_market->getChallenge(slot, this, done); });
        QVERIFY(challenge && challenge->ok());
        QCOMPARE(challenge->value(), duty.challenge);

        const StorageProof proof = proofs::proveFromGenerator(
            proofs::SlotDataGenerator::datasetKey(request), 0, kSlotSize, duty.challenge);
        const auto submitted =
            ask<Done>([&](auto done) { m_market->submitProof(slot, proof, this, done); });
        QVERIFY(submitted);
        QVERIFY2(submitted->ok(), qPrintable(MarketplaceSession::failure(*submitted)));
    }

    // A period's proof that the contract refused once mined (Proofs_InvalidProof: its challenge
    // moved on while it waited) does not answer the next proof of that period with its refusal:
    // the new proof is sent under the period's key with "/again1", and taken.
    void aProofRefusedOnceMinedIsSentAgainUnderTheNextKey() {
        const StorageRequest request = post(1);
        const SlotId slot = slotIdOf(request.id(), 0);
        const auto collateral = reserveAndFill(request, 0);
        QVERIFY(collateral);
        QVERIFY2(collateral->ok(), qPrintable(MarketplaceSession::failure(*collateral)));
        QVERIFY2(m_session->advanceToNextPeriod(), qPrintable(m_session->error()));
        QVERIFY2(m_session->alignPointer(slot, 0, 200), qPrintable(m_session->error()));
        const quint64 period = m_session->period();
        // The period's first proof, stored as mined and refused.
        TransactionStore store(*m_db);
        TransactionRecord refused;
        refused.intentKey = ChainMarketTransactions::proofKey(slot, period);
        refused.account = hostAddress();
        refused.chainId = m_chain.chain().chainId();
        refused.nonce = 1'000'000;
        refused.label = QStringLiteral("submitProof (refused)");
        refused.to = m_session->marketplace();
        refused.data = marketplace::submitProof(slot, StorageProof{});
        refused.gasLimit = 100'000;
        refused.attempts.append(
            {0, Hash32{}, QByteArray(1, char(2)), UInt256(1), UInt256(1), kStart, kStart});
        SD_VERIFY_OK(store.insert(refused));
        const quint32 selector =
            ContractErrorTable::selectorOf(QStringLiteral("Proofs_InvalidProof()"));
        QByteArray revert(4, 0);
        for (int i = 0; i < 4; ++i)
            revert[i] = char((selector >> (8 * (3 - i))) & 0xff);
        SD_VERIFY_OK(store.settle(refused.id, TransactionState::Failed, std::nullopt, revert,
                                  QStringLiteral("reverted: Proofs_InvalidProof"), kStart));

        const StorageProof proof = proofFor(request, 0);
        const auto submitted =
            ask<Done>([&](auto done) { m_market->submitProof(slot, proof, this, done); });
        QVERIFY(submitted);
        QVERIFY2(submitted->ok(), qPrintable(MarketplaceSession::failure(*submitted)));
        const auto again = m_manager->outcome(ChainMarketTransactions::proofKey(slot, period, 1));
        SD_VERIFY_OK(again);
        QVERIFY(again->has_value());
        QVERIFY2((*again)->succeeded(), qPrintable((*again)->describe()));
    }

    // A reservation the contract refuses (ours already, or the slot full) is a
    // ReservationNotAllowed error, and no transaction leaves the account.
    void refusedReservationSendsNothing() {
        const StorageRequest request = post(2);
        QSignalSpy full(m_market.get(), &Market::slotReservationsFull);
        // Slot 0: reserved by our account already (outside the market's records).
        QVERIFY(m_session->send(hostAddress(), marketplace::reserveSlot(request.id(), 0)).ok());
        // Slot 1: three competitors fill its reservations.
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_session->send(competitor(i), marketplace::reserveSlot(request.id(), 1)).ok());
        QVERIFY(drive([&] { return full.count() >= 1; }));
        QCOMPARE(full.first().at(1).value<quint64>(), quint64(1));

        const quint64 nonce = nonceOf(hostAddress());
        for (quint64 index : {quint64(0), quint64(1)}) {
            const auto refused = ask<Done>(
                [&](auto done) { m_market->reserveSlot(request.id(), index, this, done); });
            QVERIFY(refused);
            QVERIFY(!refused->ok());
            QCOMPARE(refused->error().kind, MarketError::Kind::ReservationNotAllowed);
            const auto stored = m_manager->outcome(
                ChainMarketTransactions::reserveKey(slotIdOf(request.id(), index)));
            QVERIFY(stored.ok());
            QVERIFY(!stored->has_value());
        }
        QCOMPARE(nonceOf(hostAddress()), nonce);
    }

    // A host restarted after its reservation goes on with it: a new market over the same
    // database knows it from the reserveSlot record, and reserving again sends nothing.
    void holdsReservationAfterARestart() {
        const StorageRequest request = post(2);
        const SlotId slot = slotIdOf(request.id(), 1);
        const auto reserved =
            ask<Done>([&](auto done) { m_market->reserveSlot(request.id(), 1, this, done); });
        QVERIFY(reserved && reserved->ok());
        const quint64 nonce = nonceOf(hostAddress());

        m_market.reset();
        m_market = makeMarket();
        QVERIFY(load(*m_market));
        const auto holds =
            ask<bool>([&](auto done) { m_market->holdsReservation(slot, this, done); });
        QVERIFY(holds && holds->ok());
        QVERIFY(holds->value());
        const auto again =
            ask<Done>([&](auto done) { m_market->reserveSlot(request.id(), 1, this, done); });
        QVERIFY(again && again->ok());
        QCOMPARE(nonceOf(hostAddress()), nonce);
    }

    // The token's answers decoded: an ABI string, or 32 zero-padded bytes as older tokens answer;
    // decimals past 255 or not one word are refused.
    void decodesTokenMetadata() {
        const auto text = erc20::decodeText(
            u"name", QByteArray::fromHex("0000000000000000000000000000000000000000"
                                         "000000000000000000000020"
                                         "0000000000000000000000000000000000000000"
                                         "000000000000000000000003"
                                         "5453540000000000000000000000000000000000"
                                         "000000000000000000000000"));
        SD_VERIFY_OK(text);
        QCOMPARE(*text, QStringLiteral("TST"));
        QByteArray padded("MKR");
        padded.append(QByteArray(29, '\0'));
        const auto old = erc20::decodeText(u"symbol", padded);
        SD_VERIFY_OK(old);
        QCOMPARE(*old, QStringLiteral("MKR"));
        QByteArray notPadded = padded;
        notPadded[31] = 'x';
        SD_VERIFY_ERROR(erc20::decodeText(u"symbol", notPadded), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(erc20::decodeText(u"name", QByteArray(5, 'a')), ErrorCode::InvalidArgument);

        QByteArray word(32, '\0');
        word[31] = 6;
        const auto six = erc20::decodeDecimals(word);
        SD_VERIFY_OK(six);
        QCOMPARE(int(*six), 6);
        word[30] = 1; // 262
        SD_VERIFY_ERROR(erc20::decodeDecimals(word), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(erc20::decodeDecimals(QByteArray(31, '\0')), ErrorCode::InvalidArgument);
    }

    // After a forced free (missed proofs) the same host reserves and fills the slot again: the
    // new round's intents are sent anew, holdsReservation follows the round, and hostSettlement
    // adds both rounds' deposits.
    void reservesAndFillsAgainAfterAForcedFree() {
        const StorageRequest request = post(3);
        const SlotId slot = slotIdOf(request.id(), 0);
        const auto first = reserveAndFill(request, 0);
        QVERIFY(first);
        QVERIFY2(first->ok(), qPrintable(MarketplaceSession::failure(*first)));
        for (quint64 index : {quint64(1), quint64(2)}) {
            const Address other = competitor(int(index));
            QVERIFY(m_session->send(other, marketplace::reserveSlot(request.id(), index)).ok());
            QVERIFY(m_session->fill(other, request, index, request.collateralPerSlot()).ok());
        }
        // The validator marks our proofs missing until the slot is freed.
        const MarketConfig& config = m_chain.chain().options().market;
        const Address validator = m_chain.account(6);
        QVERIFY(m_session->advanceToNextPeriod());
        for (int missed = 0; missed < config.maxNumberOfSlashes; ++missed) {
            const quint64 period = m_session->period();
            QVERIFY(m_session->advanceToNextPeriod(1));
            QVERIFY2(m_session->alignPointer(slot, config.downtime + 2, 240, 1),
                     qPrintable(m_session->error()));
            const auto marked =
                m_session->send(validator, marketplace::markProofAsMissing(slot, period));
            QVERIFY2(marked.ok(), qPrintable(MarketplaceSession::failure(marked)));
        }
        const auto state =
            ask<SlotState>([&](auto done) { m_market->slotState(slot, this, done); });
        QVERIFY(state && state->ok());
        QCOMPARE(toString(state->value()), toString(SlotState::Repair));

        // The reservation went with the slot.
        const auto held =
            ask<bool>([&](auto done) { m_market->holdsReservation(slot, this, done); });
        QVERIFY(held && held->ok());
        QVERIFY(!held->value());
        const auto lost =
            ask<HostSlotSettlement>([&](auto done) { m_market->hostSettlement(slot, this, done); });
        QVERIFY(lost && lost->ok());
        QVERIFY(!lost->value().holding);
        QCOMPARE(lost->value().collateralDeposited, first->value());

        // Round 1: sent anew (new nonces), at the repair discount.
        const quint64 nonce = nonceOf(hostAddress());
        const auto second = reserveAndFill(request, 0);
        QVERIFY(second);
        QVERIFY2(second->ok(), qPrintable(MarketplaceSession::failure(*second)));
        QVERIFY(nonceOf(hostAddress()) >= nonce + 2);
        const UInt256 discounted =
            request.collateralPerSlot() -
            request.collateralPerSlot() * UInt256(config.repairRewardPercentage) / UInt256(100);
        QCOMPARE(second->value(), discounted);
        for (const QString& key : {ChainMarketTransactions::reserveKey(slot, 1),
                                   ChainMarketTransactions::fillKey(slot, 1)}) {
            const auto stored = m_manager->outcome(key);
            QVERIFY(stored.ok() && stored->has_value());
            QVERIFY((*stored)->succeeded());
        }
        const auto holds =
            ask<bool>([&](auto done) { m_market->holdsReservation(slot, this, done); });
        QVERIFY(holds && holds->ok());
        QVERIFY(holds->value());
        const auto settlement =
            ask<HostSlotSettlement>([&](auto done) { m_market->hostSettlement(slot, this, done); });
        QVERIFY(settlement && settlement->ok());
        QVERIFY(settlement->value().holding);
        QCOMPARE(settlement->value().collateralDeposited, first->value() + second->value());
        const auto mine = ask<QList<SlotId>>([&](auto done) { m_market->mySlots(this, done); });
        QVERIFY(mine && mine->ok());
        QCOMPARE(mine->value(), QList<SlotId>{slot});

        // The round is the cursor's count of SlotFreed events: after a restart as well, and on a
        // database from before that count (the forced free is then read from the chain).
        QVERIFY(caughtUp());
        const auto counted =
            m_db->queryValue(QStringLiteral("SELECT frees FROM chain_slot_rounds WHERE cursor = "
                                            "'marketplace' AND slot_id = x'") +
                             QString::fromLatin1(slot.toByteArray().toHex()) + QStringLiteral("'"));
        SD_VERIFY_OK(counted);
        QCOMPARE(counted->toInt(), 1);
        const quint64 afterFree = nonceOf(hostAddress());
        for (bool upgraded : {false, true}) {
            m_market.reset();
            if (upgraded) {
                SD_VERIFY_OK(m_db->execute(QStringLiteral("DELETE FROM chain_slot_rounds")));
                SD_VERIFY_OK(m_db->execute(
                    QStringLiteral("INSERT INTO chain_slot_rounds_from (cursor, block_number)"
                                   " SELECT name, block_number + 1 FROM chain_cursors")));
            }
            m_market = makeMarket();
            QVERIFY(load(*m_market));
            const auto restarted = ask<HostSlotSettlement>(
                [&](auto done) { m_market->hostSettlement(slot, this, done); });
            QVERIFY(restarted && restarted->ok());
            QCOMPARE(restarted->value().collateralDeposited, first->value() + second->value());
            const auto again =
                ask<Done>([&](auto done) { m_market->reserveSlot(request.id(), 0, this, done); });
            QVERIFY(again && again->ok());
            QCOMPARE(nonceOf(hostAddress()), afterFree);
        }
    }

    // A slot's round is not read from the whole history of the Marketplace: with a long
    // history read in small ranges, an action reads at most the blocks after the event cursor's.
    void roundsDoNotReadTheHistory() {
        const StorageRequest request = post(2);
        QVERIFY2(m_chain.mine(3000), qPrintable(m_chain.error()));
        m_market.reset();
        m_market = makeMarket(100); // the whole history: 30 ranges and more
        QVERIFY(load(*m_market));
        QVERIFY(caughtUp());

        // Reading the history would take 30 eth_getLogs and more per action; the blocks after
        // the cursor's take one (a few more may be the cursor's own polls of the new blocks).
        const SlotId slot = slotIdOf(request.id(), 0);
        auto logReads = [this] {
            return m_rpc->callsSent(QStringLiteral("eth_getLogs"));
        };
        quint64 before = logReads();
        const auto reserved =
            ask<Done>([&](auto done) { m_market->reserveSlot(request.id(), 0, this, done); });
        QVERIFY(reserved && reserved->ok());
        QVERIFY2(logReads() - before <= 5, qPrintable(QString::number(logReads() - before)));
        QVERIFY(caughtUp());
        before = logReads();
        const auto holds =
            ask<bool>([&](auto done) { m_market->holdsReservation(slot, this, done); });
        QVERIFY(holds && holds->ok());
        QVERIFY(holds->value());
        QVERIFY2(logReads() - before <= 5, qPrintable(QString::number(logReads() - before)));
        // Nothing after the cursor's block: no log read at all, only its block's header.
        before = logReads();
        const auto held =
            ask<bool>([&](auto done) { m_market->holdsReservation(slot, this, done); });
        QVERIFY(held && held->ok() && held->value());
        QCOMPARE(logReads() - before, quint64(0));
    }

    // A caller destroyed before the answer never hears it; the answer never comes inside the call.
    void answersLaterAndOnlyToALivingContext() {
        bool answered = false;
        auto context = std::make_unique<QObject>();
        m_market->balance(context.get(), [&](const MarketResult<UInt256>&) { answered = true; });
        QVERIFY(!answered);
        context.reset();
        bool other = false;
        m_market->balance(this, [&](const MarketResult<UInt256>&) { other = true; });
        QVERIFY(drive([&] { return other; }));
        QVERIFY(!answered);
    }
};

QTEST_GUILESS_MAIN(TestChainMarket)
#include "tst_chainmarket.moc"
