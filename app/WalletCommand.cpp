#include "app/WalletCommand.h"

#include "app/AppOptions.h"
#include "app/PassphraseInput.h"
#include "core/chain/crypto/Eip55.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/chain/wallet/Wallet.h"
#include "core/clock/SystemClock.h"
#include "core/domain/AbiEncoder.h"
#include "core/domain/TokenAmount.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>

namespace salesdesk::app {

namespace {

constexpr int kExitFailed = 3;
constexpr qint64 kMaxKeyFile = 4096;

int exitCodeFor(const Error& error) {
    return error.code == ErrorCode::Io ? kExitFailed : kExitBadInput;
}

struct Options {
    QCommandLineOption help;
    QCommandLineOption dataDir;
    QCommandLineOption passphraseFile;
    QCommandLineOption keyFile;
    QCommandLineOption keystore;
    QCommandLineOption rpc;
    QCommandLineOption token;
};

Result<QString> passphrase(const QCommandLineParser& parser, const Options& options,
                           const QString& prompt, bool confirm) {
    return PassphraseInput::fromOptionOrTerminal(parser, options.passphraseFile, prompt, confirm);
}

Result<QByteArray> readSmallFile(const QString& path, const QString& what) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 %2: %3")
                             .arg(what, QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxKeyFile * 16)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 %2: %3 bytes").arg(what, path).arg(file.size()));
    return file.readAll();
}

// `new` or `import`: the account made, or why not.
Result<Address> createOrImport(Wallet& wallet, const QString& action,
                               const QCommandLineParser& parser, const Options& options) {
    // Before any passphrase is asked for.
    SD_TRY(wallet.checkVacant());
    if (action == QLatin1String("new")) {
        auto secret = passphrase(parser, options, WalletCommand::tr("New passphrase:"), true);
        if (!secret.ok())
            return secret.error();
        return wallet.create(*secret);
    }
    if (parser.isSet(options.keyFile) == parser.isSet(options.keystore))
        return makeError(ErrorCode::InvalidArgument,
                         WalletCommand::tr("wallet import takes either --key-file FILE or "
                                           "--keystore FILE"));
    if (parser.isSet(options.keyFile)) {
        auto text = readSmallFile(parser.value(options.keyFile),
                                  WalletCommand::tr("Cannot read the key file"));
        if (!text.ok())
            return text.error();
        auto key = PrivateKey::fromHex(*text);
        text->fill('\0');
        if (!key.ok())
            return key.error();
        auto secret = passphrase(parser, options, WalletCommand::tr("New passphrase:"), true);
        if (!secret.ok())
            return secret.error();
        return wallet.importKey(*key, *secret);
    }
    auto json = readSmallFile(parser.value(options.keystore),
                              WalletCommand::tr("Cannot read the keystore"));
    if (!json.ok())
        return json.error();
    auto secret =
        passphrase(parser, options, WalletCommand::tr("Passphrase of the keystore:"), false);
    if (!secret.ok())
        return secret.error();
    return wallet.importKeystore(*json, *secret);
}

} // namespace

int WalletCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "wallet: the host's chain account, kept encrypted as wallet.json in the data directory.\n"
        "  new      create an account with a new random key\n"
        "  import   take an existing key (--key-file) or keystore (--keystore, from geth or "
        "foundry)\n"
        "  address  print the account's address (no passphrase needed)\n"
        "  balance  print its balance in ETH (and of --token) from the node at --rpc\n"
        "Passphrases are asked on the terminal without echo, or read from --passphrase-file. "
        "A private key is never given on the command line, where it would stay in the shell's "
        "history: put it in a file for --key-file and delete the file after the import.\n"
        "Exit 0: done; 2: bad options or input, a wrong passphrase; 3: the wallet file cannot "
        "be written or the node does not answer."));
    const Options options{
        parser.addHelpOption(),
        QCommandLineOption(QStringLiteral("data-dir"), tr("The data directory holding the wallet."),
                           QStringLiteral("dir")),
        QCommandLineOption(QStringLiteral("passphrase-file"),
                           tr("Read the passphrase from the first line of <file> instead of the "
                              "terminal."),
                           QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("key-file"),
                           tr("With import: the file holding the private key as 64 hex digits."),
                           QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("keystore"),
                           tr("With import: a keystore file (Web3 Secret Storage v3) and its own "
                              "passphrase."),
                           QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("rpc"),
                           tr("With balance: the JSON-RPC URL of an Ethereum node."),
                           QStringLiteral("url")),
        QCommandLineOption(QStringLiteral("token"),
                           tr("With balance: also print the balance of this ERC-20 token."),
                           QStringLiteral("address")),
    };
    parser.addOptions({options.dataDir, options.passphraseFile, options.keyFile, options.keystore,
                       options.rpc, options.token});
    parser.addPositionalArgument(QStringLiteral("wallet"), tr("The command."),
                                 QStringLiteral("wallet"));
    parser.addPositionalArgument(QStringLiteral("action"), tr("new, import, address or balance"),
                                 QStringLiteral("new|import|address|balance"));
    if (!parseCommand(parser, arguments, options.help))
        return kExitBadInput;
    const QStringList positional = parser.positionalArguments();
    const QStringList actions{QStringLiteral("new"), QStringLiteral("import"),
                              QStringLiteral("address"), QStringLiteral("balance")};
    if (positional.size() != 2 || !actions.contains(positional[1]) ||
        !parser.isSet(options.dataDir)) {
        printError(tr("usage: salesdesk-cli wallet new|import|address|balance --data-dir DIR; see "
                      "salesdesk-cli wallet --help"));
        return kExitBadInput;
    }
    // The command prints its own errors; the RPC client's warnings would repeat them.
    QLoggingCategory::setFilterRules(QStringLiteral("salesdesk.*.debug=false\n"
                                                    "salesdesk.*.info=false\n"
                                                    "salesdesk.chain.jsonrpcclient.warning=false"));
    const QString action = positional[1];
    const QString directory = QDir::cleanPath(parser.value(options.dataDir));
    Wallet wallet(directory);
    QTextStream out(stdout);

    if (action == QLatin1String("new") || action == QLatin1String("import")) {
        const Result<Address> created = createOrImport(wallet, action, parser, options);
        if (!created.ok()) {
            printError(created.message());
            return exitCodeFor(created.error());
        }
        out << tr("Account %1 is in %2.\nKeep a copy of that file and its passphrase: without "
                  "both the account and its funds are lost.\n")
                   .arg(eip55::toChecksumHex(*created),
                        QDir::toNativeSeparators(wallet.filePath()));
        return 0;
    }

    const auto address = wallet.address();
    if (!address.ok()) {
        printError(address.message());
        return exitCodeFor(address.error());
    }
    if (action == QLatin1String("address")) {
        out << eip55::toChecksumHex(*address) << '\n';
        return 0;
    }

    // balance
    const QUrl url(parser.value(options.rpc));
    if (!parser.isSet(options.rpc) || !url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        printError(tr("wallet balance needs --rpc with an http:// or https:// URL"));
        return kExitBadInput;
    }
    std::optional<Address> token;
    if (parser.isSet(options.token)) {
        auto parsed = eip55::parse(parser.value(options.token));
        if (!parsed.ok()) {
            printError(tr("--token: %1").arg(parsed.message()));
            return kExitBadInput;
        }
        token = *parsed;
    }
    SystemClock clock;
    JsonRpcClient::Options rpcOptions;
    rpcOptions.maxAttempts = 2;
    rpcOptions.timeoutSeconds = 20;
    JsonRpcClient client(url, clock, rpcOptions);
    QList<RpcCall> calls{{QStringLiteral("eth_getBalance"), {address->toHex(), "latest"}, {}}};
    auto ethCall = [&](const QByteArray& data) {
        return RpcCall{QStringLiteral("eth_call"),
                       {QJsonObject{{QStringLiteral("to"), token->toHex()},
                                    {QStringLiteral("data"), rpc::toData(data)}},
                        "latest"},
                       {}};
    };
    if (token) {
        calls << ethCall(abi::encodeCall("balanceOf(address)", {abi::address(*address)}))
              << ethCall(abi::selector("decimals()"));
    }
    int exitCode = 0;
    client.batch(calls, nullptr, [&](const QList<RpcResult<QJsonValue>>& results) {
        for (const auto& result : results) {
            if (!result.ok()) {
                printError(tr("the node at %1 did not answer: %2")
                               .arg(url.toString(), result.error().describe()));
                exitCode = kExitFailed;
                QCoreApplication::exit(exitCode);
                return;
            }
        }
        const auto wei = rpc::parseJsonQuantity(results[0].value(), u"eth_getBalance result");
        if (!wei.ok()) {
            printError(wei.message());
            QCoreApplication::exit(exitCode = kExitFailed);
            return;
        }
        out << eip55::toChecksumHex(*address) << '\n'
            << tr("ETH: %1").arg(tokens::toPlainDecimal(
                   *wei, {QStringLiteral("Ether"), QStringLiteral("ETH"), 18}))
            << '\n';
        if (token) {
            const auto balance = rpc::parseJsonData(results[1].value(), u"balanceOf result");
            const auto decimals = rpc::parseJsonData(results[2].value(), u"decimals result");
            const auto amount = balance.ok() && balance->size() == 32
                                    ? uint256::fromBigEndian(*balance)
                                    : Result<UInt256>(makeError(ErrorCode::InvalidArgument, {}));
            const auto places = decimals.ok() && decimals->size() == 32
                                    ? uint256::fromBigEndian(*decimals)
                                    : Result<UInt256>(makeError(ErrorCode::InvalidArgument, {}));
            if (!amount.ok() || !places.ok() || *places > 77) {
                printError(tr("%1 did not answer balanceOf and decimals as an ERC-20 token does")
                               .arg(token->toHex()));
                QCoreApplication::exit(exitCode = kExitFailed);
                return;
            }
            const TokenInfo info{QString(), QString(), places->convert_to<quint8>()};
            out << tr("Token %1: %2 (%3 decimals)")
                       .arg(eip55::toChecksumHex(*token), tokens::toPlainDecimal(*amount, info))
                       .arg(info.decimals)
                << '\n';
        }
        out.flush();
        QCoreApplication::exit(exitCode);
    });
    return QCoreApplication::exec();
}

} // namespace salesdesk::app
