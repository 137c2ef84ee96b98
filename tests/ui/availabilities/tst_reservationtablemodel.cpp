// The reservations of the selected availability, fed by the Reservations signals.
#include "core/reservations/Reservations.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/SimulatedTestDesk.h"
#include "ui/availabilities/ReservationTableModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

class TestReservationTableModel : public QObject {
    Q_OBJECT

    std::unique_ptr<test::SimulatedTestDesk> m_desk;
    QRandomGenerator m_ids{42};

    Reservations& books() { return m_desk->desk().engine().reservations(); }
    Availability offer(quint64 size) {
        NewAvailability params;
        params.totalSize = size;
        params.duration = 86400;
        params.minPricePerBytePerSecond = 1;
        params.totalCollateral = UInt256(size) * 4;
        auto created = books().createAvailability(params);
        if (!created.ok())
            qFatal("%s", qPrintable(created.message()));
        return *created;
    }
    Reservation reserve(const Availability& a, quint64 slotIndex, quint64 size) {
        auto created = books().createReservation(a.id, RequestId::random(m_ids), slotIndex, size,
                                                 UInt256(2), test::SimulatedTestDesk::kStart + 600);
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

    void showsTheReservationsOfTheChosenAvailabilityOnly() {
        const Availability a = offer(10'000);
        const Availability b = offer(10'000);
        reserve(a, 0, 1000);
        reserve(b, 1, 2000);
        ReservationTableModel model(books());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setAvailability(a.id);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.reservationAt(0).slotSize, quint64(1000));
        // 2,000 base units: rounded in the cell, every digit on hover.
        const QModelIndex collateral = model.index(0, ReservationTableModel::CollateralColumn);
        QCOMPARE(collateral.data().toString(), QStringLiteral("< 0.000001 TST"));
        QCOMPARE(collateral.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Exact: 0.000000000000002 TST"));

        // Another availability's reservation does not show up; this one's does.
        reserve(b, 2, 500);
        const Reservation third = reserve(a, 3, 700);
        model.applyPendingChanges();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.reservationAt(1).id, third.id);

        // Bytes written: the stored column follows.
        SD_VERIFY_OK(books().release(third.id, 300));
        model.applyPendingChanges();
        QCOMPARE(model.reservationAt(1).downloadedBytes(), quint64(300));
        QCOMPARE(model.index(1, ReservationTableModel::StoredColumn).data().toString(),
                 QStringLiteral("300 bytes"));

        SD_VERIFY_OK(books().deleteReservation(third.id));
        model.applyPendingChanges();
        QCOMPARE(model.rowCount(), 1);

        model.setAvailability(b.id);
        QCOMPARE(model.rowCount(), 2);
        model.setAvailability(std::nullopt);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestReservationTableModel)
#include "tst_reservationtablemodel.moc"
