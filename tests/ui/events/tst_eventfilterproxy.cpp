// EventFilterProxy: the events log by kind, alerts, severity and text.
#include "ui/events/EventFilterProxy.h"
#include "ui/events/EventLogModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using salesdesk::ui::EventFilterProxy;
using salesdesk::ui::EventKind;
using salesdesk::ui::EventLogEntry;
using salesdesk::ui::EventLogModel;
using salesdesk::ui::EventSeverity;

class TestEventFilterProxy : public QObject {
    Q_OBJECT
private:
    static EventLogEntry entry(quint64 sequence, EventKind kind, EventSeverity severity,
                               const QString& request, const QString& message, bool alert = false) {
        EventLogEntry e;
        e.sequence = sequence;
        e.kind = kind;
        e.severity = severity;
        e.requestId = request;
        e.slotIndex = static_cast<qint64>(sequence);
        e.message = message;
        e.alert = alert;
        return e;
    }

private Q_SLOTS:
    void filtersByKindAlertsSeverityAndText() {
        EventLogModel model;
        const QString a =
            QStringLiteral("0xaaaa000000000000000000000000000000000000000000000000000000001111");
        const QString b =
            QStringLiteral("0xbbbb000000000000000000000000000000000000000000000000000000002222");
        model.append(
            entry(1, EventKind::StateChange, EventSeverity::Info, a, QStringLiteral("Preparing")));
        model.append(entry(2, EventKind::ProofMissed, EventSeverity::Warning, a,
                           QStringLiteral("Proof missed"), true));
        model.append(entry(3, EventKind::SaleError, EventSeverity::Error, b,
                           QStringLiteral("Sale errored: slot freed"), true));
        model.append(entry(4, EventKind::Queue, EventSeverity::Info, QString(),
                           QStringLiteral("Slot queue paused")));
        model.applyPendingEntries();

        EventFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setKind(EventKind::ProofMissed);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setKind(std::nullopt);
        proxy.setAlertsOnly(true);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setAlertsOnly(false);
        proxy.setMinimumSeverity(EventSeverity::Warning);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setMinimumSeverity(EventSeverity::Error);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, EventLogModel::MessageColumn).data().toString(),
                 QStringLiteral("Sale errored: slot freed"));
        proxy.setMinimumSeverity(EventSeverity::Info);
        proxy.setSearchText(QStringLiteral("  0xAAAA "));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(QStringLiteral("2222"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("queue"));
        QCOMPARE(proxy.rowCount(), 1);

        // New entries are filtered as they arrive; the order stays newest first.
        proxy.setSearchText(QString());
        model.append(
            entry(5, EventKind::StateChange, EventSeverity::Info, b, QStringLiteral("Filling")));
        model.applyPendingEntries();
        QCOMPARE(proxy.rowCount(), 5);
        QCOMPARE(proxy.index(0, EventLogModel::MessageColumn).data().toString(),
                 QStringLiteral("Filling"));
    }
};

QTEST_MAIN(TestEventFilterProxy)
#include "tst_eventfilterproxy.moc"
