#include "app/CheckCommand.h"

#include "app/AppOptions.h"
#include "core/scenario/BooksCheck.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>
#include <QTextStream>

namespace salesdesk::app {

namespace {

constexpr int kExitViolations = 1;

} // namespace

int runCheckCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "check: reads the books of a data directory without writing to it (the host's database, "
        "the simulated market's file, the slot data files) and checks that they reconcile: the "
        "scenario invariants, the host's balance against the ledger and what was minted to it, "
        "and the slot data files against their records. The directory must not be in use.\n"
        "Exit 0: everything holds; 1: violations, listed on stdout; 2: bad options, or no "
        "readable desk in the directory."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("The data directory to check."),
                                     QStringLiteral("dir"));
    parser.addOption(dataDir);
    parser.addPositionalArgument(QStringLiteral("check"), QStringLiteral("The command."),
                                 QStringLiteral("check"));
    if (!parseCommand(parser, arguments, help))
        return kExitBadInput;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(dataDir)) {
        printError(QStringLiteral("usage: salesdesk-cli check --data-dir DIR"));
        return kExitBadInput;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("salesdesk.*.debug=false\n"
                                                    "salesdesk.*.info=false"));
    const QString directory = QDir::cleanPath(parser.value(dataDir));
    auto findings = BooksCheck::run(directory);
    if (!findings.ok()) {
        printError(findings.message());
        return kExitBadInput;
    }
    QTextStream out(stdout);
    for (const QString& note : findings->notes)
        out << "note: " << note << '\n';
    if (findings->ok()) {
        out << "ok: the books of " << directory << " reconcile\n";
        return 0;
    }
    out << findings->violations.size() << " violation(s) in " << directory << ":\n";
    for (const QString& violation : findings->violations)
        out << "violation: " << violation << '\n';
    return kExitViolations;
}

} // namespace salesdesk::app
