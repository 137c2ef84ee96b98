#include "app/ClientRetrieveCommand.h"

#include "app/AppOptions.h"
#include "app/SigningSession.h"
#include "core/chain/client/ClientChannelFile.h"
#include "core/chain/market/ChainMarketRpc.h"
#include "core/chain/market/Erc20.h"
#include "core/chain/retrieval/RetrievalChannelsAbi.h"
#include "core/chain/retrieval/RetrievalClient.h"
#include "core/chain/retrieval/Voucher.h"

#include <QFile>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace salesdesk::app {

namespace {

// How long a new channel may stay unknown to the provider (its follower reads the chain every
// few seconds) before the retrieval gives up.
constexpr int kChannelWaitAttempts = 60;
constexpr int kChannelWaitMs = 1'000;

// One run of `client retrieve`, from the started session to the end of the retrieval.
class RetrieveRun {
public:
    RetrieveRun(const ClientRun& run, SigningSession& session, const Address& channels,
                const SlotId& slot, QFile& out, std::optional<UInt256> deposit)
        : m_run(run)
        , m_session(session)
        , m_views(session.rpc(), channels, session.account())
        , m_channels(channels)
        , m_slot(slot)
        , m_out(out)
        , m_deposit(deposit)
        , m_file(run.dataDirectory) {}

    void start() {
        const auto latest = m_file.latest(m_session.chainId(), m_channels, m_run.provider);
        if (!latest.ok())
            return fail(latest.message());
        if (!*latest)
            return openNew();
        m_entry = **latest;
        if (!m_entry.channelId)
            return open(); // an opening an earlier run began: its intents again
        auto call = encodeChannelView(*m_entry.channelId);
        if (!call.ok())
            return fail(call.message());
        m_views.view(
            ChainMarketRpc::View{m_channels, *call}, nullptr,
            [this](const MarketResult<QByteArray>& answer) {
                auto channel =
                    answer.ok()
                        ? decodeChannelView(*answer)
                        : Result<ChannelView>(makeError(ErrorCode::Io, answer.error().message));
                if (!channel.ok())
                    return fail(ClientRetrieveCommand::tr(
                                    "the channels contract did not answer for channel "
                                    "%1: %2")
                                    .arg(m_entry.channelId->toHex(), channel.message()));
                const UInt256 deposit = channel->deposit;
                const bool closing = channel->closesAt != 0 || channel->finalized;
                m_entry.signedAmount = std::max(m_entry.signedAmount, channel->claimed);
                if (closing || m_entry.signedAmount >= deposit)
                    return openNew();
                printLine(ClientRetrieveCommand::tr("Reusing channel %1: deposit %2, signed %3")
                              .arg(m_entry.channelId->toHex(), uint256::toDecimal(deposit),
                                   uint256::toDecimal(m_entry.signedAmount)));
                retrieve(0);
            });
    }

private:
    void fail(const QString& message) {
        printError(message);
        QCoreApplication::exit(kExitRefused);
    }

    void openNew() {
        if (!m_deposit) {
            printError(ClientRetrieveCommand::tr(
                           "no open channel to %1 to reuse: give --deposit to open one")
                           .arg(m_run.provider.toHex()));
            return QCoreApplication::exit(kExitBadInput);
        }
        m_entry = ClientChannelFile::Entry{};
        m_entry.intentKey = QStringLiteral("client/channel/%1")
                                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_entry.chainId = m_session.chainId();
        m_entry.contract = m_channels;
        m_entry.payee = m_run.provider;
        m_entry.deposit = *m_deposit;
        // Kept before anything is sent: a run cut short is taken up by the next.
        if (auto saved = m_file.put(m_entry); !saved.ok())
            return fail(saved.message());
        open();
    }

    // The token's approve of the channels contract, then open(payee, deposit); the channel's id
    // from the ChannelOpened log of the opening's receipt.
    void open() {
        const abi::ContractAbi* channelsAbi = retrievalChannelsAbi();
        auto tokenCall =
            channelsAbi
                ? channelsAbi->encodeCall(QStringLiteral("token"), {})
                : Result<QByteArray>(makeError(ErrorCode::NotFound,
                                               QStringLiteral("this build has no channels ABI")));
        auto openCall = channelsAbi
                            ? channelsAbi->encodeCall(QStringLiteral("open"),
                                                      {abi::AbiValue::address(m_entry.payee),
                                                       abi::AbiValue::uint(m_entry.deposit)})
                            : tokenCall;
        if (!tokenCall.ok() || !openCall.ok())
            return fail(tokenCall.ok() ? openCall.message() : tokenCall.message());
        m_views.view(ChainMarketRpc::View{m_channels, *tokenCall}, nullptr,
                     [this, openData = *openCall](const MarketResult<QByteArray>& token) {
                         if (!token.ok() || token->size() != 32)
                             return fail(
                                 ClientRetrieveCommand::tr(
                                     "the channels contract at %1 did not name its token: %2")
                                     .arg(m_channels.toHex(), token.ok()
                                                                  ? QStringLiteral("short answer")
                                                                  : token.error().message));
                         const Address tokenAddress = Address::fromBytes(token->mid(12, 20));
                         const QString amount = uint256::toDecimal(m_entry.deposit);
                         m_session.send(
                             m_entry.intentKey + QStringLiteral("/approve"),
                             {tokenAddress, erc20::approve(m_channels, m_entry.deposit), UInt256(),
                              QStringLiteral("approve %1 for a retrieval channel").arg(amount)},
                             [this, amount, openData](const Result<TransactionReceipt>& approved) {
                                 if (!approved.ok())
                                     return fail(approved.message());
                                 m_session.send(
                                     m_entry.intentKey + QStringLiteral("/open"),
                                     {m_channels, openData, UInt256(),
                                      QStringLiteral("open a retrieval channel of %1").arg(amount)},
                                     [this](const Result<TransactionReceipt>& opened) {
                                         if (!opened.ok())
                                             return fail(opened.message());
                                         m_views.receiptLogs(
                                             opened->transactionHash, nullptr,
                                             [this](const MarketResult<QList<ChainLog>>& logs) {
                                                 onOpened(logs);
                                             });
                                     });
                             });
                     });
    }

    void onOpened(const MarketResult<QList<ChainLog>>& logs) {
        if (!logs.ok())
            return fail(logs.error().message);
        for (const ChainLog& log : *logs) {
            if (log.address != m_channels || log.topics.size() < 2)
                continue;
            const auto decoded = retrievalChannelsAbi()->decodeEvent(
                std::vector<Hash32>(log.topics.cbegin(), log.topics.cend()), log.data);
            if (decoded.ok() && decoded->name == QLatin1String("ChannelOpened"))
                m_entry.channelId = log.topics.at(1);
        }
        if (!m_entry.channelId)
            return fail(ClientRetrieveCommand::tr("the opening of the channel logged no "
                                                  "ChannelOpened"));
        if (auto saved = m_file.put(m_entry); !saved.ok())
            return fail(saved.message());
        printLine(ClientRetrieveCommand::tr("Opened channel %1 to %2 with a deposit of %3")
                      .arg(m_entry.channelId->toHex(), m_entry.payee.toHex(),
                           uint256::toDecimal(m_entry.deposit)));
        retrieve(0);
    }

    // A retrieval of the slot; a channel the provider does not know yet (404 before it started)
    // is asked about again every second for a while.
    void retrieve(int attempt) {
        RetrievalClient::Options options;
        options.server = m_run.providerUrl;
        options.domain = Voucher::domain(m_session.chainId(), m_channels);
        options.payee = m_run.provider;
        options.channelId = *m_entry.channelId;
        options.slot = m_slot;
        options.channelCumulative = m_entry.signedAmount;
        m_client = std::make_unique<RetrievalClient>(options, m_session.signer(), &m_out);
        // What is signed is written down before the voucher goes out, so the next run goes on
        // from it whatever happens to this one.
        QObject::connect(m_client.get(), &RetrievalClient::voucherSigned, m_client.get(),
                         [this](const UInt256& cumulative) {
                             m_entry.signedAmount = cumulative;
                             if (auto saved = m_file.put(m_entry); !saved.ok())
                                 printError(saved.message());
                         });
        QObject::connect(
            m_client.get(), &RetrievalClient::finished, m_client.get(),
            [this, attempt, before = m_entry.signedAmount](const QString& error) {
                if (!error.isEmpty() && m_client->retrievalId().isEmpty() &&
                    m_client->lastStatus() == 404 &&
                    error.contains(m_entry.channelId->toHex(), Qt::CaseInsensitive) &&
                    attempt + 1 < kChannelWaitAttempts)
                    return QTimer::singleShot(kChannelWaitMs,
                                              [this, attempt] { retrieve(attempt + 1); });
                m_entry.signedAmount = m_client->channelCumulative();
                const auto saved = m_file.put(m_entry);
                if (!error.isEmpty())
                    return fail(ClientRetrieveCommand::tr("the retrieval of slot %1 failed: %2")
                                    .arg(m_slot.toHex(), error));
                if (!saved.ok())
                    return fail(saved.message());
                m_out.flush();
                printLine(ClientRetrieveCommand::tr(
                              "Retrieved %1 bytes of slot %2 into %3: %4 vouchers paid %5 base "
                              "units (channel %6 cumulative %7)")
                              .arg(m_client->bytesReceived())
                              .arg(m_slot.toHex(), m_out.fileName())
                              .arg(m_client->vouchersSent())
                              .arg(uint256::toDecimal(m_entry.signedAmount - before),
                                   m_entry.channelId->toHex(),
                                   uint256::toDecimal(m_entry.signedAmount)));
                QCoreApplication::exit(0);
            });
        m_client->start();
    }

    const ClientRun& m_run;
    SigningSession& m_session;
    ChainMarketRpc m_views;
    Address m_channels;
    SlotId m_slot;
    QFile& m_out;
    std::optional<UInt256> m_deposit;
    ClientChannelFile m_file;
    ClientChannelFile::Entry m_entry;
    std::unique_ptr<RetrievalClient> m_client;
};

} // namespace

QList<QCommandLineOption> ClientRetrieveCommand::options() const {
    return {m_options.channels, m_options.slot, m_options.out, m_options.deposit};
}

int ClientRetrieveCommand::run(const ClientRun& run) const {
    const QCommandLineParser& parser = run.parser;
    const auto channels = addressOption(parser, m_options.channels);
    if (!channels)
        return kExitBadInput;
    const auto slot = SlotId::fromHex(parser.value(m_options.slot));
    if (!parser.isSet(m_options.slot) || !slot.ok()) {
        printError(tr("retrieve needs --slot with the slot's id (0x and 64 hex digits)"));
        return kExitBadInput;
    }
    std::optional<UInt256> deposit;
    if (parser.isSet(m_options.deposit)) {
        deposit = amountOption(parser, m_options.deposit);
        if (!deposit)
            return kExitBadInput;
        if (deposit->is_zero()) {
            printError(tr("--deposit must be above 0"));
            return kExitBadInput;
        }
    }
    if (!parser.isSet(m_options.out)) {
        printError(tr("retrieve needs --out with the file to write"));
        return kExitBadInput;
    }
    QFile out(parser.value(m_options.out));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        printError(tr("--out: cannot write %1: %2").arg(out.fileName(), out.errorString()));
        return kExitBadInput;
    }
    int exitCode = kExitRefused;
    const std::unique_ptr<SigningSession> session = openSigningSession(run, exitCode);
    if (!session)
        return exitCode;
    RetrieveRun retrieval(run, *session, *channels, *slot, out, deposit);
    session->start([&](const Result<void>& started) {
        if (!started.ok()) {
            printError(started.message());
            return QCoreApplication::exit(kExitRefused);
        }
        retrieval.start();
    });
    return QCoreApplication::exec();
}

} // namespace salesdesk::app
