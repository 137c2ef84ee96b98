#pragma once

#include "core/chain/tx/TransactionReceipt.h"
#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"

#include <QObject>

#include <functional>

namespace salesdesk {

class JsonRpcClient;

// Waits for a transaction's receipt: asks eth_getTransactionReceipt at once, then every
// `pollSeconds` on the Clock until the node has one or `timeoutSeconds` passed. A receipt that
// does not parse, or a failed call, ends the wait with that error.
class ReceiptWaiter final : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<TransactionReceipt>&)>;

    ReceiptWaiter(JsonRpcClient& rpc, Clock& clock, QObject* parent = nullptr);

    void wait(const Hash32& transaction, qint64 timeoutSeconds, const QObject* context,
              Callback done);

    static constexpr qint64 kPollSeconds = 1;

private:
    void ask(const Hash32& transaction, Timestamp deadline, const QObject* context, Callback done);

    JsonRpcClient& m_rpc;
    Clock& m_clock;
};

} // namespace salesdesk
