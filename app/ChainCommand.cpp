#include "app/ChainCommand.h"

#include "app/AppOptions.h"
#include "app/ChainDeployCommand.h"
#include "app/TerminationSignals.h"
#include "core/chain/local/LocalChain.h"
#include "core/domain/TokenAmount.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

namespace salesdesk::app {

namespace {

constexpr int kExitChainFailed = 3;

void printChain(const LocalChain& chain, quint64 balanceEther, quint64 blocks) {
    QTextStream out(stdout);
    out << "Local test chain (anvil " << chain.anvil().binary() << ")\n"
        << "RPC URL:     " << chain.rpcUrl().toString() << '\n'
        << "WebSocket:   " << chain.webSocketUrl().toString() << '\n'
        << "Chain id:    " << chain.chainId() << '\n'
        << "Blocks:      " << blocks << " mined at start\n";
    QString tokens;
    if (const auto& deployment = chain.deployment()) {
        const TokenInfo& token = deployment->tokenInfo;
        out << "Marketplace: " << deployment->marketplace.toHex() << " (created in block "
            << deployment->marketplaceBlock << ", proof period "
            << chain.options().market.periodSeconds << " s)\n"
            << "Token:       " << deployment->token.toHex() << ' ' << token.symbol << " ("
            << token.name << ", " << token.decimals << " decimals)\n"
            << "Verifier:    " << deployment->verifier.toHex() << '\n'
            << "Deployment:  "
            << QString::fromUtf8(QJsonDocument(deployment->toJson()).toJson(QJsonDocument::Compact))
            << '\n';
        tokens = QStringLiteral(" and %1").arg(
            tokens::formatExact(chain.options().tokensPerAccount, token, QLocale::c()));
    }
    out << "Funded test accounts, " << balanceEther << " ETH" << tokens
        << " each (publicly known keys: use them on this chain only):\n";
    int index = 0;
    for (const AnvilProcess::Account& account : chain.accounts())
        out << QStringLiteral("  %1  %2  key 0x%3\n")
                   .arg(index++, 2)
                   .arg(account.address.toHex(), QString::fromLatin1(account.privateKey.toHex()));
    out << "Running until interrupted (Ctrl+C).\n";
    out.flush();
}

} // namespace

int runChainCommand(const QStringList& arguments) {
    if (arguments.size() > 2 && arguments[2] == QLatin1String("deploy"))
        return runChainDeployCommand(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "chain start: runs a local test chain (anvil) on a free port of 127.0.0.1 until "
        "interrupted, and prints its RPC URL, chain id, our contracts and funded test "
        "accounts.\nExit 0: stopped "
        "by SIGINT or SIGTERM; 2: bad options; 3: the chain could not start or died."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption blockTime(
        QStringLiteral("block-time"),
        QStringLiteral("Mine a block every <seconds> seconds (default: a block per transaction)."),
        QStringLiteral("seconds"));
    parser.addOption(blockTime);
    parser.addPositionalArgument(QStringLiteral("chain"), QStringLiteral("The command."),
                                 QStringLiteral("chain"));
    parser.addPositionalArgument(QStringLiteral("start"), QStringLiteral("Start a local chain."),
                                 QStringLiteral("start"));
    if (!parseCommand(parser, arguments, help))
        return kExitBadInput;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional[1] != QLatin1String("start")) {
        printError(QStringLiteral("usage: salesdesk-cli chain start [--block-time SECONDS], or "
                                  "salesdesk-cli chain deploy --rpc URL --data-dir DIR (see "
                                  "salesdesk-cli chain deploy --help)"));
        return kExitBadInput;
    }
    LocalChain::Options options;
    if (parser.isSet(blockTime)) {
        bool ok = false;
        const qint64 seconds = parser.value(blockTime).toLongLong(&ok);
        if (!ok || seconds < 1 || seconds > 86'400) {
            printError(QStringLiteral("--block-time must be a whole number of seconds from 1 to "
                                      "86400, not \"%1\"")
                           .arg(parser.value(blockTime)));
            return kExitBadInput;
        }
        options.anvil.blockTimeSeconds = seconds;
    }

    QLoggingCategory::setFilterRules(QStringLiteral("salesdesk.*.debug=false\n"
                                                    "salesdesk.*.info=false"));
    TerminationSignals terminationSignals;
    LocalChain chain(options);
    int exitCode = 0;
    bool stopping = false;
    QObject::connect(&terminationSignals, &TerminationSignals::received, &chain, [&](int) {
        if (stopping)
            return;
        stopping = true;
        if (!chain.isRunning()) {
            QCoreApplication::exit(exitCode);
            return;
        }
        chain.stop();
    });
    QObject::connect(&chain.anvil(), &AnvilProcess::stopped, &chain,
                     [&] { QCoreApplication::exit(exitCode); });
    QObject::connect(&chain, &LocalChain::exitedUnexpectedly, &chain, [&](const QString& message) {
        printError(message);
        QCoreApplication::exit(kExitChainFailed);
    });
    chain.start(&chain, [&](const Result<void>& started) {
        if (!started.ok()) {
            printError(started.message());
            QCoreApplication::exit(kExitChainFailed);
            return;
        }
        if (stopping) {
            chain.stop();
            return;
        }
        printChain(chain, options.anvil.balanceEther, options.initialBlocks);
    });
    return QCoreApplication::exec();
}

} // namespace salesdesk::app
