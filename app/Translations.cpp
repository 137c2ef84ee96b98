#include "app/Translations.h"

#include "core/settings/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "salesdesk.app.translations")

namespace salesdesk::app {

namespace {

const QString kTranslationsDirectory = QStringLiteral(":/i18n");
const QString kFileName = QStringLiteral("salesdesk");
// Marks the translators installed here, so that a later call can find and replace them.
const QString kTranslatorName = QStringLiteral("salesdesk.translator");

void removeInstalledTranslators(QCoreApplication& app) {
    const auto translators =
        app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Loads <name>_<language>.qm for locale from directory and installs it; false when there is none.
bool install(QCoreApplication& app, const QLocale& locale, const QString& name,
             const QString& directory) {
    auto* translator = new QTranslator(&app); // owned by app
    translator->setObjectName(kTranslatorName);
    if (translator->load(locale, name, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QStringList availableTranslations() {
    QStringList languages;
    const QStringList files =
        QDir(kTranslationsDirectory)
            .entryList({kFileName + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages.append(file.mid(kFileName.size() + 1).chopped(3));
    return languages;
}

QLocale chosenLocale(const QSettings& settings, const QLocale& systemLocale) {
    const QString language = settings::language.value(settings).trimmed();
    if (language.isEmpty())
        return systemLocale;
    const QLocale chosen(language);
    if (chosen.language() == QLocale::C) {
        qCWarning(lcTranslations).noquote()
            << "Unknown language in the setting" << settings::language.key() << ":" << language
            << "- following the system locale";
        return systemLocale;
    }
    return chosen;
}

QString installTranslations(QCoreApplication& app, const QSettings& settings,
                            const QLocale& systemLocale) {
    return installTranslations(app, chosenLocale(settings, systemLocale));
}

QString installTranslations(QCoreApplication& app, const QLocale& locale) {
    removeInstalledTranslators(app);
    QLocale::setDefault(locale);

    if (!install(app, locale, kFileName, kTranslationsDirectory)) {
        qCInfo(lcTranslations).noquote()
            << "No translation for" << locale.name() << "- using English";
        return {};
    }
    // Qt's own strings (standard buttons and dialogs), when the system has them
    // (Debian: qt6-translations-l10n).
    if (!install(app, locale, QStringLiteral("qt"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qCInfo(lcTranslations).noquote() << "No Qt translation for" << locale.name();
    const QString language = QLocale::languageToCode(locale.language());
    qCInfo(lcTranslations).noquote() << "Translation installed:" << language;
    return language;
}

} // namespace salesdesk::app
