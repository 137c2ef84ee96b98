#pragma once

#include "core/domain/Result.h"

#include <QString>
#include <QStringView>

namespace salesdesk {

// Where a stored transaction intent stands (the `state` column of chain_transactions):
//   Signed   signed and stored; not known to have reached the node
//   Sent     the node took it (or may have: an answer was lost); waiting for a receipt
//   Mined    mined with status 1 and as deep as the confirmations asked for (final)
//   Failed   mined with status 0 (its receipt and the revert say why), or refused by the node
//            when first sent, so its nonce was never used (final)
//   Dropped  its nonce was used by another transaction and none of its attempts was mined
//            (final)
enum class TransactionState { Signed, Sent, Mined, Failed, Dropped };

namespace transaction_state {

// "signed", "sent", "mined", "failed", "dropped": the stored form, also used in logs.
QString toText(TransactionState state);
Result<TransactionState> fromText(QStringView text);
inline bool isFinal(TransactionState state) {
    return state == TransactionState::Mined || state == TransactionState::Failed ||
           state == TransactionState::Dropped;
}

} // namespace transaction_state
} // namespace salesdesk
