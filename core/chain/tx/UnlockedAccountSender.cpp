#include "core/chain/tx/UnlockedAccountSender.h"

#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/domain/ContextGuard.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUnlockedSender, "salesdesk.chain.unlockedaccountsender")

namespace salesdesk {

UnlockedAccountSender::UnlockedAccountSender(JsonRpcClient& rpc, Clock& clock, Address account,
                                             QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_receipts(rpc, clock)
    , m_account(account) {}

void UnlockedAccountSender::submit(const OutgoingTransaction& transaction, const QObject* context,
                                   ReceiptCallback done) {
    QJsonObject call{{QStringLiteral("from"), m_account.toHex()},
                     {QStringLiteral("data"), rpc::toData(transaction.data)}};
    if (transaction.to)
        call.insert(QStringLiteral("to"), transaction.to->toHex());
    if (transaction.value != UInt256(0))
        call.insert(QStringLiteral("value"), rpc::toQuantity(transaction.value));
    const ContextGuard guard(context);
    const QString label = transaction.label;
    m_rpc.call(QStringLiteral("eth_sendTransaction"), {call}, this,
               [this, guard, label, done = std::move(done)](const RpcResult<QJsonValue>& sent) {
                   if (guard.gone())
                       return;
                   if (!sent.ok())
                       return done(makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(
                                                                label, sent.error().describe())));
                   auto hash = Hash32::fromHex(sent->toString());
                   if (!hash.ok())
                       return done(makeError(ErrorCode::InvalidArgument,
                                             QStringLiteral("%1: the node answered a malformed "
                                                            "transaction hash: %2")
                                                 .arg(label, hash.message())));
                   qCInfo(lcUnlockedSender).noquote()
                       << QStringLiteral("%1: transaction %2 from %3")
                              .arg(label, hash->toHex(), m_account.toHex());
                   m_receipts.wait(*hash, kReceiptTimeoutSeconds, guard.get(), done);
               });
}

} // namespace salesdesk
