// EngineEventCollector over a simulated desk: state changes, missed proofs, slashes, an errored
// slot and a low balance become log entries, the alerts among them marked.
#include "core/sales/SlotQueue.h"
#include "tests/support/ScriptedDesk.h"
#include "ui/common/Formatting.h"
#include "ui/events/EngineEventCollector.h"

#include <QSignalSpy>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;
using salesdesk::ui::EngineEventCollector;
using salesdesk::ui::EventKind;
using salesdesk::ui::EventLogEntry;
using salesdesk::ui::EventSeverity;

namespace {

QList<EventLogEntry> ofKind(const QList<EventLogEntry>& entries, EventKind kind) {
    QList<EventLogEntry> out;
    for (const EventLogEntry& e : entries) {
        if (e.kind == kind)
            out.append(e);
    }
    return out;
}

} // namespace

class TestEngineEventCollector : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ScriptedDesk> fixture;
    std::unique_ptr<EngineEventCollector> collector;
    QList<EventLogEntry> entries;

    void openDesk(UInt256 funds, int failEveryNProofs) {
        fixture = std::make_unique<ScriptedDesk>();
        SD_VERIFY_OK(fixture->openStopped(funds, failEveryNProofs));
        collector = std::make_unique<EngineEventCollector>(*fixture->desk);
        connect(collector.get(), &EngineEventCollector::eventRecorded, this,
                [this](const EventLogEntry& e) { entries.append(e); });
        SD_VERIFY_OK(fixture->start());
    }

private Q_SLOTS:
    void cleanup() {
        collector.reset();
        fixture.reset();
        entries.clear();
    }

    void recordsEveryStateChangeOfASale() {
        openDesk(UInt256(1) << 80, 0);
        SD_VERIFY_OK(fixture->createOffer(ScriptedDesk::kSlotSize * 4));
        auto request = fixture->post(1);
        SD_VERIFY_OK(request);
        fixture->clock.advanceBy(6 * 3600);
        const QList<EventLogEntry> changes = ofKind(entries, EventKind::StateChange);
        // Preparing, SlotReserving, Downloading, InitialProving, Filling, Filled, Proving, Payout,
        // Finished: one entry each.
        QCOMPARE(changes.size(), 9);
        QCOMPARE(changes.first().requestId, request->toHex());
        QCOMPARE(changes.first().slotIndex, qint64(0));
        QVERIFY(changes.first().message.contains(QStringLiteral("Preparing")));
        QCOMPARE(ofKind(entries, EventKind::SaleEnded).size(), 1);
        for (const EventLogEntry& e : std::as_const(entries))
            QVERIFY2(!e.alert, qPrintable(e.message));
        // Sequence numbers and times only grow.
        for (qsizetype i = 1; i < entries.size(); ++i) {
            QVERIFY(entries.at(i).sequence > entries.at(i - 1).sequence);
            QVERIFY(entries.at(i).at >= entries.at(i - 1).at);
        }
    }

    void alertsOnMissedProofsSlashesAndAnErroredSlot() {
        openDesk(UInt256(1) << 80, 1); // every proof is invalid
        SD_VERIFY_OK(fixture->createOffer(ScriptedDesk::kSlotSize * 4));
        SD_VERIFY_OK(fixture->post(1));
        fixture->clock.advanceBy(6 * 3600);

        const QList<EventLogEntry> missed = ofKind(entries, EventKind::ProofMissed);
        QVERIFY(!missed.isEmpty());
        QVERIFY(missed.first().alert);
        QCOMPARE(missed.first().severity, EventSeverity::Warning);
        // The validator slashes the missed proofs and frees the slot: the sale errors and its
        // collateral is lost.
        // (The freed slot may be filled by us again, and fail again.)
        const QList<EventLogEntry> errored = ofKind(entries, EventKind::SaleError);
        QVERIFY(!errored.isEmpty());
        QVERIFY(errored.first().alert);
        QCOMPARE(errored.first().severity, EventSeverity::Error);
        const QList<EventLogEntry> lost = ofKind(entries, EventKind::CollateralLost);
        QVERIFY(!lost.isEmpty());
        QVERIFY(lost.first().alert);
        QCOMPARE(lost.first().alertTitle, QStringLiteral("Collateral slashed"));
    }

    void alertsOnceWhenTheBalanceCannotPayAnotherFill() {
        // Enough for one slot's collateral and a half.
        const UInt256 collateral = UInt256(2) * ScriptedDesk::kSlotSize;
        openDesk(collateral + collateral / 2, 0);
        SD_VERIFY_OK(fixture->createOffer(ScriptedDesk::kSlotSize * 4));
        SD_VERIFY_OK(fixture->post(1));
        fixture->clock.advanceBy(600);
        const QList<EventLogEntry> low = ofKind(entries, EventKind::LowBalance);
        QCOMPARE(low.size(), 1);
        QVERIFY(low.first().alert);
        QVERIFY(low.first().message.contains(ui::formatAmount(collateral / 2)));
    }

    void noLowBalanceAlertWhileTheBalanceSuffices() {
        openDesk(UInt256(1) << 80, 0);
        SD_VERIFY_OK(fixture->createOffer(ScriptedDesk::kSlotSize * 4));
        SD_VERIFY_OK(fixture->post(2));
        fixture->clock.advanceBy(600);
        QVERIFY(!ofKind(entries, EventKind::StateChange).isEmpty());
        QCOMPARE(ofKind(entries, EventKind::LowBalance).size(), 0);
        // An explicit threshold above the balance raises it on the next fill.
        collector->setLowBalanceThreshold(UInt256(1) << 81);
        SD_VERIFY_OK(fixture->post(1));
        fixture->clock.advanceBy(600);
        QCOMPARE(ofKind(entries, EventKind::LowBalance).size(), 1);
    }

    void recordsTheQueuePausing() {
        openDesk(UInt256(1) << 80, 0);
        const qsizetype before = ofKind(entries, EventKind::Queue).size();
        fixture->desk->engine().queue().setUserPaused(true);
        const QList<EventLogEntry> queue = ofKind(entries, EventKind::Queue);
        QCOMPARE(queue.size(), before + 1);
        QCOMPARE(queue.last().message, QStringLiteral("Slot queue paused by you"));
        QVERIFY(!queue.last().alert);
    }
};

QTEST_MAIN(TestEngineEventCollector)
#include "tst_engineeventcollector.moc"
