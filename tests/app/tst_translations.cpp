// app/Translations: the embedded translations and the choice of language (settings::language,
// else the system locale).
#include "app/Translations.h"
#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace salesdesk;

namespace {

// A string of the main window, as the user sees it in the installed language.
QString dashboardTitle() {
    return QCoreApplication::translate("salesdesk::ui::MainWindow", "Dashboard");
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QSettings settingsWithLanguage(const QString& language) {
        QSettings written(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(language)),
                          QSettings::IniFormat);
        if (!language.isEmpty())
            written.setValue(settings::language.key(), language);
        return QSettings(written.fileName(), QSettings::IniFormat);
    }

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup() {
        // Back to the source strings and the C locale between tests.
        QSettings english(m_dir.filePath(QStringLiteral("en.ini")), QSettings::IniFormat);
        english.setValue(settings::language.key(), QStringLiteral("en"));
        app::installTranslations(*QCoreApplication::instance(), english);
        QLocale::setDefault(QLocale::c());
    }

    void germanFrenchAndSpanishAreEmbedded() {
        QCOMPARE(app::availableTranslations(),
                 QStringList({QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")}));
    }

    void theSettingChoosesTheLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::addRow("de") << QStringLiteral("de") << QStringLiteral("Übersicht");
        QTest::addRow("fr") << QStringLiteral("fr") << QStringLiteral("Tableau de bord");
        QTest::addRow("es") << QStringLiteral("es") << QStringLiteral("Panel");
    }
    void theSettingChoosesTheLanguage() {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const QSettings settings = settingsWithLanguage(language);
        // The system says English; the setting wins.
        QCOMPARE(app::installTranslations(*QCoreApplication::instance(), settings,
                                          QLocale(QLocale::English, QLocale::UnitedStates)),
                 language);
        QCOMPARE(dashboardTitle(), expected);
        QCOMPARE(QLocale().language(), QLocale(language).language());
    }

    void withoutASettingTheSystemLocaleChooses() {
        const QSettings settings = settingsWithLanguage(QString());
        QCOMPARE(app::installTranslations(*QCoreApplication::instance(), settings,
                                          QLocale(QLocale::French, QLocale::Canada)),
                 QStringLiteral("fr"));
        QCOMPARE(dashboardTitle(), QStringLiteral("Tableau de bord"));
        // Numbers follow the locale too.
        QCOMPARE(QLocale().toString(1234567),
                 QLocale(QLocale::French, QLocale::Canada).toString(1234567));
        QVERIFY(QLocale().toString(1234567) != QStringLiteral("1234567"));
    }

    void englishUsesTheSourceStrings() {
        const QSettings settings = settingsWithLanguage(QStringLiteral("en"));
        QCOMPARE(app::installTranslations(*QCoreApplication::instance(), settings,
                                          QLocale(QLocale::German, QLocale::Germany)),
                 QString());
        QCOMPARE(dashboardTitle(), QStringLiteral("Dashboard"));
    }

    void aLanguageWithoutTranslationFallsBackToEnglish() {
        const QSettings settings = settingsWithLanguage(QStringLiteral("it"));
        QCOMPARE(app::installTranslations(*QCoreApplication::instance(), settings), QString());
        QCOMPARE(dashboardTitle(), QStringLiteral("Dashboard"));
        QCOMPARE(QLocale().language(), QLocale::Italian);
    }

    void anUnknownSettingFollowsTheSystem() {
        const QSettings settings = settingsWithLanguage(QStringLiteral("zz"));
        QCOMPARE(app::chosenLocale(settings, QLocale(QLocale::Spanish, QLocale::Spain)).language(),
                 QLocale::Spanish);
    }

    void installingAgainSwitchesTheLanguage() {
        auto& application = *QCoreApplication::instance();
        QCOMPARE(app::installTranslations(application, settingsWithLanguage(QStringLiteral("de"))),
                 QStringLiteral("de"));
        QCOMPARE(app::installTranslations(application, settingsWithLanguage(QStringLiteral("es"))),
                 QStringLiteral("es"));
        QCOMPARE(dashboardTitle(), QStringLiteral("Panel"));
        // The German translators are gone, not merely shadowed.
        const auto translators = application.findChildren<QTranslator*>();
        QVERIFY(translators.size() <= 2); // ours and, when the system has it, Qt's own
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
