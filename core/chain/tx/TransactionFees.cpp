#include "core/chain/tx/TransactionFees.h"

#include "core/chain/rpc/RpcHex.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace salesdesk {

namespace {

QString weiText(const UInt256& wei) {
    return QStringLiteral("%1 wei").arg(uint256::toDecimal(wei));
}

Result<UInt256> medianReward(const QJsonValue& rewards) {
    if (rewards.isUndefined() || rewards.isNull())
        return UInt256(0);
    if (!rewards.isArray())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("eth_feeHistory: reward is not an array"));
    std::vector<UInt256> values;
    for (const QJsonValue& block : rewards.toArray()) {
        if (!block.isArray())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("eth_feeHistory: a reward entry is not an array"));
        const QJsonArray percentiles = block.toArray();
        if (percentiles.isEmpty())
            continue;
        UInt256 reward;
        SD_TRY_ASSIGN(reward, rpc::parseJsonQuantity(percentiles.at(0), u"eth_feeHistory reward"));
        values.push_back(reward);
    }
    if (values.empty())
        return UInt256(0);
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

Result<FeeQuote> FeeQuote::fromAnswers(const RpcResult<QJsonValue>& feeHistory,
                                       const RpcResult<QJsonValue>& maxPriorityFee,
                                       const UInt256& minPriorityFeePerGas) {
    if (!feeHistory.ok())
        return makeError(feeHistory.error().kind == RpcError::Kind::Malformed
                             ? ErrorCode::InvalidArgument
                             : ErrorCode::Io,
                         feeHistory.error().describe());
    if (!feeHistory->isObject())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("eth_feeHistory did not answer an object"));
    const QJsonObject history = feeHistory->toObject();
    const QJsonValue baseFees = history.value(QStringLiteral("baseFeePerGas"));
    if (!baseFees.isArray() || baseFees.toArray().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("eth_feeHistory: baseFeePerGas is missing or empty"));
    FeeQuote quote;
    SD_TRY_ASSIGN(quote.baseFeePerGas,
                  rpc::parseJsonQuantity(baseFees.toArray().last(),
                                         u"eth_feeHistory baseFeePerGas (the next block's)"));
    if (maxPriorityFee.ok()) {
        SD_TRY_ASSIGN(quote.priorityFeePerGas,
                      rpc::parseJsonQuantity(*maxPriorityFee, u"eth_maxPriorityFeePerGas result"));
    } else if (maxPriorityFee.error().kind == RpcError::Kind::JsonRpc) {
        // A node without eth_maxPriorityFeePerGas: what recent blocks paid.
        SD_TRY_ASSIGN(quote.priorityFeePerGas,
                      medianReward(history.value(QStringLiteral("reward"))));
    } else {
        return makeError(maxPriorityFee.error().kind == RpcError::Kind::Malformed
                             ? ErrorCode::InvalidArgument
                             : ErrorCode::Io,
                         maxPriorityFee.error().describe());
    }
    quote.priorityFeePerGas = std::max(quote.priorityFeePerGas, minPriorityFeePerGas);
    return quote;
}

UInt256 TransactionFees::raisedByAnEighth(const UInt256& value) {
    const UInt256 eighth = value / 8 + (value % 8 != 0 ? 1 : 0);
    auto raised = uint256::checkedAdd(value, std::max(eighth, UInt256(1)));
    return raised.ok() ? *raised : uint256::max();
}

Result<TransactionFees> TransactionFees::initial(const FeeQuote& quote, const UInt256& cap) {
    auto needed = uint256::checkedAdd(quote.baseFeePerGas, quote.priorityFeePerGas);
    if (!needed.ok() || *needed > cap)
        return makeError(
            ErrorCode::OutOfBounds,
            QStringLiteral("the chain asks %1 per gas now (base fee %2 + priority fee %3), more "
                           "than the fee cap of %4 per gas; nothing was sent")
                .arg(needed.ok() ? weiText(*needed) : QStringLiteral("more than 2^256"),
                     weiText(quote.baseFeePerGas), weiText(quote.priorityFeePerGas), weiText(cap)));
    TransactionFees fees;
    fees.maxPriorityFeePerGas = quote.priorityFeePerGas;
    auto doubled = uint256::checkedMul(quote.baseFeePerGas, UInt256(2));
    auto maxFee = doubled.ok() ? uint256::checkedAdd(*doubled, quote.priorityFeePerGas) : doubled;
    fees.maxFeePerGas = maxFee.ok() ? std::min(*maxFee, cap) : cap;
    return fees;
}

Result<TransactionFees> TransactionFees::bumped(const TransactionFees& previous,
                                                const FeeQuote& quote, const UInt256& cap) {
    TransactionFees fees;
    fees.maxPriorityFeePerGas =
        std::max(raisedByAnEighth(previous.maxPriorityFeePerGas), quote.priorityFeePerGas);
    const UInt256 minimum = raisedByAnEighth(previous.maxFeePerGas);
    auto doubled = uint256::checkedMul(quote.baseFeePerGas, UInt256(2));
    auto wanted = doubled.ok() ? uint256::checkedAdd(*doubled, fees.maxPriorityFeePerGas) : doubled;
    fees.maxFeePerGas = std::max(minimum, wanted.ok() ? *wanted : uint256::max());
    auto needed = uint256::checkedAdd(quote.baseFeePerGas, fees.maxPriorityFeePerGas);
    if (fees.maxFeePerGas > cap) {
        if (minimum > cap || !needed.ok() || *needed > cap)
            return makeError(ErrorCode::OutOfBounds,
                             QStringLiteral("a fee bump needs at least %1 per gas (the last "
                                            "attempt offered %2), more than the fee cap of %3 "
                                            "per gas")
                                 .arg(weiText(std::max(minimum, needed.ok() ? *needed : minimum)),
                                      weiText(previous.maxFeePerGas), weiText(cap)));
        fees.maxFeePerGas = cap;
    }
    fees.maxPriorityFeePerGas = std::min(fees.maxPriorityFeePerGas, fees.maxFeePerGas);
    return fees;
}

} // namespace salesdesk
