#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace salesdesk::app {

// `salesdesk-cli wallet new|import|address|balance --data-dir DIR …`: the host's chain account
// (core/chain/wallet/Wallet) from the command line. Passphrases come from the terminal without
// echo or from --passphrase-file; a private key only from --key-file, never from the command
// line. Exit 0 on success, 2 for bad options or input (a wrong passphrase included), 3 when the
// wallet file cannot be written or the chain does not answer.
class WalletCommand {
    Q_DECLARE_TR_FUNCTIONS(WalletCommand)
public:
    static int run(const QStringList& arguments);
};

} // namespace salesdesk::app
