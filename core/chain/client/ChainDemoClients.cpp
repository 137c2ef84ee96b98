#include "core/chain/client/ChainDemoClients.h"

#include "core/chain/client/DatasetServer.h"
#include "core/chain/client/GeneratedDataset.h"
#include "core/chain/market/Erc20.h"
#include "core/chain/market/MarketplaceCalls.h"
#include "core/chain/tx/UnlockedAccountSender.h"
#include "core/proofs/HashingPool.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcChainDemoClients, "salesdesk.chain.chaindemoclients", QtInfoMsg)

namespace {

quint64 between(QRandomGenerator& random, quint64 low, quint64 high) {
    if (high <= low)
        return low;
    return low + random.bounded(high - low + 1);
}

} // namespace

ChainDemoClients::ChainDemoClients(JsonRpcClient& rpc, Clock& clock, DatasetServer& server,
                                   Options options, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_clock(clock)
    , m_server(server)
    , m_options(std::move(options))
    , m_random(m_options.seed) {}

ChainDemoClients::~ChainDemoClients() {
    stop();
}

void ChainDemoClients::start() {
    if (m_running || m_options.accounts.isEmpty())
        return;
    m_running = true;
    post([](const Result<StorageRequest>&) {});
    scheduleNext();
}

void ChainDemoClients::stop() {
    m_running = false;
    if (m_timer != 0)
        m_clock.cancel(std::exchange(m_timer, 0));
}

void ChainDemoClients::scheduleNext() {
    if (!m_running)
        return;
    // Exponential gaps: a Poisson stream of requests with the configured mean.
    const double uniform = std::max(m_random.generateDouble(), 1e-9);
    const auto gap = std::max<qint64>(
        1, static_cast<qint64>(-std::log(uniform) * double(m_options.meanIntervalSeconds)));
    m_timer = m_clock.callAfter(gap, this, [this] {
        m_timer = 0;
        post([](const Result<StorageRequest>&) {});
        scheduleNext();
    });
}

StorageRequest ChainDemoClients::nextRequest(const Address& client) {
    return GeneratedDataset::withGeneratedRoot(drawRequest(client));
}

StorageRequest ChainDemoClients::drawRequest(const Address& client) {
    StorageRequest request;
    request.client = client;
    request.ask.slots = between(m_random, m_options.minSlots, m_options.maxSlots);
    request.ask.slotSize = between(m_random, m_options.minSlotSize, m_options.maxSlotSize);
    request.ask.duration = between(m_random, m_options.minDuration, m_options.maxDuration);
    request.ask.maxSlotLoss = request.ask.slots > 1 ? 1 : 0;
    request.ask.pricePerBytePerSecond = m_options.pricePerBytePerSecond;
    request.ask.collateralPerByte = m_options.collateralPerByte;
    request.ask.proofProbability = m_options.proofProbability;
    request.expiry = std::min(m_options.expiry, request.ask.duration - 1);
    // A CIDv1 of raw data with a sha2-256 multihash of random bytes: unique per request.
    request.content.cid = QByteArray::fromHex("01551220") + Hash32::random(m_random).toByteArray();
    request.nonce = Nonce::random(m_random);
    return request;
}

UnlockedAccountSender& ChainDemoClients::senderFor(const Address& account) {
    for (const auto& sender : std::as_const(m_senders))
        if (sender->account() == account)
            return *sender;
    m_senders.append(std::make_shared<UnlockedAccountSender>(m_rpc, m_clock, account));
    return *m_senders.last();
}

void ChainDemoClients::post(PostedCallback done) {
    if (m_options.accounts.isEmpty())
        return done(makeError(ErrorCode::InvalidArgument,
                              QStringLiteral("the demo clients have no account to post from")));
    const Address client = m_options.accounts.at(m_nextAccount++ % m_options.accounts.size());
    // Drawn here (the generator is this thread's), hashed on the pool: a dataset of a few hundred
    // MiB takes a good part of a second to hash, too long for the GUI thread; bulk hashing, so on
    // the HashingPool, out of the proofs' way.
    const StorageRequest drawn = drawRequest(client);
    auto* hashing = new QFutureWatcher<std::pair<StorageRequest, std::vector<Hash32>>>(this);
    connect(hashing, &QFutureWatcherBase::finished, this, [this, hashing, client, done] {
        hashing->deleteLater();
        auto [request, slotRoots] = hashing->result();
        m_server.add(request, std::move(slotRoots));
        submit(senderFor(client), request, done);
    });
    hashing->setFuture(QtConcurrent::run(&proofs::HashingPool::instance(), [drawn] {
        std::vector<Hash32> slotRoots;
        StorageRequest request = GeneratedDataset::withGeneratedRoot(drawn, &slotRoots);
        return std::make_pair(std::move(request), std::move(slotRoots));
    }));
}

void ChainDemoClients::submit(UnlockedAccountSender& sender, const StorageRequest& request,
                              PostedCallback done) {
    const auto fail = [this, done](const QString& message) {
        qCWarning(lcChainDemoClients).noquote() << message;
        Q_EMIT problem(message);
        done(makeError(ErrorCode::Io, message));
    };
    const QString id = request.id().toHex();
    sender.submit(
        {m_options.token, erc20::approve(m_options.marketplace, request.totalPrice()), UInt256(),
         QStringLiteral("approve for request %1").arg(id)},
        this, [this, &sender, request, id, fail, done](const Result<TransactionReceipt>& approved) {
            if (!approved.ok() || !approved->succeeded)
                return fail(QStringLiteral("a demo client could not approve request %1: %2")
                                .arg(id, approved.ok() ? QStringLiteral("the approval failed")
                                                       : approved.message()));
            sender.submit(
                {m_options.marketplace, marketplace::requestStorage(request), UInt256(),
                 QStringLiteral("requestStorage %1").arg(id)},
                this, [this, request, id, fail, done](const Result<TransactionReceipt>& sent) {
                    if (!sent.ok() || !sent->succeeded)
                        return fail(QStringLiteral("a demo client could not post request %1: %2")
                                        .arg(id, sent.ok() ? QStringLiteral("requestStorage "
                                                                            "failed on chain")
                                                           : sent.message()));
                    ++m_posted;
                    qCInfo(lcChainDemoClients).noquote()
                        << "posted request" << id << "slots" << request.ask.slots << "slotSize"
                        << request.ask.slotSize << "duration" << request.ask.duration;
                    Q_EMIT posted(request);
                    done(request);
                });
        });
}

} // namespace salesdesk
