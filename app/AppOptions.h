#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace salesdesk::app {

// Options both front ends share.
struct CommonOptions {
    QCommandLineOption dataDir;
    CommonOptions();
    void addTo(QCommandLineParser& parser) const;
    QString dataDirectory(const QCommandLineParser& parser) const;
};

// The database file inside a data directory.
QString databasePath(const QString& dataDirectory);
QString slotDataPath(const QString& dataDirectory);

// Prints `salesdesk: <message>` to stderr, as every command reports an error.
void printError(const QString& message);

// True when argv asks only for --help or --version, which must work without a display.
bool asksForInfoOnly(int argc, char* argv[]);

} // namespace salesdesk::app
