// DashboardPage: after a scripted simulation its figures equal the engine's ledger, quota and
// books; the payout calendar predicts what the ledger later records.
#include "core/clock/VirtualClock.h"
#include "core/desk/DemoOptions.h"
#include "core/desk/Desk.h"
#include "core/domain/Availability.h"
#include "core/reservations/Reservations.h"
#include "core/sales/SaleOutcome.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SlotQueue.h"
#include "core/stats/Ledger.h"
#include "core/storage/Repo.h"
#include "tests/support/TestSupport.h"
#include "ui/common/Formatting.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/DashboardFigures.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/FigureCard.h"
#include "ui/dashboard/NextPayoutsModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {
constexpr Timestamp kStart = 1'767'261'600;
constexpr quint64 kOffered = 64 * 1024 * 1024;
} // namespace

class TestDashboardPage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<Desk> m_desk;

    QString tokens(const UInt256& amount) { return formatAmount(amount); }

    // Runs the simulation in five-minute steps, letting the page's batches run in between.
    void runFor(qint64 seconds, DashboardPage* page = nullptr) {
        for (qint64 t = 0; t < seconds; t += 300) {
            m_clock->advanceBy(300);
            QCoreApplication::processEvents();
            if (page)
                page->refreshNow();
        }
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<VirtualClock>(kStart);
        SimulatedDeskOptions options = demoDeskOptions(m_dir->path());
        options.engine.quotaBytes = 128 * 1024 * 1024;
        options.engine.seed = 5;
        // The demo's requests are for GiB slots and last a day to a month, so its first payouts
        // come after a simulated day. These checks follow sales to their payouts within a few
        // simulated hours: the demo clients here ask for slots of about 256 KiB for about two
        // hours, every ~3 minutes; the demo's market, engine, prices and offer stay as they are.
        SimulatedClientsConfig& clients = *options.demoClients;
        clients.maxSlotSize = 0;
        clients.meanSlotSize = 256 * 1024;
        clients.maxDuration = 0;
        clients.meanDuration = 2 * 3600;
        clients.meanExpiry = 10 * 60;
        clients.meanIntervalSeconds = 180;
        auto desk = Desk::openSimulated(*m_clock, options);
        SD_VERIFY_OK(desk);
        m_desk = std::move(*desk);
        bool started = false;
        m_desk->start([&](Result<void> r) {
            QVERIFY(r.ok());
            started = true;
        });
        m_clock->advanceBy(0);
        QTRY_VERIFY(started);
    }

    void cleanup() {
        m_desk.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void saysWhatToDoBeforeAnythingIsOffered() {
        DashboardPage page(*m_desk);
        QCOMPARE(page.card(QStringLiteral("offeredCard"))->value(), formatBytes(0));
        QVERIFY(page.card(QStringLiteral("offeredCard"))
                    ->detail()
                    .contains(QStringLiteral("offer storage")));
        QCOMPARE(page.card(QStringLiteral("earnedCard"))->value(), tokens(0));
        QCOMPARE(page.nextPayouts().rowCount(), 0);
    }

    void figuresEqualTheEngineAfterAScriptedSimulation() {
        SD_VERIFY_OK(
            m_desk->engine().reservations().createAvailability(demoAvailability(kOffered)));
        DashboardPage page(*m_desk);
        QAbstractItemModelTester tester(&page.nextPayouts(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        runFor(6 * 3600, &page);
        page.refreshNow();

        HostEngine& engine = m_desk->engine();
        auto totals = engine.ledger().totals();
        SD_VERIFY_OK(totals);
        QVERIFY2(totals->payouts > 0, "the simulation paid nothing: the scenario is too short");
        QCOMPARE(page.figures().snapshot().totals, *totals);
        QCOMPARE(page.card(QStringLiteral("earnedCard"))->value(), tokens(totals->payouts));
        // The rounded amount carries the symbol; every digit is on hover.
        QVERIFY(page.card(QStringLiteral("earnedCard"))->value().endsWith(QStringLiteral(" TST")));
        QCOMPARE(page.card(QStringLiteral("earnedCard"))->valueToolTip(),
                 QStringLiteral("Exact: %1").arg(formatExactAmount(totals->payouts)));
        const UInt256 locked = totals->deposited - totals->returned - totals->lost;
        QCOMPARE(page.figures().snapshot().collateralLocked, locked);
        QCOMPARE(page.card(QStringLiteral("collateralCard"))->value(), tokens(locked));

        auto quota = engine.repo().quota();
        SD_VERIFY_OK(quota);
        QCOMPARE(page.figures().snapshot().quota, *quota);
        QCOMPARE(page.card(QStringLiteral("usedCard"))->value(), formatBytes(quota->usedBytes));

        auto availabilities = engine.reservations().availabilities();
        SD_VERIFY_OK(availabilities);
        QCOMPARE(availabilities->size(), 1);
        const Availability& offer = availabilities->first();
        QCOMPARE(page.card(QStringLiteral("offeredCard"))->value(), formatBytes(offer.totalSize));
        QCOMPARE(page.card(QStringLiteral("freeCard"))->value(), formatBytes(offer.freeSize));
        QCOMPARE(page.card(QStringLiteral("reservedCard"))->value(),
                 formatBytes(offer.committedBytes()));

        int hosted = 0;
        int running = 0;
        for (const SalesAgent* agent : engine.sales().agents()) {
            if (isTerminal(agent->state()))
                continue;
            ++running;
            if (agent->data().filledByUs && (agent->state() == SaleStateKind::Filled ||
                                             agent->state() == SaleStateKind::Proving ||
                                             agent->state() == SaleStateKind::ProvingSimulated ||
                                             agent->state() == SaleStateKind::Payout))
                ++hosted;
        }
        QVERIFY2(hosted > 0, "no slot is hosted at the end of the scenario");
        QCOMPARE(page.figures().snapshot().runningSales, running);
        QCOMPARE(page.card(QStringLiteral("salesCard"))->value(), QString::number(hosted));
        QCOMPARE(page.figures().snapshot().queueLength, engine.queue().size());

        // The charts hold the history: several storage samples and a step per payout.
        QVERIFY(page.charts().storagePointCount() > 2);
        QVERIFY(page.charts().earningsPointCount() > 2);
        QVERIFY(page.charts().salesInCategory(QStringLiteral("Proving")) >= 0);
        double shown = 0;
        for (const char* label : {"Recovering", "Preparing", "Reserving", "Downloading", "Filling",
                                  "Filled", "Proving", "Payout"})
            shown += page.charts().salesInCategory(QString::fromLatin1(label));
        QCOMPARE(shown, static_cast<double>(running));
        // The storage chart labels its time axis for the span it shows.
        QCOMPARE(page.charts().storageAxisFormat(),
                 DashboardCharts::timeAxisFormat(page.figures().storageHistory().last().at -
                                                     page.figures().storageHistory().first().at +
                                                     60,
                                                 QLocale()));
    }

    void timeAxesLabelsStayShortInEveryLanguage() {
        constexpr qint64 kHour = 3600;
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale french(QLocale::French, QLocale::France);
        QCOMPARE(DashboardCharts::timeAxisFormat(20 * kHour, german), QStringLiteral("hh:mm"));
        QCOMPARE(DashboardCharts::timeAxisFormat(3 * 24 * kHour, german),
                 QStringLiteral("ddd hh'h'"));
        QCOMPARE(DashboardCharts::timeAxisFormat(30 * 24 * kHour, english),
                 QStringLiteral("MMM d"));
        QCOMPARE(DashboardCharts::timeAxisFormat(30 * 24 * kHour, german),
                 QStringLiteral("d. MMM"));
        QCOMPARE(DashboardCharts::timeAxisFormat(30 * 24 * kHour, french), QStringLiteral("d MMM"));
        // No label of any format is longer than nine characters in these languages.
        const QDateTime sample(QDate(2026, 9, 30), QTime(23, 59));
        for (const QLocale& locale : {english, german, french, QLocale(QLocale::Spanish)})
            for (qint64 span : {kHour, 3 * 24 * kHour, 90 * 24 * kHour}) {
                const QString label =
                    locale.toString(sample, DashboardCharts::timeAxisFormat(span, locale));
                QVERIFY2(label.size() <= 9, qPrintable(label));
            }
    }

    void theNextPayoutsAreWhatTheLedgerLaterRecords() {
        SD_VERIFY_OK(
            m_desk->engine().reservations().createAvailability(demoAvailability(kOffered)));
        DashboardPage page(*m_desk);
        QAbstractItemModelTester tester(&page.nextPayouts(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QHash<QPair<RequestId, quint64>, SaleStateKind> finalStates;
        connect(&m_desk->engine().sales(), &Sales::agentFinished, this,
                [&](SalesAgent* agent, const SaleOutcome&) {
                    finalStates.insert({agent->data().requestId, agent->data().slotIndex},
                                       agent->history().last());
                });
        runFor(3600, &page);
        // Let the market answer the requests' ends, then rebuild.
        QCoreApplication::processEvents();
        m_clock->advanceBy(0);
        page.refreshNow();
        const QList<NextPayoutsModel::Row> calendar = page.nextPayouts().rows();
        QVERIFY2(!calendar.isEmpty(), "no slot was filled in the first hour");
        UInt256 expected = 0;
        for (const auto& row : calendar) {
            QVERIFY(row.endsAt > m_clock->now());
            expected += row.amount;
        }
        QCOMPARE(page.nextPayouts().expectedEarnings(), expected);
        QCOMPARE(page.card(QStringLiteral("expectedCard"))->value(), tokens(expected));
        for (int i = 1; i < calendar.size(); ++i)
            QVERIFY(calendar.at(i - 1).endsAt <= calendar.at(i).endsAt);

        // Past every end: each slot whose request ran to its end was paid exactly the predicted
        // amount; a request that expired before all its slots were filled pays only until then.
        runFor(calendar.last().endsAt - m_clock->now() + 1800);
        int finished = 0;
        for (const auto& row : calendar) {
            auto entries = m_desk->engine().ledger().entriesOf(row.requestId, row.slotIndex);
            SD_VERIFY_OK(entries);
            UInt256 paid = 0;
            for (const LedgerEntry& entry : *entries)
                if (entry.kind == LedgerKind::Payout)
                    paid += entry.amount;
            const SaleStateKind final = finalStates.value({row.requestId, row.slotIndex});
            if (final == SaleStateKind::Finished) {
                QCOMPARE(paid, row.amount);
                ++finished;
            } else {
                QCOMPARE(toString(final), toString(SaleStateKind::Cancelled));
                QVERIFY(paid < row.amount);
            }
        }
        QVERIFY2(finished > 0, "no request of the calendar ran to its end");
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
