// EventLogModel: newest first, bounded, batched.
#include "ui/events/EventLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using salesdesk::ui::EventKind;
using salesdesk::ui::EventLogEntry;
using salesdesk::ui::EventLogModel;
using salesdesk::ui::EventSeverity;

namespace {

EventLogEntry entry(quint64 sequence, bool alert = false) {
    EventLogEntry e;
    e.sequence = sequence;
    e.at = 1'760'000'000 + static_cast<qint64>(sequence);
    e.kind = alert ? EventKind::ProofMissed : EventKind::StateChange;
    e.severity = alert ? EventSeverity::Warning : EventSeverity::Info;
    e.requestId = QStringLiteral("0x%1").arg(sequence, 64, 16, QLatin1Char('0'));
    e.slotIndex = static_cast<qint64>(sequence % 4);
    e.message = QStringLiteral("event %1").arg(sequence);
    e.alert = alert;
    return e;
}

} // namespace

class TestEventLogModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void insertsBatchesNewestFirst() {
        EventLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy added(&model, &EventLogModel::entriesAdded);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(entry(1));
        model.append(entry(2));
        model.append(entry(3, true));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.hasPendingEntries());
        QTRY_COMPARE(added.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.entryAt(0).sequence, quint64(3));
        QCOMPARE(model.entryAt(2).sequence, quint64(1));
        QCOMPARE(added[0][0].value<QList<EventLogEntry>>().size(), 3);
        QCOMPARE(model.index(0, EventLogModel::MessageColumn).data().toString(),
                 QStringLiteral("event 3"));
        QCOMPARE(model.index(0, EventLogModel::KindColumn).data(EventLogModel::KindRole).toInt(),
                 static_cast<int>(EventKind::ProofMissed));
        QVERIFY(model.index(0, 0).data(EventLogModel::AlertRole).toBool());
        QCOMPARE(model.index(0, EventLogModel::SlotColumn).data().toString(), QStringLiteral("3"));

        model.append(entry(4));
        model.applyPendingEntries();
        QCOMPARE(model.entryAt(0).sequence, quint64(4));
        QCOMPARE(model.rowCount(), 4);
    }

    void keepsOnlyTheNewestCapacityEntries() {
        EventLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(100);
        for (quint64 i = 1; i <= 70; ++i)
            model.append(entry(i));
        model.applyPendingEntries();
        for (quint64 i = 71; i <= 150; ++i)
            model.append(entry(i));
        model.applyPendingEntries();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.entryAt(0).sequence, quint64(150));
        QCOMPARE(model.entryAt(99).sequence, quint64(51));

        // A batch bigger than the capacity keeps its newest entries only.
        for (quint64 i = 151; i <= 400; ++i)
            model.append(entry(i));
        model.applyPendingEntries();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.entryAt(0).sequence, quint64(400));
        QCOMPARE(model.entryAt(99).sequence, quint64(301));

        model.setCapacity(10);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.entryAt(9).sequence, quint64(391));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void theDefaultCapacityIsTenThousand() {
        EventLogModel model;
        QCOMPARE(model.capacity(), 10'000);
        for (quint64 i = 1; i <= 10'500; ++i)
            model.append(entry(i));
        model.applyPendingEntries();
        QCOMPARE(model.rowCount(), 10'000);
        QCOMPARE(model.entryAt(0).sequence, quint64(10'500));
    }
};

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
