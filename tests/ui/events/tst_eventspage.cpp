// EventsPage over a simulated desk: the log, its filters and the alerts (banner, badge count,
// the signal for the tray).
#include "tests/support/ScriptedDesk.h"
#include "ui/events/AlertBanner.h"
#include "ui/events/EventFilterProxy.h"
#include "ui/events/EventLogModel.h"
#include "ui/events/EventsPage.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace salesdesk;
using namespace salesdesk::test;
using salesdesk::ui::EventKind;
using salesdesk::ui::EventLogModel;
using salesdesk::ui::EventsPage;

class TestEventsPage : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ScriptedDesk> fixture;

private Q_SLOTS:
    void init() { fixture = std::make_unique<ScriptedDesk>(); }
    void cleanup() { fixture.reset(); }

    void logsTransitionsNewestFirstWithoutAlerts() {
        SD_VERIFY_OK(fixture->openStopped());
        EventsPage page(*fixture->desk);
        SD_VERIFY_OK(fixture->start());
        QSignalSpy alerts(&page, &EventsPage::alertRaised);
        SD_VERIFY_OK(fixture->createOffer(ScriptedDesk::kSlotSize * 4));
        SD_VERIFY_OK(fixture->post(2));
        fixture->clock.advanceBy(600);
        page.logModel().applyPendingEntries();
        EventLogModel& log = page.logModel();
        QVERIFY(log.rowCount() >= 2 * 6); // two sales, Preparing … Proving
        for (int row = 1; row < log.rowCount(); ++row)
            QVERIFY(log.entryAt(row - 1).sequence > log.entryAt(row).sequence);
        QCOMPARE(alerts.size(), 0);
        QCOMPARE(page.unseenAlertCount(), 0);
        QVERIFY(page.alertBanner().isHidden());

        // Filters: kind and text.
        const int total = page.view().model()->rowCount();
        QCOMPARE(total, log.rowCount());
        page.kindFilter().setCurrentIndex(
            page.kindFilter().findData(static_cast<int>(EventKind::Queue)));
        QVERIFY(page.view().model()->rowCount() < total);
        page.kindFilter().setCurrentIndex(0);
        const QString request = log.entryAt(0).requestId;
        const qint64 slot = log.entryAt(0).slotIndex;
        int aboutRequest = 0;
        for (int row = 0; row < log.rowCount(); ++row)
            aboutRequest += log.entryAt(row).requestId == request ? 1 : 0;
        page.searchField().setText(request.mid(2, 12));
        QCOMPARE(page.view().model()->rowCount(), aboutRequest);
        QVERIFY(aboutRequest < total);            // the queue's entries name no request
        page.severityFilter().setCurrentIndex(2); // errors only
        QCOMPARE(page.view().model()->rowCount(), 0);
        page.severityFilter().setCurrentIndex(0);
        page.searchField().clear();
        QVERIFY(slot >= 0);
    }

    void raisesAlertsForMissedProofsSlashesAndAnErroredSlot() {
        SD_VERIFY_OK(fixture->openStopped(UInt256(1) << 80, 1)); // every proof is invalid
        EventsPage page(*fixture->desk);
        SD_VERIFY_OK(fixture->start());
        QSignalSpy alerts(&page, &EventsPage::alertRaised);
        QSignalSpy unseen(&page, &EventsPage::unseenAlertCountChanged);
        SD_VERIFY_OK(fixture->createOffer(ScriptedDesk::kSlotSize * 4));
        SD_VERIFY_OK(fixture->post(1));

        // Until the first proof is due there is nothing to alert about.
        fixture->clock.advanceBy(60);
        page.logModel().applyPendingEntries();
        QCOMPARE(alerts.size(), 0);

        fixture->clock.advanceBy(6 * 3600);
        page.logModel().applyPendingEntries();
        QVERIFY(alerts.size() >= 1);
        QVERIFY(page.unseenAlertCount() >= 3); // missed proof(s), collateral lost, errored slot
        QCOMPARE(unseen.last().at(0).toInt(), page.unseenAlertCount());
        const auto icon = alerts.last().at(2).value<QSystemTrayIcon::MessageIcon>();
        QCOMPARE(icon, QSystemTrayIcon::Critical);
        QVERIFY(!alerts.last().at(0).toString().isEmpty());
        QVERIFY(!page.alertBanner().isHidden());
        QVERIFY(page.alertBanner().text().contains(QString::number(page.unseenAlertCount())));
        QVERIFY(page.dismissAlertsAction()->isEnabled());

        // "Show alerts" lists the alerts only: each is one.
        page.showAlerts();
        const QAbstractItemModel* shown = page.view().model();
        QCOMPARE(shown->rowCount(), page.unseenAlertCount());
        for (int row = 0; row < shown->rowCount(); ++row)
            QVERIFY(shown->index(row, 0).data(EventLogModel::AlertRole).toBool());
        bool sawMissed = false;
        bool sawLost = false;
        bool sawError = false;
        for (int row = 0; row < shown->rowCount(); ++row) {
            const auto kind =
                static_cast<EventKind>(shown->index(row, 0).data(EventLogModel::KindRole).toInt());
            sawMissed = sawMissed || kind == EventKind::ProofMissed;
            sawLost = sawLost || kind == EventKind::CollateralLost;
            sawError = sawError || kind == EventKind::SaleError;
        }
        QVERIFY(sawMissed);
        QVERIFY(sawLost);
        QVERIFY(sawError);

        page.dismissAlertsAction()->trigger();
        QCOMPARE(page.unseenAlertCount(), 0);
        QCOMPARE(unseen.last().at(0).toInt(), 0);
        QVERIFY(page.alertBanner().isHidden());
        QVERIFY(!page.dismissAlertsAction()->isEnabled());
    }

    // With SALESDESK_SCREENSHOT_DIR set the page is saved there (events.png) for a look.
    void rendersALogWithAlerts() {
        SD_VERIFY_OK(fixture->openStopped(UInt256(1) << 80, 2)); // every second proof is invalid
        EventsPage page(*fixture->desk);
        page.resize(1280, 760);
        page.show();
        SD_VERIFY_OK(fixture->start());
        SD_VERIFY_OK(fixture->createOffer(ScriptedDesk::kSlotSize * 8));
        SD_VERIFY_OK(fixture->post(2));
        fixture->clock.advanceBy(1200);
        SD_VERIFY_OK(fixture->post(3));
        fixture->clock.advanceBy(3 * 3600);
        page.logModel().applyPendingEntries();
        QVERIFY(page.logModel().rowCount() > 20);
        QVERIFY(page.unseenAlertCount() > 0);
        const QString dir = qEnvironmentVariable("SALESDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(page.grab().save(dir + QStringLiteral("/events.png")));
            EventsPage empty(*fixture->desk);
            empty.resize(1280, 500);
            QVERIFY(empty.grab().save(dir + QStringLiteral("/events-empty.png")));
        }
    }

    void alertsOfOneBatchAreOneTrayMessage() {
        SD_VERIFY_OK(fixture->openStopped());
        EventsPage page(*fixture->desk);
        QSignalSpy alerts(&page, &EventsPage::alertRaised);
        for (int i = 0; i < 3; ++i) {
            ui::EventLogEntry entry;
            entry.kind = EventKind::ProofMissed;
            entry.severity = ui::EventSeverity::Warning;
            entry.message = QStringLiteral("Proof missed");
            entry.alert = true;
            entry.alertTitle = QStringLiteral("A proof was missed");
            page.logModel().append(entry);
        }
        page.logModel().applyPendingEntries();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().at(0).toString(), QStringLiteral("3 alerts"));
        QCOMPARE(alerts.first().at(2).value<QSystemTrayIcon::MessageIcon>(),
                 QSystemTrayIcon::Warning);
        QCOMPARE(page.unseenAlertCount(), 3);
    }
};

QTEST_MAIN(TestEventsPage)
#include "tst_eventspage.moc"
