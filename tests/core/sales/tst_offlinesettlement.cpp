// OfflineSettlement: a sale that ended (or died) while the host was down is settled at start by
// what the market says passed between it and the host for the slot. The crash windows it closes:
// between a payout and its ledger entry, between a fill and its deposit entry, and a slot freed
// by force while the host was offline. A MockMarket on a VirtualClock and real books.
#include "core/sales/OfflineSettlement.h"
#include "tests/core/sales/SaleTestDesk.h"

#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

class TestOfflineSettlement : public QObject {
    Q_OBJECT

    std::unique_ptr<SaleTestDesk> desk;
    std::unique_ptr<OfflineSettlement> settlement;
    QList<SaleOutcome> outcomes;
    int doneCalls = 0;

    UInt256 collateral() const { return desk->request.collateralPerSlot(); }

    // Settles the slot's reservation (if any) and waits for every answer.
    void settleAll() {
        auto all = desk->reservations->reservations();
        QVERIFY(all.ok());
        settlement->settle(
            *all, [this](const Reservation&, const SaleOutcome& o) { outcomes.append(o); },
            [this] { ++doneCalls; });
        desk->settle();
    }

    LedgerTotals totals() const {
        auto t = desk->ledger->totalsOf(desk->requestId, kSlotIndex);
        return t.ok() ? *t : LedgerTotals{};
    }

    Availability onlyAvailability() const {
        auto all = desk->reservations->availabilities();
        return all.ok() && all->size() == 1 ? all->first() : Availability{};
    }

    // A filled sale as the books held it before the crash: the reservation and the deposit.
    void fillBeforeTheCrash() {
        SD_VERIFY_OK(desk->reserveSlot());
        SD_VERIFY_OK(desk->ledger->record(kStart, LedgerKind::CollateralDeposited, desk->requestId,
                                          kSlotIndex, collateral()));
    }

private Q_SLOTS:
    void init() {
        desk = std::make_unique<SaleTestDesk>();
        SD_VERIFY_OK(desk->open());
        settlement = std::make_unique<OfflineSettlement>(*desk->context);
        outcomes.clear();
        doneCalls = 0;
    }
    void cleanup() {
        settlement.reset();
        desk.reset();
    }

    // The case: killed after the market paid, before the ledger heard of it. The payout
    // and the returned collateral are booked; nothing is booked as lost.
    void payoutTheLedgerMissedIsBooked() {
        fillBeforeTheCrash();
        desk->market.settlements.insert(
            desk->slotId, HostSlotSettlement{collateral(), UInt256(4321), collateral(), false});
        desk->market.requestStates.insert(desk->requestId, RequestState::Finished);
        settleAll();
        QCOMPARE(doneCalls, 1);
        const LedgerTotals t = totals();
        QCOMPARE(t.deposited, collateral());
        QCOMPARE(t.payouts, UInt256(4321));
        QCOMPARE(t.returned, collateral());
        QCOMPARE(t.lost, UInt256(0));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(name(outcomes[0].state), name(SaleStateKind::Finished));
        auto left = desk->reservations->reservations();
        SD_VERIFY_OK(left);
        QVERIFY(left->isEmpty());
        const Availability a = onlyAvailability();
        QCOMPARE(a.totalRemainingCollateral, a.totalCollateral); // nothing lost for the budget
    }

    // The ledger already holds the payout (recordPayout committed, the cleanup did not): nothing
    // is booked twice.
    void whatTheLedgerHoldsIsNotBookedAgain() {
        fillBeforeTheCrash();
        SD_VERIFY_OK(desk->ledger->record(kStart + 5, LedgerKind::Payout, desk->requestId,
                                          kSlotIndex, UInt256(4321)));
        SD_VERIFY_OK(desk->ledger->record(kStart + 5, LedgerKind::CollateralReturned,
                                          desk->requestId, kSlotIndex, collateral()));
        desk->market.settlements.insert(
            desk->slotId, HostSlotSettlement{collateral(), UInt256(4321), collateral(), false});
        desk->market.requestStates.insert(desk->requestId, RequestState::Cancelled);
        const auto before = desk->ledger->entries();
        SD_VERIFY_OK(before);
        settleAll();
        const auto after = desk->ledger->entries();
        SD_VERIFY_OK(after);
        QCOMPARE(after->size(), before->size());
        QCOMPARE(name(outcomes.value(0).state), name(SaleStateKind::Cancelled));
    }

    // A fill that landed before the crash and was paid out while the host was down: the
    // deposit, too, comes from the market, and the announcement of the fill is dropped.
    void depositTheLedgerMissedIsBookedWithThePayout() {
        SD_VERIFY_OK(desk->reserveSlot());
        SD_VERIFY_OK(
            desk->ledger->expectDeposit(kStart, desk->requestId, kSlotIndex, collateral()));
        desk->market.settlements.insert(
            desk->slotId, HostSlotSettlement{collateral(), UInt256(77), collateral(), false});
        desk->market.requestStates.insert(desk->requestId, RequestState::Finished);
        settleAll();
        QCOMPARE(totals().deposited, collateral());
        QCOMPARE(totals().returned, collateral());
        QCOMPARE(totals().payouts, UInt256(77));
        auto expected = desk->ledger->expectedDeposit(desk->requestId, kSlotIndex);
        SD_VERIFY_OK(expected);
        QVERIFY(!expected->has_value());
    }

    // Freed by force while the host was offline: the market kept the collateral, so it is lost,
    // for the ledger and for the availability's budget, and the sale ends Errored saying so.
    void forcedFreeWhileOfflineIsALossTheMarketTook() {
        fillBeforeTheCrash();
        desk->market.settlements.insert(desk->slotId,
                                        HostSlotSettlement{collateral(), 0, 0, false});
        desk->market.requestStates.insert(desk->requestId, RequestState::Started);
        settleAll();
        QCOMPARE(totals().lost, collateral());
        QCOMPARE(totals().payouts, UInt256(0));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(name(outcomes[0].state), name(SaleStateKind::Errored));
        QVERIFY2(outcomes[0].error.contains(QStringLiteral("offline")),
                 qPrintable(outcomes[0].error));
        const Availability a = onlyAvailability();
        QCOMPARE(a.totalRemainingCollateral, UInt256(a.totalCollateral - collateral()));
    }

    void failedRequestEndsTheSaleFailed() {
        fillBeforeTheCrash();
        desk->market.settlements.insert(desk->slotId,
                                        HostSlotSettlement{collateral(), 0, 0, false});
        desk->market.requestStates.insert(desk->requestId, RequestState::Failed);
        settleAll();
        QCOMPARE(name(outcomes.value(0).state), name(SaleStateKind::Failed));
        QCOMPARE(totals().lost, collateral());
    }

    // Died before its fill: nothing moved on the market, nothing is booked, the bytes and the
    // collateral go back to the availability.
    void saleThatNeverFilledBooksNothing() {
        SD_VERIFY_OK(desk->reserveSlot());
        settleAll();
        QCOMPARE(totals(), LedgerTotals{});
        QCOMPARE(name(outcomes.value(0).state), name(SaleStateKind::Ignored));
        const Availability a = onlyAvailability();
        QCOMPARE(a.freeSize, a.totalSize);
        QCOMPARE(a.totalRemainingCollateral, a.totalCollateral);
    }

    // Never assume: a slot the market cannot tell about, or that is still ours, keeps its
    // reservation and books nothing.
    void unknownOrHeldSlotsAreLeftForTheNextStart_data() {
        QTest::addColumn<bool>("marketFails");
        QTest::newRow("market error") << true;
        QTest::newRow("still holding") << false;
    }
    void unknownOrHeldSlotsAreLeftForTheNextStart() {
        QFETCH(bool, marketFails);
        fillBeforeTheCrash();
        if (marketFails)
            desk->market.hostSettlementError =
                MarketError{MarketError::Kind::Transient, QStringLiteral("node unreachable")};
        else
            desk->market.settlements.insert(desk->slotId,
                                            HostSlotSettlement{collateral(), 0, 0, true});
        settleAll();
        QCOMPARE(doneCalls, 1);
        QVERIFY(outcomes.isEmpty());
        QCOMPARE(totals().lost, UInt256(0));
        auto left = desk->reservations->reservations();
        SD_VERIFY_OK(left);
        QCOMPARE(left->size(), qsizetype(1));
    }

    void nothingToSettleIsDoneAtOnce() {
        settleAll();
        QCOMPARE(doneCalls, 1);
        QVERIFY(desk->market.calls.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOfflineSettlement)
#include "tst_offlinesettlement.moc"
