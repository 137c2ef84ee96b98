// SettingsPage: applies quota and queue limits to the engine, refuses invalid values without
// changing anything, stores language and demo speed.
#include "core/clock/AcceleratedClock.h"
#include "core/clock/VirtualClock.h"
#include "core/desk/DemoOptions.h"
#include "core/desk/Desk.h"
#include "core/reservations/Reservations.h"
#include "core/sales/SlotQueue.h"
#include "core/storage/Repo.h"
#include "tests/support/TestSupport.h"
#include "ui/settings/SettingsPage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {
constexpr Timestamp kStart = 1'767'261'600;
constexpr quint64 kMiB = 1024 * 1024;
} // namespace

class TestSettingsPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Desk> m_desk;

    void openDesk(std::unique_ptr<Clock> clock) {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::move(clock);
        SimulatedDeskOptions options = demoDeskOptions(m_dir->path());
        options.engine.quotaBytes = 1024 * kMiB;
        options.demoClients.reset();
        auto desk = Desk::openSimulated(*m_clock, options);
        SD_VERIFY_OK(desk);
        m_desk = std::move(*desk);
    }

    template <typename T> T* child(QWidget& page, const char* name) {
        auto* found = page.findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

private Q_SLOTS:
    void initTestCase() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SalesDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingspage"));
    }

    void init() {
        QSettings().clear();
        openDesk(std::make_unique<VirtualClock>(kStart));
    }

    void cleanup() {
        m_desk.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void showsTheEnginesValues() {
        SettingsPage page(*m_desk);
        QCOMPARE(child<QLineEdit>(page, "dataDirectory")->text(),
                 QDir::toNativeSeparators(m_dir->path()));
        QCOMPARE(child<QDoubleSpinBox>(page, "quota")->value(), 1.0);
        QCOMPARE(child<QSpinBox>(page, "workers")->value(), m_desk->engine().queue().maxWorkers());
        QCOMPARE(child<QSpinBox>(page, "queueSize")->value(), m_desk->engine().queue().maxSize());
        // A scripted clock has no speed to change.
        QVERIFY(!child<QComboBox>(page, "speed")->isEnabled());
    }

    void appliesQuotaAndQueueLimitsToTheEngine() {
        SettingsPage page(*m_desk);
        child<QDoubleSpinBox>(page, "quota")->setValue(0.5);
        child<QSpinBox>(page, "workers")->setValue(5);
        child<QSpinBox>(page, "queueSize")->setValue(50);
        QTest::mouseClick(child<QPushButton>(page, "apply"), Qt::LeftButton);

        const SlotQueue& queue = m_desk->engine().queue();
        QCOMPARE(queue.maxWorkers(), 5);
        QCOMPARE(queue.maxSize(), 50);
        auto quota = m_desk->engine().repo().quota();
        SD_VERIFY_OK(quota);
        QCOMPARE(quota->maxBytes, 512 * kMiB);
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("engine/maxWorkers")).toInt(), 5);
        QCOMPARE(settings.value(QStringLiteral("engine/queueMaxSize")).toInt(), 50);
    }

    void refusesMoreWorkersThanQueueSlotsAndChangesNothing() {
        SettingsPage page(*m_desk);
        page.show();
        const int workers = m_desk->engine().queue().maxWorkers();
        const int size = m_desk->engine().queue().maxSize();
        child<QDoubleSpinBox>(page, "quota")->setValue(2.0);
        child<QSpinBox>(page, "workers")->setValue(10);
        child<QSpinBox>(page, "queueSize")->setValue(4);
        QVERIFY(!page.applyEngineSettings());
        QCOMPARE(m_desk->engine().queue().maxWorkers(), workers);
        QCOMPARE(m_desk->engine().queue().maxSize(), size);
        auto quota = m_desk->engine().repo().quota();
        SD_VERIFY_OK(quota);
        QCOMPARE(quota->maxBytes, 1024 * kMiB);
        auto* message = child<QLabel>(page, "message");
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(),
                 QStringLiteral("Parallel sales (10) cannot exceed the slot queue size (4)."));
    }

    void refusesAQuotaBelowWhatIsReserved() {
        SD_VERIFY_OK(
            m_desk->engine().reservations().createAvailability(demoAvailability(40 * kMiB)));
        SettingsPage page(*m_desk);
        page.show();
        const int workers = m_desk->engine().queue().maxWorkers();
        child<QDoubleSpinBox>(page, "quota")->setValue(0.02); // about 20 MiB < 40 MiB reserved
        child<QSpinBox>(page, "workers")->setValue(workers + 1);
        QVERIFY(!page.applyEngineSettings());
        auto quota = m_desk->engine().repo().quota();
        SD_VERIFY_OK(quota);
        QCOMPARE(quota->maxBytes, 1024 * kMiB);
        QCOMPARE(m_desk->engine().queue().maxWorkers(), workers);
        auto* message = child<QLabel>(page, "message");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("quota")), qPrintable(message->text()));
    }

    void storesTheLanguage() {
        SettingsPage page(*m_desk);
        auto* language = child<QComboBox>(page, "language");
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        Q_EMIT language->activated(language->currentIndex());
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
        SettingsPage again(*m_desk);
        QCOMPARE(child<QComboBox>(again, "language")->currentData().toString(),
                 QStringLiteral("fr"));
    }

    // The log level is stored and applied at once: debug lines come through only while
    // "Everything, for debugging" is chosen. (Not a salesdesk.* category: the tests'
    // QT_LOGGING_RULES turn those off whatever the setting, as the environment should.)
    void storesAndAppliesTheLogLevel() {
        QLoggingCategory category("tests.settingspage");
        SettingsPage page(*m_desk);
        auto* level = child<QComboBox>(page, "logLevel");
        QCOMPARE(level->currentData().toString(), QStringLiteral("info"));
        QVERIFY(child<QLabel>(page, "logNote")->text().contains(QStringLiteral("salesdesk.log")));
        level->setCurrentIndex(level->findData(QStringLiteral("debug")));
        Q_EMIT level->activated(level->currentIndex());
        QCOMPARE(QSettings().value(QStringLiteral("logs/level")).toString(),
                 QStringLiteral("debug"));
        QVERIFY(category.isDebugEnabled());
        level->setCurrentIndex(level->findData(QStringLiteral("warning")));
        Q_EMIT level->activated(level->currentIndex());
        QVERIFY(!category.isDebugEnabled());
        QVERIFY(!category.isInfoEnabled());
        QVERIFY(category.isWarningEnabled());
        SettingsPage again(*m_desk);
        QCOMPARE(child<QComboBox>(again, "logLevel")->currentData().toString(),
                 QStringLiteral("warning"));
        QLoggingCategory::setFilterRules(QString());
    }

    void changesTheDemoSpeedOfAnAcceleratedDesk() {
        cleanup();
        auto clock = std::make_unique<AcceleratedClock>(kStart, 60);
        AcceleratedClock* accelerated = clock.get();
        openDesk(std::move(clock));
        SettingsPage page(*m_desk);
        auto* speed = child<QComboBox>(page, "speed");
        QVERIFY(speed->isEnabled());
        QCOMPARE(speed->currentData().toInt(), 60);
        speed->setCurrentIndex(speed->findData(600));
        Q_EMIT speed->activated(speed->currentIndex());
        QCOMPARE(accelerated->speed(), 600);
        QCOMPARE(QSettings().value(QStringLiteral("demo/speed")).toInt(), 600);
        accelerated->setSpeed(10); // from the toolbar: the page follows
        QCOMPARE(speed->currentData().toInt(), 10);
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
