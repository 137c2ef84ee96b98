// EventHistory: the events log survives a restart (a reopen of the host database), bounded to
// the newest kKeptEvents entries, without raising its alerts again; clearing the log forgets it.
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "ui/events/EventHistory.h"
#include "ui/events/EventLogModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {

EventLogEntry entry(int n, bool alert = false) {
    EventLogEntry e;
    e.sequence = static_cast<quint64>(n);
    e.at = 1'760'000'000 + n;
    e.kind = alert ? EventKind::ProofMissed : EventKind::StateChange;
    e.severity = alert ? EventSeverity::Warning : EventSeverity::Info;
    e.requestId = QStringLiteral("0x%1").arg(n, 64, 16, QLatin1Char('0'));
    e.slotIndex = n % 4;
    e.message = QStringLiteral("event %1").arg(n);
    e.alert = alert;
    e.alertTitle = alert ? QStringLiteral("Proof missed") : QString();
    return e;
}

std::unique_ptr<Database> openBooks(const QTemporaryDir& dir) {
    auto db = Database::open(dir.filePath(QStringLiteral("salesdesk.sqlite")),
                             Database::kHostApplicationId);
    return db.ok() ? std::move(*db) : nullptr;
}

} // namespace

class TestEventHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theLogSurvivesARestartWithoutNewAlerts() {
        QTemporaryDir dir;
        {
            auto db = openBooks(dir);
            QVERIFY(db);
            EventLogModel model;
            EventHistory history(*db, model);
            QCOMPARE(model.rowCount(), 0);
            model.append(entry(1));
            model.append(entry(2, true));
            model.applyPendingEntries();
            model.append(entry(3));
            model.applyPendingEntries();
        }
        auto db = openBooks(dir);
        QVERIFY(db);
        EventLogModel model;
        QSignalSpy added(&model, &EventLogModel::entriesAdded);
        EventHistory history(*db, model);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(added.count(), 0); // history, not news: no alert again
        // Newest first, every field back.
        QCOMPARE(model.entryAt(0).message, QStringLiteral("event 3"));
        const EventLogEntry& alert = model.entryAt(1);
        QCOMPARE(alert.message, QStringLiteral("event 2"));
        QCOMPARE(alert.at, Timestamp(1'760'000'002));
        QCOMPARE(alert.kind, EventKind::ProofMissed);
        QCOMPARE(alert.severity, EventSeverity::Warning);
        QCOMPARE(alert.requestId, entry(2).requestId);
        QCOMPARE(alert.slotIndex, qint64(2));
        QVERIFY(alert.alert);
        QCOMPARE(alert.alertTitle, QStringLiteral("Proof missed"));
        // New events of the second run go above the restored ones.
        model.append(entry(4));
        model.applyPendingEntries();
        QCOMPARE(model.entryAt(0).message, QStringLiteral("event 4"));
        QCOMPARE(model.entryAt(3).message, QStringLiteral("event 1"));
    }

    void onlyTheNewestThousandAreKept() {
        QTemporaryDir dir;
        {
            auto db = openBooks(dir);
            QVERIFY(db);
            EventLogModel model;
            EventHistory history(*db, model);
            for (int n = 1; n <= EventHistory::kKeptEvents + 5; ++n)
                model.append(entry(n));
            model.applyPendingEntries();
        }
        auto db = openBooks(dir);
        QVERIFY(db);
        EventLogModel model;
        EventHistory history(*db, model);
        QCOMPARE(model.rowCount(), EventHistory::kKeptEvents);
        QCOMPARE(model.entryAt(0).message,
                 QStringLiteral("event %1").arg(EventHistory::kKeptEvents + 5));
        QCOMPARE(model.entryAt(model.rowCount() - 1).message, QStringLiteral("event 6"));
    }

    void clearingTheLogForgetsIt() {
        QTemporaryDir dir;
        {
            auto db = openBooks(dir);
            QVERIFY(db);
            EventLogModel model;
            EventHistory history(*db, model);
            model.append(entry(1));
            model.applyPendingEntries();
            model.clear();
        }
        auto db = openBooks(dir);
        QVERIFY(db);
        EventLogModel model;
        EventHistory history(*db, model);
        QCOMPARE(model.rowCount(), 0);
    }

    void aRecordItCannotReadIsSkipped() {
        QVERIFY(!EventHistory::decode("not json"));
        QVERIFY(!EventHistory::decode(R"({"kind":99,"severity":0})"));
        auto back = EventHistory::decode(EventHistory::encode(entry(7)));
        QVERIFY(back);
        QCOMPARE(back->message, QStringLiteral("event 7"));
    }
};

QTEST_MAIN(TestEventHistory)
#include "tst_eventhistory.moc"
