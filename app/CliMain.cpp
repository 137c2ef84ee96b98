#include "app/ChainCommand.h"
#include "app/CheckCommand.h"
#include "app/ClientCommand.h"
#include "app/DemoCommand.h"
#include "app/HostCommand.h"
#include "app/Translations.h"
#include "app/WalletCommand.h"
#include "core/scenario/JsonFields.h"
#include "core/scenario/ScenarioParser.h"
#include "core/scenario/ScenarioRunner.h"
#include "salesdesk/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

#include <cstdio>

namespace {

// Exit codes of `simulate` (docs/scenario-format.md): 0 every invariant held, 1 an
// invariant broke, 2 bad input (options or scenario file), 3 the run could not go on.
constexpr int kExitInvariantBroken = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitRunFailed = 3;

void printError(const QString& message) {
    std::fprintf(stderr, "salesdesk: %s\n", qPrintable(message));
}

int simulate(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs a scenario file against the sales engine and the simulated marketplace on virtual "
        "time and writes a JSON report.\nExit 0: every invariant held; 1: an invariant broke; "
        "2: bad options or not a valid scenario; 3: the run could not go on."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption report(QStringLiteral("report"),
                                    QStringLiteral("Write the report to <file> (default: stdout)."),
                                    QStringLiteral("file"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Keep the database and slot data in <dir>, which must be empty or not "
                       "exist (default: a temporary directory, deleted afterwards)."),
        QStringLiteral("dir"));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   QStringLiteral("Print no progress to stderr."));
    parser.addOptions({report, dataDir, quiet});
    parser.addPositionalArgument(QStringLiteral("simulate"), QStringLiteral("The command."),
                                 QStringLiteral("simulate"));
    parser.addPositionalArgument(QStringLiteral("scenario"),
                                 QStringLiteral("The scenario file (JSON)."));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return kExitBadInput;
    }
    if (parser.isSet(help))
        parser.showHelp(0);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(QStringLiteral("simulate takes one scenario file; see salesdesk-cli simulate "
                                  "--help"));
        return kExitBadInput;
    }
    const QString scenarioPath = positional[1];
    auto scenario = salesdesk::ScenarioParser::parseFile(scenarioPath);
    if (!scenario.ok()) {
        printError(salesdesk::JsonFields::printable(scenarioPath) + QStringLiteral(": ") +
                   scenario.message());
        return kExitBadInput;
    }

    const bool beQuiet = parser.isSet(quiet);
    QLoggingCategory::setFilterRules(beQuiet ? QStringLiteral("salesdesk.*=false")
                                             : QStringLiteral("salesdesk.*.debug=false\n"
                                                              "salesdesk.*.info=false"));
    salesdesk::ScenarioRunner::Options options;
    options.dataDirectory = parser.value(dataDir);
    if (!beQuiet)
        options.progress = [](const QString& line) {
            std::fprintf(stderr, "%s\n", qPrintable(line));
        };
    salesdesk::ScenarioRunner runner(std::move(*scenario), std::move(options));
    auto result = runner.run();
    if (!result.ok()) {
        printError(QStringLiteral("the run stopped: ") + result.message());
        return kExitRunFailed;
    }
    const QByteArray json = result->toJson();
    if (parser.isSet(report)) {
        QSaveFile file(parser.value(report));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            printError(QStringLiteral("cannot write the report %1: %2")
                           .arg(file.fileName(), file.errorString()));
            return kExitRunFailed;
        }
    } else {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(json) != json.size()) {
            printError(QStringLiteral("cannot write the report to stdout"));
            return kExitRunFailed;
        }
    }
    return result->ok() ? 0 : kExitInvariantBroken;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("salesdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("SalesDesk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(salesdesk::kVersion));
    // Messages in the system's language; log lines and the prefixes scripts read stay English.
    // English (or C) is the language of the source strings: nothing to install or say then.
    if (const QLocale system = QLocale::system();
        system.language() != QLocale::C && system.language() != QLocale::English)
        salesdesk::app::installTranslations(app, system);

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments[1] == QLatin1String("simulate"))
        return simulate(arguments);
    if (arguments.size() > 1 && arguments[1] == QLatin1String("chain"))
        return salesdesk::app::runChainCommand(arguments);
    if (arguments.size() > 1 && arguments[1] == QLatin1String("demo"))
        return salesdesk::app::runDemoCommand(arguments);
    if (arguments.size() > 1 && arguments[1] == QLatin1String("check"))
        return salesdesk::app::CheckCommand::run(arguments);
    if (arguments.size() > 1 && arguments[1] == QLatin1String("wallet"))
        return salesdesk::app::WalletCommand::run(arguments);
    if (arguments.size() > 1 && arguments[1] == QLatin1String("client"))
        return salesdesk::app::runClientCommand(arguments);
    if (arguments.size() > 1 && arguments[1] == QLatin1String("host"))
        return salesdesk::app::HostCommand::run(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sales Desk without a window: the sales engine from the command line.\n\nCommands:\n"
        "  simulate SCENARIO.json [--report REPORT.json] [--data-dir DIR] [--quiet]\n"
        "      run a scenario on virtual time (salesdesk-cli simulate --help)\n"
        "  chain start [--block-time SECONDS]\n"
        "      run a local test chain until interrupted (salesdesk-cli chain --help)\n"
        "  demo --data-dir DIR [--speed FACTOR] [--run-for SECONDS] [--offer BYTES]\n"
        "      run the demo desk without a window (salesdesk-cli demo --help)\n"
        "  check --data-dir DIR\n"
        "      check that the books of a data directory reconcile (salesdesk-cli check --help)\n"
        "  wallet new|import|address|balance --data-dir DIR\n"
        "      the host's chain account, encrypted in the data directory (salesdesk-cli wallet "
        "--help)\n"
        "  client request|serve|withdraw|deal|retrieve --data-dir DIR\n"
        "      a storage client on a chain: post requests, serve their data, make direct deals and "
        "paid retrievals (salesdesk-cli client --help)\n"
        "  host --rpc-url URL --chain-id N --marketplace ADDRESS --data-dir DIR\n"
        "      sell storage on a chain without a window (salesdesk-cli host --help)"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("simulate, chain, demo, check, wallet, client or host"),
        QStringLiteral("<command>"));
    if (!parser.parse(arguments)) {
        printError(parser.errorText() + QStringLiteral("; see salesdesk-cli --help"));
        return kExitBadInput;
    }
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (parser.positionalArguments().isEmpty()) {
        // A command is required: say which there are, as an error.
        std::fputs(qPrintable(parser.helpText()), stderr);
        printError(QStringLiteral(
            "a command is required (simulate, chain, demo, check, wallet, client or host)"));
        return kExitBadInput;
    }
    printError(QStringLiteral("unknown command %1; see salesdesk-cli --help")
                   .arg(parser.positionalArguments().first()));
    return kExitBadInput;
}
