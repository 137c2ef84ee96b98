// The slot queue's table: the queue's order, refreshed in batches, sorted on the values.
#include "core/sales/SlotQueue.h"
#include "tests/support/TestSupport.h"
#include "ui/queue/SlotQueueModel.h"
#include "ui/queue/SlotQueueSortProxy.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {

constexpr Timestamp kNow = 1'760'000'000;

SlotQueueItem item(QRandomGenerator& ids, quint64 slotSize, const UInt256& price,
                   quint64 collateral = 10, std::optional<Timestamp> expiry = kNow + 600) {
    return SlotQueueItem(RequestId::random(ids), 0, slotSize, 3600, price, collateral, expiry);
}

} // namespace

class TestSlotQueueModel : public QObject {
    Q_OBJECT

    std::unique_ptr<SlotQueue> m_queue;
    QRandomGenerator m_ids{11};

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }
    void init() {
        m_queue = std::make_unique<SlotQueue>();
        SD_VERIFY_OK(m_queue->setLimits(3, 20'000));
        m_queue->start(); // no processor: nothing is dispatched
    }
    void cleanup() { m_queue.reset(); }

    void showsTheItemsInTheQueuesOrder() {
        SlotQueueModel model(*m_queue);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        SD_VERIFY_OK(m_queue->push(item(m_ids, 1000, 5)));
        SD_VERIFY_OK(m_queue->push(item(m_ids, 1000, 50)));
        SD_VERIFY_OK(m_queue->push(item(m_ids, 2000, 5)));
        QCOMPARE(model.rowCount(), 0); // until the batch
        QTRY_COMPARE(model.rowCount(), 3);
        const QList<SlotQueueItem> queued = m_queue->items();
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(model.itemAt(row), queued.at(row));
            QCOMPARE(model.index(row, SlotQueueModel::RankColumn).data().toInt(), row + 1);
        }
        // Most profitable first: 50 per byte-second, then the 2000-byte slot at 5.
        QCOMPARE(model.itemAt(0).pricePerBytePerSecond(), UInt256(50));
        QCOMPARE(model.itemAt(1).slotSize(), quint64(2000));
        // 180,000,000 base units.
        QCOMPARE(model.index(0, SlotQueueModel::ProfitabilityColumn).data().toString(),
                 QStringLiteral("< 0.000001 TST"));
        QVERIFY(model.index(0, SlotQueueModel::ProfitabilityColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(QStringLiteral("Exact: 0.00000000018 TST")));
        // Prices per TiB per month: 50 base units per byte per second.
        QCOMPARE(model.index(0, SlotQueueModel::PriceColumn).data().toString(),
                 QStringLiteral("142.5 TST"));
        QCOMPARE(model.index(0, SlotQueueModel::SeenColumn).data().toString(),
                 QStringLiteral("New"));

        QVERIFY(m_queue->remove(queued.at(0).requestId(), 0));
        model.applyPendingChanges();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.itemAt(0), queued.at(1));
    }

    void aBurstOfChangesIsOneRefresh() {
        SlotQueueModel model(*m_queue);
        QSignalSpy refreshed(&model, &SlotQueueModel::refreshed);
        for (int i = 0; i < 50; ++i)
            SD_VERIFY_OK(m_queue->push(item(m_ids, 100 + quint64(i), 1)));
        QTRY_COMPARE(refreshed.count(), 1);
        QCOMPARE(model.rowCount(), 50);
        model.applyPendingChanges(); // nothing new: no refresh
        QCOMPARE(refreshed.count(), 1);
    }

    void sortsNumericallyAndFiltersByRequestId() {
        SlotQueueModel model(*m_queue);
        SlotQueueSortProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // As text "100" < "9" < "90"; as numbers 9 < 90 < 100.
        SD_VERIFY_OK(m_queue->push(item(m_ids, 10, 100, 1)));
        SD_VERIFY_OK(m_queue->push(item(m_ids, 10, 9, 2)));
        SD_VERIFY_OK(m_queue->push(item(m_ids, 10, 90, 3, std::nullopt)));
        // Beyond 64 bits: still ordered.
        SD_VERIFY_OK(m_queue->push(item(m_ids, 10, UInt256(1) << 100, 4)));
        model.applyPendingChanges();
        proxy.sort(SlotQueueModel::PriceColumn, Qt::AscendingOrder);
        const auto priceAt = [&](int row) {
            return model.itemAt(proxy.mapToSource(proxy.index(row, 0)).row())
                .pricePerBytePerSecond();
        };
        QCOMPARE(priceAt(0), UInt256(9));
        QCOMPARE(priceAt(1), UInt256(90));
        QCOMPARE(priceAt(2), UInt256(100));
        QCOMPARE(priceAt(3), UInt256(1) << 100);
        // No expiry sorts after any deadline.
        proxy.sort(SlotQueueModel::ExpiryColumn, Qt::AscendingOrder);
        QCOMPARE(priceAt(3), UInt256(90));
        QCOMPARE(proxy.index(3, SlotQueueModel::ExpiryColumn).data().toString(),
                 QStringLiteral("None"));
        // Rank is the queue's order.
        proxy.sort(SlotQueueModel::RankColumn, Qt::AscendingOrder);
        QCOMPARE(priceAt(0), UInt256(1) << 100);

        const QString id = model.itemAt(2).requestId().toHex();
        proxy.setFilterFixedString(id.mid(10, 8).toUpper());
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(model.itemAt(proxy.mapToSource(proxy.index(0, 0)).row()).requestId().toHex(), id);

        // New items pass through the filter too.
        SD_VERIFY_OK(m_queue->push(item(m_ids, 10, 1)));
        model.applyPendingChanges();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(), 5);
    }

    void oneRefreshOfTenThousandSlots() {
        SlotQueueModel model(*m_queue);
        SlotQueueSortProxy proxy(&model);
        proxy.sort(SlotQueueModel::ProfitabilityColumn, Qt::DescendingOrder);
        // No QAbstractItemModelTester here: it walks every cell on a reset, which is its cost,
        // not the model's (the other tests run it).
        QList<SlotQueueItem> items;
        for (int i = 0; i < 10'000; ++i)
            items.append(item(m_ids, 1024 + m_ids.bounded(1 << 20), 1 + m_ids.bounded(1000),
                              m_ids.bounded(100), kNow + m_ids.bounded(3600)));
        SD_VERIFY_OK(m_queue->push(items));
        QElapsedTimer timer;
        timer.start();
        model.applyPendingChanges();
        const qint64 withProxy = timer.nsecsElapsed() / 1000;
        QCOMPARE(model.rowCount(), 10'000);
        QCOMPARE(proxy.rowCount(), 10'000);
        // The sorted proxy re-sorts inside the model's reset, so both figures include it.
        qInfo("one refresh of 10,000 queued slots, sorted by profitability: %lld us (items(), "
              "reset and re-sort; %lld us measured around the call)",
              model.lastRefreshMicroseconds(), withProxy);
        // The proxy's first row is the most profitable.
        const UInt256 first =
            model.itemAt(proxy.mapToSource(proxy.index(0, 0)).row()).profitability();
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.itemAt(row).profitability() <= first);

        // Churn: one dispatch-like removal and a push, refreshed as one batch.
        QVERIFY(m_queue->remove(model.itemAt(0).requestId(), 0));
        SD_VERIFY_OK(m_queue->push(item(m_ids, 4096, 7)));
        timer.restart();
        model.applyPendingChanges();
        qInfo("a second refresh after churn: %lld us with the sorted proxy",
              timer.nsecsElapsed() / 1000);
        QCOMPARE(model.rowCount(), 10'000);
    }
};

QTEST_MAIN(TestSlotQueueModel)
#include "tst_slotqueuemodel.moc"
