#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace salesdesk::app {

class SigningSession;

// `salesdesk-cli client request|serve|withdraw|deal|retrieve`: a storage client on a chain, for
// trying a host against a local chain and for tests.
//   request  --rpc URL --data-dir DIR --marketplace ADDRESS [ask options]
//            posts a storage request of generated data from the directory's wallet: approves the
//            Marketplace for the request's price, then requestStorage (both intents of the
//            transaction manager, so an interrupted run resumes), and keeps the request with its
//            slot roots in DIR/client-requests.json.
//   serve    --data-dir DIR [--listen ADDRESS] [--port N]
//            serves the data of every request in DIR over HTTP (DatasetServer) until SIGINT or
//            SIGTERM.
//   withdraw --rpc URL --data-dir DIR --marketplace ADDRESS --request ID
//            withdraws what the Marketplace holds for a request that ended (cancelled, failed or
//            finished) and prints the amount refunded.
//   deal     --rpc URL --data-dir DIR --provider URL --provider-address ADDRESS --deals ADDRESS
//            a direct deal with a provider's endpoint (ClientDealCommand).
//   retrieve --rpc URL --data-dir DIR --provider URL --provider-address ADDRESS
//            --channels ADDRESS --slot ID --out FILE
//            a paid retrieval from a provider's endpoint (ClientRetrieveCommand).
// Exit codes: 0 done; 2 bad options or input (a wrong passphrase); 3 the chain, the network or
// the provider refused or did not answer.
int runClientCommand(const QStringList& arguments);

// The exit code of a command the chain, the network or a provider refused.
constexpr int kExitRefused = 3;

// What `client deal` and `client retrieve` take of the options `client` parses for all its
// actions (they share one parser).
struct ClientRun {
    const QCommandLineParser& parser;
    QUrl rpc;
    QString dataDirectory;
    const QCommandLineOption& passphraseFile;
    const QCommandLineOption& duration;
    const QCommandLineOption& price;
    Address provider; // --provider-address
    QUrl providerUrl; // --provider
};

// The value of `option` as an amount of base units; nullopt after printing an error naming it.
std::optional<UInt256> amountOption(const QCommandLineParser& parser,
                                    const QCommandLineOption& option);
// The value of `option` as an account's or contract's address; nullopt after printing an error
// naming it (also when it is not given).
std::optional<Address> addressOption(const QCommandLineParser& parser,
                                     const QCommandLineOption& option);
// The session of the data directory's wallet (SigningSession::open); null after printing why,
// with the exit code in `exitCode` (2 for the user's input, 3 for the rest).
std::unique_ptr<SigningSession> openSigningSession(const ClientRun& run, int& exitCode);

} // namespace salesdesk::app
