#include "core/chain/local/LocalChain.h"

#include "core/chain/rpc/RpcHex.h"

#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLocalChain, "salesdesk.chain.localchain")

namespace salesdesk {

LocalChain::LocalChain(QObject* parent)
    : LocalChain(Options{}, parent) {}

LocalChain::LocalChain(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_anvil(m_options.anvil) {
    connect(&m_anvil, &AnvilProcess::exitedUnexpectedly, this, &LocalChain::exitedUnexpectedly);
}

LocalChain::~LocalChain() {
    m_rpc.reset();
}

bool LocalChain::isRunning() const {
    return m_anvil.isRunning() && m_rpc != nullptr;
}

JsonRpcClient& LocalChain::rpc() {
    Q_ASSERT(m_rpc);
    return *m_rpc;
}

void LocalChain::start(const QObject* context, std::function<void(const Result<void>&)> done) {
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto answer = [guard, hasContext, done = std::move(done)](const Result<void>& result) {
        if (!(hasContext && guard.isNull()) && done)
            done(result);
    };
    m_anvil.start(this, [this, answer](const Result<void>& started) {
        if (!started.ok())
            return answer(started);
        m_rpc = std::make_unique<JsonRpcClient>(m_anvil.rpcUrl(), m_clock);
        if (m_options.initialBlocks == 0)
            return answer({});
        mine(m_options.initialBlocks, this, [this, answer](const RpcResult<QJsonValue>& mined) {
            if (!mined.ok()) {
                m_anvil.stop();
                return answer(makeError(ErrorCode::Io,
                                        QStringLiteral("anvil started but could not mine its first "
                                                       "blocks: ") +
                                            mined.error().describe()));
            }
            qCInfo(lcLocalChain).noquote()
                << QStringLiteral("local chain on %1: chain id %2, %3 blocks mined")
                       .arg(m_anvil.rpcUrl().toString())
                       .arg(m_anvil.chainId())
                       .arg(m_options.initialBlocks);
            answer({});
        });
    });
}

void LocalChain::stop() {
    m_rpc.reset();
    m_anvil.stop();
}

void LocalChain::mine(quint64 blocks, const QObject* context, RpcCallback done) {
    rpc().call(QStringLiteral("anvil_mine"), {rpc::toQuantity(blocks)}, context, std::move(done));
}

void LocalChain::increaseTime(qint64 seconds, const QObject* context, RpcCallback done) {
    // One after the other: the block must be mined after the time moved.
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    rpc().call(
        QStringLiteral("evm_increaseTime"),
        {rpc::toQuantity(quint64(std::max<qint64>(0, seconds)))}, context,
        [this, guard, hasContext, done = std::move(done)](const RpcResult<QJsonValue>& moved) {
            if (!moved.ok() || !m_rpc)
                return done(moved);
            m_rpc->call(QStringLiteral("evm_mine"), {}, hasContext ? guard.data() : nullptr,
                        [guard, hasContext, done](const RpcResult<QJsonValue>& mined) {
                            if (!(hasContext && guard.isNull()))
                                done(mined);
                        });
        });
}

void LocalChain::snapshot(const QObject* context, RpcCallback done) {
    rpc().call(QStringLiteral("evm_snapshot"), {}, context, std::move(done));
}

void LocalChain::revertTo(const QString& snapshotId, const QObject* context, RpcCallback done) {
    rpc().call(QStringLiteral("evm_revert"), {snapshotId}, context, std::move(done));
}

void LocalChain::setBalance(const Address& account, const UInt256& wei, const QObject* context,
                            RpcCallback done) {
    rpc().call(QStringLiteral("anvil_setBalance"), {account.toHex(), rpc::toQuantity(wei)}, context,
               std::move(done));
}

} // namespace salesdesk
