#include "app/AppOptions.h"

#include <QDir>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>

namespace salesdesk::app {

namespace {

QString defaultDataDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

CommonOptions::CommonOptions()
    : dataDir(QStringLiteral("data-dir"),
              QStringLiteral("Keep the database and slot data in <dir> (default: %1).")
                  .arg(defaultDataDirectory()),
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

bool asksForInfoOnly(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        for (const char* info : {"-h", "--help", "--help-all", "-v", "--version"})
            if (std::strcmp(arg, info) == 0)
                return true;
    }
    return false;
}

void printError(const QString& message) {
    std::fprintf(stderr, "salesdesk: %s\n", qPrintable(message));
}

} // namespace salesdesk::app
