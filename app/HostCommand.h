#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace salesdesk::app {

// `salesdesk-cli host`: the sales engine without a window on a chain by RPC URL
// (Desk::openNetwork), signing with the data directory's wallet.
//   host --rpc-url URL --chain-id N --marketplace ADDRESS --data-dir DIR [--start-block B]
//        [--confirmations C] [--poll-seconds S] [--passphrase-file F]
//        [--offer SIZE,DURATION,MIN_PRICE,COLLATERAL] [--generated] [--run-seconds S]
// Offers storage (when --offer is given and the directory has no availability yet), recovers
// what an earlier run left, sells, prints every sale's transitions on stdout, and stops cleanly
// (Desk::stopWhenSettled) after --run-seconds or on SIGINT/SIGTERM.
// Exit codes: 0 stopped as asked; 1 the desk could not open or start (the node does not answer
// or serves another chain, no Marketplace at the address, a data directory in use or keeping
// another network's books); 2 bad options, no wallet, a wrong passphrase.
class HostCommand {
    Q_DECLARE_TR_FUNCTIONS(HostCommand)
public:
    static int run(const QStringList& arguments);
};

} // namespace salesdesk::app
