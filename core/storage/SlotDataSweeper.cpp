#include "core/storage/SlotDataSweeper.h"

#include "core/storage/Database.h"
#include "core/storage/Repo.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcSlotDataSweeper, "salesdesk.storage.slotdatasweeper")

namespace {

// A sweep that failed is retried after this long rather than at once, so a persistent failure
// (e.g. an undeletable file) cannot spin the event loop.
constexpr qint64 kRetrySeconds = 60;

} // namespace

SlotDataSweeper::SlotDataSweeper(Repo& repo, Database& database)
    : m_repo(repo)
    , m_db(database) {}

void SlotDataSweeper::start(Clock& clock) {
    if (m_clock && m_timer != 0)
        m_clock->cancel(m_timer);
    m_timer = 0;
    m_clock = &clock;
    reschedule(std::numeric_limits<Timestamp>::min());
}

void SlotDataSweeper::sweepAfterCommitBy(Timestamp expiry) {
    m_db.afterCommit([self = QPointer<SlotDataSweeper>(this), expiry] {
        if (self && self->m_clock && (self->m_timer == 0 || expiry < self->m_at))
            self->schedule(expiry);
    });
}

void SlotDataSweeper::reschedule(Timestamp notBefore) {
    if (!m_clock)
        return;
    Statement& earliest = m_db.statement(
        QStringLiteral("SELECT expiry FROM slot_data ORDER BY expiry LIMIT 1")); // by index
    if (auto run = earliest.exec(); !run.ok()) {
        qCWarning(lcSlotDataSweeper).noquote() << "cannot schedule the sweeper:" << run.message();
        schedule(m_clock->now() + kRetrySeconds);
        return;
    }
    if (!earliest.next()) {
        earliest.finish();
        if (m_timer != 0)
            m_clock->cancel(m_timer);
        m_timer = 0;
        return;
    }
    const Timestamp at = earliest.value(0).toLongLong();
    earliest.finish();
    schedule(std::max(at, notBefore));
}

void SlotDataSweeper::schedule(Timestamp at) {
    if (m_timer != 0)
        m_clock->cancel(m_timer);
    m_at = at;
    m_timer = m_clock->callAt(at, this, [this] { run(); });
    qCDebug(lcSlotDataSweeper) << "next sweep at" << at;
}

Result<int> SlotDataSweeper::sweep(Timestamp now) {
    // Collected first: deleting while the SELECT is still stepping would reuse its statements.
    std::vector<SlotId> expired;
    Statement& select = m_db.statement(
        QStringLiteral("SELECT slot_id FROM slot_data WHERE expiry <= ? ORDER BY expiry"));
    SD_TRY(select.bind(0, now).exec());
    while (select.next())
        expired.push_back(SlotId::fromBytes(select.value(0).toByteArray()));
    select.finish();
    if (expired.empty())
        return 0;

    // One transaction for the whole sweep (one disk sync); each deletion is its own savepoint, so
    // one slot that cannot be deleted does not keep the others.
    SD_TRY_DECLARE(tx, m_db.begin());
    int deleted = 0;
    std::optional<Error> firstError;
    for (const SlotId& slot : expired) {
        auto result = m_repo.deleteSlotData(slot);
        if (result.ok()) {
            ++deleted;
        } else {
            qCWarning(lcSlotDataSweeper).noquote()
                << "could not sweep slot" << slot.toHex() << ":" << result.message();
            if (!firstError)
                firstError = result.error();
        }
    }
    SD_TRY(tx.commit());
    qCInfo(lcSlotDataSweeper) << "swept" << deleted << "of" << expired.size() << "expired slots at"
                              << now;
    if (firstError)
        return makeError(firstError->code,
                         QStringLiteral("%1 of %2 expired slots deleted; the first failure: %3")
                             .arg(deleted)
                             .arg(expired.size())
                             .arg(firstError->message));
    return deleted;
}

void SlotDataSweeper::run() {
    m_timer = 0;
    if (!m_clock)
        return;
    const Timestamp now = m_clock->now();
    auto swept = sweep(now);
    if (!swept.ok()) {
        qCWarning(lcSlotDataSweeper).noquote() << "sweep failed:" << swept.message();
        schedule(now + kRetrySeconds);
        return;
    }
    // Everything due by `now` is gone, so the next sweep is later; should a slot due by now have
    // survived anyway, waiting a second keeps the clock from running this timer forever.
    reschedule(now + 1);
}

} // namespace salesdesk
