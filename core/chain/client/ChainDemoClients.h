#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/StorageRequest.h"
#include "core/domain/UInt256.h"

#include <QList>
#include <QObject>
#include <QRandomGenerator>

#include <functional>
#include <memory>

namespace salesdesk {

class DatasetServer;
class JsonRpcClient;
class UnlockedAccountSender;

// Storage clients on a local test chain, so a host there has requests to sell to: about every
// meanIntervalSeconds of `clock` one of the chain's unlocked test accounts (anvil holds their
// keys) posts a request of generated data — approve the Marketplace for its price, then
// requestStorage — and `server` serves its data (slot roots included). Sizes and durations are
// drawn from the options with a seeded generator, so a run can be repeated. Only for local
// development chains: the node signs for the accounts.
class ChainDemoClients final : public QObject {
    Q_OBJECT
public:
    struct Options {
        Address marketplace;
        Address token;
        QList<Address> accounts; // take turns posting; each needs tokens and ETH for gas
        quint32 seed = 1;
        qint64 meanIntervalSeconds = 120;
        quint64 minSlots = 1;
        quint64 maxSlots = 4;
        quint64 minSlotSize = quint64(1) << 20;
        quint64 maxSlotSize = quint64(16) << 20;
        quint64 minDuration = 3600;
        quint64 maxDuration = 6 * 3600;
        quint64 expiry = 600;
        UInt256 pricePerBytePerSecond = 2;
        UInt256 collateralPerByte = 1;
        UInt256 proofProbability = 2;
    };
    using PostedCallback = std::function<void(const Result<StorageRequest>&)>;

    // `rpc`, `clock` and `server` must outlive this.
    ChainDemoClients(JsonRpcClient& rpc, Clock& clock, DatasetServer& server, Options options,
                     QObject* parent = nullptr);
    ~ChainDemoClients() override;

    // Posts one request now and then one at random intervals until stop().
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // Posts one request now (its data hashed off this thread); `done` gets it once requestStorage
    // is mined, or why it was not.
    void post(PostedCallback done);
    int postedCount() const { return m_posted; }

    // The request the options would post next from `client` (drawn with the seeded generator):
    // content root of its generated data, a CID and nonce of its own.
    StorageRequest nextRequest(const Address& client);

Q_SIGNALS:
    void posted(const salesdesk::StorageRequest& request);
    void problem(const QString& message);

private:
    void scheduleNext();
    // The next request's fields from the seeded generator, before its content root.
    StorageRequest drawRequest(const Address& client);
    // Approves and posts `request` from `sender`'s account.
    void submit(UnlockedAccountSender& sender, const StorageRequest& request, PostedCallback done);
    UnlockedAccountSender& senderFor(const Address& account);

    JsonRpcClient& m_rpc;
    Clock& m_clock;
    DatasetServer& m_server;
    Options m_options;
    QRandomGenerator m_random;
    QList<std::shared_ptr<UnlockedAccountSender>> m_senders;
    int m_nextAccount = 0;
    int m_posted = 0;
    Clock::TimerId m_timer = 0;
    bool m_running = false;
};

} // namespace salesdesk
