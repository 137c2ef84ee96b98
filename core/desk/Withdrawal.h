#pragma once

#include "core/chain/tx/OutgoingTransaction.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/TokenInfo.h"
#include "core/domain/UInt256.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace salesdesk {

class HostEngine;

// Tokens sent from the host's wallet to an address the user names, and what may be sent: the
// token balance minus the collateral the open sales still have to deposit (the reservations whose
// slot the host has not filled yet), so that a withdrawal never leaves a sale unable to fill.
class Withdrawal {
    Q_DECLARE_TR_FUNCTIONS(Withdrawal)
public:
    // Σ collateral of the reservations whose slot no sale of ours has filled yet: what the open
    // sales will take from the wallet when they fill.
    static Result<UInt256> collateralStillNeeded(HostEngine& engine);
    // balance − needed, zero when the sales need more than there is.
    static UInt256 withdrawable(const UInt256& balance, const UInt256& needed);

    // The recipient typed by the user: "0x" and 40 hex digits, in EIP-55 checksum case when mixed
    // case; neither the zero address (tokens sent there are lost) nor the wallet itself.
    static Result<Address> parseRecipient(const QString& text, const Address& wallet);
    // The amount typed in tokens ("12.5", the locale's decimal point, at most the token's
    // decimals), exactly, as base units; more than zero and at most `withdrawable` (the balance
    // and the collateral still needed are named when it is more).
    static Result<UInt256> parseAmount(const QString& text, const TokenInfo& token,
                                       const UInt256& balance, const UInt256& needed,
                                       const QLocale& locale = QLocale());

    // A fresh intent key ("withdraw:<uuid>"): one per confirmed withdrawal, so the transaction
    // manager sends it once however often it is asked.
    static QString newIntentKey();
    // The token's transfer(to, amount), labelled for the transactions table.
    static OutgoingTransaction transaction(const Address& token, const Address& to,
                                           const UInt256& amount, const TokenInfo& info);
};

} // namespace salesdesk
