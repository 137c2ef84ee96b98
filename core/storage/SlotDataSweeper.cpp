#include "core/storage/SlotDataSweeper.h"

#include "core/storage/Database.h"
#include "core/storage/Repo.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>

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

void SlotDataSweeper::run() {
    m_timer = 0;
    if (!m_clock)
        return;
    const Timestamp now = m_clock->now();
    auto swept = m_repo.sweepExpired(now);
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
