#include "core/desk/Withdrawal.h"

#include "core/chain/crypto/Eip55.h"
#include "core/chain/market/Erc20.h"
#include "core/domain/Slot.h"
#include "core/domain/TokenAmount.h"
#include "core/engine/HostEngine.h"
#include "core/reservations/Reservations.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"

#include <QSet>
#include <QUuid>

namespace salesdesk {

Result<UInt256> Withdrawal::collateralStillNeeded(HostEngine& engine) {
    QSet<SlotId> filled;
    for (const SalesAgent* agent : engine.sales().agents())
        if (agent->data().filledByUs)
            filled.insert(agent->data().slotId);
    QList<Reservation> reservations;
    SD_TRY_ASSIGN(reservations, engine.reservations().reservations());
    UInt256 needed = 0;
    for (const Reservation& reservation : reservations) {
        // A direct deal's collateral comes from the provider's escrow in the DirectDeals
        // contract, not from the wallet, and no sale ever fills it: counting it would keep it
        // back from the wallet for good.
        if (reservation.market == ReservationMarket::Deal)
            continue;
        if (filled.contains(slotIdOf(reservation.requestId, reservation.slotIndex)))
            continue;
        SD_TRY_ASSIGN(needed, uint256::checkedAdd(needed, reservation.collateral));
    }
    return needed;
}

UInt256 Withdrawal::withdrawable(const UInt256& balance, const UInt256& needed) {
    return balance > needed ? UInt256(balance - needed) : UInt256(0);
}

Result<Address> Withdrawal::parseRecipient(const QString& text, const Address& wallet) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Enter the address to send the tokens to"));
    auto address = eip55::parse(trimmed);
    if (!address.ok())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Not an address: %1").arg(address.message()));
    if (*address == Address())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The zero address burns what it is sent; enter another address"));
    if (*address == wallet)
        return makeError(ErrorCode::InvalidArgument,
                         tr("That is this wallet's own address; enter another address"));
    return *address;
}

Result<UInt256> Withdrawal::parseAmount(const QString& text, const TokenInfo& token,
                                        const UInt256& balance, const UInt256& needed,
                                        const QLocale& locale) {
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Enter the amount to send"));
    auto amount = tokens::parse(text, token, locale);
    if (!amount.ok())
        return amount.error();
    if (*amount == 0)
        return makeError(ErrorCode::InvalidArgument, tr("The amount must be more than zero"));
    const UInt256 limit = withdrawable(balance, needed);
    if (*amount > limit)
        return makeError(ErrorCode::OutOfBounds,
                         tr("%1 is more than you can withdraw: %2 (the balance, %3, minus %4 of "
                            "collateral the open sales still need)")
                             .arg(tokens::formatExact(*amount, token, locale),
                                  tokens::formatExact(limit, token, locale),
                                  tokens::formatExact(balance, token, locale),
                                  tokens::formatExact(needed, token, locale)));
    return *amount;
}

QString Withdrawal::newIntentKey() {
    return QStringLiteral("withdraw:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

OutgoingTransaction Withdrawal::transaction(const Address& token, const Address& to,
                                            const UInt256& amount, const TokenInfo& info) {
    OutgoingTransaction transaction;
    transaction.to = token;
    transaction.data = erc20::transfer(to, amount);
    transaction.label =
        QStringLiteral("withdraw %1 to %2")
            .arg(tokens::toPlainDecimal(amount, info) + QLatin1Char(' ') + info.symbol,
                 eip55::toChecksumHex(to));
    return transaction;
}

} // namespace salesdesk
