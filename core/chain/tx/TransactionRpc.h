#pragma once

#include "core/chain/rpc/ContractErrorTable.h"
#include "core/chain/rpc/RpcResult.h"
#include "core/chain/tx/OutgoingTransaction.h"
#include "core/chain/tx/TransactionFees.h"
#include "core/chain/tx/TransactionReceipt.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace salesdesk {

class JsonRpcClient;

// The node calls of TransactionManager, each with its answers parsed strictly: a malformed
// answer is an error naming the method and the field (InvalidArgument), a failed call an error
// with RpcError::describe() (Io). Callbacks follow JsonRpcClient's convention.
class TransactionRpc {
public:
    struct FeeRequest {
        int historyBlocks = 5;
        int rewardPercentile = 50;
        UInt256 minPriorityFeePerGas;
    };
    // What the node says before an intent is signed.
    struct Plan {
        quint64 pendingNonce = 0; // eth_getTransactionCount(account, "pending")
        quint64 gasEstimate = 0;  // eth_estimateGas
        FeeQuote fees;
    };
    // The error, and the contract's error when the estimate reverted.
    using PlanCallback =
        std::function<void(const Result<Plan>&, const std::optional<DecodedRevert>&)>;
    // One transaction's plan, or why it cannot be sent.
    struct PlanAnswer {
        Result<Plan> plan = makeError(ErrorCode::Io, QStringLiteral("not planned"));
        std::optional<DecodedRevert> revert;
    };
    using ManyPlansCallback = std::function<void(const QList<PlanAnswer>&)>;
    // The head, and the first receipt the node has for any of the hashes.
    struct ReceiptPoll {
        quint64 head = 0;
        std::optional<TransactionReceipt> receipt;
    };
    // A mined failure replayed: the revert data (nullopt when the replay did not revert or
    // failed) and a sentence for people.
    struct Replay {
        std::optional<QByteArray> revertData;
        std::optional<DecodedRevert> revert;
        QString message;
    };

    // The call object of eth_estimateGas and eth_call.
    static QJsonObject callObject(const Address& from, const OutgoingTransaction& transaction,
                                  std::optional<quint64> gas = std::nullopt);

    // One batch: the pending nonce, the gas estimate, eth_feeHistory and
    // eth_maxPriorityFeePerGas. An estimate that reverts is a Conflict naming the decoded revert.
    static void plan(JsonRpcClient& rpc, const Address& from,
                     const OutgoingTransaction& transaction, const FeeRequest& fees,
                     const ContractErrorTable& errors, const QObject* context, PlanCallback done);
    // The plans of several transactions in one batch: the pending nonce and the fees asked once,
    // an estimate per transaction (each on the chain's state as it is: for transactions that do
    // not depend on each other). Answered in order.
    static void planMany(JsonRpcClient& rpc, const Address& from,
                         const QList<OutgoingTransaction>& transactions, const FeeRequest& fees,
                         const ContractErrorTable& errors, const QObject* context,
                         ManyPlansCallback done);
    static void quoteFees(JsonRpcClient& rpc, const FeeRequest& fees, const QObject* context,
                          std::function<void(const Result<FeeQuote>&)> done);
    static void pollReceipts(JsonRpcClient& rpc, const QList<Hash32>& hashes,
                             const QObject* context,
                             std::function<void(const Result<ReceiptPoll>&)> done);
    // A poll read from the answers of eth_blockNumber and of eth_getTransactionReceipt of each
    // of `hashes` (in their order).
    static Result<ReceiptPoll> receiptPollOf(const RpcResult<QJsonValue>& head,
                                             const QList<Hash32>& hashes,
                                             const QList<RpcResult<QJsonValue>>& receipts);
    // The hash of canonical block `number`; nullopt when the chain is shorter.
    static void blockHash(JsonRpcClient& rpc, quint64 number, const QObject* context,
                          std::function<void(const Result<std::optional<Hash32>>&)> done);
    // The block hash in the answer of eth_getBlockByNumber(`number`, false).
    static Result<std::optional<Hash32>> blockHashOf(quint64 number,
                                                     const RpcResult<QJsonValue>& answer);
    // eth_getTransactionCount(account, "latest"): the account's next nonce as mined.
    static void minedNonce(JsonRpcClient& rpc, const Address& account, const QObject* context,
                           std::function<void(const Result<quint64>&)> done);
    // eth_call of the transaction at block `number`, to recover why it failed there.
    static void replayFailure(JsonRpcClient& rpc, const Address& from,
                              const OutgoingTransaction& transaction, quint64 gas, quint64 number,
                              const ContractErrorTable& errors, const QObject* context,
                              std::function<void(const Replay&)> done);

    // An RpcError as an Error: Malformed answers are InvalidArgument, the rest Io.
    static Error errorOf(const RpcError& error);
};

} // namespace salesdesk
