#include "core/chain/deals/DemoDealClients.h"

#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/deals/DealAsk.h"
#include "core/chain/deals/DealClient.h"
#include "core/chain/deals/DealTerms.h"
#include "core/chain/deals/DirectDealsContract.h"
#include "core/chain/deals/SignedDealAsk.h"
#include "core/chain/tx/UnlockedAccountSender.h"

#include <QLoggingCategory>

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
    , m_random(m_options.seed) {}

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
    auto key = PrivateKey::fromBytes(account.privateKey);
    if (!key.ok()) {
        m_busy = false;
        return Q_EMIT problem(key.message());
    }
    DealClient::Options clientOptions;
    clientOptions.endpoint = m_endpoint;
    clientOptions.domain = DealProposal::domain(m_options.chainId, m_options.contract);
    m_client = std::make_unique<DealClient>(clientOptions, std::move(*key));
    fund(account, [this] {
        // The ask must be the provider's, signed for this chain and contract.
        m_client->fetchAsk(m_provider, [this](const Result<SignedDealAsk>& signedAsk) {
            if (!signedAsk.ok()) {
                m_busy = false;
                return Q_EMIT problem(signedAsk.message());
            }
            propose(signedAsk->ask);
        });
    });
}

void DemoDealClients::fund(const Account& account, std::function<void()> then) {
    if (m_funded.contains(account.address))
        return then();
    UnlockedAccountSender& sender = senderFor(account.address);
    const QList<OutgoingTransaction> deposit =
        DirectDealsContract::escrowDeposit(m_options.token, m_options.contract, m_options.escrow);
    sender.submit(deposit.at(0), this,
                  [this, &sender, account, deposit,
                   then = std::move(then)](const Result<TransactionReceipt>& approved) mutable {
                      if (!approved.ok() || !approved->succeeded) {
                          m_busy = false;
                          return Q_EMIT problem(QStringLiteral("approve: %1")
                                                    .arg(approved.ok() ? QStringLiteral("failed")
                                                                       : approved.message()));
                      }
                      sender.submit(deposit.at(1), this,
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

void DemoDealClients::propose(const DealAsk& ask) {
    const quint64 size = between(m_random, std::max(m_options.minSize, ask.minSize),
                                 std::min(m_options.maxSize, ask.maxSize));
    const quint64 duration = between(m_random, std::max(m_options.minDuration, ask.minDuration),
                                     std::min(m_options.maxDuration, ask.maxDuration));
    const quint64 lead =
        ask.minStartLead + quint64(std::max<qint64>(0, m_options.startMarginSeconds));
    const Timestamp now = m_clock.now();
    const auto terms = DealTerms::within(ask, now, size, duration, lead);
    if (!terms.ok()) {
        m_busy = false;
        return Q_EMIT problem(QStringLiteral("a demo deal: %1").arg(terms.message()));
    }
    const quint64 start = quint64(now) + lead;
    QByteArray data = DealClient::randomData(m_random, size);
    const DealProposal proposal =
        m_client->proposalFor(m_provider, data, start, start + duration, terms->pricePerSecond,
                              terms->providerCollateral, UInt256(m_random.generate64()));
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
