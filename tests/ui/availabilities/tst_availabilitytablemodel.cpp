// The availabilities table: loaded once, then fed by the Reservations signals in batches.
#include "core/reservations/Reservations.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/SimulatedTestDesk.h"
#include "ui/availabilities/AvailabilityTableModel.h"
#include "ui/common/AmountCopy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

class TestAvailabilityTableModel : public QObject {
    Q_OBJECT

    std::unique_ptr<test::SimulatedTestDesk> m_desk;

    Reservations& books() { return m_desk->desk().engine().reservations(); }
    Availability offer(quint64 size, const UInt256& price = 1) {
        NewAvailability params;
        params.totalSize = size;
        params.duration = 86400;
        params.minPricePerBytePerSecond = price;
        params.totalCollateral = UInt256(size);
        auto created = books().createAvailability(params);
        if (!created.ok())
            qFatal("%s", qPrintable(created.message()));
        return *created;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }
    void init() {
        m_desk = std::make_unique<test::SimulatedTestDesk>();
        SD_VERIFY_OK(m_desk->open());
    }
    void cleanup() { m_desk.reset(); }

    void loadsWhatExistsThenFollowsTheBooks() {
        const Availability first = offer(1000);
        AvailabilityTableModel model(books());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.availabilityAt(0).id, first.id);
        QCOMPARE(model.index(0, AvailabilityTableModel::SizeColumn).data().toString(),
                 QStringLiteral("1,000 bytes"));

        // Changes wait for the batch.
        const Availability second = offer(2048);
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QTRY_COMPARE(model.rowCount(), 2); // the batch timer fires
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.availabilityAt(1).id, second.id);

        AvailabilityChange change;
        change.enabled = false;
        change.duration = 7200;
        SD_VERIFY_OK(books().updateAvailability(first.id, change));
        model.applyPendingChanges();
        QCOMPARE(model.index(0, AvailabilityTableModel::EnabledColumn).data().toString(),
                 QStringLiteral("Disabled"));
        QCOMPARE(model.index(0, AvailabilityTableModel::DurationColumn).data().toString(),
                 QStringLiteral("2 h"));

        SD_VERIFY_OK(books().removeAvailability(first.id));
        model.applyPendingChanges();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.availabilityAt(0).id, second.id);
        QCOMPARE(model.rowOf(first.id), -1);
    }

    void anAvailabilityWhoseEndPassedSaysEnded() {
        NewAvailability params;
        params.totalSize = 1000;
        params.duration = 60;
        params.minPricePerBytePerSecond = 1;
        params.totalCollateral = 1000;
        params.until = m_desk->clock().now() + 100;
        auto created = books().createAvailability(params);
        SD_VERIFY_OK(created);
        const Availability ending = *created;
        const Availability endless = offer(2000);
        AvailabilityTableModel model(books());
        const auto enabledText = [&](const AvailabilityId& id) {
            return model.index(model.rowOf(id), AvailabilityTableModel::EnabledColumn)
                .data()
                .toString();
        };
        // Without a clock the end is not judged.
        m_desk->clock().advanceBy(101);
        QCOMPARE(enabledText(ending.id), QStringLiteral("Selling"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setClock(&m_desk->clock());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(enabledText(ending.id), QStringLiteral("Ended"));
        QVERIFY(model.index(model.rowOf(ending.id), AvailabilityTableModel::EnabledColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("has passed")));
        QCOMPARE(enabledText(endless.id), QStringLiteral("Selling"));
        // A disabled one stays "Disabled", ended or not.
        AvailabilityChange off;
        off.enabled = false;
        SD_VERIFY_OK(books().updateAvailability(ending.id, off));
        model.applyPendingChanges();
        QCOMPARE(enabledText(ending.id), QStringLiteral("Disabled"));
    }

    void aBurstOfChangesIsOneBatch() {
        AvailabilityTableModel model(books());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Availability a = offer(5000);
        for (int i = 1; i <= 20; ++i) {
            AvailabilityChange change;
            change.duration = 86400 + quint64(i);
            SD_VERIFY_OK(books().updateAvailability(a.id, change));
        }
        const Availability removed = offer(10);
        SD_VERIFY_OK(books().removeAvailability(removed.id));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyPendingChanges();
        QCOMPARE(inserted.count(), 1); // the one that stayed, inserted with its latest values
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.availabilityAt(0).duration, quint64(86420));
    }

    void sortsOnTheValuesNotTheText() {
        offer(900, 90);
        offer(100'000, 100);
        offer(20'000, 9);
        AvailabilityTableModel model(books());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(AvailabilityTableModel::SortRole);
        proxy.sort(AvailabilityTableModel::MinPriceColumn);
        // Per TiB per month: 9 and 100 base units per byte per second.
        QCOMPARE(proxy.index(0, AvailabilityTableModel::MinPriceColumn).data().toString(),
                 QStringLiteral("25.65 TST"));
        QCOMPARE(proxy.index(2, AvailabilityTableModel::MinPriceColumn).data().toString(),
                 QStringLiteral("285 TST"));
        QCOMPARE(proxy.index(2, AvailabilityTableModel::MinPriceColumn)
                     .data(AmountCopy::kExactAmountRole)
                     .toString(),
                 QStringLiteral("284.9934139195392 TST"));
        proxy.sort(AvailabilityTableModel::SizeColumn);
        QCOMPARE(model.availabilityAt(proxy.mapToSource(proxy.index(0, 0)).row()).totalSize,
                 quint64(900));
        QCOMPARE(model.availabilityAt(proxy.mapToSource(proxy.index(2, 0)).row()).totalSize,
                 quint64(100'000));
    }
};

QTEST_MAIN(TestAvailabilityTableModel)
#include "tst_availabilitytablemodel.moc"
