#include "app/AppOptions.h"

#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace salesdesk::app {

namespace {

QString defaultDataDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

CommonOptions::CommonOptions()
    : dataDir(QStringLiteral("data-dir"),
              QStringLiteral("Keep the database and slot data in <dir> (default: %1).")
                  .arg(withTilde(defaultDataDirectory())),
              QStringLiteral("dir")) {}

void CommonOptions::addTo(QCommandLineParser& parser) const {
    parser.addOption(dataDir);
}

QString CommonOptions::dataDirectory(const QCommandLineParser& parser) const {
    return QDir::cleanPath(parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDirectory());
}

QString databasePath(const QString& dataDirectory) {
    return dataDirectory + QStringLiteral("/salesdesk.sqlite");
}

QString slotDataPath(const QString& dataDirectory) {
    return dataDirectory + QStringLiteral("/slots");
}

QString withTilde(const QString& path) {
    const QString home = QDir::homePath();
    if (home.isEmpty() || home == QLatin1String("/"))
        return path;
    if (path == home)
        return QStringLiteral("~");
    if (path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + path.mid(home.size());
    return path;
}

QStringList argumentList(int argc, char* argv[]) {
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

void addQtGuiOptions(QCommandLineParser& parser) {
    // QGuiApplication and QApplication read these from argv (see QGuiApplication's and
    // QApplication's documentation of their command-line options).
    static const char* const withValue[] = {"platform",        "platformpluginpath",
                                            "platformtheme",   "plugin",
                                            "qwindowgeometry", "geometry",
                                            "qwindowtitle",    "title",
                                            "qwindowicon",     "icon",
                                            "display",         "name",
                                            "style",           "stylesheet",
                                            "session",         "qmljsdebugger"};
    static const char* const flags[] = {"reverse", "widgetcount", "nograb", "dograb",
                                        "testability"};
    for (const char* name : withValue) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const char* name : flags) {
        QCommandLineOption option(QString::fromLatin1(name), QString());
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

void printError(const QString& message) {
    std::fprintf(stderr, "salesdesk: %s\n", qPrintable(message));
}

void printLine(const QString& line) {
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

std::optional<quint64> wholeNumberOption(const QCommandLineParser& parser,
                                         const QCommandLineOption& option, quint64 low,
                                         quint64 high) {
    bool ok = false;
    const quint64 value = parser.value(option).toULongLong(&ok);
    if (!ok || value < low || value > high) {
        printError(QStringLiteral("--%1 must be a whole number from %2 to %3, not \"%4\"")
                       .arg(option.names().constFirst())
                       .arg(low)
                       .arg(high)
                       .arg(parser.value(option)));
        return std::nullopt;
    }
    return value;
}

bool parseCommand(QCommandLineParser& parser, const QStringList& arguments,
                  const QCommandLineOption& help) {
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return false;
    }
    if (parser.isSet(help))
        parser.showHelp(0);
    return true;
}

} // namespace salesdesk::app
