#pragma once

#include "core/chain/rpc/ContractErrorTable.h"
#include "core/chain/tx/TransactionReceipt.h"
#include "core/chain/tx/TransactionState.h"
#include "core/domain/Error.h"
#include "core/domain/FixedBytes.h"

#include <QString>

#include <optional>

namespace salesdesk {

// What became of an intent, as TransactionManager answers it and as outcome(key) reads it back.
//
// `state` unset: nothing was stored or sent (the estimate reverted, the fee cap was below what
// the chain asks, the node could not be asked, the key names another transaction…); `error`
// says why and `revert` names the contract's error when the estimate reverted. The caller may
// send again under the same key.
//
// Otherwise the stored state: Mined (with its receipt), Failed (mined with status 0: receipt,
// `revert` from replaying it and `error`; or refused by the node when first sent: `error`),
// Dropped (`error` names the nonce and the attempts), or, read with outcome(key) before it
// settled, Signed or Sent.
struct TransactionOutcome {
    QString intentKey;
    QString label;
    std::optional<TransactionState> state;
    std::optional<quint64> nonce;
    std::optional<Hash32> hash; // the attempt that was mined, else the latest attempt
    int attempts = 0;
    std::optional<TransactionReceipt> receipt;
    std::optional<DecodedRevert> revert;
    std::optional<Error> error;

    bool stored() const { return state.has_value(); }
    bool succeeded() const { return state == TransactionState::Mined; }
    bool isFinal() const { return !state || transaction_state::isFinal(*state); }
    // One line for logs and people: "mined in block 12 (0xab…)", "failed: Error(\"…\")", …
    QString describe() const;
};

} // namespace salesdesk
