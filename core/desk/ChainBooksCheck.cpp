#include "core/desk/ChainBooksCheck.h"

#include "core/chain/crypto/Eip55.h"
#include "core/chain/market/MarketplaceAnswers.h"
#include "core/chain/market/MarketplaceCalls.h"
#include "core/chain/market/TransferTotalsReader.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/chain/wallet/Wallet.h"
#include "core/clock/SystemClock.h"
#include "core/desk/ChainHostSide.h"
#include "core/engine/HostEngine.h"
#include "core/reservations/Reservations.h"
#include "core/stats/Ledger.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace salesdesk {

namespace {

// What the ledger says moved between the host and the Marketplace.
struct LedgerMoves {
    UInt256 deposited = 0;
    UInt256 received = 0; // payouts and returned collateral
};

// The whole run, one object: the books read at once, then the node asked in turn.
struct Run {
    ChainBooksCheck::Options options;
    ChainBooksCheck::Done done;
    QObject context;
    SystemClock clock;
    std::unique_ptr<JsonRpcClient> rpc;
    std::unique_ptr<TransferTotalsReader> transfers;
    const MarketplaceAnswers* answers = nullptr;
    quint64 chainId = 0;
    Address marketplace;
    Address host;
    Address token;
    LedgerMoves ledger;
    QSet<SlotId> reserved;
    UInt256 movedOut = 0;
    UInt256 movedIn = 0;
    BooksCheck::Findings findings;

    void finish(Result<BooksCheck::Findings> result, const std::shared_ptr<Run>& self) {
        // From a fresh turn: the run (and its client) may go while the caller goes on.
        QTimer::singleShot(0, [self, result = std::move(result)] {
            auto answer = std::move(self->done);
            answer(result);
        });
    }
};

Result<void> readBooks(Run& run) {
    const QString directory = run.options.dataDirectory;
    auto checked = HostEngine::checkDatabase(directory);
    if (!checked.ok())
        return checked.error();
    auto database = Database::openReadOnly(std::move(*checked));
    if (!database.ok())
        return database.error();
    Ledger ledger(**database);
    auto entries = ledger.entries();
    if (!entries.ok())
        return entries.error();
    for (const LedgerEntry& entry : *entries) {
        switch (entry.kind) {
        case LedgerKind::CollateralDeposited:
            run.ledger.deposited += entry.amount;
            break;
        case LedgerKind::Payout:
        case LedgerKind::CollateralReturned:
            run.ledger.received += entry.amount;
            break;
        case LedgerKind::CollateralLost:
            break;
        }
    }
    Repo repo(**database, HostEngine::slotDataDirectory(directory));
    Reservations reservations(**database, repo);
    auto held = reservations.reservations();
    if (!held.ok())
        return held.error();
    for (const Reservation& reservation : *held)
        if (reservation.market == ReservationMarket::Codex) // a deal's bytes hold no slot
            run.reserved.insert(slotIdOf(reservation.requestId, reservation.slotIndex));

    const QString chainFile = QDir(directory).filePath(ChainHostSide::kDatabaseFileName);
    auto chainChecked = Database::check(chainFile, Database::kHostApplicationId);
    if (!chainChecked.ok())
        return chainChecked.error();
    auto chainDatabase = Database::openReadOnly(std::move(*chainChecked));
    if (!chainDatabase.ok())
        return chainDatabase.error();
    Statement& network = (*chainDatabase)
                             ->statement(QStringLiteral(
                                 "SELECT chain_id, marketplace FROM chain_network WHERE id = 1"));
    SD_TRY(network.exec());
    if (!network.next())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1 is bound to no chain yet: the host never started on one")
                .arg(QDir::toNativeSeparators(directory)));
    run.chainId = network.value(0).toULongLong();
    run.marketplace = Address::fromBytes(network.value(1).toByteArray());
    network.finish();

    auto host = Wallet(directory).address();
    if (!host.ok())
        return host.error();
    run.host = *host;
    auto answers = MarketplaceAnswers::shared();
    if (!answers.ok())
        return answers.error();
    run.answers = *answers;
    return {};
}

Error nodeError(const Run& run, const QString& what, const RpcError& error) {
    return makeError(
        ErrorCode::Io,
        QStringLiteral("%1 at %2: %3").arg(what, run.options.rpcUrl.toString(), error.describe()));
}

QJsonObject callOf(const Address& to, const QByteArray& data, const Address& from) {
    return {{QStringLiteral("to"), to.toHex()},
            {QStringLiteral("data"), rpc::toData(data)},
            {QStringLiteral("from"), from.toHex()}};
}

void compare(const std::shared_ptr<Run>& run) {
    auto& findings = run->findings;
    if (run->movedOut != run->ledger.deposited)
        findings.violations << QStringLiteral(
                                   "the host sent %1 base units to the Marketplace on chain, the "
                                   "ledger books %2 deposited")
                                   .arg(uint256::toDecimal(run->movedOut),
                                        uint256::toDecimal(run->ledger.deposited));
    if (run->movedIn != run->ledger.received)
        findings.violations << QStringLiteral(
                                   "the Marketplace sent %1 base units to the host on chain, the "
                                   "ledger books %2 paid out and returned")
                                   .arg(uint256::toDecimal(run->movedIn),
                                        uint256::toDecimal(run->ledger.received));
    findings.notes << QStringLiteral("%1 on chain %2: %3 base units deposited, %4 received")
                          .arg(eip55::toChecksumHex(run->host))
                          .arg(run->chainId)
                          .arg(uint256::toDecimal(run->movedOut), uint256::toDecimal(run->movedIn));
}

void readSlots(const std::shared_ptr<Run>& run) {
    run->rpc->call(
        QStringLiteral("eth_call"),
        {callOf(run->marketplace, marketplace::mySlots(), run->host), QStringLiteral("latest")},
        &run->context, [run](const RpcResult<QJsonValue>& answer) {
            if (!answer.ok())
                return run->finish(nodeError(*run, QStringLiteral("mySlots"), answer.error()), run);
            auto bytes = rpc::parseJsonData(*answer, u"mySlots");
            auto slots =
                bytes.ok() ? run->answers->slotIds(*bytes) : Result<QList<SlotId>>(bytes.error());
            if (!slots.ok())
                return run->finish(slots.error(), run);
            for (const SlotId& slot : *slots)
                if (!run->reserved.contains(slot))
                    run->findings.violations
                        << QStringLiteral("the Marketplace lists slot %1 as the host's; no "
                                          "reservation holds it")
                               .arg(slot.toHex());
            compare(run);
            run->finish(run->findings, run);
        });
}

// The Transfer logs between the host and the Marketplace from the start block to the newest
// block, read in pages and summed; then the slots.
void readTransfers(const std::shared_ptr<Run>& run) {
    run->rpc->callQuantityU64(
        QStringLiteral("eth_blockNumber"), {}, &run->context,
        [run](const RpcResult<quint64>& head) {
            if (!head.ok())
                return run->finish(nodeError(*run, QStringLiteral("eth_blockNumber"), head.error()),
                                   run);
            TransferTotalsReader::Options options;
            options.token = run->token;
            options.account = run->host;
            options.counterparty = run->marketplace;
            options.fromBlock = run->options.startBlock;
            options.toBlock = *head;
            options.maxBlockRange = run->options.maxBlockRange;
            run->transfers = std::make_unique<TransferTotalsReader>(*run->rpc, options);
            run->transfers->read([run](const RpcResult<TransferTotalsReader::Totals>& totals) {
                if (!totals.ok())
                    return run->finish(
                        nodeError(*run, QStringLiteral("eth_getLogs"), totals.error()), run);
                run->movedOut = totals->sent;
                run->movedIn = totals->received;
                readSlots(run);
            });
        });
}

} // namespace

bool ChainBooksCheck::isChainDirectory(const QString& dataDirectory) {
    return QFileInfo::exists(QDir(dataDirectory).filePath(ChainHostSide::kDatabaseFileName));
}

void ChainBooksCheck::run(const Options& options, Done done) {
    auto run = std::make_shared<Run>();
    run->options = options;
    run->done = std::move(done);
    if (auto read = readBooks(*run); !read.ok())
        return run->finish(read.error(), run);
    JsonRpcClient::Options rpcOptions;
    rpcOptions.maxAttempts = 3;
    run->rpc = std::make_unique<JsonRpcClient>(options.rpcUrl, run->clock, rpcOptions);
    run->rpc->callQuantityU64(
        QStringLiteral("eth_chainId"), {}, &run->context, [run](const RpcResult<quint64>& id) {
            if (!id.ok())
                return run->finish(nodeError(*run, QStringLiteral("eth_chainId"), id.error()), run);
            if (*id != run->chainId)
                return run->finish(
                    makeError(ErrorCode::Conflict,
                              QStringLiteral("the node at %1 serves chain id %2; %3 keeps the "
                                             "books of chain %4")
                                  .arg(run->options.rpcUrl.toString())
                                  .arg(*id)
                                  .arg(QDir::toNativeSeparators(run->options.dataDirectory))
                                  .arg(run->chainId)),
                    run);
            run->rpc->call(QStringLiteral("eth_call"),
                           {callOf(run->marketplace, marketplace::token(), run->host),
                            QStringLiteral("latest")},
                           &run->context, [run](const RpcResult<QJsonValue>& answer) {
                               if (!answer.ok())
                                   return run->finish(
                                       nodeError(*run, QStringLiteral("token()"), answer.error()),
                                       run);
                               auto bytes = rpc::parseJsonData(*answer, u"token()");
                               auto token = bytes.ok() ? run->answers->address(u"token", *bytes)
                                                       : Result<Address>(bytes.error());
                               if (!token.ok())
                                   return run->finish(token.error(), run);
                               run->token = *token;
                               readTransfers(run);
                           });
        });
}

} // namespace salesdesk
