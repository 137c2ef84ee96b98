#include "app/CheckCommand.h"

#include "app/AppOptions.h"
#include "core/desk/ChainBooksCheck.h"
#include "core/scenario/BooksCheck.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTextStream>

namespace salesdesk::app {

namespace {

constexpr int kExitViolations = 1;

} // namespace

int CheckCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("check: reads the books of a data directory without writing to it (the host's database, "
           "the simulated market's file, the slot data files) and checks that they reconcile: the "
           "scenario invariants, the host's balance against the ledger and what was minted to it, "
           "and the slot data files against their records. A host's directory on a chain "
           "(salesdesk-cli host) is checked against the chain with --rpc-url: the tokens the host "
           "and the Marketplace moved to each other (their Transfer logs) against the ledger, and "
           "every slot the Marketplace lists as the host's against the reservations; the node is "
           "only read. The directory must not be in use.\n"
           "Exit 0: everything holds; 1: violations, listed on stdout; 2: bad options, or no "
           "readable desk in the directory."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), tr("The data directory to check."),
                                     QStringLiteral("dir"));
    const QCommandLineOption rpcUrl(
        {QStringLiteral("rpc-url"), QStringLiteral("rpc")},
        tr("For a host's directory on a chain: the chain's JSON-RPC URL."), QStringLiteral("url"));
    const QCommandLineOption startBlock(
        QStringLiteral("start-block"),
        tr("For a host's directory on a chain: the first block whose token transfers "
           "are read (the Marketplace's deployment; default 0)."),
        QStringLiteral("block"), QStringLiteral("0"));
    parser.addOptions({dataDir, rpcUrl, startBlock});
    parser.addPositionalArgument(QStringLiteral("check"), tr("The command."),
                                 QStringLiteral("check"));
    if (!parseCommand(parser, arguments, help))
        return kExitBadInput;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(dataDir)) {
        printError(
            tr("usage: salesdesk-cli check --data-dir DIR [--rpc-url URL [--start-block B]]"));
        return kExitBadInput;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("salesdesk.*.debug=false\n"
                                                    "salesdesk.*.info=false"));
    const QString directory = QDir::cleanPath(parser.value(dataDir));
    Result<BooksCheck::Findings> findings =
        makeError(ErrorCode::InvalidArgument, QStringLiteral("not checked"));
    if (ChainBooksCheck::isChainDirectory(directory)) {
        const QUrl url(parser.value(rpcUrl));
        if (!parser.isSet(rpcUrl) || !url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            printError(tr("%1 keeps a host's books on a chain: check it against the "
                          "chain with --rpc-url and an http:// or https:// URL")
                           .arg(directory));
            return kExitBadInput;
        }
        const auto block = wholeNumberOption(parser, startBlock, 0, quint64(1) << 53);
        if (!block)
            return kExitBadInput;
        QEventLoop loop;
        ChainBooksCheck::run({directory, url, *block}, [&](Result<BooksCheck::Findings> result) {
            findings = std::move(result);
            loop.quit();
        });
        loop.exec();
    } else {
        findings = BooksCheck::run(directory);
    }
    if (!findings.ok()) {
        printError(findings.message());
        return kExitBadInput;
    }
    QTextStream out(stdout);
    // The words before the colon stay as they are in every language: scripts read them
    // (scripts/crash-soak.sh counts the "violation:" lines).
    for (const QString& note : findings->notes)
        out << "note: " << note << '\n';
    if (findings->ok()) {
        out << "ok: " << tr("the books of %1 reconcile").arg(directory) << '\n';
        return 0;
    }
    out << tr("%n violation(s) in %1:", nullptr, int(findings->violations.size())).arg(directory)
        << '\n';
    for (const QString& violation : findings->violations)
        out << "violation: " << violation << '\n';
    return kExitViolations;
}

} // namespace salesdesk::app
