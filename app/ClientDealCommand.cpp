#include "app/ClientDealCommand.h"

#include "app/AppOptions.h"
#include "app/SigningSession.h"
#include "core/chain/deals/DealClient.h"
#include "core/chain/deals/DealTerms.h"
#include "core/chain/deals/DirectDealsContract.h"
#include "core/clock/SystemClock.h"

#include <QFile>
#include <QRandomGenerator>

namespace salesdesk::app {

namespace {

// The largest data the command holds in memory to push.
constexpr quint64 kMaxDataBytes = quint64(1) << 30;
// The start lead beyond the ask's least when --start-in is not given: time to fund the escrow,
// push the data and publish.
constexpr quint64 kStartMarginSeconds = 60;

} // namespace

QList<QCommandLineOption> ClientDealCommand::options() const {
    return {m_options.deals, m_options.file, m_options.generatedSize, m_options.startIn};
}

int ClientDealCommand::run(const ClientRun& run) const {
    const QCommandLineParser& parser = run.parser;
    const auto deals = addressOption(parser, m_options.deals);
    if (!deals)
        return kExitBadInput;
    if (parser.isSet(m_options.file) == parser.isSet(m_options.generatedSize)) {
        printError(tr("deal needs either --file or --generated-size"));
        return kExitBadInput;
    }
    const auto duration = wholeNumberOption(parser, run.duration, 1, quint64(10) * 365 * 86'400);
    if (!duration)
        return kExitBadInput;
    std::optional<quint64> startIn;
    if (parser.isSet(m_options.startIn)) {
        startIn = wholeNumberOption(parser, m_options.startIn, 0, quint64(365) * 86'400);
        if (!startIn)
            return kExitBadInput;
    }
    std::optional<UInt256> price;
    if (parser.isSet(run.price)) {
        price = amountOption(parser, run.price);
        if (!price)
            return kExitBadInput;
    }
    QByteArray data;
    if (parser.isSet(m_options.file)) {
        QFile file(parser.value(m_options.file));
        if (!file.open(QIODevice::ReadOnly) || quint64(file.size()) > kMaxDataBytes) {
            printError(tr("--file: cannot read %1: %2")
                           .arg(file.fileName(), file.isOpen()
                                                     ? tr("larger than %1 bytes").arg(kMaxDataBytes)
                                                     : file.errorString()));
            return kExitBadInput;
        }
        data = file.readAll();
        if (data.isEmpty()) {
            printError(tr("--file: %1 is empty").arg(file.fileName()));
            return kExitBadInput;
        }
    } else {
        const auto size = wholeNumberOption(parser, m_options.generatedSize, 1, kMaxDataBytes);
        if (!size)
            return kExitBadInput;
        data = DealClient::randomData(*QRandomGenerator::system(), *size);
    }

    int exitCode = kExitRefused;
    const std::unique_ptr<SigningSession> session = openSigningSession(run, exitCode);
    if (!session)
        return exitCode;
    const auto fail = [](const QString& message) {
        printError(message);
        QCoreApplication::exit(kExitRefused);
    };
    std::unique_ptr<DealClient> client;
    std::unique_ptr<DirectDealsContract> contract;
    DealProposal proposal;
    // Funds what the escrow lacks for the payment, then sends the proposal and the data.
    const auto fundAndSend = [&](const UInt256& payment) {
        contract->balanceOf(
            session->account(), contract.get(), [&, payment](const Result<UInt256>& escrow) {
                if (!escrow.ok())
                    return fail(escrow.message());
                const auto send = [&] {
                    QObject::connect(
                        client.get(), &DealClient::accepted, client.get(), [&](const Hash32& id) {
                            printLine(
                                tr("Deal %1 accepted by %2").arg(id.toHex(), run.provider.toHex()));
                        });
                    QObject::connect(
                        client.get(), &DealClient::finished, client.get(),
                        [&](const QString& error) {
                            if (!error.isEmpty())
                                return fail(tr("the provider refused the deal: %1").arg(error));
                            printLine(tr("Deal %1: %2 bytes sent, the provider says %3")
                                          .arg(client->dealId()->toHex())
                                          .arg(proposal.size)
                                          .arg(client->lastStatus()
                                                   .value(QStringLiteral("state"))
                                                   .toString()));
                            exitCode = 0;
                            QCoreApplication::exit(0);
                        });
                    client->send(proposal, std::move(data));
                };
                if (*escrow >= payment)
                    return send();
                const UInt256 lacking = payment - *escrow;
                contract->token(contract.get(), [&, lacking, send](const Result<Address>& token) {
                    if (!token.ok())
                        return fail(token.message());
                    const QList<OutgoingTransaction> deposit =
                        DirectDealsContract::escrowDeposit(*token, *deals, lacking);
                    const QString prefix =
                        QStringLiteral("client/deal/%1/")
                            .arg(proposal.digest(DealProposal::domain(session->chainId(), *deals))
                                     .toHex());
                    session->send(
                        prefix + QStringLiteral("approve"), deposit.at(0),
                        [&, prefix, deposit, lacking,
                         send](const Result<TransactionReceipt>& approved) {
                            if (!approved.ok())
                                return fail(approved.message());
                            session->send(
                                prefix + QStringLiteral("deposit"), deposit.at(1),
                                [&, lacking, send](const Result<TransactionReceipt>& paid) {
                                    if (!paid.ok())
                                        return fail(paid.message());
                                    printLine(tr("Deposited %1 base units into the "
                                                 "DirectDeals escrow")
                                                  .arg(uint256::toDecimal(lacking)));
                                    send();
                                });
                        });
                });
            });
    };
    session->start([&](const Result<void>& started) {
        if (!started.ok())
            return fail(started.message());
        DealClient::Options clientOptions;
        clientOptions.endpoint = run.providerUrl;
        clientOptions.domain = DealProposal::domain(session->chainId(), *deals);
        client = std::make_unique<DealClient>(clientOptions, session->signer());
        contract = std::make_unique<DirectDealsContract>(session->rpc(), *deals);
        client->fetchAsk(run.provider, [&](const Result<SignedDealAsk>& ask) {
            if (!ask.ok())
                return fail(ask.message());
            const quint64 lead = startIn.value_or(ask->ask.minStartLead + kStartMarginSeconds);
            const quint64 size = quint64(data.size());
            const Timestamp now = SystemClock().now();
            const auto terms = DealTerms::within(ask->ask, now, size, *duration, lead, price);
            if (!terms.ok())
                return fail(
                    tr("the provider's ask does not take this deal: %1").arg(terms.message()));
            const quint64 start = quint64(now) + lead;
            proposal = client->proposalFor(run.provider, data, start, start + *duration,
                                           terms->pricePerSecond, terms->providerCollateral,
                                           UInt256(QRandomGenerator::system()->generate64()));
            fundAndSend(terms->payment);
        });
    });
    const int result = QCoreApplication::exec();
    return result == 0 ? exitCode : result;
}

} // namespace salesdesk::app
