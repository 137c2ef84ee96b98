#include "core/chain/tx/TransactionOutcome.h"

namespace salesdesk {

QString TransactionOutcome::describe() const {
    const QString what = label.isEmpty() ? intentKey : label;
    if (!state)
        return QStringLiteral("%1: not sent: %2").arg(what, error ? error->message : QString());
    QString text = QStringLiteral("%1: %2").arg(what, transaction_state::toText(*state));
    if (nonce)
        text += QStringLiteral(", nonce %1").arg(*nonce);
    if (receipt)
        text += QStringLiteral(", block %1, transaction %2")
                    .arg(receipt->blockNumber)
                    .arg(receipt->transactionHash.toHex());
    else if (hash)
        text += QStringLiteral(", transaction %1").arg(hash->toHex());
    if (error)
        text += QStringLiteral(": ") + error->message;
    return text;
}

} // namespace salesdesk
