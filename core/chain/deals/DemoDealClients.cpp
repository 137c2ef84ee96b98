#include "core/chain/deals/DemoDealClients.h"

#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/deals/DealAsk.h"
#include "core/chain/deals/DealClient.h"
#include "core/chain/deals/DirectDealsContract.h"
#include "core/chain/deals/SignedDealAsk.h"
#include "core/chain/tx/UnlockedAccountSender.h"
#include "core/domain/AbiEncoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cmath>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcDemoDeals, "salesdesk.deals.demo", QtInfoMsg)

namespace {

// A draw in [low, high] (low when the range is empty).
quint64 between(QRandomGenerator& random, quint64 low, quint64 high) {
    return high <= low ? low : low + random.bounded(quint64(high - low + 1));
}

} // namespace

DemoDealClients::DemoDealClients(JsonRpcClient& rpc, Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_random(m_options.seed)
    , m_network(new QNetworkAccessManager(this)) {}

DemoDealClients::~DemoDealClients() {
    stop();
}

void DemoDealClients::start(const QUrl& endpoint, const Address& provider) {
    m_endpoint = endpoint;
    m_provider = provider;
    m_running = !m_options.accounts.isEmpty();
    if (m_running)
        proposeNext();
}

void DemoDealClients::stop() {
    m_running = false;
    if (m_timer)
        m_clock.cancel(*m_timer);
    m_timer.reset();
}

void DemoDealClients::scheduleNext() {
    if (!m_running || m_timer)
        return;
    // Exponential gaps around the mean, at least a tenth of it.
    const double draw = -std::log(1.0 - m_random.generateDouble() * 0.999);
    const auto gap = std::max<qint64>(m_options.meanIntervalSeconds / 10,
                                      qint64(double(m_options.meanIntervalSeconds) * draw));
    m_timer = m_clock.callAfter(gap, this, [this] {
        m_timer.reset();
        proposeNext();
    });
}

UnlockedAccountSender& DemoDealClients::senderFor(const Address& account) {
    auto& sender = m_senders[account];
    if (!sender)
        sender = std::make_shared<UnlockedAccountSender>(m_rpc, m_clock, account);
    return *sender;
}

void DemoDealClients::proposeNext() {
    scheduleNext();
    if (m_busy || !m_running)
        return;
    m_busy = true;
    const Account account = m_options.accounts.at(m_next++ % m_options.accounts.size());
    fund(account, [this, account] {
        QNetworkReply* reply = m_network->get(
            QNetworkRequest(m_endpoint.resolved(QUrl(QStringLiteral("/salesdesk/v1/deals/ask")))));
        connect(reply, &QNetworkReply::finished, this, [this, reply, account] {
            reply->deleteLater();
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->error() != QNetworkReply::NoError ||
                !answer.value(QStringLiteral("acceptingDeals")).toBool()) {
                m_busy = false;
                return Q_EMIT problem(
                    reply->error() != QNetworkReply::NoError
                        ? QStringLiteral("the provider's ask: %1").arg(reply->errorString())
                        : QStringLiteral("the provider takes no new deals"));
            }
            // The ask must be the provider's, signed for this chain and contract.
            auto signedAsk = SignedDealAsk::fromJson(answer);
            auto checked =
                !signedAsk.ok() ? Result<void>(signedAsk.error())
                : signedAsk->provider != m_provider
                    ? Result<void>(makeError(ErrorCode::InvalidArgument,
                                             QStringLiteral("signed by %1, not the provider")
                                                 .arg(signedAsk->provider.toHex())))
                    : signedAsk->verify(
                          DealProposal::domain(m_options.chainId, m_options.contract));
            if (!checked.ok()) {
                m_busy = false;
                return Q_EMIT problem(
                    QStringLiteral("the provider's ask: %1").arg(checked.message()));
            }
            propose(account, signedAsk->ask);
        });
    });
}

void DemoDealClients::fund(const Account& account, std::function<void()> then) {
    if (m_funded.contains(account.address))
        return then();
    UnlockedAccountSender& sender = senderFor(account.address);
    const OutgoingTransaction approve{
        m_options.token,
        abi::encodeCall("approve(address,uint256)",
                        {abi::address(m_options.contract), abi::uint(m_options.escrow)}),
        UInt256(0), QStringLiteral("approve the DirectDeals escrow")};
    sender.submit(approve, this,
                  [this, &sender, account,
                   then = std::move(then)](const Result<TransactionReceipt>& approved) mutable {
                      if (!approved.ok() || !approved->succeeded) {
                          m_busy = false;
                          return Q_EMIT problem(QStringLiteral("approve: %1")
                                                    .arg(approved.ok() ? QStringLiteral("failed")
                                                                       : approved.message()));
                      }
                      const OutgoingTransaction deposit{
                          m_options.contract, DirectDealsContract::deposit(m_options.escrow),
                          UInt256(0), QStringLiteral("deposit into escrow")};
                      sender.submit(deposit, this,
                                    [this, account, then = std::move(then)](
                                        const Result<TransactionReceipt>& deposited) {
                                        if (!deposited.ok() || !deposited->succeeded) {
                                            m_busy = false;
                                            return Q_EMIT problem(
                                                QStringLiteral("deposit: %1")
                                                    .arg(deposited.ok() ? QStringLiteral("failed")
                                                                        : deposited.message()));
                                        }
                                        m_funded.insert(account.address);
                                        then();
                                    });
                  });
}

void DemoDealClients::propose(const Account& account, const DealAsk& ask) {
    auto key = PrivateKey::fromBytes(account.privateKey);
    if (!key.ok()) {
        m_busy = false;
        return Q_EMIT problem(key.message());
    }
    const quint64 size = between(m_random, std::max(m_options.minSize, ask.minSize),
                                 std::min(m_options.maxSize, ask.maxSize));
    const quint64 duration = between(m_random, std::max(m_options.minDuration, ask.minDuration),
                                     std::min(m_options.maxDuration, ask.maxDuration));
    const quint64 start = quint64(m_clock.now()) + ask.minStartLead +
                          quint64(std::max<qint64>(0, m_options.startMarginSeconds));
    QByteArray data(qsizetype((size + 3) / 4 * 4), Qt::Uninitialized);
    m_random.fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
    data.resize(qsizetype(size));
    DealClient::Options clientOptions;
    clientOptions.endpoint = m_endpoint;
    clientOptions.domain = DealProposal::domain(m_options.chainId, m_options.contract);
    m_client = std::make_unique<DealClient>(clientOptions, std::move(*key));
    const DealProposal proposal = m_client->proposalFor(
        m_provider, data, start, start + duration, ask.pricePerBytePerSecond * UInt256(size),
        ask.minCollateralPerByte * UInt256(size), UInt256(m_random.generate64()));
    connect(m_client.get(), &DealClient::finished, this, [this](const QString& error) {
        m_busy = false;
        if (!error.isEmpty())
            return Q_EMIT problem(QStringLiteral("a demo deal: %1").arg(error));
        ++m_sent;
        qCInfo(lcDemoDeals).noquote() << "demo deal" << m_client->dealId()->toHex() << "sent";
        Q_EMIT sent(*m_client->dealId());
    });
    m_client->send(proposal, std::move(data));
}

} // namespace salesdesk
