#pragma once

#include <QStringList>

namespace salesdesk::app {

// `salesdesk-cli chain start [--block-time S]`: runs a local test chain (anvil, with the first
// blocks mined) until SIGINT or SIGTERM, printing its RPC URL, chain id and funded test accounts.
// Returns the process's exit code: 0 stopped by a signal, 2 bad options, 3 the chain could not
// start or died.
int runChainCommand(const QStringList& arguments);

} // namespace salesdesk::app
