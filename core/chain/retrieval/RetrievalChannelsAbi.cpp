#include "core/chain/retrieval/RetrievalChannelsAbi.h"

#include "core/chain/deploy/ContractArtifact.h"

#include <optional>

namespace salesdesk {

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

} // namespace salesdesk
