#include "core/chain/retrieval/RetrievalChannelsAbi.h"

#include "core/chain/deploy/ContractArtifact.h"

#include <limits>
#include <optional>

namespace salesdesk {

namespace {

Error noAbi() {
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("the RetrievalChannels ABI is not embedded in this build"));
}

} // namespace

const abi::ContractAbi* retrievalChannelsAbi() {
    static const std::optional<abi::ContractAbi> abi = []() -> std::optional<abi::ContractAbi> {
        auto artifact = ContractArtifact::embedded(QStringLiteral("RetrievalChannels"));
        if (!artifact)
            return std::nullopt;
        auto parsed = abi::ContractAbi::fromJson(artifact->abi);
        if (!parsed)
            return std::nullopt;
        return std::move(parsed).value();
    }();
    return abi ? &*abi : nullptr;
}

Result<QByteArray> encodeChannelView(const Hash32& channelId) {
    const abi::ContractAbi* abi = retrievalChannelsAbi();
    if (!abi)
        return noAbi();
    return abi->encodeCall(QStringLiteral("channel"),
                           {abi::AbiValue::bytes(channelId.toByteArray())});
}

Result<ChannelView> decodeChannelView(const QByteArray& answer) {
    const abi::ContractAbi* abi = retrievalChannelsAbi();
    if (!abi)
        return noAbi();
    SD_TRY_DECLARE(values, abi->decodeOutput(QStringLiteral("channel"), answer));
    if (values.size() != 1 || values.front().items().size() != 6)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("channel(id) answered %1 values, not one of six fields")
                             .arg(values.size()));
    const std::vector<abi::AbiValue>& fields = values.front().items();
    ChannelView view;
    view.payer = fields.at(0).toAddress();
    view.payee = fields.at(1).toAddress();
    view.deposit = fields.at(2).word();
    view.claimed = fields.at(3).word();
    if (fields.at(4).word() > UInt256(std::numeric_limits<Timestamp>::max()))
        return makeError(ErrorCode::OutOfBounds,
                         QStringLiteral("channel(id) answered a close time beyond any date: %1")
                             .arg(uint256::toDecimal(fields.at(4).word())));
    view.closesAt = static_cast<Timestamp>(fields.at(4).word());
    view.finalized = fields.at(5).toBool();
    return view;
}

} // namespace salesdesk
