#include "app/ChainDeployCommand.h"

#include "app/AppOptions.h"
#include "app/SigningSession.h"
#include "core/chain/crypto/Eip55.h"
#include "core/chain/deploy/MarketplaceDeployer.h"
#include "core/chain/tx/TransactionManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>
#include <QUrl>

namespace salesdesk::app {

namespace {

constexpr int kExitChainFailed = 3;

// The deployer's transactions as intents of the transaction manager, keyed by the chain, the
// deployment's name and the step ("deploy/31337/default/deploy Marketplace"), so sending a step
// again after an interruption answers how it ended instead of deploying twice.
class KeyedDeploySender final : public TransactionSender {
public:
    KeyedDeploySender(TransactionManager& manager, QString prefix)
        : m_manager(manager)
        , m_prefix(std::move(prefix)) {}

    Address account() const override { return m_manager.account(); }

    void submit(const OutgoingTransaction& transaction, const QObject* context,
                ReceiptCallback done) override {
        m_manager.send(m_prefix + transaction.label, transaction, context,
                       [done = std::move(done)](const TransactionOutcome& outcome) {
                           if (outcome.receipt)
                               return done(*outcome.receipt);
                           done(outcome.error.value_or(makeError(
                               ErrorCode::Io,
                               QStringLiteral("%1: %2").arg(outcome.label, outcome.describe()))));
                       });
    }

private:
    TransactionManager& m_manager;
    QString m_prefix;
};

struct DeployOptions {
    QCommandLineOption help;
    QCommandLineOption dataDir;
    QCommandLineOption rpc;
    QCommandLineOption passphraseFile;
    QCommandLineOption name;
    QCommandLineOption period;
    QCommandLineOption proofTimeout;
};

void printDeployment(const ChainDeployment& deployment, const MarketConfig& config) {
    QTextStream out(stdout);
    out << "Chain id:    " << deployment.chainId << '\n'
        << "Marketplace: " << eip55::toChecksumHex(deployment.marketplace) << " (created in block "
        << deployment.marketplaceBlock << ", proof period " << config.periodSeconds << " s)\n"
        << "Token:       " << eip55::toChecksumHex(deployment.token) << ' '
        << deployment.tokenInfo.symbol << " (" << deployment.tokenInfo.name << ", "
        << deployment.tokenInfo.decimals << " decimals)\n"
        << "Verifier:    " << eip55::toChecksumHex(deployment.verifier) << '\n'
        << "Deployment:  "
        << QString::fromUtf8(QJsonDocument(deployment.toJson()).toJson(QJsonDocument::Compact))
        << '\n';
    out.flush();
}

} // namespace

int runChainDeployCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "chain deploy: deploys our contracts (TestToken, ProofVerifier, Marketplace) to the chain "
        "at --rpc from the wallet of --data-dir (salesdesk-cli wallet new|import), which pays the "
        "gas. Running it again after an interruption takes the deployment up where it stopped; "
        "after a finished deployment it prints the same addresses and sends nothing.\n"
        "Exit 0: deployed; 2: bad options or input, a wrong passphrase; 3: the chain refused or "
        "did not answer."));
    const CommonOptions common;
    DeployOptions options{
        parser.addHelpOption(),
        common.dataDir,
        QCommandLineOption(QStringLiteral("rpc"), QStringLiteral("The chain's JSON-RPC URL."),
                           QStringLiteral("url")),
        QCommandLineOption(QStringLiteral("passphrase-file"),
                           QStringLiteral("Read the wallet's passphrase from the first line of "
                                          "<file> instead of the terminal."),
                           QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("name"),
                           QStringLiteral("The deployment's name, to deploy more than once from "
                                          "one wallet (default: default)."),
                           QStringLiteral("name"), QStringLiteral("default")),
        QCommandLineOption(QStringLiteral("period"),
                           QStringLiteral("Seconds per proof period (default: 120)."),
                           QStringLiteral("seconds")),
        QCommandLineOption(QStringLiteral("proof-timeout"),
                           QStringLiteral("Seconds after a period in which a missed proof can be "
                                          "reported (default: 30)."),
                           QStringLiteral("seconds")),
    };
    parser.addOptions({options.dataDir, options.rpc, options.passphraseFile, options.name,
                       options.period, options.proofTimeout});
    parser.addPositionalArgument(QStringLiteral("chain"), QStringLiteral("The command."),
                                 QStringLiteral("chain"));
    parser.addPositionalArgument(QStringLiteral("deploy"), QStringLiteral("Deploy the contracts."),
                                 QStringLiteral("deploy"));
    if (!parseCommand(parser, arguments, options.help))
        return kExitBadInput;
    if (parser.positionalArguments().size() != 2) {
        printError(QStringLiteral("usage: salesdesk-cli chain deploy --rpc URL --data-dir DIR "
                                  "[--passphrase-file FILE] [--name NAME]"));
        return kExitBadInput;
    }
    const QUrl url(parser.value(options.rpc));
    if (!parser.isSet(options.rpc) || !url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        printError(QStringLiteral("chain deploy needs --rpc with an http:// or https:// URL"));
        return kExitBadInput;
    }
    const QString name = parser.value(options.name);
    if (name.isEmpty() || name.size() > 64 || name.contains(QLatin1Char('/'))) {
        printError(QStringLiteral("--name must be 1 to 64 characters without \"/\""));
        return kExitBadInput;
    }
    MarketConfig config;
    if (parser.isSet(options.period)) {
        const auto seconds = wholeNumberOption(parser, options.period, 10, 86'400);
        if (!seconds)
            return kExitBadInput;
        config.periodSeconds = *seconds;
    }
    if (parser.isSet(options.proofTimeout)) {
        // The contract refuses a timeout past 31 minutes (Proofs_TimeoutTooLong).
        const auto seconds = wholeNumberOption(parser, options.proofTimeout, 1, 31 * 60);
        if (!seconds)
            return kExitBadInput;
        config.proofTimeout = *seconds;
    }

    // What the command prints is the report; the engine's info lines would bury it.
    QLoggingCategory::setFilterRules(QStringLiteral("salesdesk.*.debug=false\n"
                                                    "salesdesk.*.info=false"));
    const QString dataDirectory = common.dataDirectory(parser);
    auto opened = SigningSession::open(parser, options.passphraseFile, dataDirectory, url);
    if (!opened.ok()) {
        printError(opened.message());
        return opened.code() == ErrorCode::Io ? kExitChainFailed : kExitBadInput;
    }
    SigningSession& session = **opened;
    QTextStream out(stdout);
    int exitCode = kExitChainFailed;
    std::unique_ptr<KeyedDeploySender> sender;
    std::unique_ptr<MarketplaceDeployer> deployer;

    session.start([&](const Result<void>& started) {
        if (!started.ok()) {
            printError(started.message());
            return QCoreApplication::exit(kExitChainFailed);
        }
        sender = std::make_unique<KeyedDeploySender>(
            session.manager(), QStringLiteral("deploy/%1/%2/").arg(session.chainId()).arg(name));
        deployer = std::make_unique<MarketplaceDeployer>(session.rpc(), *sender);
        out << "Deploying from " << eip55::toChecksumHex(session.account()) << " to chain "
            << session.chainId() << " at " << url.toString() << '\n';
        out.flush();
        QObject::connect(deployer.get(), &MarketplaceDeployer::progress, deployer.get(),
                         [&out](const QString& step) {
                             out << "  " << step << '\n';
                             out.flush();
                         });
        deployer->deploy(MarketplaceDeployer::Plan{config, {}}, deployer.get(),
                         [&](const Result<ChainDeployment>& deployed) {
                             if (!deployed.ok()) {
                                 printError(deployed.message());
                                 return QCoreApplication::exit(kExitChainFailed);
                             }
                             printDeployment(*deployed, config);
                             exitCode = 0;
                             QCoreApplication::exit(0);
                         });
    });
    const int result = QCoreApplication::exec();
    deployer.reset();
    sender.reset();
    return result == 0 ? exitCode : result;
}

} // namespace salesdesk::app
