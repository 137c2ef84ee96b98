#include "core/simulation/MarketLedger.h"
#include "tests/core/simulation/SimulationTestSupport.h"

#include <QObject>
#include <QTest>

#include <functional>

using namespace salesdesk;
using namespace salesdesk::test;

Q_DECLARE_METATYPE(std::function<void(salesdesk::StorageRequest&)>)

// requestStorage, withdrawFunds and failRequest (docs/market-rules.md,
// "Requests and slots" and "Client withdrawal").
class TestRequestFunctions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void postingSetsTimesPullsThePriceAndEmits(); // StorageRequested
    void postingChecksInTheContractsOrder_data();
    void postingChecksInTheContractsOrder();
    void postingWithoutEnoughTokensChangesNothing();
    void duplicateRequestIsRefused();
    void withdrawingIsOnlyForEndedRequests();
    void withdrawingACancelledRequestReturnsEverythingOnce(); // RequestCancelled
    void withdrawingACancelledRequestWithFilledSlots();
    void withdrawingAFailedRequestRefundsTheFullPrice();
    void withdrawingAFinishedRequestReturnsWhatTheHostsDidNotEarn();
    void onlyTheClientWithdraws();
    void failRequestFailsNewAndStartedOnly();
};

void TestRequestFunctions::postingSetsTimesPullsThePriceAndEmits() {
    LedgerFixture f;
    const StorageRequest request = makeRequest();
    QCOMPARE(request.totalPrice(), UInt256(4 * 3600 * 1000));
    SD_VERIFY_OK(f.ledger.mint(kClient(), request.totalPrice() + 5));
    auto id = f.ledger.requestStorage(kClient(), request, kStart);
    SD_VERIFY_OK(id);
    QCOMPARE(*id, request.id());
    const SimRequest* r = f.ledger.books().request(*id);
    QVERIFY(r);
    QCOMPARE(r->request, request);
    SD_COMPARE_STATE(r->state, RequestState::New);
    QCOMPARE(r->expiresAt, kStart + 600);
    QCOMPARE(r->endsAt, kStart + 3600);
    QCOMPARE(r->fundsToReturnToClient, request.totalPrice());
    QCOMPARE(r->slotsFilled, quint64(0));
    QCOMPARE(f.ledger.books().tokens().balanceOf(kClient()), UInt256(5));
    QCOMPARE(f.ledger.books().tokens().balanceOf(kMarketplace()), request.totalPrice());
    const std::vector<MarketEvent> events = f.ledger.takeEvents();
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events[0].kind, MarketEvent::Kind::StorageRequested);
    QCOMPARE(events[0].requestId, *id);
    QCOMPARE(events[0].ask, request.ask);
    QCOMPARE(events[0].expiresAt, kStart + 600); // absolute, not the relative expiry
    QCOMPARE(f.ledger.books().requestIds(), QList<RequestId>{*id});
    QVERIFY(f.ledger.takeChanges().requests.contains(*id));
}

void TestRequestFunctions::postingChecksInTheContractsOrder_data() {
    QTest::addColumn<std::function<void(StorageRequest&)>>("change");
    QTest::addColumn<QString>("contractError");
    using Change = std::function<void(StorageRequest&)>;
    QTest::newRow("expiry 0") << Change([](StorageRequest& r) { r.expiry = 0; })
                              << QStringLiteral("Marketplace_InvalidExpiry");
    QTest::newRow("expiry = duration")
        << Change([](StorageRequest& r) { r.expiry = r.ask.duration; })
        << QStringLiteral("Marketplace_InvalidExpiry");
    // Expiry is checked before slots.
    QTest::newRow("expiry and slots") << Change([](StorageRequest& r) {
        r.expiry = 0;
        r.ask.slots = 0;
    }) << QStringLiteral("Marketplace_InvalidExpiry");
    QTest::newRow("slots 0") << Change([](StorageRequest& r) {
        r.ask.slots = 0;
        r.ask.maxSlotLoss = 0;
    }) << QStringLiteral("Marketplace_InsufficientSlots");
    QTest::newRow("maxSlotLoss > slots") << Change([](StorageRequest& r) { r.ask.maxSlotLoss = 5; })
                                         << QStringLiteral("Marketplace_InvalidMaxSlotLoss");
    QTest::newRow("proofProbability 0")
        << Change([](StorageRequest& r) { r.ask.proofProbability = 0; })
        << QStringLiteral("Marketplace_InsufficientProofProbability");
    QTest::newRow("collateral 0") << Change([](StorageRequest& r) { r.ask.collateralPerByte = 0; })
                                  << QStringLiteral("Marketplace_InsufficientCollateral");
    QTest::newRow("price 0") << Change([](StorageRequest& r) { r.ask.pricePerBytePerSecond = 0; })
                             << QStringLiteral("Marketplace_InsufficientReward");
    QTest::newRow("empty cid") << Change([](StorageRequest& r) { r.content.cid.clear(); })
                               << QStringLiteral("Marketplace_InvalidCid");
    QTest::newRow("duration over the limit")
        << Change([](StorageRequest& r) { r.ask.duration = 30 * 24 * 3600 + 1; })
        << QStringLiteral("Marketplace_DurationExceedsLimit");
    QTest::newRow("client is not the sender")
        << Change([](StorageRequest& r) { r.client = kOtherHost(); })
        << QStringLiteral("Marketplace_InvalidClientAddress");
    QTest::newRow("slot size 0") << Change([](StorageRequest& r) { r.ask.slotSize = 0; })
                                 << QStringLiteral("slotSize");
}

void TestRequestFunctions::postingChecksInTheContractsOrder() {
    QFETCH(std::function<void(StorageRequest&)>, change);
    QFETCH(QString, contractError);
    LedgerFixture f;
    SD_VERIFY_OK(f.ledger.mint(kClient(), UInt256(1) << 100));
    StorageRequest request = makeRequest();
    change(request);
    auto id = f.ledger.requestStorage(kClient(), request, kStart);
    SD_VERIFY_ERROR(id, ErrorCode::InvalidArgument);
    QVERIFY2(id.message().contains(contractError), qPrintable(id.message()));
    QVERIFY(f.ledger.books().requestIds().isEmpty());
    QVERIFY(f.ledger.takeEvents().empty());
    QCOMPARE(f.ledger.books().tokens().balanceOf(kClient()), UInt256(1) << 100);
}

void TestRequestFunctions::postingWithoutEnoughTokensChangesNothing() {
    LedgerFixture f;
    const StorageRequest request = makeRequest();
    SD_VERIFY_OK(f.ledger.mint(kClient(), request.totalPrice() - 1));
    auto id = f.ledger.requestStorage(kClient(), request, kStart);
    SD_VERIFY_ERROR(id, ErrorCode::OutOfBounds);
    QVERIFY(f.ledger.books().request(request.id()) == nullptr);
    QCOMPARE(f.ledger.books().tokens().balanceOf(kClient()), request.totalPrice() - 1);
    QVERIFY(f.ledger.takeEvents().empty());
}

void TestRequestFunctions::duplicateRequestIsRefused() {
    LedgerFixture f;
    const RequestId id = f.post();
    QVERIFY(!id.isZero());
    SD_VERIFY_OK(f.ledger.mint(kClient(), makeRequest().totalPrice()));
    auto again = f.ledger.requestStorage(kClient(), makeRequest(), kStart + 1);
    SD_VERIFY_ERROR(again, ErrorCode::Conflict);
    QVERIFY(again.message().contains(QStringLiteral("Marketplace_RequestAlreadyExists")));
    QCOMPARE(f.ledger.books().request(id)->expiresAt, kStart + 600); // untouched
}

void TestRequestFunctions::withdrawingIsOnlyForEndedRequests() {
    LedgerFixture f;
    const RequestId id = f.post();
    auto early = f.ledger.withdrawFunds(kClient(), id, kStart + 10);
    SD_VERIFY_ERROR(early, ErrorCode::Conflict);
    QVERIFY(early.message().contains(QStringLiteral("Marketplace_InvalidState")));
    QVERIFY(f.fillAll(id));
    SD_VERIFY_ERROR(f.ledger.withdrawFunds(kClient(), id, kStart + 700), ErrorCode::Conflict);
    SD_VERIFY_ERROR(f.ledger.withdrawFunds(kClient(), makeRequest(7).id(), kStart),
                    ErrorCode::NotFound);
}

void TestRequestFunctions::withdrawingACancelledRequestReturnsEverythingOnce() {
    LedgerFixture f;
    const RequestId id = f.post();
    f.ledger.takeEvents();
    auto paid = f.ledger.withdrawFunds(kClient(), id, kStart + 601);
    SD_VERIFY_OK(paid);
    QCOMPARE(*paid, makeRequest().totalPrice());
    QCOMPARE(f.ledger.books().tokens().balanceOf(kClient()), makeRequest().totalPrice());
    QCOMPARE(f.ledger.books().tokens().balanceOf(kMarketplace()), UInt256(0));
    SD_COMPARE_STATE(f.ledger.books().request(id)->state, RequestState::Cancelled); // now stored
    QCOMPARE(f.eventKinds(), QList<MarketEvent::Kind>{MarketEvent::Kind::RequestCancelled});
    auto again = f.ledger.withdrawFunds(kClient(), id, kStart + 700);
    SD_VERIFY_ERROR(again, ErrorCode::Conflict);
    QVERIFY(again.message().contains(QStringLiteral("Marketplace_NothingToWithdraw")));
    QVERIFY(f.eventKinds().isEmpty());
}

void TestRequestFunctions::withdrawingACancelledRequestWithFilledSlots() {
    LedgerFixture f;
    const RequestId id = f.post();
    f.now = kStart + 100;
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 0));
    f.now = kStart + 400;
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 1, kOtherHost()));
    const UInt256 price = makeRequest().totalPrice();
    // The hosts are owed (expiresAt - filledAt) each: 500 s and 200 s of 1000 per second.
    auto paid = f.ledger.withdrawFunds(kClient(), id, kStart + 601);
    SD_VERIFY_OK(paid);
    QCOMPARE(*paid, price - UInt256(500 * 1000) - UInt256(200 * 1000));
    // The hosts' payouts leave the marketplace with exactly their collateral.
    SD_VERIFY_MARKET_OK(f.ledger.freeSlot(kHost(), slotIdOf(id, 0), kStart + 602));
    SD_VERIFY_MARKET_OK(f.ledger.freeSlot(kOtherHost(), slotIdOf(id, 1), kStart + 602));
    QCOMPARE(f.ledger.books().tokens().balanceOf(kMarketplace()), UInt256(0));
    QCOMPARE(f.ledger.books().tokens().balanceOf(kHost()), UInt256(500 * 1000 + 2000));
    QVERIFY(f.conserved());
}

void TestRequestFunctions::withdrawingAFailedRequestRefundsTheFullPrice() {
    LedgerFixture f;
    const RequestId id = f.post();
    f.now = kStart + 10; // filled at once, nothing would be left to return (the contract's rule)
    QVERIFY(f.fillAll(id));
    f.now = kStart + 1000;
    SD_VERIFY_MARKET_OK(f.ledger.failRequest(id, f.now));
    auto paid = f.ledger.withdrawFunds(kClient(), id, f.now + 1);
    SD_VERIFY_OK(paid);
    QCOMPARE(*paid, makeRequest().totalPrice());
    // What stays with the marketplace is the hosts' lost collateral.
    QCOMPARE(f.ledger.books().tokens().balanceOf(kMarketplace()), UInt256(4 * 2000));
    SD_COMPARE_STATE(f.ledger.books().request(id)->state, RequestState::Failed);
}

void TestRequestFunctions::withdrawingAFinishedRequestReturnsWhatTheHostsDidNotEarn() {
    LedgerFixture f;
    const RequestId id = f.post();
    f.now = kStart + 10; // every slot filled 10 s after the request: 10 s of 4 slots unearned
    QVERIFY(f.fillAll(id));
    auto paid = f.ledger.withdrawFunds(kClient(), id, kStart + 3601);
    SD_VERIFY_OK(paid);
    QCOMPARE(*paid, UInt256(4 * 10 * 1000));
    SD_COMPARE_STATE(f.ledger.books().request(id)->state, RequestState::Finished);
    for (quint64 i = 0; i < 4; ++i)
        SD_VERIFY_MARKET_OK(f.ledger.freeSlot(kHost(), slotIdOf(id, i), kStart + 3602));
    QCOMPARE(f.ledger.books().tokens().balanceOf(kMarketplace()), UInt256(0));
    QVERIFY(f.conserved());
}

void TestRequestFunctions::onlyTheClientWithdraws() {
    LedgerFixture f;
    const RequestId id = f.post();
    auto result = f.ledger.withdrawFunds(kHost(), id, kStart + 601);
    SD_VERIFY_ERROR(result, ErrorCode::InvalidArgument);
    QVERIFY(result.message().contains(QStringLiteral("Marketplace_InvalidClientAddress")));
    QCOMPARE(f.ledger.books().tokens().balanceOf(kHost()), UInt256(0));
}

void TestRequestFunctions::failRequestFailsNewAndStartedOnly() {
    LedgerFixture f;
    const RequestId fresh = f.post(makeRequest(1));
    f.ledger.takeEvents();
    SD_VERIFY_MARKET_OK(f.ledger.failRequest(fresh, kStart + 50));
    SD_COMPARE_STATE(f.ledger.books().requestState(fresh, kStart + 50), RequestState::Failed);
    QCOMPARE(f.ledger.books().request(fresh)->endsAt, kStart + 49);
    QCOMPARE(f.eventKinds(), QList<MarketEvent::Kind>{MarketEvent::Kind::RequestFailed});
    SD_VERIFY_MARKET_ERROR(f.ledger.failRequest(fresh, kStart + 60), MarketError::Kind::Rejected);
    const RequestId expired = f.post(makeRequest(2));
    SD_VERIFY_MARKET_ERROR(f.ledger.failRequest(expired, kStart + 700),
                           MarketError::Kind::Rejected);
    SD_VERIFY_MARKET_ERROR(f.ledger.failRequest(makeRequest(3).id(), kStart),
                           MarketError::Kind::UnknownRequest);
}

QTEST_GUILESS_MAIN(TestRequestFunctions)
#include "tst_requestfunctions.moc"
