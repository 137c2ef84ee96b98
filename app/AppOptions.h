#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace salesdesk::app {

// Options both front ends share.
struct CommonOptions {
    QCommandLineOption dataDir;
    // Call after QCoreApplication's organization and application names are set: the default
    // named in the help is the application data location they make.
    CommonOptions();
    void addTo(QCommandLineParser& parser) const;
    QString dataDirectory(const QCommandLineParser& parser) const;
};

// The database file inside a data directory.
QString databasePath(const QString& dataDirectory);
QString slotDataPath(const QString& dataDirectory);

// Prints `salesdesk: <message>` to stderr, as every command reports an error.
void printError(const QString& message);
// Prints a line of a command's progress to stdout, flushed at once (tests read it as it comes).
void printLine(const QString& line);

// `path` for a help text: the home directory written as "~" (as the man pages write it).
QString withTilde(const QString& path);

// argv as a list, for QCommandLineParser::parse before any application object exists.
QStringList argumentList(int argc, char* argv[]);

// Adds, hidden from the help, the options QGuiApplication takes out of argv (-platform name,
// -style name, -reverse …), so that a parse before the QApplication exists accepts them. The
// parser must use QCommandLineParser::ParseAsLongOptions, as Qt's own options do.
void addQtGuiOptions(QCommandLineParser& parser);

// The exit code for bad options or input.
constexpr int kExitBadInput = 2;

// Parses a command's `arguments`: prints the parser's error and returns false when they are
// bad; shows the help and exits when `help` is set. What every salesdesk-cli command does first.
bool parseCommand(QCommandLineParser& parser, const QStringList& arguments,
                  const QCommandLineOption& help);

// The value of `option` as a whole number from `low` to `high`; nullopt after printing an error
// that names the option, the range and what was given.
std::optional<quint64> wholeNumberOption(const QCommandLineParser& parser,
                                         const QCommandLineOption& option, quint64 low,
                                         quint64 high);

} // namespace salesdesk::app
