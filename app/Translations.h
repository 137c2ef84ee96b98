#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QSettings;

namespace salesdesk::app {

// The languages Sales Desk is translated into (codes such as "de", sorted), besides English, the
// language of its source strings. They are embedded under :/i18n.
QStringList availableTranslations();

// The locale the user interface uses: the language of settings::language when it is set, else
// systemLocale.
QLocale chosenLocale(const QSettings& settings, const QLocale& systemLocale = QLocale::system());

// Installs on app the translation for chosenLocale(settings, systemLocale), with Qt's own
// translation for it when the system has one, and makes that locale QLocale's default so that
// numbers, sizes and dates follow it. A previous call's translators are removed first, so this
// also switches the language of a running application. Returns the language of the translation
// now installed ("de", "fr", "es"), or an empty string when the source strings (English) are used.
QString installTranslations(QCoreApplication& app, const QSettings& settings,
                            const QLocale& systemLocale = QLocale::system());

// The same for a given locale: salesdesk-cli speaks the system's language (LANG, LC_ALL), as
// command-line tools do, whatever the desktop app's setting says.
QString installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace salesdesk::app
