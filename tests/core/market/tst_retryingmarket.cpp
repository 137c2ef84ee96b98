#include "core/clock/VirtualClock.h"
#include "core/market/RetryingMarket.h"
#include "core/simulation/SimulatedMarket.h"
#include "tests/core/simulation/SimulationTestSupport.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace salesdesk;
using namespace salesdesk::test;

// RetryingMarket over a SimulatedMarket whose injected faults make calls fail transiently.
class TestRetryingMarket : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void delaysDoubleUpToTheCap();
    void transientFailuresAreRetriedWithBackoff();
    void givesUpAfterMaxAttempts();
    void permanentErrorsPassAtOnce();
    void successPassesAtOnce();
    void noRetryIntoADestroyedContext();
    void destroyedDecoratorDropsItsRetries();
    void signalsAndIdentityAreForwarded();

private:
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<SimulatedMarket> m_inner;
};

void TestRetryingMarket::init() {
    m_clock = std::make_unique<VirtualClock>(kStart);
    SimulatedMarketOptions options;
    options.signer = kHost();
    auto market = SimulatedMarket::open(*m_clock, options);
    QVERIFY(market.ok());
    m_inner = std::move(*market);
}

void TestRetryingMarket::cleanup() {
    deliverPosted();
    m_inner.reset();
    m_clock.reset();
}

void TestRetryingMarket::delaysDoubleUpToTheCap() {
    const RetryPolicy policy{1, 60, 10};
    QCOMPARE(policy.delayBefore(2), qint64(1));
    QCOMPARE(policy.delayBefore(3), qint64(2));
    QCOMPARE(policy.delayBefore(4), qint64(4));
    QCOMPARE(policy.delayBefore(7), qint64(32));
    QCOMPARE(policy.delayBefore(8), qint64(60));
    QCOMPARE(policy.delayBefore(30), qint64(60));
    const RetryPolicy odd{5, 12, 10};
    QCOMPARE(odd.delayBefore(3), qint64(10));
    QCOMPARE(odd.delayBefore(4), qint64(12));
}

void TestRetryingMarket::transientFailuresAreRetriedWithBackoff() {
    RetryingMarket market(*m_inner, *m_clock, RetryPolicy{1, 60, 8});
    // Every balance call fails until kStart + 10: attempts at +0, +1, +3, +7 fail, +15 succeeds.
    m_inner->control().setFault(QStringLiteral("balance"), 1.0, kStart + 10);
    Timestamp answeredAt = 0;
    std::optional<MarketResult<UInt256>> answer;
    QObject context;
    market.balance(&context, [&](const MarketResult<UInt256>& r) {
        answer = r;
        answeredAt = m_clock->now();
    });
    m_clock->runUntilIdle(kStart + 1000);
    QVERIFY(answer.has_value());
    SD_VERIFY_MARKET_OK(*answer);
    QCOMPARE(answeredAt, kStart + 15);
    QCOMPARE(market.retries(), quint64(4));
    QCOMPARE(m_inner->control().faults().failures(), quint64(4));
}

void TestRetryingMarket::givesUpAfterMaxAttempts() {
    RetryingMarket market(*m_inner, *m_clock, RetryPolicy{1, 4, 6});
    m_inner->control().setFault(QStringLiteral("*"), 1.0, kStart + 100'000);
    std::optional<MarketResult<std::optional<RequestState>>> answer;
    Timestamp answeredAt = 0;
    market.requestState(makeRequest().id(), nullptr, [&](const auto& r) {
        answer = r;
        answeredAt = m_clock->now();
    });
    m_clock->runUntilIdle(kStart + 1000);
    QVERIFY(answer.has_value());
    SD_VERIFY_MARKET_ERROR(*answer, MarketError::Kind::Transient);
    // Delays 1, 2, 4, 4, 4 between six attempts.
    QCOMPARE(answeredAt, kStart + 15);
    QCOMPARE(m_inner->control().faults().draws(), quint64(6));
    QCOMPARE(market.retries(), quint64(5));
}

void TestRetryingMarket::permanentErrorsPassAtOnce() {
    RetryingMarket market(*m_inner, *m_clock);
    Answer<UInt256> filled;
    market.fillSlot(makeRequest().id(), 0, StorageProof{}, 0, nullptr, filled.callback());
    Answer<Timestamp> end;
    market.requestEnd(makeRequest().id(), nullptr, end.callback());
    QVERIFY(filled.wait());
    QVERIFY(end.wait());
    QCOMPARE(filled.kind(), MarketError::Kind::UnknownRequest);
    QCOMPARE(end.kind(), MarketError::Kind::UnknownRequest);
    QCOMPARE(market.retries(), quint64(0));
    QCOMPARE(m_clock->pendingTimers(), qsizetype(0));
    QCOMPARE(m_clock->now(), kStart);
}

void TestRetryingMarket::successPassesAtOnce() {
    RetryingMarket market(*m_inner, *m_clock);
    SD_VERIFY_OK(m_inner->control().mint(kHost(), 123));
    Answer<UInt256> balance;
    market.balance(nullptr, balance.callback());
    QVERIFY(!balance.result); // asynchronous, like the inner market
    QVERIFY(balance.wait());
    QCOMPARE(balance.value(), UInt256(123));
    QCOMPARE(balance.calls, 1);
    QCOMPARE(market.retries(), quint64(0));
}

void TestRetryingMarket::noRetryIntoADestroyedContext() {
    RetryingMarket market(*m_inner, *m_clock);
    m_inner->control().setFault(QStringLiteral("mySlots"), 1.0, kStart + 100);
    auto context = std::make_unique<QObject>();
    int answered = 0;
    market.mySlots(context.get(), [&](const auto&) { ++answered; });
    deliverPosted();
    QCOMPARE(m_inner->control().faults().draws(),
             quint64(1)); // first attempt failed, retry scheduled
    QCOMPARE(market.retries(), quint64(1));
    context.reset();
    m_clock->runUntilIdle(kStart + 1000);
    QCOMPARE(answered, 0);
    QCOMPARE(m_inner->control().faults().draws(),
             quint64(1)); // the inner market was not called again
}

void TestRetryingMarket::destroyedDecoratorDropsItsRetries() {
    auto market = std::make_unique<RetryingMarket>(*m_inner, *m_clock);
    m_inner->control().setFault(QStringLiteral("balance"), 1.0, kStart + 100);
    int answered = 0;
    market->balance(nullptr, [&](const auto&) { ++answered; });
    deliverPosted();
    QCOMPARE(m_clock->pendingTimers(), qsizetype(1));
    market.reset();
    QCOMPARE(m_clock->pendingTimers(), qsizetype(0));
    m_clock->runUntilIdle(kStart + 1000);
    QCOMPARE(answered, 0);
    // An answer in flight when it goes is dropped too.
    market = std::make_unique<RetryingMarket>(*m_inner, *m_clock);
    market->getRequest(makeRequest().id(), nullptr, [&](const auto&) { ++answered; });
    market.reset();
    deliverPosted();
    QCOMPARE(answered, 0);
}

void TestRetryingMarket::signalsAndIdentityAreForwarded() {
    RetryingMarket market(*m_inner, *m_clock);
    QCOMPARE(market.signer(), kHost());
    QVERIFY(market.config() == m_inner->config());
    QSignalSpy requested(&market, &Market::storageRequested);
    QSignalSpy cancelled(&market, &Market::requestCancelled);
    const StorageRequest request = makeRequest();
    SD_VERIFY_OK(m_inner->control().mint(kClient(), request.totalPrice()));
    SD_VERIFY_OK(m_inner->control().requestStorage(kClient(), request));
    m_clock->advanceTo(kStart + 601);
    SD_VERIFY_OK(m_inner->control().withdrawFunds(kClient(), request.id()));
    deliverPosted();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<RequestId>(), request.id());
    QCOMPARE(cancelled.count(), 1);
}

QTEST_GUILESS_MAIN(TestRetryingMarket)
#include "tst_retryingmarket.moc"
