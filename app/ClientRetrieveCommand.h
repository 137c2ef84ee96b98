#pragma once

#include "app/ClientCommand.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

namespace salesdesk::app {

// `salesdesk-cli client retrieve`: a paid retrieval of one slot from a provider's endpoint
// (docs/retrieval.md), paid from the data directory's wallet:
//   retrieve --rpc URL --data-dir DIR --provider URL --provider-address ADDRESS
//            --channels ADDRESS --slot ID --out FILE [--deposit UNITS]
// Reuses the newest channel to the provider kept in DIR/client-channels.json (ClientChannelFile)
// while it is open and not spent; otherwise opens one with --deposit (approve and open, intents of
// the transaction manager) and waits for the provider to know it. Then a RetrievalClient checks
// the provider's signed terms, fetches the chunks into FILE and pays each with a cumulative
// voucher. Prints the channel, then the bytes received, the vouchers sent and what they paid.
// Exit codes: 0 done; 2 bad options; 3 the provider, the chain or the network refused.
class ClientRetrieveCommand {
    Q_DECLARE_TR_FUNCTIONS(ClientRetrieveCommand)
public:
    QList<QCommandLineOption> options() const;
    int run(const ClientRun& run) const;

private:
    struct Options {
        QCommandLineOption channels{
            QStringLiteral("channels"),
            ClientRetrieveCommand::tr("retrieve: the RetrievalChannels contract's address."),
            QStringLiteral("address")};
        QCommandLineOption slot{QStringLiteral("slot"),
                                ClientRetrieveCommand::tr("retrieve: the slot's id (0x…)."),
                                QStringLiteral("id")};
        QCommandLineOption out{QStringLiteral("out"),
                               ClientRetrieveCommand::tr("retrieve: write the bytes to <file>."),
                               QStringLiteral("file")};
        QCommandLineOption deposit{
            QStringLiteral("deposit"),
            ClientRetrieveCommand::tr("retrieve: base units to deposit when a new channel is "
                                      "opened (needed unless a channel to the provider is "
                                      "reused)."),
            QStringLiteral("units")};
    };
    Options m_options;
};

} // namespace salesdesk::app
