#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace salesdesk {

struct DealAsk;
class DealClient;
class JsonRpcClient;
class UnlockedAccountSender;

// Direct-deal clients on a local test chain, so a provider there has deals to take: about every
// meanIntervalSeconds of `clock` one of the chain's unlocked test accounts reads the provider's
// ask, proposes a deal of random data within it (size, duration, the least price and collateral
// the ask takes, the start as soon as the ask allows plus a margin) and pushes the data
// (DealClient). Each account puts tokens into the DirectDeals escrow before its first deal.
// Seeded, so a run can be repeated. Only for local development chains: the node signs the escrow
// transactions for the accounts, and their keys sign the proposals.
class DemoDealClients final : public QObject {
    Q_OBJECT
public:
    struct Account {
        Address address;
        QByteArray privateKey; // 32 bytes
    };
    struct Options {
        quint64 chainId = 0;
        Address contract; // DirectDeals
        Address token;
        QList<Account> accounts;
        quint32 seed = 3;
        qint64 meanIntervalSeconds = 900;
        quint64 minSize = 256 * 1024;
        quint64 maxSize = 4 * 1024 * 1024;
        quint64 minDuration = 2 * 3600;
        quint64 maxDuration = 8 * 3600;
        qint64 startMarginSeconds = 300;                        // beyond the ask's least start lead
        UInt256 escrow = UInt256(1'000'000'000'000'000'000ULL); // deposited once per account
    };

    // `rpc` and `clock` must outlive this.
    DemoDealClients(JsonRpcClient& rpc, Clock& clock, Options options, QObject* parent = nullptr);
    ~DemoDealClients() override;

    // Proposes one deal to the provider at `endpoint` now and then one at random intervals.
    void start(const QUrl& endpoint, const Address& provider);
    void stop();
    bool isRunning() const { return m_running; }
    int sentCount() const { return m_sent; }

Q_SIGNALS:
    void sent(const salesdesk::Hash32& dealId);
    void problem(const QString& message);

private:
    void scheduleNext();
    void proposeNext();
    // Approves and deposits the account's escrow once, then `then`.
    void fund(const Account& account, std::function<void()> then);
    // A deal of random data within `ask`, sent by m_client (the account's).
    void propose(const DealAsk& ask);
    UnlockedAccountSender& senderFor(const Address& account);

    JsonRpcClient& m_rpc;
    Clock& m_clock;
    Options m_options;
    QRandomGenerator m_random;
    QUrl m_endpoint;
    Address m_provider;
    bool m_running = false;
    bool m_busy = false;
    int m_next = 0;
    int m_sent = 0;
    std::optional<Clock::TimerId> m_timer;
    QSet<Address> m_funded;
    QHash<Address, std::shared_ptr<UnlockedAccountSender>> m_senders;
    std::unique_ptr<DealClient> m_client;
};

} // namespace salesdesk
