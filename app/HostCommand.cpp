#include "app/HostCommand.h"

#include "app/AppOptions.h"
#include "app/HostRetrieval.h"
#include "app/PassphraseInput.h"
#include "app/TerminationSignals.h"
#include "core/chain/crypto/Eip55.h"
#include "core/chain/deals/DealRunner.h"
#include "core/chain/deals/DealServer.h"
#include "core/chain/retrieval/RetrievalService.h"
#include "core/chain/wallet/Wallet.h"
#include "core/clock/SystemClock.h"
#include "core/desk/Desk.h"
#include "core/reservations/Reservations.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/storage/Repo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace salesdesk::app {

namespace {

constexpr int kExitFailed = 1;
constexpr quint64 kMaxRunSeconds = quint64(365) * 24 * 3600;

struct Options {
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
                               HostCommand::tr("The host's data directory: its wallet, its books "
                                               "and its slot data."),
                               QStringLiteral("dir")};
    QCommandLineOption rpcUrl{{QStringLiteral("rpc-url"), QStringLiteral("rpc")},
                              HostCommand::tr("The chain's JSON-RPC URL (http:// or https://)."),
                              QStringLiteral("url")};
    QCommandLineOption chainId{QStringLiteral("chain-id"),
                               HostCommand::tr("The chain id the node must serve."),
                               QStringLiteral("n")};
    QCommandLineOption marketplace{QStringLiteral("marketplace"),
                                   HostCommand::tr("The Marketplace contract's address."),
                                   QStringLiteral("address")};
    QCommandLineOption startBlock{
        QStringLiteral("start-block"),
        HostCommand::tr("The first block to read the Marketplace's events from (its deployment; "
                        "default 0)."),
        QStringLiteral("block"), QStringLiteral("0")};
    QCommandLineOption confirmations{
        QStringLiteral("confirmations"),
        HostCommand::tr("Blocks an event must be under before it counts (default 0)."),
        QStringLiteral("n"), QStringLiteral("0")};
    QCommandLineOption pollSeconds{
        QStringLiteral("poll-seconds"),
        HostCommand::tr("Seconds between two reads of new blocks (default 4)."),
        QStringLiteral("seconds"), QStringLiteral("4")};
    QCommandLineOption passphraseFile{
        QStringLiteral("passphrase-file"),
        HostCommand::tr("Read the wallet's passphrase from the first line of <file> (default: ask "
                        "on the terminal)."),
        QStringLiteral("file")};
    QCommandLineOption offer{
        QStringLiteral("offer"),
        HostCommand::tr("When the directory offers nothing yet, offer <size,duration,min-price,"
                        "collateral>: bytes, the longest sale in seconds, base units per byte per "
                        "second at least, and the base units of collateral for all of it."),
        QStringLiteral("size,duration,min-price,collateral")};
    QCommandLineOption generated{
        QStringLiteral("generated"),
        HostCommand::tr("Count each slot's data as generated instead of writing it to disk (the "
                        "demo's way; proofs are made from the generator).")};
    QCommandLineOption runSeconds{
        QStringLiteral("run-seconds"),
        HostCommand::tr("Stop after <seconds> of real time (default: run until SIGINT/SIGTERM)."),
        QStringLiteral("seconds")};
    QCommandLineOption directDeals{
        QStringLiteral("direct-deals"),
        HostCommand::tr("Take direct deals on the DirectDeals contract at <address> (docs/"
                        "deals.md), on the terms of --deal-ask."),
        QStringLiteral("address")};
    QCommandLineOption dealAsk{
        QStringLiteral("deal-ask"),
        HostCommand::tr("The direct deals' ask: a JSON file as GET /salesdesk/v1/deals/ask "
                        "answers it under \"ask\" (prices, collateral, sizes, durations, start "
                        "lead)."),
        QStringLiteral("file")};
    QCommandLineOption dealsPort{
        QStringLiteral("deals-port"),
        HostCommand::tr("The port the direct-deal endpoint listens on, on 127.0.0.1 (default 0: "
                        "a free port, printed)."),
        QStringLiteral("port"), QStringLiteral("0")};
};

QString saleName(const SalesData& data) {
    return QStringLiteral("%1/%2").arg(data.requestId.toHex()).arg(data.slotIndex);
}

std::optional<NewAvailability> offerOf(const QString& text) {
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4) {
        printError(HostCommand::tr("--offer takes size,duration,min-price,collateral (four "
                                   "numbers), not \"%1\"")
                       .arg(text));
        return std::nullopt;
    }
    bool sizeOk = false;
    bool durationOk = false;
    NewAvailability offer;
    offer.totalSize = parts[0].trimmed().toULongLong(&sizeOk);
    offer.duration = parts[1].trimmed().toULongLong(&durationOk);
    auto price = uint256::parse(parts[2].trimmed());
    auto collateral = uint256::parse(parts[3].trimmed());
    if (!sizeOk || offer.totalSize == 0 || !durationOk || offer.duration == 0 || !price.ok() ||
        !collateral.ok()) {
        printError(HostCommand::tr("--offer: size and duration must be whole numbers above 0, "
                                   "min-price and collateral whole numbers of base units, not "
                                   "\"%1\"")
                       .arg(text));
        return std::nullopt;
    }
    offer.minPricePerBytePerSecond = *price;
    offer.totalCollateral = *collateral;
    return offer;
}

// Every sale's transitions and ends, one line each on stdout.
void logTransitions(Desk& desk) {
    Sales& sales = desk.engine().sales();
    QObject::connect(&sales, &Sales::agentStarted, &desk, [](SalesAgent* agent) {
        printLine(HostCommand::tr("sale %1: started").arg(saleName(agent->data())));
    });
    QObject::connect(&sales, &Sales::agentStateChanged, &desk,
                     [](SalesAgent* agent, SaleStateKind from, SaleStateKind to) {
                         printLine(HostCommand::tr("sale %1: %2 -> %3")
                                       .arg(saleName(agent->data()), toString(from), toString(to)));
                     });
    QObject::connect(&sales, &Sales::agentFinished, &desk,
                     [](SalesAgent* agent, const SaleOutcome& outcome) {
                         printLine(HostCommand::tr("sale %1: ended %2%3")
                                       .arg(saleName(agent->data()), toString(outcome.state),
                                            outcome.error.isEmpty()
                                                ? QString()
                                                : QStringLiteral(" (%1)").arg(outcome.error)));
                     });
    QObject::connect(&sales, &Sales::saleSettled, &desk,
                     [](const RequestId& request, quint64 slotIndex, const SaleOutcome& outcome) {
                         printLine(HostCommand::tr("sale %1/%2: settled at start as %3")
                                       .arg(request.toHex())
                                       .arg(slotIndex)
                                       .arg(toString(outcome.state)));
                     });
}

// --direct-deals and --deal-ask: what Desk::startDeals takes (the chain's part is the desk's).
std::optional<DealService::Options> dealOptionsOf(const QCommandLineParser& parser,
                                                  const Options& options) {
    if (!parser.isSet(options.directDeals) || !parser.isSet(options.dealAsk)) {
        printError(HostCommand::tr("--direct-deals and --deal-ask go together"));
        return std::nullopt;
    }
    DealService::Options deals;
    auto contract = Address::fromHex(parser.value(options.directDeals));
    if (!contract.ok()) {
        printError(HostCommand::tr("--direct-deals must be the contract's address (0x and 40 hex "
                                   "digits), not \"%1\"")
                       .arg(parser.value(options.directDeals)));
        return std::nullopt;
    }
    deals.contract = *contract;
    QFile file(parser.value(options.dealAsk));
    if (!file.open(QIODevice::ReadOnly)) {
        printError(HostCommand::tr("--deal-ask: cannot read %1: %2")
                       .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    auto ask = document.isObject()
                   ? DealAsk::fromJson(document.object())
                   : Result<DealAsk>(makeError(ErrorCode::InvalidArgument,
                                               parseError.error != QJsonParseError::NoError
                                                   ? parseError.errorString()
                                                   : QStringLiteral("not a JSON object")));
    if (!ask.ok()) {
        printError(HostCommand::tr("--deal-ask: %1: %2")
                       .arg(QDir::toNativeSeparators(file.fileName()), ask.message()));
        return std::nullopt;
    }
    deals.ask = *ask;
    deals.rules.acceptDeals = true;
    const auto port = wholeNumberOption(parser, options.dealsPort, 0, 65535);
    if (!port)
        return std::nullopt;
    deals.port = quint16(*port);
    return deals;
}

// Starts the direct deals and says where they listen; false after saying why not.
bool startDeals(Desk& desk, const DealService::Options& deals) {
    const auto started = desk.startDeals(deals);
    if (!started.ok()) {
        printError(HostCommand::tr("cannot take direct deals: %1").arg(started.message()));
        return false;
    }
    printLine(HostCommand::tr("direct deals at %1").arg(desk.deals()->baseUrl().toString()));
    // Each deal's state changes, one line each.
    auto printed = std::make_shared<QHash<Hash32, Deal::State>>();
    auto print = [&desk, printed](const Hash32& id) {
        const auto deal = desk.deals()->book().find(id);
        if (!deal.ok() || (printed->contains(id) && printed->value(id) == deal->state))
            return;
        printed->insert(id, deal->state);
        printLine(HostCommand::tr("deal %1: %2%3")
                      .arg(id.toHex(), Deal::stateName(deal->state),
                           deal->reason.isEmpty() ? QString()
                                                  : QStringLiteral(" (%1)").arg(deal->reason)));
    };
    QObject::connect(&desk.deals()->server(), &DealServer::dealChanged, &desk, print);
    QObject::connect(&desk.deals()->runner(), &DealRunner::dealChanged, &desk, print);
    return true;
}

} // namespace

int HostCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("host: sells storage on a chain by RPC URL without a window. Opens the data directory's "
           "books (bound to the chain id and Marketplace at the first run), unlocks its wallet "
           "(salesdesk-cli wallet new or import), offers --offer when nothing is offered yet, "
           "recovers what an earlier run left and sells; every sale's transitions go to stdout. "
           "Stops cleanly after --run-seconds or on SIGINT/SIGTERM.\n"
           "Exit 0: stopped as asked; 1: the desk could not open or start (the node does not "
           "answer or serves another chain, no Marketplace at the address, a data directory in use "
           "or keeping another network's books); 2: bad options, no wallet, a wrong passphrase."));
    const Options options;
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOptions({options.dataDir, options.rpcUrl, options.chainId, options.marketplace,
                       options.startBlock, options.confirmations, options.pollSeconds,
                       options.passphraseFile, options.offer, options.generated, options.runSeconds,
                       options.directDeals, options.dealAsk, options.dealsPort});
    const HostRetrieval retrievalOptions;
    parser.addOptions(retrievalOptions.options());
    parser.addPositionalArgument(QStringLiteral("host"), tr("The command."),
                                 QStringLiteral("host"));
    if (!parseCommand(parser, arguments, help))
        return kExitBadInput;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(options.dataDir) ||
        !parser.isSet(options.rpcUrl) || !parser.isSet(options.chainId) ||
        !parser.isSet(options.marketplace)) {
        printError(tr(
            "usage: salesdesk-cli host --rpc-url URL --chain-id N --marketplace ADDRESS "
            "--data-dir DIR [--start-block B] [--confirmations C] [--poll-seconds S] "
            "[--passphrase-file FILE] [--offer SIZE,DURATION,MIN_PRICE,COLLATERAL] [--generated] "
            "[--run-seconds S] [--direct-deals ADDRESS --deal-ask FILE [--deals-port P]] "
            "[--retrieval-channels ADDRESS --retrieval-terms FILE [--retrieval-port P] "
            "[--claim-threshold AMOUNT]]"));
        return kExitBadInput;
    }
    const QUrl url(parser.value(options.rpcUrl));
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        printError(tr("--rpc-url must be an http:// or https:// URL, not \"%1\"")
                       .arg(parser.value(options.rpcUrl)));
        return kExitBadInput;
    }
    auto marketplace = Address::fromHex(parser.value(options.marketplace));
    if (!marketplace.ok()) {
        printError(tr("--marketplace must be the contract's address (0x and 40 hex "
                      "digits), not \"%1\"")
                       .arg(parser.value(options.marketplace)));
        return kExitBadInput;
    }
    const auto chainId = wholeNumberOption(parser, options.chainId, 1, quint64(1) << 53);
    const auto startBlock = wholeNumberOption(parser, options.startBlock, 0, quint64(1) << 53);
    const auto confirmations = wholeNumberOption(parser, options.confirmations, 0, 1000);
    const auto pollSeconds = wholeNumberOption(parser, options.pollSeconds, 1, 3600);
    std::optional<quint64> runSeconds;
    if (parser.isSet(options.runSeconds)) {
        runSeconds = wholeNumberOption(parser, options.runSeconds, 1, kMaxRunSeconds);
        if (!runSeconds)
            return kExitBadInput;
    }
    if (!chainId || !startBlock || !confirmations || !pollSeconds)
        return kExitBadInput;
    std::optional<DealService::Options> deals;
    if (parser.isSet(options.directDeals) || parser.isSet(options.dealAsk)) {
        deals = dealOptionsOf(parser, options);
        if (!deals)
            return kExitBadInput;
    }
    std::optional<HostRetrieval::Offer> retrieval;
    if (retrievalOptions.anySet(parser)) {
        retrieval = retrievalOptions.offerOf(parser);
        if (!retrieval)
            return kExitBadInput;
    }
    std::optional<NewAvailability> offer;
    if (parser.isSet(options.offer)) {
        offer = offerOf(parser.value(options.offer));
        if (!offer)
            return kExitBadInput;
    }

    QLoggingCategory::setFilterRules(QStringLiteral("salesdesk.*.debug=false\n"
                                                    "salesdesk.*.info=false"));
    const QString directory = QDir::cleanPath(parser.value(options.dataDir));
    // The wallet first: no wallet or a wrong passphrase is said before the node is asked anything.
    auto wallet = std::make_shared<Wallet>(directory);
    auto address = wallet->address();
    if (!address.ok()) {
        printError(address.message());
        return kExitBadInput;
    }
    const auto passphrase = PassphraseInput::fromOptionOrTerminal(
        parser, options.passphraseFile, tr("Passphrase of %1:").arg(eip55::toChecksumHex(*address)),
        false);
    if (!passphrase.ok()) {
        printError(passphrase.message());
        return kExitBadInput;
    }
    if (auto unlocked = wallet->unlock(*passphrase); !unlocked.ok()) {
        printError(unlocked.message());
        return kExitBadInput;
    }
    auto account = ChainAccount::ofWallet(wallet);
    if (!account.ok()) {
        printError(account.message());
        return kExitBadInput;
    }

    NetworkDeskOptions deskOptions;
    deskOptions.engine.dataDirectory = directory;
    deskOptions.engine.hooks.storeData = !parser.isSet(options.generated);
    deskOptions.chain.rpcUrl = url;
    deskOptions.chain.chainId = *chainId;
    deskOptions.chain.marketplace = *marketplace;
    deskOptions.chain.startBlock = *startBlock;
    deskOptions.chain.confirmations = *confirmations;
    deskOptions.chain.pollSeconds = qint64(*pollSeconds);
    if (deals)
        deskOptions.chain.directDeals = deals->contract;
    if (retrieval)
        deskOptions.chain.retrievalChannels = retrieval->channels;

    SystemClock clock;
    std::unique_ptr<Desk> desk;
    bool stopping = false;
    // A clean stop: the engine stops where it is; what it sent is in its books and on chain.
    auto stopCleanly = [&desk, &stopping] {
        if (stopping)
            return;
        stopping = true;
        if (!desk)
            return QCoreApplication::exit(0);
        printLine(tr("stopping"));
        desk->stopWhenSettled([] { QCoreApplication::exit(0); });
    };
    TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &TerminationSignals::received, &terminationSignals,
                     stopCleanly);
    if (runSeconds)
        QTimer::singleShot(std::chrono::seconds(*runSeconds), &terminationSignals, stopCleanly);

    printLine(tr("host %1 opening %2 on chain %3 at %4")
                  .arg(eip55::toChecksumHex(*address), QDir::toNativeSeparators(directory))
                  .arg(*chainId)
                  .arg(url.toString()));
    // From the event loop: an answer at once (a directory in use) may then end it.
    QTimer::singleShot(0, &terminationSignals, [&, account = std::move(*account)]() mutable {
        Desk::openNetwork(
            clock, deskOptions, std::move(account),
            [&desk, &stopping, offer, deals, retrieval](Result<std::unique_ptr<Desk>> opened) {
                if (!opened.ok()) {
                    printError(tr("cannot open the desk: %1").arg(opened.message()));
                    return QCoreApplication::exit(kExitFailed);
                }
                if (stopping)
                    return QCoreApplication::exit(0);
                desk = std::move(*opened);
                if (offer) {
                    auto offered = desk->offerIfNothingOffered(*offer);
                    if (!offered.ok()) {
                        printError(tr("cannot offer storage: %1").arg(offered.message()));
                        return QCoreApplication::exit(kExitBadInput);
                    }
                    if (*offered)
                        printLine(tr("offered %1 bytes").arg(offer->totalSize));
                }
                logTransitions(*desk);
                desk->start([&desk, deals, retrieval](Result<void> started) {
                    if (!started.ok()) {
                        printError(tr("the desk cannot start selling: %1").arg(started.message()));
                        return QCoreApplication::exit(kExitFailed);
                    }
                    printLine(tr("selling"));
                    if (deals && !startDeals(*desk, *deals))
                        return QCoreApplication::exit(kExitFailed);
                    if (retrieval && !HostRetrieval::start(*desk, *retrieval))
                        return QCoreApplication::exit(kExitFailed);
                });
            });
    });
    const int code = QCoreApplication::exec();
    if (desk)
        desk->stop();
    if (code == 0)
        printLine(tr("stopped"));
    return code;
}

} // namespace salesdesk::app
