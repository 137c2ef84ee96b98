// The Slot queue screen on a running desk: the queue's order, and a pause switch that drives and
// follows the engine's queue.
#include "core/sales/SlotQueue.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/SimulatedTestDesk.h"
#include "ui/queue/SlotQueueModel.h"
#include "ui/queue/SlotQueuePage.h"
#include "ui/queue/SlotQueueSortProxy.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace salesdesk;
using namespace salesdesk::ui;

class TestSlotQueuePage : public QObject {
    Q_OBJECT

    std::unique_ptr<test::SimulatedTestDesk> m_desk;
    QRandomGenerator m_ids{23};

    SlotQueue& queue() { return m_desk->desk().engine().queue(); }
    QString stateText(SlotQueuePage& page) {
        return page.findChild<QLabel*>(QStringLiteral("queueState"))->text();
    }
    static void saveScreenshot(QWidget& widget, const QString& name) {
        const QString dir = qEnvironmentVariable("SALESDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name));
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }
    void init() {
        m_desk = std::make_unique<test::SimulatedTestDesk>();
        SD_VERIFY_OK(m_desk->open());
    }
    void cleanup() { m_desk.reset(); }

    void thePauseSwitchPausesTheEnginesQueue() {
        SlotQueuePage page(m_desk->desk());
        page.show();
        QVERIFY(!page.pauseAction()->isChecked());
        QVERIFY(!queue().userPaused());

        page.pauseAction()->trigger();
        QVERIFY(queue().userPaused());
        QVERIFY(queue().isPaused());
        QVERIFY(stateText(page).startsWith(QStringLiteral("Paused by you")));
        QCOMPARE(page.pauseAction()->text(), QStringLiteral("Resume &queue"));

        page.pauseAction()->trigger();
        QVERIFY(!queue().userPaused());
        QVERIFY(!stateText(page).startsWith(QStringLiteral("Paused by you")));

        // A pause set elsewhere (the toolbar, the CLI) shows here too.
        queue().setUserPaused(true);
        QVERIFY(page.pauseAction()->isChecked());
        QVERIFY(stateText(page).startsWith(QStringLiteral("Paused by you")));
    }

    void showsTheQueuedSlotsInTheQueuesOrder() {
        SlotQueuePage page(m_desk->desk());
        page.resize(1200, 600);
        page.show();
        page.pauseAction()->trigger(); // hold the slots in the queue
        for (int i = 0; i < 40; ++i)
            SD_VERIFY_OK(queue().push(SlotQueueItem(
                RequestId::random(m_ids), quint64(i % 4), 64 * 1024 * (1 + m_ids.bounded(16)),
                3600 * (1 + m_ids.bounded(48)), 1 + m_ids.bounded(2000), m_ids.bounded(5000),
                test::SimulatedTestDesk::kStart + 600 + m_ids.bounded(3600))));
        page.model()->applyPendingChanges();
        const QList<SlotQueueItem> queued = queue().items();
        QCOMPARE(page.model()->rowCount(), 40);
        QCOMPARE(page.proxy()->rowCount(), 40);
        for (int row = 0; row < queued.size(); ++row) {
            const QModelIndex shown = page.proxy()->index(row, SlotQueueModel::RequestColumn);
            QCOMPARE(page.model()->itemAt(page.proxy()->mapToSource(shown).row()), queued.at(row));
            QCOMPARE(shown.data(SlotQueueModel::RequestIdRole).toString(),
                     queued.at(row).requestId().toHex());
        }
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("queueCounts"))->text(),
                 QStringLiteral("Queued slots: 40"));
        saveScreenshot(page, QStringLiteral("slot-queue.png"));

        page.setFilterText(queued.at(5).requestId().toHex().mid(2, 10));
        QCOMPARE(page.proxy()->rowCount(), 1);
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("queueCounts"))->text(),
                 QStringLiteral("Shown: 1 of 40 queued slots"));
    }

    void reflectsASelfPause() {
        SlotQueuePage page(m_desk->desk());
        page.show();
        // A request arrives and no availability is offered: every slot is checked without a match
        // and the queue pauses itself, which the page shows as waiting, not as the user's pause.
        StorageAsk ask;
        ask.slots = 3;
        ask.slotSize = 64 * 1024;
        ask.duration = 3600;
        ask.pricePerBytePerSecond = 10;
        ask.collateralPerByte = 1;
        ask.proofProbability = 1;
        ask.maxSlotLoss = 1;
        SD_VERIFY_OK(m_desk->desk().demoClients()->post(ask, 600));
        QVERIFY(m_desk->runUntil([&] {
            const QList<SlotQueueItem> items = queue().items();
            return items.size() == 3 && queue().selfPaused() &&
                   std::all_of(items.begin(), items.end(),
                               [](const SlotQueueItem& i) { return i.seen(); });
        }));
        QVERIFY(!queue().userPaused());
        QVERIFY(!page.pauseAction()->isChecked());
        QVERIFY2(stateText(page).startsWith(QStringLiteral("Waiting")),
                 qPrintable(stateText(page)));
        page.model()->applyPendingChanges();
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.model()->index(0, SlotQueueModel::SeenColumn).data().toString(),
                 QStringLiteral("No match yet"));

        // The user's pause on top of the self-pause is shown as the user's.
        page.pauseAction()->trigger();
        QVERIFY(queue().userPaused() && queue().selfPaused());
        QVERIFY(stateText(page).startsWith(QStringLiteral("Paused by you")));
        page.pauseAction()->trigger();
        QVERIFY(stateText(page).startsWith(QStringLiteral("Waiting")));
    }

    void showsTheWorkers() {
        SlotQueuePage page(m_desk->desk());
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("queueWorkers"))->text(),
                 QStringLiteral("Workers: 0 busy of %1").arg(queue().maxWorkers()));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("emptyState")));
    }
};

QTEST_MAIN(TestSlotQueuePage)
#include "tst_slotqueuepage.moc"
