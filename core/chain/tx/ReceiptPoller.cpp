#include "core/chain/tx/ReceiptPoller.h"

#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace salesdesk {

ReceiptPoller::ReceiptPoller(JsonRpcClient& rpc, Clock& clock, qint64 pollSeconds, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_clock(clock)
    , m_pollSeconds(std::max<qint64>(1, pollSeconds)) {}

ReceiptPoller::~ReceiptPoller() {
    if (m_tick != 0)
        m_clock.cancel(m_tick);
}

void ReceiptPoller::pollNow(const QList<Hash32>& hashes, const QObject* context,
                            PollCallback done) {
    m_pollsNow.append(
        PollAsk{hashes, QPointer<const QObject>(context), context != nullptr, std::move(done)});
    flushSoon();
}

void ReceiptPoller::pollNext(const QList<Hash32>& hashes, const QObject* context,
                             PollCallback done) {
    m_pollsNext.append(
        PollAsk{hashes, QPointer<const QObject>(context), context != nullptr, std::move(done)});
    if (m_tick != 0)
        return;
    m_tick = m_clock.callAfter(m_pollSeconds, this, [this] {
        m_tick = 0;
        m_pollsNow.append(m_pollsNext);
        m_pollsNext.clear();
        flush();
    });
}

void ReceiptPoller::blockHash(quint64 number, const QObject* context, BlockHashCallback done) {
    m_blocks.append(
        BlockAsk{number, QPointer<const QObject>(context), context != nullptr, std::move(done)});
    flushSoon();
}

void ReceiptPoller::flushSoon() {
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_flushQueued = false;
            flush();
        },
        Qt::QueuedConnection);
}

void ReceiptPoller::flush() {
    QList<PollAsk> polls;
    polls.swap(m_pollsNow);
    polls.removeIf([](const PollAsk& ask) { return ask.gone(); });
    QList<BlockAsk> blocks;
    blocks.swap(m_blocks);
    blocks.removeIf([](const BlockAsk& ask) { return ask.gone(); });
    // Both leave on this turn: the client sends them in one HTTP request.
    if (!polls.isEmpty())
        sendPolls(std::move(polls));
    if (!blocks.isEmpty())
        sendBlocks(std::move(blocks));
}

void ReceiptPoller::sendPolls(QList<PollAsk> asks) {
    QList<RpcCall> calls{{QStringLiteral("eth_blockNumber"), {}, {}}};
    QHash<Hash32, qsizetype> callOf; // hash -> its call's index
    for (const PollAsk& ask : std::as_const(asks))
        for (const Hash32& hash : ask.hashes)
            if (!callOf.contains(hash)) {
                callOf.insert(hash, calls.size());
                calls.append({QStringLiteral("eth_getTransactionReceipt"), {hash.toHex()}, {}});
            }
    ++m_batchesSent;
    auto delivery = std::make_shared<PollDelivery>();
    delivery->asks = std::move(asks);
    delivery->callOf = std::move(callOf);
    m_rpc.batch(std::move(calls), this,
                [this, delivery](const QList<RpcResult<QJsonValue>>& answers) {
                    delivery->answers = answers;
                    // Each callback holds `delivery`: one may end whatever else holds it, or
                    // this poller (its manager).
                    const QPointer<ReceiptPoller> alive(this);
                    for (qsizetype i = 0; i < delivery->asks.size() && alive; ++i)
                        m_callbacks.run([this, delivery, i] { deliverOne(*delivery, i); });
                });
}

void ReceiptPoller::deliverOne(const PollDelivery& delivery, qsizetype i) {
    const PollAsk& ask = delivery.asks.at(i);
    if (ask.gone() || !ask.done)
        return;
    QList<RpcResult<QJsonValue>> receipts;
    receipts.reserve(ask.hashes.size());
    for (const Hash32& hash : ask.hashes)
        receipts.append(delivery.answers.at(delivery.callOf.value(hash)));
    ask.done(TransactionRpc::receiptPollOf(delivery.answers.at(0), ask.hashes, receipts));
}

void ReceiptPoller::sendBlocks(QList<BlockAsk> asks) {
    QList<RpcCall> calls;
    QList<quint64> numbers;
    for (const BlockAsk& ask : std::as_const(asks))
        if (!numbers.contains(ask.number)) {
            numbers.append(ask.number);
            calls.append(
                {QStringLiteral("eth_getBlockByNumber"), {rpc::toQuantity(ask.number), false}, {}});
        }
    ++m_batchesSent;
    m_rpc.batch(std::move(calls), this,
                [asks = std::move(asks),
                 numbers = std::move(numbers)](const QList<RpcResult<QJsonValue>>& answers) {
                    for (const BlockAsk& ask : asks) {
                        if (ask.gone() || !ask.done)
                            continue;
                        const auto index = numbers.indexOf(ask.number);
                        ask.done(TransactionRpc::blockHashOf(ask.number, answers.at(index)));
                    }
                });
}

} // namespace salesdesk
