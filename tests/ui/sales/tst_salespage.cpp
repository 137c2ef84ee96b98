// SalesPage over a simulated desk: the running sales under their states, the selected sale's
// details and history, and the finished sales.
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/stats/Ledger.h"
#include "tests/support/ScriptedDesk.h"
#include "ui/common/Formatting.h"
#include "ui/sales/FinishedSalesModel.h"
#include "ui/sales/RunningSalesModel.h"
#include "ui/sales/SaleDetailsPane.h"
#include "ui/sales/SaleStatesModel.h"
#include "ui/sales/SaleText.h"
#include "ui/sales/SalesPage.h"

#include <QAction>
#include <QHash>
#include <QMap>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace salesdesk;
using namespace salesdesk::test;
using salesdesk::ui::RunningSalesModel;
using salesdesk::ui::SalesPage;
using salesdesk::ui::SaleStatesModel;

class TestSalesPage : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ScriptedDesk> fixture;

    Sales& sales() const { return fixture->desk->engine().sales(); }

private Q_SLOTS:
    void init() {
        fixture = std::make_unique<ScriptedDesk>();
        SD_VERIFY_OK(fixture->openStopped());
        SD_VERIFY_OK(fixture->start());
    }
    void cleanup() { fixture.reset(); }

    void listsEachRunningSaleUnderItsStateWithCounts() {
        SalesPage page(*fixture->desk);
        page.resize(1200, 700);
        page.show();
        QCOMPARE(page.runningModel().rowCount(), 0);
        // Room for three of the four slots: three sales, stopped at different points.
        SD_VERIFY_OK(fixture->createOffer(ScriptedDesk::kSlotSize * 3));
        SD_VERIFY_OK(fixture->post(4));
        fixture->clock.advanceBy(30);
        page.runningModel().applyPendingChanges();

        const QList<SalesAgent*> agents = sales().agents();
        QVERIFY(!agents.isEmpty());
        QCOMPARE(page.runningModel().rowCount(), agents.size());
        QMap<SaleStateKind, int> expected;
        for (const SalesAgent* agent : agents)
            ++expected[agent->state()];
        SaleStatesModel& states = page.statesModel();
        QCOMPARE(states.countAt(0), static_cast<int>(agents.size()));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const int row = states.rowFor(it.key());
            QVERIFY(row > 0);
            QCOMPARE(states.index(row, SaleStatesModel::CountColumn).data().toInt(), it.value());
        }
        QCOMPARE(page.tabs().tabText(0), QStringLiteral("Running (%1)").arg(agents.size()));

        // Selecting a state lists only its sales.
        const SaleStateKind shown = agents.first()->state();
        page.selectStateGroup(states.rowFor(shown));
        QCOMPARE(page.salesView().model()->rowCount(), expected.value(shown));
        page.selectStateGroup(0);
        QCOMPARE(page.salesView().model()->rowCount(), agents.size());
    }

    void theDetailPaneShowsTheSelectedSalesHistory() {
        SalesPage page(*fixture->desk);
        page.show();
        SD_VERIFY_OK(fixture->createOffer(ScriptedDesk::kSlotSize * 4));
        SD_VERIFY_OK(fixture->post(2));
        fixture->clock.advanceBy(3600); // filled and proving
        page.runningModel().applyPendingChanges();
        QCOMPARE(page.runningModel().rowCount(), 2);
        QVERIFY(page.detailsPane().agent() == nullptr);
        QVERIFY(!page.copyIdsAction()->isEnabled());

        QTreeView& view = page.salesView();
        view.setCurrentIndex(view.model()->index(1, 0));
        SalesAgent* agent = page.detailsPane().agent();
        QVERIFY(agent);
        QVERIFY(page.copyIdsAction()->isEnabled());
        QCOMPARE(page.detailsPane().fieldText(QStringLiteral("Request")),
                 agent->data().requestId.toHex());
        QCOMPARE(page.detailsPane().fieldText(QStringLiteral("Slot index")),
                 QString::number(agent->data().slotIndex));
        QCOMPARE(page.detailsPane().fieldText(QStringLiteral("Slot id")),
                 agent->data().slotId.toHex());
        QVERIFY(agent->data().reservation.has_value());
        QCOMPARE(page.detailsPane().fieldText(QStringLiteral("Availability")),
                 agent->data().reservation->availabilityId.toHex());
        QVERIFY(agent->data().filledByUs);
        const QString collateral = page.detailsPane().fieldText(QStringLiteral("Collateral"));
        QVERIFY2(
            collateral.startsWith(QStringLiteral("%1 deposited (")
                                      .arg(ui::formatAmount(agent->data().collateralDeposited))),
            qPrintable(collateral));
        QVERIFY2(collateral.contains(QStringLiteral(" TST per TiB)")), qPrintable(collateral));
        QVERIFY(page.detailsPane()
                    .fieldText(QStringLiteral("Price"))
                    .endsWith(QStringLiteral(" TST per TiB per month")));
        QVERIFY(page.detailsPane()
                    .fieldText(QStringLiteral("Proofs"))
                    .startsWith(QStringLiteral("%1 submitted").arg(agent->data().proofsSubmitted)));
        QStringList history;
        for (SaleStateKind kind : agent->history())
            history.append(ui::saleStateName(kind));
        QVERIFY(history.size() >= 5); // Preparing … Proving
        QCOMPARE(page.detailsPane().timelineStates(), history);

        // The timeline follows the sale: at the end it has moved on.
        fixture->clock.advanceBy(30 * 60);
        page.runningModel().applyPendingChanges();
        if (page.detailsPane().agent()) {
            QStringList now;
            for (SaleStateKind kind : page.detailsPane().agent()->history())
                now.append(ui::saleStateName(kind));
            QCOMPARE(page.detailsPane().timelineStates(), now);
        }
    }

    void keepsFinishedSalesInTheHistory() {
        SalesPage page(*fixture->desk);
        SD_VERIFY_OK(fixture->createOffer(ScriptedDesk::kSlotSize * 4));
        SD_VERIFY_OK(fixture->post(4));
        fixture->clock.advanceBy(6 * 3600); // the request ran its whole duration
        QVERIFY(sales().agents().isEmpty());
        page.runningModel().applyPendingChanges();
        page.finishedModel().applyPendingChanges();
        QCOMPARE(page.runningModel().rowCount(), 0);
        ui::FinishedSalesModel& finished = page.finishedModel();
        QCOMPARE(finished.rowCount(), 4);
        QCOMPARE(finished.sessionCount(), 4);
        UInt256 payouts = 0;
        for (int row = 0; row < finished.rowCount(); ++row) {
            QCOMPARE(finished.outcomeAt(row), std::optional(SaleStateKind::Finished));
            payouts += finished.payoutAt(row);
        }
        auto totals = fixture->desk->engine().ledger().totals();
        SD_VERIFY_OK(totals);
        QVERIFY(totals->payouts > 0);
        QCOMPARE(payouts, totals->payouts);
        QCOMPARE(page.tabs().tabText(1), QStringLiteral("History (4)"));

        // A new page (the next session) reads them back from the ledger.
        SalesPage later(*fixture->desk);
        QCOMPARE(later.finishedModel().rowCount(), 4);
        QCOMPARE(later.finishedModel().sessionCount(), 0);
    }

    // A busy desk: sales at several steps, some finished. With SALESDESK_SCREENSHOT_DIR set the
    // page is saved there (sales-running.png, sales-history.png) for a look.
    void rendersABusyDesk() {
        SD_VERIFY_OK(fixture->createOffer(ScriptedDesk::kSlotSize * 40));
        SD_VERIFY_OK(fixture->post(3));
        fixture->clock.advanceBy(5 * 3600); // these have finished
        SalesPage page(*fixture->desk);
        page.resize(1280, 760);
        page.show();
        for (int i = 0; i < 6; ++i) {
            SD_VERIFY_OK(fixture->post(static_cast<quint64>(2 + i % 3)));
            fixture->clock.advanceBy(5 + 40 * i);
        }
        page.runningModel().applyPendingChanges();
        page.finishedModel().applyPendingChanges();
        QVERIFY(page.runningModel().rowCount() > 0);
        QCOMPARE(page.finishedModel().rowCount(), 3);
        page.salesView().setCurrentIndex(page.salesView().model()->index(0, 0));
        QVERIFY(page.detailsPane().agent() != nullptr);
        const QString dir = qEnvironmentVariable("SALESDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(page.grab().save(dir + QStringLiteral("/sales-running.png")));
            page.tabs().setCurrentIndex(1);
            QVERIFY(page.grab().save(dir + QStringLiteral("/sales-history.png")));
            page.tabs().setCurrentIndex(0);
            SalesPage empty(*fixture->desk);
            empty.resize(1280, 760);
            empty.selectStateGroup(empty.statesModel().rowFor(SaleStateKind::Payout));
            QVERIFY(empty.grab().save(dir + QStringLiteral("/sales-empty-state.png")));
        }
    }

    void shortcutsSwitchTabsAndFocusTheSearch() {
        SalesPage page(*fixture->desk);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        page.showHistoryAction()->trigger();
        QCOMPARE(page.tabs().currentIndex(), 1);
        page.showRunningAction()->trigger();
        QCOMPARE(page.tabs().currentIndex(), 0);
        QCOMPARE(page.findAction()->shortcut(), QKeySequence(QKeySequence::Find));
    }
};

QTEST_MAIN(TestSalesPage)
#include "tst_salespage.moc"
