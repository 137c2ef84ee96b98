#pragma once

#include <QStringList>

namespace salesdesk::app {

// `salesdesk-cli client request|serve|withdraw`: a storage client on a chain, for trying a host
// against a local chain and for tests.
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
// Exit codes: 0 done; 2 bad options or input (a wrong passphrase); 3 the chain or the network
// refused or did not answer.
int runClientCommand(const QStringList& arguments);

} // namespace salesdesk::app
