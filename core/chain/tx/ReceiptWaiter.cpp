#include "core/chain/tx/ReceiptWaiter.h"

#include "core/chain/rpc/JsonRpcClient.h"
#include "core/domain/ContextGuard.h"

namespace salesdesk {

ReceiptWaiter::ReceiptWaiter(JsonRpcClient& rpc, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_clock(clock) {}

void ReceiptWaiter::wait(const Hash32& transaction, qint64 timeoutSeconds, const QObject* context,
                         Callback done) {
    ask(transaction, m_clock.now() + timeoutSeconds, context, std::move(done));
}

void ReceiptWaiter::ask(const Hash32& transaction, Timestamp deadline, const QObject* context,
                        Callback done) {
    const ContextGuard guard(context);
    m_rpc.call(
        QStringLiteral("eth_getTransactionReceipt"), {transaction.toHex()}, this,
        [this, transaction, deadline, guard,
         done = std::move(done)](const RpcResult<QJsonValue>& answer) {
            if (guard.gone())
                return;
            if (!answer.ok())
                return done(makeError(ErrorCode::Io,
                                      QStringLiteral("receipt of %1: %2")
                                          .arg(transaction.toHex(), answer.error().describe())));
            if (!answer->isNull())
                return done(TransactionReceipt::fromJson(*answer));
            if (m_clock.now() >= deadline)
                return done(
                    makeError(ErrorCode::Io, QStringLiteral("transaction %1 was not mined in time")
                                                 .arg(transaction.toHex())));
            m_clock.callAfter(kPollSeconds, this, [this, transaction, deadline, guard, done] {
                if (!guard.gone())
                    ask(transaction, deadline, guard.get(), done);
            });
        });
}

} // namespace salesdesk
