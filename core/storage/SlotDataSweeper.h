#pragma once

#include "core/clock/Clock.h"
#include "core/domain/Result.h"

#include <QObject>
#include <QPointer>

namespace salesdesk {

class Database;
class Repo;

// Deletes slot data once it expires: one timer on the clock at the earliest expiry on record,
// which runs Repo::sweepExpired and then arms itself for the next one. A sweep that fails is
// tried again a minute later, so a file that cannot be deleted never spins the event loop. Part
// of the Repo (Repo::startSweeper), which tells it of every new expiry.
class SlotDataSweeper : public QObject {
    Q_OBJECT
public:
    SlotDataSweeper(Repo& repo, Database& database);

    // Sweeps on `clock` from now on, first at the earliest expiry on record (at once when that
    // has passed). Calling it again moves the sweeper to another clock.
    void start(Clock& clock);
    // Once the current transaction commits, makes sure a sweep is due by `expiry` (a record that
    // expires earlier than the next sweep moves it forward). Nothing before start().
    void sweepAfterCommitBy(Timestamp expiry);
    // Deletes every slot whose expiry is <= now, in one transaction with a savepoint a slot (one
    // that cannot be deleted keeps no other); returns how many. Repo::sweepExpired.
    Result<int> sweep(Timestamp now);

private:
    // Arms the timer for the earliest expiry on record, but not before `notBefore`.
    void reschedule(Timestamp notBefore);
    void schedule(Timestamp at);
    void run();

    Repo& m_repo;
    Database& m_db;
    QPointer<Clock> m_clock;
    Clock::TimerId m_timer = 0; // 0: none outstanding
    Timestamp m_at = 0;
};

} // namespace salesdesk
