// The Offer storage / Edit form: what it sends to the engine, and that an invalid form says why
// and changes nothing.
#include "core/domain/PriceUnits.h"
#include "core/domain/TokenAmount.h"
#include "core/reservations/Reservations.h"
#include "core/storage/Repo.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/SimulatedTestDesk.h"
#include "ui/availabilities/AvailabilityForm.h"
#include "ui/availabilities/OfferUnits.h"
#include "ui/common/Formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {

constexpr quint64 kGiB = quint64(1) << 30;

// Typing into a form's fields, by their object names.
class FormDriver {
public:
    explicit FormDriver(AvailabilityForm& form)
        : m_form(form) {}

    void setSize(double value, SizeUnit unit) {
        auto* units = child<QComboBox>("sizeUnit");
        units->setCurrentIndex(units->findData(static_cast<int>(unit)));
        child<QDoubleSpinBox>("size")->setValue(value);
    }
    void setDuration(int value, DurationUnit unit) {
        auto* units = child<QComboBox>("durationUnit");
        units->setCurrentIndex(units->findData(static_cast<int>(unit)));
        child<QSpinBox>("duration")->setValue(value);
    }
    void type(const char* name, const QString& text) {
        auto* edit = child<QLineEdit>(name);
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClicks(edit, text);
    }
    void setPricePerByteSecond(const UInt256& perByteSecond) {
        type("price", tokens::formatExact(*prices::perTiBMonth(perByteSecond), displayToken(),
                                          QLocale(), false));
    }
    QString problem(const char* name) {
        QLabel* label = child<QLabel>(name);
        return label->isVisibleTo(&m_form) ? label->text() : QString();
    }
    QString text(const char* name) { return child<QLabel>(name)->text(); }
    bool okEnabled() {
        return child<QDialogButtonBox>(nullptr)->button(QDialogButtonBox::Ok)->isEnabled();
    }
    template <typename W> W* child(const char* name) {
        W* widget = name ? m_form.findChild<W*>(QString::fromLatin1(name)) : m_form.findChild<W*>();
        if (!widget)
            qFatal("no child %s", name ? name : "(unnamed)");
        return widget;
    }

private:
    AvailabilityForm& m_form;
};

} // namespace

class TestAvailabilityForm : public QObject {
    Q_OBJECT

    std::unique_ptr<test::SimulatedTestDesk> m_desk;

    Reservations& books() { return m_desk->desk().engine().reservations(); }
    int availabilityCount() {
        auto all = books().availabilities();
        return all.ok() ? static_cast<int>(all->size()) : -1;
    }
    Availability offerDirectly(quint64 size) {
        NewAvailability params;
        params.totalSize = size;
        params.duration = 2 * 86400;
        params.minPricePerBytePerSecond = 3;
        params.totalCollateral = UInt256(size) * 2;
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

    void offersStorageThroughTheForm() {
        AvailabilityForm form(m_desk->desk());
        form.show();
        FormDriver fill(form);
        fill.setSize(2, SizeUnit::GiB);
        fill.setDuration(3, DurationUnit::Days);
        fill.setPricePerByteSecond(5);
        fill.type("collateralPerByte", QStringLiteral("3"));
        QVERIFY(fill.okEnabled());
        QCOMPARE(fill.child<QLineEdit>("collateral")->text(), QStringLiteral("6,442,450,944"));
        QVERIFY(fill.text("priceHint")
                    .contains(
                        QStringLiteral("= 0.000000000000000005 TST per byte per second, exactly")));

        QTest::mouseClick(fill.child<QDialogButtonBox>(nullptr)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(form.result(), int(QDialog::Accepted));
        auto all = books().availabilities();
        SD_VERIFY_OK(all);
        QCOMPARE(all->size(), qsizetype(1));
        const Availability& a = all->first();
        QCOMPARE(a.totalSize, 2 * kGiB);
        QCOMPARE(a.duration, quint64(3 * 86400));
        QCOMPARE(a.minPricePerBytePerSecond, UInt256(5));
        QCOMPARE(a.totalCollateral, UInt256(6 * kGiB));
        QCOMPARE(a.until, Timestamp(0));
        QVERIFY(a.enabled);
        QVERIFY(form.saved());
        QCOMPARE(form.saved()->id, a.id);
        // The quota holds the offered bytes.
        auto quota = m_desk->desk().engine().repo().quota();
        SD_VERIFY_OK(quota);
        QCOMPARE(quota->reservedBytes, 2 * kGiB);
    }

    void decimalSizesAndAnUntilDateReachTheEngine() {
        AvailabilityForm form(m_desk->desk());
        form.show();
        FormDriver fill(form);
        fill.setSize(1.5, SizeUnit::GB);
        fill.setDuration(12, DurationUnit::Hours);
        fill.child<QCheckBox>("hasUntil")->setChecked(true);
        const Timestamp until = test::SimulatedTestDesk::kStart + 90 * 86400;
        fill.child<QDateTimeEdit>("until")->setDateTime(QDateTime::fromSecsSinceEpoch(until));
        fill.child<QCheckBox>("enabled")->setChecked(false);
        QVERIFY(fill.okEnabled());
        form.accept();
        QVERIFY(form.saved());
        QCOMPARE(form.saved()->totalSize, quint64(1'500'000'000));
        QCOMPARE(form.saved()->duration, quint64(12 * 3600));
        QCOMPARE(form.saved()->until, until);
        QVERIFY(!form.saved()->enabled);
    }

    void invalidInputsShowTheMessageAndChangeNothing_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("problemLabel");
        QTest::addColumn<QString>("message");
        QTest::newRow("size zero") << "size=0"
                                   << "sizeProblem"
                                   << "Total size must be larger than zero";
        QTest::newRow("size beyond the quota")
            << "size=9"
            << "sizeProblem"
            << "Not enough storage quota: 9.0 GiB requested, 8.0 GiB "
               "available. Raise the quota in Settings → Storage quota.";
        QTest::newRow("duration zero") << "duration=0"
                                       << "durationProblem"
                                       << "Duration must be larger than zero";
        QTest::newRow("price not a number")
            << "price=abc"
            << "priceProblem"
            << "Not an amount of TST: \"abc\" (use digits, and \".\" "
               "before the decimal places)";
        QTest::newRow("price with too many decimals")
            << "price=1.0000000000000000001"
            << "priceProblem"
            << "TST has 18 decimal places; \"1.0000000000000000001\" has 19 digits after the "
               "decimal point";
        QTest::newRow("price zero")
            << "price=0"
            << "priceProblem"
            << "Minimum price must be larger than zero (the lowest price is 2.85 TST "
               "per TiB per month)";
        QTest::newRow("collateral zero") << "collateral=0"
                                         << "collateralProblem"
                                         << "Total collateral must be larger than zero";
        QTest::newRow("collateral empty") << "collateral="
                                          << "collateralProblem"
                                          << "Enter an amount of base units";
    }
    void invalidInputsShowTheMessageAndChangeNothing() {
        QFETCH(QString, field);
        QFETCH(QString, problemLabel);
        QFETCH(QString, message);
        AvailabilityForm form(m_desk->desk());
        form.show();
        FormDriver fill(form);
        fill.setSize(1, SizeUnit::GiB);
        QVERIFY(fill.okEnabled());
        QVERIFY(fill.problem(problemLabel.toLatin1().constData()).isEmpty());

        const QString name = field.section(QLatin1Char('='), 0, 0);
        const QString value = field.section(QLatin1Char('='), 1);
        if (name == QLatin1String("size"))
            fill.setSize(value.toDouble(), SizeUnit::GiB);
        else if (name == QLatin1String("duration"))
            fill.setDuration(value.toInt(), DurationUnit::Days);
        else
            fill.type(name.toLatin1().constData(), value);

        QCOMPARE(fill.problem(problemLabel.toLatin1().constData()), message);
        QVERIFY(!fill.okEnabled());
        QVERIFY(!form.isValid());
        form.accept(); // as if OK could be pressed anyway
        QCOMPARE(form.result(), int(QDialog::Rejected));
        QVERIFY(!form.saved());
        QCOMPARE(availabilityCount(), 0);
        auto quota = m_desk->desk().engine().repo().quota();
        SD_VERIFY_OK(quota);
        QCOMPARE(quota->reservedBytes, quint64(0));
    }

    void anUnrepresentablePriceOffersTheNearestOnesAndWaitsForAChoice() {
        AvailabilityForm form(m_desk->desk());
        form.show();
        FormDriver fill(form);
        // 10 TST per TiB per month lies between 3 and 4 base units per byte per second
        // (8.549802417586176 and 11.399736556781568 TST per TiB per month).
        fill.type("price", QStringLiteral("10"));
        QVERIFY(fill.problem("priceProblem")
                    .startsWith(QStringLiteral(
                        "The contract cannot hold 10 TST per TiB per month exactly")));
        QVERIFY(!fill.okEnabled());
        auto* below = fill.child<QPushButton>("priceBelow");
        auto* above = fill.child<QPushButton>("priceAbove");
        QVERIFY(below->isVisibleTo(&form));
        QVERIFY(above->isVisibleTo(&form));
        QCOMPARE(below->text(), QStringLiteral("Use 8.549802417586176 TST"));
        QCOMPARE(above->text(), QStringLiteral("Use 11.399736556781568 TST"));
        QVERIFY(above->toolTip().contains(QStringLiteral("30 days")));
        // The typed text is untouched and OK refuses until a price is chosen.
        QCOMPARE(fill.child<QLineEdit>("price")->text(), QStringLiteral("10"));
        form.accept();
        QVERIFY(!form.saved());
        QCOMPARE(availabilityCount(), 0);

        QTest::mouseClick(above, Qt::LeftButton);
        QCOMPARE(fill.child<QLineEdit>("price")->text(), QStringLiteral("11.399736556781568"));
        QVERIFY(fill.problem("priceProblem").isEmpty());
        QVERIFY(!above->isVisibleTo(&form));
        QVERIFY(fill.okEnabled());
        form.accept();
        QVERIFY(form.saved());
        QCOMPARE(form.saved()->minPricePerBytePerSecond, UInt256(4));
    }

    void belowTheSmallestPriceOnlyTheOneAboveIsOffered() {
        AvailabilityForm form(m_desk->desk());
        form.show();
        FormDriver fill(form);
        fill.type("price", QStringLiteral("1.5"));
        QVERIFY(!fill.okEnabled());
        QVERIFY(!fill.child<QPushButton>("priceBelow")->isVisibleTo(&form));
        auto* above = fill.child<QPushButton>("priceAbove");
        QCOMPARE(above->text(), QStringLiteral("Use 2.849934139195392 TST"));
        QTest::mouseClick(above, Qt::LeftButton);
        QVERIFY(fill.okEnabled());
        form.accept();
        QVERIFY(form.saved());
        QCOMPARE(form.saved()->minPricePerBytePerSecond, UInt256(1));
    }

    void theChoiceFollowsTheLocale() {
        QLocale::setDefault(QLocale(QLocale::German));
        AvailabilityForm form(m_desk->desk());
        form.show();
        FormDriver fill(form);
        QCOMPARE(fill.child<QLineEdit>("price")->text(), QStringLiteral("2,849934139195392"));
        fill.type("price", QStringLiteral("10"));
        auto* below = fill.child<QPushButton>("priceBelow");
        QCOMPARE(below->text(), QStringLiteral("Use 8,549802417586176 TST"));
        QTest::mouseClick(below, Qt::LeftButton);
        QVERIFY(fill.okEnabled());
        form.accept();
        QLocale::setDefault(QLocale(QLocale::English));
        QVERIFY(form.saved());
        QCOMPARE(form.saved()->minPricePerBytePerSecond, UInt256(3));
    }

    void editChangesWhatWasEdited() {
        const Availability before = offerDirectly(kGiB);
        AvailabilityForm form(m_desk->desk(), before);
        form.show();
        FormDriver fill(form);
        QVERIFY(form.isEditing());
        // The form opens with the availability's values, in fitting units.
        QCOMPARE(fill.child<QDoubleSpinBox>("size")->value(), 1.0);
        QCOMPARE(fill.child<QComboBox>("sizeUnit")->currentData().toInt(),
                 static_cast<int>(SizeUnit::GiB));
        QCOMPARE(fill.child<QSpinBox>("duration")->value(), 2);
        QVERIFY(fill.okEnabled());

        fill.setDuration(5, DurationUnit::Days);
        fill.setSize(3, SizeUnit::GiB);
        form.accept();
        QCOMPARE(form.result(), int(QDialog::Accepted));
        auto after = books().availability(before.id);
        SD_VERIFY_OK(after);
        QCOMPARE(after->duration, quint64(5 * 86400));
        QCOMPARE(after->totalSize, 3 * kGiB);
        QCOMPARE(after->freeSize, 3 * kGiB);
        QCOMPARE(after->minPricePerBytePerSecond, before.minPricePerBytePerSecond);
        QCOMPARE(after->totalCollateral, before.totalCollateral);
    }

    void editRefusesToGoBelowWhatSalesHold() {
        const Availability before = offerDirectly(kGiB);
        RequestId request;
        const Timestamp slotEnd = test::SimulatedTestDesk::kStart + 10 * 86400;
        auto reservation = books().createReservation(before.id, request, 0, 512 * 1024 * 1024,
                                                     UInt256(1), slotEnd);
        SD_VERIFY_OK(reservation);
        auto current = books().availability(before.id);
        SD_VERIFY_OK(current);
        AvailabilityForm form(m_desk->desk(), *current);
        form.show();
        FormDriver fill(form);

        fill.setSize(0.25, SizeUnit::GiB);
        QCOMPARE(fill.problem("sizeProblem"),
                 QStringLiteral("New total size must be at least the bytes committed to "
                                "reservations, which is currently: 512.0 MiB"));
        QVERIFY(!fill.okEnabled());
        fill.setSize(1, SizeUnit::GiB);
        QVERIFY(fill.okEnabled());

        fill.child<QCheckBox>("hasUntil")->setChecked(true);
        fill.child<QDateTimeEdit>("until")->setDateTime(
            QDateTime::fromSecsSinceEpoch(slotEnd - 3600));
        QVERIFY(fill.problem("untilProblem")
                    .startsWith(QStringLiteral("Until must be greater or equal to the longest")));
        QVERIFY(!fill.okEnabled());

        fill.type("collateral", QStringLiteral("1000"));
        QVERIFY(fill.problem("collateralProblem")
                    .startsWith(QStringLiteral("Total collateral must be at least")));
        form.accept();
        auto after = books().availability(before.id);
        SD_VERIFY_OK(after);
        QCOMPARE(*after, *current);
    }

    // A sale took bytes after the form read the availability: the engine refuses the smaller
    // size, and the refusal appears under the size, formatted, not only below the form.
    void aRefusalByTheEngineAppearsUnderItsField() {
        const Availability before = offerDirectly(kGiB);
        AvailabilityForm form(m_desk->desk(), before);
        form.show();
        FormDriver fill(form);
        fill.setSize(0.25, SizeUnit::GiB);
        QVERIFY(fill.okEnabled()); // nothing was committed when the form opened

        RequestId request;
        SD_VERIFY_OK(books().createReservation(before.id, request, 0, 512 * 1024 * 1024, UInt256(1),
                                               test::SimulatedTestDesk::kStart + 86400));
        form.accept();
        QCOMPARE(form.result(), int(QDialog::Rejected));
        QVERIFY(!form.saved());
        QCOMPARE(fill.problem("sizeProblem"),
                 QStringLiteral("New total size must be at least the bytes committed to "
                                "reservations, which is currently: 512.0 MiB"));
        QVERIFY(fill.problem("engineProblem").isEmpty());
        QVERIFY(!fill.okEnabled());
        auto after = books().availability(before.id);
        SD_VERIFY_OK(after);
        QCOMPARE(after->totalSize, kGiB);

        fill.setSize(0.5, SizeUnit::GiB); // exactly what is committed
        QVERIFY(fill.okEnabled());
        form.accept();
        QVERIFY(form.saved());
        QCOMPARE(form.saved()->totalSize, quint64(512) * 1024 * 1024);
    }

    // A refusal that concerns no field (the availability was removed meanwhile) is shown below
    // the form.
    void aRefusalOfNoFieldIsShownBelowTheForm() {
        const Availability before = offerDirectly(kGiB);
        AvailabilityForm form(m_desk->desk(), before);
        form.show();
        FormDriver fill(form);
        SD_VERIFY_OK(books().removeAvailability(before.id));
        fill.setDuration(5, DurationUnit::Days);
        form.accept();
        QVERIFY(!form.saved());
        QVERIFY(fill.problem("engineProblem").startsWith(QStringLiteral("Availability not found")));
        QCOMPARE(availabilityCount(), 0);
    }
};

QTEST_MAIN(TestAvailabilityForm)
#include "tst_availabilityform.moc"
