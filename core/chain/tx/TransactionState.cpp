#include "core/chain/tx/TransactionState.h"

namespace salesdesk::transaction_state {

QString toText(TransactionState state) {
    switch (state) {
    case TransactionState::Signed:
        return QStringLiteral("signed");
    case TransactionState::Sent:
        return QStringLiteral("sent");
    case TransactionState::Mined:
        return QStringLiteral("mined");
    case TransactionState::Failed:
        return QStringLiteral("failed");
    case TransactionState::Dropped:
        return QStringLiteral("dropped");
    }
    return QStringLiteral("unknown");
}

Result<TransactionState> fromText(QStringView text) {
    for (const TransactionState state :
         {TransactionState::Signed, TransactionState::Sent, TransactionState::Mined,
          TransactionState::Failed, TransactionState::Dropped})
        if (text == toText(state))
            return state;
    return makeError(ErrorCode::DatabaseCorrupt,
                     QStringLiteral("unknown transaction state \"%1\"").arg(text));
}

} // namespace salesdesk::transaction_state
