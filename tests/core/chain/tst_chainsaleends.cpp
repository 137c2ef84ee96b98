// The sales engine on a real chain when a request does not run to its end: cancelled before the
// host's fill (its expiry passed while the host was away mid-download), cancelled after its fill
// (the expiry passed with another slot unfilled: the host is paid up to the expiry and gets its
// collateral back), and failed (another host's slot was forcibly freed, more slots free than the
// request's maxSlotLoss: the host's collateral is lost); also with the host destroyed between its
// fill and the cancellation and opened again after the expiry. Each time the books are exact: the
// host's token balance moved by what the ledger booked, as do the token transfers the host's
// follower stored; no reservation is left, the availability is whole again, the sale ended in a
// terminal state (ChainSaleFixture: engine and chain on one VirtualClock).

#include "core/chain/client/DatasetServer.h"
#include "core/chain/market/MarketplaceCalls.h"
#include "tests/core/chain/ChainSaleFixture.h"
#include "tests/support/chain/FaultProxy.h"

#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

class TestChainSaleEnds : public ChainSaleFixture {
    Q_OBJECT

    Address otherHost() const { return m_chain.account(3); }

    std::optional<RequestState> requestStateOf(const RequestId& id) {
        const auto state = ask<std::optional<RequestState>>(
            [&](auto done) { m_market->requestState(id, this, done); });
        if (!state || !state->ok())
            return std::nullopt;
        return state->value();
    }

private Q_SLOTS:
    void initTestCase() { setUpChain(); }
    void init() {
        setUpTest();
        m_follow = true;
    }
    void cleanup() { tearDownTest(); }

    // The client's server does not answer: the host reserved the slot and is downloading when it
    // goes down; the request's expiry passes before it is back (its server answering now). The
    // request is cancelled before any fill: the sale is settled without a fill, nothing moved,
    // the reservation went back. (A download holds the VirtualClock, so the expiry cannot pass
    // during one here.)
    void cancelledBeforeTheFill() {
        DatasetServer server;
        SD_VERIFY_OK(server.listen(QHostAddress::LocalHost));
        FaultProxy stalling(quint16(server.baseUrl().port()));
        QVERIFY(stalling.listen());
        for (int i = 0; i < 8; ++i)
            stalling.enqueue(FaultProxy::stall());
        m_dataSource = stalling.url();
        QVERIFY(openHost());
        const auto availability = offer();
        QVERIFY(availability);
        const UInt256 balanceBefore = m_session->balanceOf(hostAddress());
        const StorageRequest request =
            MarketplaceSession::makeRequest(client(), 1, kSlotSize, kDuration, kExpiry);
        server.add(request, slotRootsOf(request));
        post(request);

        QVERIFY(drive([&] { return m_seen.contains(SaleStateKind::Downloading); }));
        QVERIFY(QTest::qWaitFor([&] { return stalling.requestsSeen() >= 1; }));
        crash();
        const quint64 expired = m_chainNow + kExpiry + 10;
        QVERIFY(m_session->mineAt(expired));
        m_chainNow = expired;
        m_clock->advanceTo(Timestamp(expired));
        m_dataSource = server.baseUrl();
        QVERIFY(openHost());

        QVERIFY(drive([&] { return endedIn(0).has_value(); }));
        QVERIFY2(endedIn(0) == SaleStateKind::Cancelled || endedIn(0) == SaleStateKind::Ignored,
                 qPrintable(endedNames(0).join(u',')));
        QVERIFY(!m_seen.contains(SaleStateKind::Filling));
        QCOMPARE(requestStateOf(request.id()), std::optional(RequestState::Cancelled));
        QVERIFY(!QFileInfo::exists(m_engine->repo().slotDataPath(slotIdOf(request.id(), 0))));
        checkExactBooks(balanceBefore, *availability, {});
        QCOMPARE(m_session->balanceOf(hostAddress()), balanceBefore);
    }

    // Two slots, room for one: the host fills slot 0, nobody fills slot 1, the expiry passes.
    // The host frees its slot of the cancelled request: paid up to the expiry, collateral back.
    // With "restart", the host is destroyed while proving and opened again after the expiry.
    void cancelledAfterTheFill_data() {
        QTest::addColumn<bool>("restart");
        QTest::newRow("running") << false;
        QTest::newRow("restart after the expiry") << true;
    }
    void cancelledAfterTheFill() {
        QFETCH(bool, restart);
        QVERIFY(openHost());
        const auto availability = offer(1);
        QVERIFY(availability);
        const UInt256 balanceBefore = m_session->balanceOf(hostAddress());
        const StorageRequest request = post(2);

        QVERIFY(drive([&] { return m_seen.contains(SaleStateKind::Proving); }));
        if (restart) {
            crash();
            // The chain's time passes the expiry while the host is away.
            const quint64 expired = m_chainNow + kExpiry + 10;
            QVERIFY(m_session->mineAt(expired));
            m_chainNow = expired;
            m_clock->advanceTo(Timestamp(expired));
            QVERIFY(openHost());
        }
        QVERIFY(drive([&] {
            const auto ended = endedIn(0);
            return ended && *ended != SaleStateKind::Ignored;
        }));
        QVERIFY2(endedIn(0) == SaleStateKind::Cancelled, qPrintable(endedNames(0).join(u',')));
        QCOMPARE(requestStateOf(request.id()), std::optional(RequestState::Cancelled));
        checkExactBooks(balanceBefore, *availability, {1, 1, 1, 0});
        // Paid for the time it stored before the expiry: the balance went up.
        QVERIFY(m_session->balanceOf(hostAddress()) > balanceBefore);
    }

    // Two slots, maxSlotLoss 0: another host fills slot 1, the engine fills slot 0; then the
    // other host leaves its slot (a forced free) and the request fails. The engine's sale ends
    // Failed: it leaves its slot and books its collateral as lost, which the chain keeps.
    void failedWhenAnotherSlotIsFreed() {
        QVERIFY(openHost());
        const auto availability = offer(1);
        QVERIFY(availability);
        const UInt256 balanceBefore = m_session->balanceOf(hostAddress());
        const StorageRequest request = post(MarketplaceSession::makeRequest(
            client(), 2, kSlotSize, kDuration, kExpiry, /*maxSlotLoss=*/0));
        QVERIFY(m_session->send(otherHost(), marketplace::reserveSlot(request.id(), 1)).ok());
        const auto filled = m_session->fill(otherHost(), request, 1, request.collateralPerSlot());
        QVERIFY2(filled.ok(), qPrintable(MarketplaceSession::failure(filled)));
        m_chainNow = m_session->now();

        QVERIFY(drive([&] { return m_seen.contains(SaleStateKind::Proving); }));
        QCOMPARE(requestStateOf(request.id()), std::optional(RequestState::Started));
        const auto freed =
            m_session->send(otherHost(), marketplace::freeSlot(slotIdOf(request.id(), 1)));
        QVERIFY2(freed.ok(), qPrintable(MarketplaceSession::failure(freed)));
        QVERIFY(freed->has(MarketplaceEvent::Kind::RequestFailed));
        m_chainNow = std::max(m_chainNow, m_session->now());

        QVERIFY(drive([&] { return endedIn(0).has_value(); }));
        QCOMPARE(endedNames(0), QStringList{toString(SaleStateKind::Failed)});
        QCOMPARE(requestStateOf(request.id()), std::optional(RequestState::Failed));
        checkExactBooks(balanceBefore, *availability, {1, 0, 0, 1});
        QCOMPARE(m_session->balanceOf(hostAddress()) + request.collateralPerSlot(), balanceBefore);
    }
};

QTEST_GUILESS_MAIN(TestChainSaleEnds)
#include "tst_chainsaleends.moc"
