#include "core/chain/tx/TransactionRpc.h"

#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RevertData.h"
#include "core/chain/rpc/RpcHex.h"

#include <QJsonArray>

namespace salesdesk {

namespace {

bool mentionsRevert(const RpcError& error) {
    return error.message.contains(QLatin1String("revert"), Qt::CaseInsensitive);
}

} // namespace

Error TransactionRpc::errorOf(const RpcError& error) {
    return makeError(error.kind == RpcError::Kind::Malformed ? ErrorCode::InvalidArgument
                                                             : ErrorCode::Io,
                     error.describe());
}

QJsonObject TransactionRpc::callObject(const Address& from, const OutgoingTransaction& transaction,
                                       std::optional<quint64> gas) {
    QJsonObject call{{QStringLiteral("from"), from.toHex()},
                     {QStringLiteral("data"), rpc::toData(transaction.data)}};
    if (transaction.to)
        call.insert(QStringLiteral("to"), transaction.to->toHex());
    if (transaction.value != UInt256(0))
        call.insert(QStringLiteral("value"), rpc::toQuantity(transaction.value));
    if (gas)
        call.insert(QStringLiteral("gas"), rpc::toQuantity(*gas));
    return call;
}

namespace {

// An eth_estimateGas answer: the gas, or why the transaction cannot be sent (with the decoded
// revert when it would revert).
std::pair<Result<quint64>, std::optional<DecodedRevert>>
estimateOf(const RpcResult<QJsonValue>& estimate, const ContractErrorTable& errors) {
    if (!estimate.ok()) {
        const RpcError& error = estimate.error();
        if (error.kind != RpcError::Kind::JsonRpc)
            return {TransactionRpc::errorOf(error), std::nullopt};
        const auto data = rpc::revertData(error);
        if (data || mentionsRevert(error)) {
            const DecodedRevert revert = errors.decode(data.value_or(QByteArray()));
            return {makeError(ErrorCode::Conflict,
                              QStringLiteral("the transaction would revert: %1; nothing was sent")
                                  .arg(revert.describe())),
                    revert};
        }
        return {makeError(ErrorCode::Conflict,
                          QStringLiteral("the node refused to estimate its gas (%1); nothing was "
                                         "sent")
                              .arg(error.message)),
                std::nullopt};
    }
    auto gas = rpc::parseJsonQuantityU64(*estimate, u"eth_estimateGas result");
    if (!gas.ok())
        return {gas.error(), std::nullopt};
    if (*gas == 0)
        return {
            makeError(ErrorCode::InvalidArgument, QStringLiteral("eth_estimateGas answered 0 gas")),
            std::nullopt};
    return {*gas, std::nullopt};
}

} // namespace

void TransactionRpc::plan(JsonRpcClient& rpc, const Address& from,
                          const OutgoingTransaction& transaction, const FeeRequest& fees,
                          const ContractErrorTable& errors, const QObject* context,
                          PlanCallback done) {
    planMany(rpc, from, {transaction}, fees, errors, context,
             [done = std::move(done)](const QList<PlanAnswer>& answers) {
                 done(answers.at(0).plan, answers.at(0).revert);
             });
}

void TransactionRpc::planMany(JsonRpcClient& rpc, const Address& from,
                              const QList<OutgoingTransaction>& transactions,
                              const FeeRequest& fees, const ContractErrorTable& errors,
                              const QObject* context, ManyPlansCallback done) {
    QList<RpcCall> calls{
        {QStringLiteral("eth_getTransactionCount"), {from.toHex(), QStringLiteral("pending")}, {}},
        {QStringLiteral("eth_feeHistory"),
         {rpc::toQuantity(static_cast<quint64>(fees.historyBlocks)), QStringLiteral("latest"),
          QJsonArray{fees.rewardPercentile}},
         {}},
        {QStringLiteral("eth_maxPriorityFeePerGas"), {}, {}}};
    for (const OutgoingTransaction& transaction : transactions)
        calls.append({QStringLiteral("eth_estimateGas"), {callObject(from, transaction)}, {}});
    const auto count = transactions.size();
    rpc.batch(
        std::move(calls), context,
        [fees, errors, count, done = std::move(done)](const QList<RpcResult<QJsonValue>>& answers) {
            QList<PlanAnswer> plans(count);
            // What every plan shares: the pending nonce and the fees.
            std::optional<Error> shared;
            Plan common;
            const RpcResult<QJsonValue>& nonceAnswer = answers.at(0);
            if (!nonceAnswer.ok()) {
                shared = errorOf(nonceAnswer.error());
            } else if (auto nonce = rpc::parseJsonQuantityU64(
                           *nonceAnswer, u"eth_getTransactionCount (pending) result");
                       !nonce.ok()) {
                shared = nonce.error();
            } else {
                common.pendingNonce = *nonce;
            }
            if (!shared) {
                auto quote =
                    FeeQuote::fromAnswers(answers.at(1), answers.at(2), fees.minPriorityFeePerGas);
                if (!quote.ok())
                    shared = quote.error();
                else
                    common.fees = *quote;
            }
            for (qsizetype i = 0; i < count; ++i) {
                // The estimate's refusal first: it names the transaction's own problem.
                auto [gas, revert] = estimateOf(answers.at(3 + i), errors);
                if (!gas.ok()) {
                    plans[i] = PlanAnswer{gas.error(), revert};
                    continue;
                }
                if (shared) {
                    plans[i] = PlanAnswer{*shared, std::nullopt};
                    continue;
                }
                Plan plan = common;
                plan.gasEstimate = *gas;
                plans[i] = PlanAnswer{plan, std::nullopt};
            }
            done(plans);
        });
}

void TransactionRpc::quoteFees(JsonRpcClient& rpc, const FeeRequest& fees, const QObject* context,
                               std::function<void(const Result<FeeQuote>&)> done) {
    QList<RpcCall> calls{{QStringLiteral("eth_feeHistory"),
                          {rpc::toQuantity(static_cast<quint64>(fees.historyBlocks)),
                           QStringLiteral("latest"), QJsonArray{fees.rewardPercentile}},
                          {}},
                         {QStringLiteral("eth_maxPriorityFeePerGas"), {}, {}}};
    rpc.batch(
        std::move(calls), context,
        [fees, done = std::move(done)](const QList<RpcResult<QJsonValue>>& answers) {
            done(FeeQuote::fromAnswers(answers.at(0), answers.at(1), fees.minPriorityFeePerGas));
        });
}

void TransactionRpc::pollReceipts(JsonRpcClient& rpc, const QList<Hash32>& hashes,
                                  const QObject* context,
                                  std::function<void(const Result<ReceiptPoll>&)> done) {
    QList<RpcCall> calls{{QStringLiteral("eth_blockNumber"), {}, {}}};
    for (const Hash32& hash : hashes)
        calls.append({QStringLiteral("eth_getTransactionReceipt"), {hash.toHex()}, {}});
    rpc.batch(std::move(calls), context,
              [hashes, done = std::move(done)](const QList<RpcResult<QJsonValue>>& answers) {
                  done(receiptPollOf(answers.at(0), hashes, answers.mid(1)));
              });
}

Result<TransactionRpc::ReceiptPoll>
TransactionRpc::receiptPollOf(const RpcResult<QJsonValue>& headAnswer, const QList<Hash32>& hashes,
                              const QList<RpcResult<QJsonValue>>& receipts) {
    if (!headAnswer.ok())
        return errorOf(headAnswer.error());
    ReceiptPoll poll;
    auto head = rpc::parseJsonQuantityU64(*headAnswer, u"eth_blockNumber result");
    if (!head.ok())
        return head.error();
    poll.head = *head;
    for (qsizetype i = 0; i < hashes.size(); ++i) {
        const RpcResult<QJsonValue>& answer = receipts.at(i);
        if (!answer.ok())
            return errorOf(answer.error());
        if (answer->isNull())
            continue;
        auto receipt = TransactionReceipt::fromJson(*answer);
        if (!receipt.ok())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("eth_getTransactionReceipt of %1 answered a "
                                            "malformed receipt: %2")
                                 .arg(hashes.at(i).toHex(), receipt.message()));
        if (receipt->transactionHash != hashes.at(i))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("eth_getTransactionReceipt of %1 answered the "
                                            "receipt of %2")
                                 .arg(hashes.at(i).toHex(), receipt->transactionHash.toHex()));
        if (!poll.receipt)
            poll.receipt = *receipt;
    }
    return poll;
}

void TransactionRpc::blockHash(JsonRpcClient& rpc, quint64 number, const QObject* context,
                               std::function<void(const Result<std::optional<Hash32>>&)> done) {
    rpc.call(QStringLiteral("eth_getBlockByNumber"), {rpc::toQuantity(number), false}, context,
             [number, done = std::move(done)](const RpcResult<QJsonValue>& answer) {
                 done(blockHashOf(number, answer));
             });
}

Result<std::optional<Hash32>> TransactionRpc::blockHashOf(quint64 number,
                                                          const RpcResult<QJsonValue>& answer) {
    if (!answer.ok())
        return errorOf(answer.error());
    if (answer->isNull())
        return std::optional<Hash32>();
    const QJsonValue hash = answer->toObject().value(QStringLiteral("hash"));
    auto parsed = Hash32::fromHex(hash.toString());
    if (!answer->isObject() || !hash.isString() || !parsed.ok())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("eth_getBlockByNumber(%1) answered no valid block hash").arg(number));
    return std::optional<Hash32>(*parsed);
}

void TransactionRpc::minedNonce(JsonRpcClient& rpc, const Address& account, const QObject* context,
                                std::function<void(const Result<quint64>&)> done) {
    rpc.call(
        QStringLiteral("eth_getTransactionCount"), {account.toHex(), QStringLiteral("latest")},
        context, [done = std::move(done)](const RpcResult<QJsonValue>& answer) {
            if (!answer.ok())
                return done(errorOf(answer.error()));
            done(rpc::parseJsonQuantityU64(*answer, u"eth_getTransactionCount (latest) result"));
        });
}

void TransactionRpc::replayFailure(JsonRpcClient& rpc, const Address& from,
                                   const OutgoingTransaction& transaction, quint64 gas,
                                   quint64 number, const ContractErrorTable& errors,
                                   const QObject* context,
                                   std::function<void(const Replay&)> done) {
    rpc.call(QStringLiteral("eth_call"),
             {callObject(from, transaction, gas), rpc::toQuantity(number)}, context,
             [number, errors, done = std::move(done)](const RpcResult<QJsonValue>& answer) {
                 Replay replay;
                 if (answer.ok()) {
                     replay.message = QStringLiteral("it failed in block %1, but its replay there "
                                                     "does not revert: the reason is unknown")
                                          .arg(number);
                     return done(replay);
                 }
                 const RpcError& error = answer.error();
                 const auto data = rpc::revertData(error);
                 if (error.kind == RpcError::Kind::JsonRpc && (data || mentionsRevert(error))) {
                     replay.revertData = data.value_or(QByteArray());
                     replay.revert = errors.decode(*replay.revertData);
                     replay.message = QStringLiteral("reverted in block %1: %2")
                                          .arg(number)
                                          .arg(replay.revert->describe());
                     return done(replay);
                 }
                 replay.message = QStringLiteral("it failed in block %1; the reason could not be "
                                                 "read: %2")
                                      .arg(number)
                                      .arg(error.describe());
                 done(replay);
             });
}

} // namespace salesdesk
