#pragma once

#include <QStringList>

namespace salesdesk::app {

// `salesdesk-cli chain deploy --rpc URL --data-dir DIR [--passphrase-file F] [--name NAME]
// [--period S] [--proof-timeout S]`: deploys our contracts (TestToken, ProofVerifier,
// Marketplace) to the chain at URL from the data directory's wallet, through the transaction
// manager: each deployment transaction is an intent named after the chain, NAME and the step, so
// a deployment cut short (a crash, Ctrl+C, a node that went away) is taken up where it stopped
// when the same command runs again, and a finished one is printed again without sending
// anything. Prints the addresses and the deployment as one JSON line.
// Exit codes: 0 deployed; 2 bad options or input (a wrong passphrase); 3 the chain refused or
// did not answer.
int runChainDeployCommand(const QStringList& arguments);

} // namespace salesdesk::app
