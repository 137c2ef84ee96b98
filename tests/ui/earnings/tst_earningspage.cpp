// EarningsPage after a scripted simulation: the table and totals are the ledger's; filters; CSV.
#include "core/domain/TokenAmount.h"
#include "core/stats/Ledger.h"
#include "tests/support/ScreenshotSupport.h"
#include "tests/support/ScriptedDesk.h"
#include "tests/support/TestSupport.h"
#include "ui/common/Formatting.h"
#include "ui/earnings/EarningsPage.h"
#include "ui/earnings/LedgerCsvWriter.h"
#include "ui/earnings/LedgerEntriesFilter.h"
#include "ui/earnings/LedgerEntriesModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;
using salesdesk::test::ScriptedDesk;

namespace {

QString labelText(const QWidget& page, const char* name) {
    const auto* label = page.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

} // namespace

class TestEarningsPage : public QObject {
    Q_OBJECT
private:
    // Two requests sold, proven and paid: every kind but a loss is in the ledger.
    static void runSales(ScriptedDesk& d) {
        SD_VERIFY_OK(d.books().createAvailability(ScriptedDesk::offer()));
        SD_VERIFY_OK(d.clients->post(ScriptedDesk::ask(), 600));
        d.clock.advanceBy(1800);
        SD_VERIFY_OK(d.clients->post(ScriptedDesk::ask(2, 2 * 3600), 600));
        d.clock.advanceTo(ScriptedDesk::kStart + 6 * 3600);
    }

    static void verifyShowsTheLedger(EarningsPage& page, Ledger& ledger) {
        auto entries = ledger.entries();
        SD_VERIFY_OK(entries);
        auto totals = ledger.totals();
        SD_VERIFY_OK(totals);
        QVERIFY2(totals->payouts > 0, "the simulation paid nothing");
        QCOMPARE(page.entriesModel()->rowCount(), int(entries->size()));
        QCOMPARE(page.findChild<QTableView*>()->model()->rowCount(), int(entries->size()));
        QCOMPARE(page.shownEntries(), *entries);
        QCOMPARE(page.shownSeries().totals(), *totals);
        QCOMPARE(labelText(page, "payoutsTotal"), formatAmount(totals->payouts));
        QCOMPARE(labelText(page, "returnedTotal"), formatAmount(totals->returned));
        QCOMPARE(labelText(page, "depositedTotal"), formatAmount(totals->deposited));
        QCOMPARE(labelText(page, "lostTotal"), formatAmount(totals->lost));
        QVERIFY(totals->payouts >= totals->lost);
        QCOMPARE(labelText(page, "netTotal"), formatAmount(totals->payouts - totals->lost));
    }

private Q_SLOTS:
    void followsTheLedgerDuringASimulation() {
        ScriptedDesk d;
        QVERIFY(d.open());
        EarningsPage page(*d.desk);
        QAbstractItemModelTester modelTester(
            page.entriesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            page.entriesFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("emptyText"))->isVisibleTo(&page));
        QVERIFY(!page.exportCsvAction()->isEnabled());

        runSales(d);
        QSignalSpy refreshed(&page, &EarningsPage::refreshed);
        QVERIFY(refreshed.wait(2000));
        verifyShowsTheLedger(page, d.desk->engine().ledger());
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("emptyText"))->isVisibleTo(&page));
        QVERIFY(page.exportCsvAction()->isEnabled());
        QVERIFY(!page.shownSeries().buckets().isEmpty());
    }

    void loadsAnExistingLedger() {
        ScriptedDesk d;
        QVERIFY(d.open());
        runSales(d);
        EarningsPage page(*d.desk);
        verifyShowsTheLedger(page, d.desk->engine().ledger());
    }

    void filtersByKindAndPeriod() {
        ScriptedDesk d;
        QVERIFY(d.open());
        runSales(d);
        EarningsPage page(*d.desk);
        auto entries = d.desk->engine().ledger().entries();
        SD_VERIFY_OK(entries);
        int payouts = 0;
        UInt256 paid = 0;
        for (const LedgerEntry& e : *entries)
            if (e.kind == LedgerKind::Payout) {
                ++payouts;
                paid += e.amount;
            }
        QVERIFY(payouts > 0 && payouts < entries->size());

        QSignalSpy refreshed(&page, &EarningsPage::refreshed);
        page.setKindFilter(LedgerKind::Payout);
        QVERIFY(refreshed.wait(2000));
        QCOMPARE(page.entriesFilter()->rowCount(), payouts);
        QCOMPARE(labelText(page, "payoutsTotal"), formatAmount(paid));
        QCOMPARE(labelText(page, "depositedTotal"), formatAmount(0));

        // Nothing happened in the last day once the clock is two days on.
        d.clock.advanceBy(2 * 86400);
        page.setPeriod(EarningsPage::Period::LastDay);
        QVERIFY(refreshed.wait(2000));
        QCOMPARE(page.entriesFilter()->rowCount(), 0);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("emptyText"))->isVisibleTo(&page));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("emptyText"))
                    ->text()
                    .contains(QStringLiteral("match the filter")));
        page.setPeriod(EarningsPage::Period::LastWeek);
        QVERIFY(refreshed.wait(2000));
        QCOMPARE(page.entriesFilter()->rowCount(), payouts);
    }

    void exportsTheShownEntriesAsCsv() {
        ScriptedDesk d;
        QVERIFY(d.open());
        runSales(d);
        EarningsPage page(*d.desk);
        auto entries = d.desk->engine().ledger().entries();
        SD_VERIFY_OK(entries);

        const QString path = d.dir.filePath(QStringLiteral("earnings.csv"));
        QSignalSpy exported(&page, &EarningsPage::csvExported);
        page.exportCsvTo(path);
        QVERIFY(exported.wait(5000));
        QCOMPARE(exported.first().at(0).toString(), path);
        QCOMPARE(exported.first().at(1).toInt(), int(entries->size()));
        QVERIFY(exported.first().at(2).toString().isEmpty());
        const QByteArray csv = test::readFile(path);
        QCOMPARE(csv, LedgerCsvWriter::toCsv(*entries, TokenInfo::testStorageToken()));
        QCOMPARE(csv.count('\n'), entries->size() + 1);
        // Every payout's amount is there exactly: in tokens, the unit, and in base units (the deal
        // and channel columns empty: a slot sale's row).
        for (const LedgerEntry& e : *entries)
            if (e.kind == LedgerKind::Payout)
                QVERIFY(csv.contains(QByteArray(
                    ",slot_sales,payout," + e.requestId.toHex().toLatin1() + ',' +
                    QByteArray::number(e.slotIndex) + ",,," +
                    tokens::toPlainDecimal(e.amount, TokenInfo::testStorageToken()).toLatin1() +
                    ",TST," + uint256::toDecimal(e.amount).toLatin1() + "\r\n")));

        // Only what the filter shows is exported.
        QSignalSpy refreshed(&page, &EarningsPage::refreshed);
        page.setKindFilter(LedgerKind::CollateralDeposited);
        QVERIFY(refreshed.wait(2000));
        page.exportCsvTo(path);
        QVERIFY(exported.wait(5000));
        const QByteArray deposits = test::readFile(path);
        QVERIFY(!deposits.contains(",payout,"));
        QVERIFY(deposits.contains(",collateral_deposited,"));
    }

    // With SALESDESK_SCREENSHOT_DIR set: three simulated days of a demo stream, some proofs
    // missed (slashes), saved as earnings.png (and earnings-empty.png before any sale).
    void rendersAScreenshot() {
        if (test::screenshotDirectory().isEmpty())
            QSKIP("set SALESDESK_SCREENSHOT_DIR to write screenshots");
        ScriptedDesk d;
        QVERIFY(d.open(60));
        {
            EarningsPage empty(*d.desk);
            QVERIFY(!test::saveScreenshot(empty, QStringLiteral("earnings-empty")).isNull());
        }
        NewAvailability offer = ScriptedDesk::offer(256 * ScriptedDesk::kSlotSize);
        offer.totalCollateral = UInt256(offer.totalSize) * 4;
        SD_VERIFY_OK(d.books().createAvailability(offer));
        SimulatedClientsConfig stream;
        stream.seed = 11;
        stream.meanIntervalSeconds = 1800;
        stream.meanSlotSize = ScriptedDesk::kSlotSize;
        stream.meanSlots = 3;
        stream.meanDuration = 10 * 3600;
        stream.meanPricePerBytePerSecond = 1000;
        stream.collateralPerByte = 2;
        d.startStream(stream);
        d.clock.advanceTo(ScriptedDesk::kStart + 3 * 86400);
        EarningsPage page(*d.desk);
        auto totals = d.desk->engine().ledger().totals();
        SD_VERIFY_OK(totals);
        QCOMPARE(page.shownSeries().totals(), *totals);
        QVERIFY(!test::saveScreenshot(page, QStringLiteral("earnings")).isNull());
    }
};

QTEST_MAIN(TestEarningsPage)
#include "tst_earningspage.moc"
