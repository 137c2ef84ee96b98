#pragma once

#include "core/chain/abi/ContractAbi.h"

namespace salesdesk {

// The retrieval channels contract's ABI (contracts/RetrievalChannels.sol, embedded), read once;
// null when the build does not embed it. Its events are what ChannelFollower reads, its claim
// what ChannelClaimer sends.
const abi::ContractAbi* retrievalChannelsAbi();

} // namespace salesdesk
