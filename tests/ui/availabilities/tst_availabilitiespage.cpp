// The Availabilities screen: offering through the form, the reservations of the selection,
// enable/disable and remove, as the engine sees them.
#include "core/reservations/Reservations.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/SimulatedTestDesk.h"
#include "ui/availabilities/AvailabilitiesPage.h"
#include "ui/availabilities/AvailabilityForm.h"
#include "ui/availabilities/AvailabilityTableModel.h"
#include "ui/availabilities/ReservationTableModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

class TestAvailabilitiesPage : public QObject {
    Q_OBJECT

    std::unique_ptr<test::SimulatedTestDesk> m_desk;
    QRandomGenerator m_ids{7};

    Reservations& books() { return m_desk->desk().engine().reservations(); }
    Availability offer(quint64 size) {
        NewAvailability params;
        params.totalSize = size;
        params.duration = 3 * 86400;
        params.minPricePerBytePerSecond = 25;
        params.totalCollateral = UInt256(size) * 3;
        auto created = books().createAvailability(params);
        if (!created.ok())
            qFatal("%s", qPrintable(created.message()));
        return *created;
    }
    static AvailabilityForm* openForm(AvailabilitiesPage& page) {
        const auto forms = page.findChildren<AvailabilityForm*>();
        for (AvailabilityForm* form : forms)
            if (form->isVisible())
                return form;
        return nullptr;
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

    void offersStorageFromTheEmptyState() {
        AvailabilitiesPage page(m_desk->desk());
        page.resize(1100, 650);
        page.show();
        auto* stack = page.findChild<QStackedWidget*>();
        QVERIFY(stack);
        QCOMPARE(stack->currentIndex(), 0);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("emptyState"))->isVisible());
        QVERIFY(!page.editAction()->isEnabled());
        saveScreenshot(page, QStringLiteral("availabilities-empty.png"));

        QCOMPARE(page.offerStorageAction()->shortcut(), QKeySequence(QKeySequence::New));
        page.offerStorageAction()->trigger();
        AvailabilityForm* form = openForm(page);
        QVERIFY(form);
        QVERIFY(!form->isEditing());
        form->findChild<QDoubleSpinBox*>(QStringLiteral("size"))->setValue(4);
        saveScreenshot(*form, QStringLiteral("offer-storage-form.png"));
        QTest::mouseClick(form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);

        auto all = books().availabilities();
        SD_VERIFY_OK(all);
        QCOMPARE(all->size(), qsizetype(1));
        // Shown and selected at once, without waiting for the batch.
        QCOMPARE(page.availabilityModel()->rowCount(), 1);
        QCOMPARE(stack->currentIndex(), 1);
        QCOMPARE(page.selectedAvailability(), std::optional(all->first().id));
        QVERIFY(page.editAction()->isEnabled());
    }

    void showsTheReservationsOfTheSelectedAvailability() {
        const Availability small = offer(1 << 20);
        const Availability large = offer(64 << 20);
        for (quint64 slot = 0; slot < 3; ++slot)
            SD_VERIFY_OK(books().createReservation(large.id, RequestId::random(m_ids), slot,
                                                   256 * 1024, UInt256(3),
                                                   test::SimulatedTestDesk::kStart + 86400));
        AvailabilitiesPage page(m_desk->desk());
        page.resize(1100, 650);
        page.show();
        page.selectAvailability(small.id);
        QCOMPARE(page.reservationModel()->rowCount(), 0);
        auto* summary = page.findChild<QLabel*>(QStringLiteral("detailsSummary"));
        QVERIFY(summary->text().startsWith(QStringLiteral("No slot uses this availability")));

        page.selectAvailability(large.id);
        QCOMPARE(page.reservationModel()->rowCount(), 3);
        QVERIFY2(summary->text().startsWith(QStringLiteral(
                     "Slots holding part of it: 3. They hold 768.0 KiB of 64.0 MiB and "
                     "< 0.000001 TST of collateral")),
                 qPrintable(summary->text()));
        saveScreenshot(page, QStringLiteral("availabilities.png"));

        // A new reservation shows up with the next batch.
        SD_VERIFY_OK(books().createReservation(large.id, RequestId::random(m_ids), 3, 1024,
                                               UInt256(3), test::SimulatedTestDesk::kStart + 60));
        page.reservationModel()->applyPendingChanges();
        QCOMPARE(page.reservationModel()->rowCount(), 4);
        QVERIFY(summary->text().startsWith(QStringLiteral("Slots holding part of it: 4.")));
    }

    void editsTheSelectedAvailability() {
        const Availability a = offer(1 << 30);
        AvailabilitiesPage page(m_desk->desk());
        page.show();
        page.selectAvailability(a.id);
        page.editAction()->trigger();
        AvailabilityForm* form = openForm(page);
        QVERIFY(form);
        QVERIFY(form->isEditing());
        form->findChild<QDoubleSpinBox*>(QStringLiteral("size"))->setValue(2);
        form->accept();
        auto after = books().availability(a.id);
        SD_VERIFY_OK(after);
        QCOMPARE(after->totalSize, quint64(2) << 30);
        const int row = page.availabilityModel()->rowOf(a.id);
        QCOMPARE(page.availabilityModel()->availabilityAt(row).totalSize, quint64(2) << 30);
    }

    void disablesAndEnablesTheSelectedAvailability() {
        const Availability a = offer(1 << 20);
        AvailabilitiesPage page(m_desk->desk());
        page.show();
        page.selectAvailability(a.id);
        QVERIFY(page.enabledAction()->isChecked());
        page.enabledAction()->trigger();
        auto after = books().availability(a.id);
        SD_VERIFY_OK(after);
        QVERIFY(!after->enabled);
        QVERIFY(!page.enabledAction()->isChecked());
        page.enabledAction()->trigger();
        after = books().availability(a.id);
        SD_VERIFY_OK(after);
        QVERIFY(after->enabled);
    }

    void removesOnlyAfterConfirmationAndOnlyWithoutReservations() {
        const Availability busy = offer(1 << 20);
        SD_VERIFY_OK(books().createReservation(busy.id, RequestId::random(m_ids), 0, 1024,
                                               UInt256(1), test::SimulatedTestDesk::kStart + 60));
        const Availability idle = offer(1 << 20);
        AvailabilitiesPage page(m_desk->desk());
        page.show();

        page.selectAvailability(idle.id);
        page.removeAction()->trigger();
        auto* confirm = page.findChild<QMessageBox*>(QStringLiteral("confirmRemove"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        auto exists = books().availabilityExists(idle.id);
        SD_VERIFY_OK(exists);
        QVERIFY(*exists);

        page.removeAction()->trigger();
        confirm = page.findChild<QMessageBox*>(QStringLiteral("confirmRemove"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        exists = books().availabilityExists(idle.id);
        SD_VERIFY_OK(exists);
        QVERIFY(!*exists);
        QCOMPARE(page.availabilityModel()->rowCount(), 1);

        // The engine refuses while a sale holds part of it: the page says so.
        page.selectAvailability(busy.id);
        page.removeAction()->trigger();
        confirm = page.findChild<QMessageBox*>(QStringLiteral("confirmRemove"));
        QVERIFY(confirm);
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        auto* error = page.findChild<QMessageBox*>(QStringLiteral("errorMessage"));
        QVERIFY(error);
        QVERIFY(error->text().contains(QStringLiteral("still has 1 reservation(s)")));
        exists = books().availabilityExists(busy.id);
        SD_VERIFY_OK(exists);
        QVERIFY(*exists);
    }
};

QTEST_MAIN(TestAvailabilitiesPage)
#include "tst_availabilitiespage.moc"
