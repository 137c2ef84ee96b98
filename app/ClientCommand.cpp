#include "app/ClientCommand.h"

#include "app/AppOptions.h"
#include "app/ClientDealCommand.h"
#include "app/ClientRetrieveCommand.h"
#include "app/SigningSession.h"
#include "app/TerminationSignals.h"
#include "core/chain/client/ClientRequestFile.h"
#include "core/chain/client/DatasetServer.h"
#include "core/chain/client/GeneratedDataset.h"
#include "core/chain/crypto/Eip55.h"
#include "core/chain/market/ChainMarketRpc.h"
#include "core/chain/market/Erc20.h"
#include "core/chain/market/MarketplaceAnswers.h"
#include "core/chain/market/MarketplaceCalls.h"
#include "core/domain/TokenAmount.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <optional>

namespace salesdesk::app {

namespace {

struct Options {
    QCommandLineOption help;
    QCommandLineOption dataDir;
    QCommandLineOption rpc{QStringLiteral("rpc"), QStringLiteral("The chain's JSON-RPC URL."),
                           QStringLiteral("url")};
    QCommandLineOption marketplace{QStringLiteral("marketplace"),
                                   QStringLiteral("The Marketplace contract's address."),
                                   QStringLiteral("address")};
    QCommandLineOption passphraseFile{
        QStringLiteral("passphrase-file"),
        QStringLiteral("Read the wallet's passphrase from the first line of <file>."),
        QStringLiteral("file")};
    QCommandLineOption slots{QStringLiteral("slots"),
                             QStringLiteral("request: number of slots (default 3)."),
                             QStringLiteral("n"), QStringLiteral("3")};
    QCommandLineOption slotSize{
        QStringLiteral("slot-size"),
        QStringLiteral("request: bytes per slot (default 1048576, at most 2^40)."),
        QStringLiteral("bytes"), QStringLiteral("1048576")};
    QCommandLineOption duration{QStringLiteral("duration"),
                                QStringLiteral("request, deal: seconds of storage (default 3600)."),
                                QStringLiteral("seconds"), QStringLiteral("3600")};
    QCommandLineOption expiry{
        QStringLiteral("expiry"),
        QStringLiteral("request: seconds until it expires unless filled (default 600)."),
        QStringLiteral("seconds"), QStringLiteral("600")};
    QCommandLineOption price{
        QStringLiteral("price"),
        QStringLiteral("request: base units per byte per second paid to each host (default 1); "
                       "deal: to the provider (default: the least its ask takes)."),
        QStringLiteral("units"), QStringLiteral("1")};
    QCommandLineOption collateral{
        QStringLiteral("collateral"),
        QStringLiteral("request: base units of collateral per byte (default 1)."),
        QStringLiteral("units"), QStringLiteral("1")};
    QCommandLineOption proofProbability{
        QStringLiteral("proof-probability"),
        QStringLiteral("request: a proof about every <n> periods (default 1)."),
        QStringLiteral("n"), QStringLiteral("1")};
    QCommandLineOption maxSlotLoss{
        QStringLiteral("max-slot-loss"),
        QStringLiteral("request: slots that may be lost (default 1, 0 for one slot)."),
        QStringLiteral("n")};
    QCommandLineOption listen{QStringLiteral("listen"),
                              QStringLiteral("serve: the address to listen on (default "
                                             "127.0.0.1)."),
                              QStringLiteral("address"), QStringLiteral("127.0.0.1")};
    QCommandLineOption port{QStringLiteral("port"),
                            QStringLiteral("serve: the port (default 0: a free one, printed)."),
                            QStringLiteral("n"), QStringLiteral("0")};
    QCommandLineOption request{QStringLiteral("request"),
                               QStringLiteral("withdraw: the request's id (0x…)."),
                               QStringLiteral("id")};
    QCommandLineOption provider{
        QStringLiteral("provider"),
        QStringLiteral("deal, retrieve: the provider's endpoint (http://host:port)."),
        QStringLiteral("url")};
    QCommandLineOption providerAddress{
        QStringLiteral("provider-address"),
        QStringLiteral("deal, retrieve: the provider's account, which must have signed its ask "
                       "or terms (and which a channel pays)."),
        QStringLiteral("address")};
};

std::optional<QUrl> rpcUrl(const QCommandLineParser& parser, const Options& options) {
    const QUrl url(parser.value(options.rpc));
    if (!parser.isSet(options.rpc) || !url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        printError(QStringLiteral("this command needs --rpc with an http:// or https:// URL"));
        return std::nullopt;
    }
    return url;
}

std::optional<Address> marketplaceAddress(const QCommandLineParser& parser,
                                          const Options& options) {
    auto address = Address::fromHex(parser.value(options.marketplace));
    if (!parser.isSet(options.marketplace) || !address.ok()) {
        printError(QStringLiteral("this command needs --marketplace with the contract's address "
                                  "(0x and 40 hex digits)"));
        return std::nullopt;
    }
    return *address;
}

// The request the options describe, from `client`, with a random CID and nonce and the root of
// its generated data (its slot roots to `slotRoots`); nullopt (after printing why) when the
// options do not make a valid one.
std::optional<StorageRequest> requestOf(const QCommandLineParser& parser, const Options& options,
                                        const Address& client, std::vector<Hash32>& slotRoots) {
    StorageRequest request;
    request.client = client;
    const auto slots = wholeNumberOption(parser, options.slots, 1, 256);
    const auto slotSize = wholeNumberOption(parser, options.slotSize, 1, quint64(1) << 40);
    const auto duration =
        wholeNumberOption(parser, options.duration, 1, quint64(10) * 365 * 86'400);
    const auto expiry = wholeNumberOption(parser, options.expiry, 1, quint64(10) * 365 * 86'400);
    const auto probability = wholeNumberOption(parser, options.proofProbability, 1, 1'000'000);
    const auto price = amountOption(parser, options.price);
    const auto collateral = amountOption(parser, options.collateral);
    if (!slots || !slotSize || !duration || !expiry || !probability || !price || !collateral)
        return std::nullopt;
    std::optional<quint64> maxSlotLoss = *slots > 1 ? 1 : 0;
    if (parser.isSet(options.maxSlotLoss))
        maxSlotLoss = wholeNumberOption(parser, options.maxSlotLoss, 0, *slots);
    if (!maxSlotLoss)
        return std::nullopt;
    request.ask = StorageAsk{
        UInt256(*probability), *price, *collateral, *slots, *slotSize, *duration, *maxSlotLoss};
    request.expiry = *expiry;
    // A CIDv1 of raw data with a sha2-256 multihash of 32 random bytes: unique per request, which
    // is all a generated dataset needs of it.
    request.content.cid =
        QByteArray::fromHex("01551220") + Hash32::random(*QRandomGenerator::system()).toByteArray();
    request.nonce = Nonce::random(*QRandomGenerator::system());
    if (auto valid = request.validate(); !valid.ok()) {
        printError(valid.message());
        return std::nullopt;
    }
    return GeneratedDataset::withGeneratedRoot(request, &slotRoots);
}

// The token the Marketplace takes and pays in (its token() view), or why it could not be read.
void readToken(const ChainMarketRpc& views, std::function<void(const Result<Address>&)> done) {
    views.view(
        marketplace::token(), nullptr,
        [&views, done = std::move(done)](const MarketResult<QByteArray>& answer) {
            if (!answer.ok())
                return done(makeError(
                    ErrorCode::Io, QStringLiteral("the Marketplace at %1 did not name its "
                                                  "token: %2")
                                       .arg(views.marketplace().toHex(), answer.error().message)));
            const auto answers = MarketplaceAnswers::shared();
            if (!answers.ok())
                return done(answers.error());
            done((*answers)->address(u"token", *answer));
        });
}

int runRequest(const QCommandLineParser& parser, const Options& options,
               const QString& dataDirectory) {
    const auto url = rpcUrl(parser, options);
    const auto marketplace = url ? marketplaceAddress(parser, options) : std::nullopt;
    if (!marketplace)
        return kExitBadInput;
    auto opened = SigningSession::open(parser, options.passphraseFile, dataDirectory, *url);
    if (!opened.ok()) {
        printError(opened.message());
        return opened.code() == ErrorCode::Io ? kExitRefused : kExitBadInput;
    }
    SigningSession& session = **opened;
    std::vector<Hash32> slotRoots;
    const auto request = requestOf(parser, options, session.account(), slotRoots);
    if (!request)
        return kExitBadInput;
    const ClientRequestFile file(dataDirectory);
    if (auto saved = file.add({*request, slotRoots}); !saved.ok()) {
        printError(saved.message());
        return kExitRefused;
    }
    const RequestId id = request->id();
    const ChainMarketRpc views(session.rpc(), *marketplace, session.account());
    int exitCode = kExitRefused;
    auto fail = [](const QString& message) {
        printError(message);
        QCoreApplication::exit(kExitRefused);
    };
    session.start([&](const Result<void>& started) {
        if (!started.ok())
            return fail(started.message());
        readToken(views, [&](const Result<Address>& token) {
            if (!token.ok())
                return fail(token.message());
            const QString prefix = QStringLiteral("client/%1/").arg(id.toHex());
            session.send(
                prefix + QStringLiteral("approve"),
                {*token, erc20::approve(*marketplace, request->totalPrice()), UInt256(),
                 QStringLiteral("approve %1").arg(uint256::toDecimal(request->totalPrice()))},
                [&, prefix](const Result<TransactionReceipt>& approved) {
                    if (!approved.ok())
                        return fail(approved.message());
                    session.send(
                        prefix + QStringLiteral("request"),
                        {*marketplace, marketplace::requestStorage(*request), UInt256(),
                         QStringLiteral("requestStorage %1").arg(id.toHex())},
                        [&](const Result<TransactionReceipt>& posted) {
                            if (!posted.ok())
                                return fail(posted.message());
                            const QJsonObject report{
                                {QStringLiteral("requestId"), id.toHex()},
                                {QStringLiteral("cid"),
                                 DatasetServer::cidText(request->content.cid)},
                                {QStringLiteral("block"), QString::number(posted->blockNumber)},
                                {QStringLiteral("totalPrice"),
                                 uint256::toDecimal(request->totalPrice())}};
                            printLine(QStringLiteral("Requested %1 slots of %2 bytes for %3 s: "
                                                     "request %4 (block %5)")
                                          .arg(request->ask.slots)
                                          .arg(request->ask.slotSize)
                                          .arg(request->ask.duration)
                                          .arg(id.toHex())
                                          .arg(posted->blockNumber));
                            printLine(QString::fromUtf8(
                                QJsonDocument(report).toJson(QJsonDocument::Compact)));
                            exitCode = 0;
                            QCoreApplication::exit(0);
                        });
                });
        });
    });
    const int result = QCoreApplication::exec();
    return result == 0 ? exitCode : result;
}

int runServe(const QCommandLineParser& parser, const Options& options,
             const QString& dataDirectory) {
    const QHostAddress address(parser.value(options.listen));
    if (address.isNull()) {
        printError(QStringLiteral("--listen must be an IP address, not \"%1\"")
                       .arg(parser.value(options.listen)));
        return kExitBadInput;
    }
    const auto port = wholeNumberOption(parser, options.port, 0, 65'535);
    if (!port)
        return kExitBadInput;
    const auto entries = ClientRequestFile(dataDirectory).read();
    if (!entries.ok()) {
        printError(entries.message());
        return kExitBadInput;
    }
    DatasetServer server;
    for (const ClientRequestFile::Entry& entry : *entries)
        server.add(entry.request, entry.slotRoots);
    const auto listening = server.listen(address, quint16(*port));
    if (!listening.ok()) {
        printError(listening.message());
        return kExitRefused;
    }
    printLine(QStringLiteral("Serving %1 datasets at %2 (Ctrl+C stops)")
                  .arg(server.datasetCount())
                  .arg(server.baseUrl().toString()));
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::received, &termination, [&server](int) {
        printLine(QStringLiteral("Stopped after serving %1 bytes").arg(server.bytesServed()));
        QCoreApplication::exit(0);
    });
    return QCoreApplication::exec();
}

int runWithdraw(const QCommandLineParser& parser, const Options& options,
                const QString& dataDirectory) {
    const auto url = rpcUrl(parser, options);
    const auto marketplace = url ? marketplaceAddress(parser, options) : std::nullopt;
    if (!marketplace)
        return kExitBadInput;
    const auto id = RequestId::fromHex(parser.value(options.request));
    if (!id.ok()) {
        printError(QStringLiteral("withdraw needs --request with the request's id (0x and 64 hex "
                                  "digits)"));
        return kExitBadInput;
    }
    auto opened = SigningSession::open(parser, options.passphraseFile, dataDirectory, *url);
    if (!opened.ok()) {
        printError(opened.message());
        return opened.code() == ErrorCode::Io ? kExitRefused : kExitBadInput;
    }
    SigningSession& session = **opened;
    const ChainMarketRpc views(session.rpc(), *marketplace, session.account());
    int exitCode = kExitRefused;
    auto fail = [](const QString& message) {
        printError(message);
        QCoreApplication::exit(kExitRefused);
    };
    session.start([&](const Result<void>& started) {
        if (!started.ok())
            return fail(started.message());
        readToken(views, [&](const Result<Address>& token) {
            if (!token.ok())
                return fail(token.message());
            session.send(
                QStringLiteral("client/%1/withdraw").arg(id->toHex()),
                {*marketplace, marketplace::withdrawFunds(*id), UInt256(),
                 QStringLiteral("withdrawFunds %1").arg(id->toHex())},
                [&, token = *token](const Result<TransactionReceipt>& withdrawn) {
                    if (!withdrawn.ok())
                        return fail(withdrawn.message());
                    views.receiptLogs(
                        withdrawn->transactionHash, nullptr,
                        [&, token](const MarketResult<QList<ChainLog>>& logs) {
                            if (!logs.ok())
                                return fail(logs.error().message);
                            const auto moved =
                                erc20::amountsMoved(*logs, token, *marketplace, session.account());
                            if (!moved.ok())
                                return fail(moved.message());
                            UInt256 total;
                            for (const UInt256& part : *moved)
                                total += part;
                            printLine(QStringLiteral("Withdrew %1 base units for request %2")
                                          .arg(uint256::toDecimal(total), id->toHex()));
                            exitCode = 0;
                            QCoreApplication::exit(0);
                        });
                });
        });
    });
    const int result = QCoreApplication::exec();
    return result == 0 ? exitCode : result;
}

// `client deal` and `client retrieve`: what they share checked, then their own run.
template <typename Command>
int runWithProvider(const QCommandLineParser& parser, const Options& options,
                    const QString& dataDirectory, const Command& command) {
    const auto url = rpcUrl(parser, options);
    if (!url)
        return kExitBadInput;
    const QUrl providerUrl(parser.value(options.provider));
    if (!parser.isSet(options.provider) || !providerUrl.isValid() ||
        (providerUrl.scheme() != QLatin1String("http") &&
         providerUrl.scheme() != QLatin1String("https"))) {
        printError(QStringLiteral("this command needs --provider with the provider's endpoint, an "
                                  "http:// or https:// URL"));
        return kExitBadInput;
    }
    const auto provider = addressOption(parser, options.providerAddress);
    if (!provider)
        return kExitBadInput;
    return command.run(ClientRun{parser, *url, dataDirectory, options.passphraseFile,
                                 options.duration, options.price, *provider, providerUrl});
}

} // namespace

std::optional<UInt256> amountOption(const QCommandLineParser& parser,
                                    const QCommandLineOption& option) {
    auto value = uint256::parse(parser.value(option));
    if (!value.ok()) {
        printError(QStringLiteral("--%1: %2").arg(option.names().constFirst(), value.message()));
        return std::nullopt;
    }
    return *value;
}

std::optional<Address> addressOption(const QCommandLineParser& parser,
                                     const QCommandLineOption& option) {
    auto address = Address::fromHex(parser.value(option));
    if (!parser.isSet(option) || !address.ok()) {
        printError(QStringLiteral("this command needs --%1 with an address (0x and 40 hex digits)")
                       .arg(option.names().constFirst()));
        return std::nullopt;
    }
    return *address;
}

std::unique_ptr<SigningSession> openSigningSession(const ClientRun& run, int& exitCode) {
    auto opened = SigningSession::open(run.parser, run.passphraseFile, run.dataDirectory, run.rpc);
    if (!opened.ok()) {
        printError(opened.message());
        exitCode = opened.code() == ErrorCode::Io ? kExitRefused : kExitBadInput;
        return nullptr;
    }
    return std::move(*opened);
}

int runClientCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "client: a storage client on a chain, to try a host against a local chain.\n"
        "  request --rpc URL --data-dir DIR --marketplace ADDRESS [--slots N] [--slot-size B]\n"
        "          [--duration S] [--expiry S] [--price UNITS] [--collateral UNITS]\n"
        "          [--proof-probability N] [--max-slot-loss N] [--passphrase-file F]\n"
        "      posts a request of generated data from the directory's wallet (salesdesk-cli "
        "wallet new)\n"
        "  serve --data-dir DIR [--listen ADDRESS] [--port N]\n"
        "      serves the data of the directory's requests over HTTP until interrupted\n"
        "  withdraw --rpc URL --data-dir DIR --marketplace ADDRESS --request ID\n"
        "      withdraws what the Marketplace holds for an ended request\n"
        "  deal --rpc URL --data-dir DIR --provider URL --provider-address ADDRESS --deals "
        "ADDRESS\n"
        "       [--file F | --generated-size B] [--duration S] [--start-in S] [--price UNITS]\n"
        "      proposes a direct deal to the provider, funds the escrow and pushes the data\n"
        "  retrieve --rpc URL --data-dir DIR --provider URL --provider-address ADDRESS\n"
        "           --channels ADDRESS --slot ID --out FILE [--deposit UNITS]\n"
        "      retrieves a slot from the provider, paid over a payment channel\n"
        "Exit 0: done; 2: bad options or input, a wrong passphrase; 3: the chain, the network or "
        "the provider refused or did not answer."));
    const CommonOptions common;
    Options options{parser.addHelpOption(), common.dataDir};
    parser.addOptions({options.dataDir, options.rpc, options.marketplace, options.passphraseFile,
                       options.slots, options.slotSize, options.duration, options.expiry,
                       options.price, options.collateral, options.proofProbability,
                       options.maxSlotLoss, options.listen, options.port, options.request,
                       options.provider, options.providerAddress});
    const ClientDealCommand deal;
    const ClientRetrieveCommand retrieve;
    parser.addOptions(deal.options());
    parser.addOptions(retrieve.options());
    parser.addPositionalArgument(QStringLiteral("client"), QStringLiteral("The command."),
                                 QStringLiteral("client"));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("request, serve, withdraw, deal or retrieve."),
                                 QStringLiteral("request|serve|withdraw|deal|retrieve"));
    if (!parseCommand(parser, arguments, options.help))
        return kExitBadInput;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    const QStringList actions{QStringLiteral("request"), QStringLiteral("serve"),
                              QStringLiteral("withdraw"), QStringLiteral("deal"),
                              QStringLiteral("retrieve")};
    if (positional.size() != 2 || !actions.contains(action)) {
        printError(QStringLiteral("usage: salesdesk-cli client request|serve|withdraw|deal|"
                                  "retrieve --data-dir DIR ...; see salesdesk-cli client --help"));
        return kExitBadInput;
    }
    // What the command prints is the report; the engine's info lines would bury it.
    QLoggingCategory::setFilterRules(QStringLiteral("salesdesk.*.debug=false\n"
                                                    "salesdesk.*.info=false"));
    const QString dataDirectory = common.dataDirectory(parser);
    if (action == QLatin1String("request"))
        return runRequest(parser, options, dataDirectory);
    if (action == QLatin1String("serve"))
        return runServe(parser, options, dataDirectory);
    if (action == QLatin1String("deal"))
        return runWithProvider(parser, options, dataDirectory, deal);
    if (action == QLatin1String("retrieve"))
        return runWithProvider(parser, options, dataDirectory, retrieve);
    return runWithdraw(parser, options, dataDirectory);
}

} // namespace salesdesk::app
