#include "tests/support/chain/HostBooks.h"

#include "core/engine/HostEngine.h"
#include "core/reservations/Reservations.h"
#include "core/stats/Ledger.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"

#include <QDir>

#include <algorithm>

namespace salesdesk::test {

LedgerMovements ledgerMovements(const QList<LedgerEntry>& entries) {
    LedgerMovements movements;
    for (const LedgerEntry& entry : entries) {
        switch (entry.kind) {
        case LedgerKind::CollateralDeposited:
            movements.out += entry.amount;
            ++movements.deposits;
            break;
        case LedgerKind::Payout:
            movements.in += entry.amount;
            ++movements.payouts;
            break;
        case LedgerKind::CollateralReturned:
            movements.in += entry.amount;
            ++movements.returned;
            break;
        case LedgerKind::CollateralLost:
            ++movements.lost;
            break;
        }
    }
    return movements;
}

Result<HostBooks> readHostBooks(const QString& dataDirectory, const Address& host,
                                const Address& marketplace) {
    HostBooks books;
    {
        SD_TRY_DECLARE(checked, HostEngine::checkDatabase(dataDirectory));
        SD_TRY_DECLARE(database, Database::openReadOnly(std::move(checked)));
        Repo repo(*database, HostEngine::slotDataDirectory(dataDirectory));
        Reservations reservations(*database, repo);
        Ledger ledger(*database);
        SD_TRY_DECLARE(entries, ledger.entries());
        books.moved = ledgerMovements(entries);
        SD_TRY_DECLARE(held, reservations.reservations());
        books.reservationsHeld = held.size();
        SD_TRY_DECLARE(offered, reservations.availabilities());
        books.availabilities = offered.size();
        books.everyAvailabilityWhole =
            std::all_of(offered.cbegin(), offered.cend(), [](const Availability& availability) {
                return availability.freeSize == availability.totalSize &&
                       availability.totalRemainingCollateral == availability.totalCollateral;
            });
    }
    SD_TRY_ASSIGN(books.followed, followedTransfers(dataDirectory, host, marketplace));
    books.disagreements =
        TokenTransferFollower::disagreements(books.followed, books.moved.out, books.moved.in);
    return books;
}

Result<TokenTransferFollower::Totals>
followedTransfers(const QString& dataDirectory, const Address& host, const Address& marketplace) {
    SD_TRY_DECLARE(checked,
                   Database::check(QDir(dataDirectory).filePath(QStringLiteral("chain.sqlite")),
                                   Database::kHostApplicationId));
    SD_TRY_DECLARE(database, Database::openReadOnly(std::move(checked)));
    return TokenTransferFollower::totals(*database, host, marketplace);
}

} // namespace salesdesk::test
