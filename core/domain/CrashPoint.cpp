#include "core/domain/CrashPoint.h"

#include <QHash>

#include <cstdlib>
#include <cstring>
#include <mutex>
#include <unistd.h>

namespace salesdesk {

namespace {

// What the environment asked for, set by arm(). Read only by hit(), which runs only when armed.
struct ArmedTarget {
    std::mutex mutex; // points are reached from worker threads too (slot data writes)
    CrashPoint::Target target;
    quint64 hits = 0;
};

ArmedTarget& armedTarget() {
    static ArmedTarget target;
    return target;
}

// Unbuffered, allocation-free enough for a process about to vanish.
void say(const char* text) {
    const auto ignored = ::write(2, text, std::strlen(text));
    (void)ignored;
}

// Reads SALESDESK_CRASH_AT before main(): points are free from the first instruction of main on.
const bool kArmedAtStart = [] {
    CrashPoint::arm();
    return true;
}();

} // namespace

std::atomic<bool> CrashPoint::s_armed{false};

const QList<CrashPointInfo>& CrashPoint::all() {
    // In the order of a sale's life, then the books' multi-step writes, then the market's, then
    // the chain transactions'.
    static const QList<CrashPointInfo> points = {
        {"sale.reserve.afterMarket",
         "reserveSlot answered; the sale has not moved on to downloading"},
        {"sale.download.afterWrite",
         "a download batch is written to the slot's file; the repo has not recorded it"},
        {"sale.download.afterRecord",
         "a download batch is recorded and released from the reservation; the next batch is not "
         "started"},
        {"sale.download.afterCount",
         "a download batch of generated data (no data stored) is counted, recorded and released "
         "from the reservation; the next batch is not started"},
        {"sale.fill.beforeMarket", "the deposit is announced (expected); fillSlot is not sent"},
        {"sale.fill.afterMarket",
         "fillSlot answered (the market took the collateral); the deposit is not booked"},
        {"sale.proof.afterSubmit", "submitProof answered; the proof is not counted by the sale"},
        {"sale.payout.afterMarket",
         "freeSlot answered (payout and collateral paid); the ledger has not booked them"},
        {"sale.payout.betweenEntries",
         "the payout is booked in the ledger; the returned collateral is not"},
        {"sale.payout.afterLedger",
         "the ledger booked what freeSlot paid; the sale's cleanup has not deleted the "
         "reservation"},
        {"sales.cleanup.beforeCommit",
         "inside the cleanup transaction of an ended sale (slot data, reservation, loss), before "
         "its commit"},
        {"sales.reconcile.beforeCommit",
         "inside the transaction that settles a sale which ended while offline (ledger, slot "
         "data, reservation), before its commit"},
        {"ledger.confirmDeposit.beforeCommit",
         "the deposit is in the ledger and its expectation not yet dropped, before the commit"},
        {"repo.record.beforeCommit",
         "a written batch is counted as used and recorded, before the commit"},
        {"repo.delete.beforeFileRemoval",
         "the deletion of a slot's data is committed; its file is not removed yet"},
        {"reservations.create.beforeCommit",
         "a new reservation took bytes and collateral from its availability, before the commit"},
        {"reservations.release.beforeCommit",
         "a reservation gave written bytes out of the reserved quota, before the commit"},
        {"reservations.delete.beforeCommit",
         "a reservation's bytes and collateral went back to its availability and the row is "
         "deleted, before the commit"},
        {"market.block.beforeSave",
         "the simulated market changed its books for a block of host calls; it has not saved "
         "them"},
        {"market.block.afterSave",
         "the simulated market saved a block of host calls; none of them is answered yet"},
        // Direct deals (core/chain/deals), reached only by a host that takes them;
        // tests/app/tst_hostdealcrashcli kills one at each.
        {"deal.receive.afterWrite",
         "a deal's pushed bytes are written to its data file; the repo has not recorded them"},
        {"deal.receive.afterRecord",
         "a deal's pushed bytes are recorded as received; the client has no answer yet"},
        {"deal.publish.afterMarket",
         "publishDeal is mined; the deal is not yet booked as awaiting activation"},
        {"deal.proof.afterSubmit", "a deal's proof is mined; the deal has not counted it"},
        {"deal.settle.afterMarket",
         "a settlement of a running deal's payment is mined; the deal has not booked it"},
        {"deal.close.afterMarket", "closeExpired is mined; the deal is not yet booked as expired"},
        // Paid retrieval (core/chain/retrieval), reached only by a host that serves it;
        // tests/app/tst_hostretrievalcrashcli kills one at each.
        {"retrieval.pay.afterAccept",
         "a voucher is accepted as its channel's best and credited to its retrieval (committed); "
         "the client has no answer yet"},
        {"retrieval.send.afterRecord",
         "a chunk's bytes are recorded as sent (committed); they have not gone out"},
        {"retrieval.claim.afterSubmit",
         "a claim of a channel's best voucher is mined; the claimer has not heard of it"},
        // The chain's TransactionManager (core/chain/tx), reached only by a process that sends
        // transactions; tests/core/chain/tst_transactionmanagercrash kills one at each.
        {"tx.send.beforeBroadcast",
         "a transaction is signed and stored (state signed); eth_sendRawTransaction is not sent"},
        {"tx.send.afterBroadcast",
         "the node took the transaction and the state sent is stored; no receipt is asked for"},
        {"tx.bump.beforeBroadcast",
         "a fee bump is signed and stored as a new attempt with the same nonce; it is not sent"},
        {"tx.receipt.beforeRecord",
         "a transaction's receipt is read and deep enough; its outcome is not stored"},
    };
    return points;
}

bool CrashPoint::isKnown(const QString& name) {
    for (const CrashPointInfo& point : all())
        if (name == QLatin1String(point.name))
            return true;
    return false;
}

CrashPoint::Target CrashPoint::parse(const QString& value) {
    Target target;
    const QString trimmed = value.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
    if (colon < 0) {
        target.name = trimmed;
        return target;
    }
    bool ok = false;
    const quint64 hit = trimmed.mid(colon + 1).toULongLong(&ok);
    if (!ok || hit == 0)
        return Target{QString(), 0};
    target.name = trimmed.left(colon);
    target.hit = hit;
    return target;
}

void CrashPoint::arm() {
    (void)kArmedAtStart;
    const char* value = std::getenv("SALESDESK_CRASH_AT");
    ArmedTarget& armed = armedTarget();
    const std::lock_guard lock(armed.mutex);
    armed.hits = 0;
    armed.target = value != nullptr && *value != '\0' ? parse(QString::fromLocal8Bit(value))
                                                      : Target{QString(), 0};
    if (value != nullptr && *value != '\0' &&
        (armed.target.name.isEmpty() || !isKnown(armed.target.name))) {
        say("salesdesk: SALESDESK_CRASH_AT names no crash point (see docs/crash-points.md)\n");
        std::_Exit(kUnknownPointExitCode);
    }
    s_armed.store(!armed.target.name.isEmpty(), std::memory_order_relaxed);
}

void CrashPoint::hit(const char* name) {
    ArmedTarget& armed = armedTarget();
    const std::lock_guard lock(armed.mutex);
    if (!isKnown(QLatin1String(name))) {
        say("salesdesk: unlisted crash point reached: ");
        say(name);
        say("\n");
        std::_Exit(kUnknownPointExitCode);
    }
    if (armed.target.name != QLatin1String(name) || ++armed.hits < armed.target.hit)
        return;
    say("salesdesk: crash point ");
    say(name);
    say(" reached (SALESDESK_CRASH_AT): stopping at once\n");
    std::_Exit(kCrashExitCode);
}

} // namespace salesdesk
