#pragma once

#include "app/ClientCommand.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

namespace salesdesk::app {

// `salesdesk-cli client deal`: a direct deal with a provider's endpoint (docs/deals.md), from the
// data directory's wallet:
//   deal --rpc URL --data-dir DIR --provider URL --provider-address ADDRESS --deals ADDRESS
//        [--file F | --generated-size BYTES] [--duration S] [--start-in S] [--price UNITS]
// Fetches the provider's ask and goes on only when the provider's account signed it for this
// chain and DirectDeals contract (DealClient::fetchAsk); proposes the data (a file, or random
// bytes) for --duration seconds from --start-in seconds ahead at --price (default the least the
// ask takes) with the least collateral the ask takes (DealTerms); puts what the client's escrow
// lacks for the payment into it (approve and deposit, intents of the transaction manager); sends
// the signed proposal and pushes the data (DealClient::send). Prints the deal id once accepted
// and a line when every byte is taken. Exit codes: 0 done; 2 bad options; 3 the provider, the
// chain or the network refused (the message says why).
class ClientDealCommand {
    Q_DECLARE_TR_FUNCTIONS(ClientDealCommand)
public:
    QList<QCommandLineOption> options() const;
    int run(const ClientRun& run) const;

private:
    struct Options {
        QCommandLineOption deals{QStringLiteral("deals"),
                                 ClientDealCommand::tr("deal: the DirectDeals contract's address."),
                                 QStringLiteral("address")};
        QCommandLineOption file{QStringLiteral("file"),
                                ClientDealCommand::tr("deal: the data to store, read from <file>."),
                                QStringLiteral("file")};
        QCommandLineOption generatedSize{
            QStringLiteral("generated-size"),
            ClientDealCommand::tr("deal: store <bytes> of random data instead of a file."),
            QStringLiteral("bytes")};
        QCommandLineOption startIn{
            QStringLiteral("start-in"),
            ClientDealCommand::tr("deal: the deal starts <seconds> from now (default: the "
                                  "provider's least start lead and 60 s)."),
            QStringLiteral("seconds")};
    };
    Options m_options;
};

} // namespace salesdesk::app
