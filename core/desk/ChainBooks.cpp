#include "core/desk/ChainBooks.h"

#include "core/chain/events/EventCursor.h"
#include "core/chain/market/TokenTransferFollower.h"
#include "core/desk/ChainHostSide.h"
#include "core/stats/Ledger.h"

namespace salesdesk {

Result<ChainBooks> ChainBooks::read(const ChainHostSide& side, const Ledger& ledger) {
    auto followed =
        TokenTransferFollower::totals(side.database(), side.address(), side.options().marketplace);
    if (!followed.ok())
        return followed.error();
    auto booked = ledger.totals();
    if (!booked.ok())
        return booked.error();
    ChainBooks books;
    books.chainOut = followed->sent;
    books.chainIn = followed->received;
    books.ledgerOut = booked->deposited;
    books.ledgerIn = booked->payouts + booked->returned;
    books.sinceBlock = side.options().startBlock;
    if (const auto at = side.transfers().cursor().position())
        books.readUpTo = at->number;
    return books;
}

} // namespace salesdesk
