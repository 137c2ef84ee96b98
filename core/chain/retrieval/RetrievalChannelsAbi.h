#pragma once

#include "core/chain/abi/ContractAbi.h"
#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QByteArray>

namespace salesdesk {

// The retrieval channels contract's ABI (contracts/RetrievalChannels.sol, embedded), read once;
// null when the build does not embed it. Its events are what ChannelFollower reads, its claim
// what ChannelClaimer sends.
const abi::ContractAbi* retrievalChannelsAbi();

// A channel as the contract's channel(id) view answers it. A channel the contract does not know
// answers zeros (payer 0).
struct ChannelView {
    Address payer;
    Address payee;
    UInt256 deposit;
    UInt256 claimed;
    Timestamp closesAt = 0; // 0: no close requested
    bool finalized = false;
};

// channel(id)'s call data; an error when the ABI is not embedded.
Result<QByteArray> encodeChannelView(const Hash32& channelId);
// channel(id)'s answer decoded; an error (naming what is wrong) for an answer of another shape.
Result<ChannelView> decodeChannelView(const QByteArray& answer);

} // namespace salesdesk
