#include "bench/ReservationsBench.h"

#include "core/reservations/Reservations.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <memory>
#include <sqlite3.h>

namespace salesdesk::bench {

namespace {

constexpr int kOpsPerLifecycle = 7; // create, 4 × release, returnBytes, delete
constexpr quint64 kSlotSize = 4 * 1024 * 1024;
constexpr int kRounds = 10;

struct Books {
    std::unique_ptr<Database> db;
    std::unique_ptr<Repo> repo;
    std::unique_ptr<Reservations> reservations;
};

bool openBooks(const QString& dir, QRandomGenerator& ids, Books& books, BenchReport& report) {
    auto db =
        Database::open(dir + QStringLiteral("/salesdesk.sqlite"), Database::kHostApplicationId);
    if (!db.ok()) {
        report.note(QStringLiteral("cannot open the database: ") + db.message());
        return false;
    }
    books.db = std::move(*db);
    books.repo = std::make_unique<Repo>(*books.db, dir + QStringLiteral("/slots"));
    if (auto r = books.repo->open(); !r.ok()) {
        report.note(r.message());
        return false;
    }
    if (auto r = books.repo->setMaxBytes(quint64(1) << 60); !r.ok()) {
        report.note(r.message());
        return false;
    }
    books.reservations = std::make_unique<Reservations>(*books.db, *books.repo, &ids);
    return true;
}

NewAvailability offer(quint64 size, quint64 duration, const UInt256& minPrice) {
    NewAvailability p;
    p.totalSize = size;
    p.duration = duration;
    p.minPricePerBytePerSecond = minPrice;
    p.totalCollateral = UInt256(1) << 200;
    return p;
}

// The three runs below write the same number of transactions in rounds that take turns, so
// that a burst of load from elsewhere on the machine falls on all of them alike: each round adds
// its elapsed time to its run's total.

// Our lifecycle: create, 4 × release, returnBytes, delete, each its own transaction.
class LifecycleRun {
public:
    bool open(const QString& dir, BenchReport& report) {
        if (!openBooks(dir, m_ids, m_books, report))
            return false;
        auto availability =
            m_books.reservations->createAvailability(offer(kSlotSize * 16, 1'000'000, 1));
        if (!availability.ok()) {
            report.note(availability.message());
            return false;
        }
        m_availability = availability->id;
        return true;
    }
    // Seconds for `count` lifecycles, or -1 on error.
    double run(int count, BenchReport& report) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            const RequestId request = RequestId::random(m_ids);
            auto r = m_books.reservations->createReservation(m_availability, request, 0, kSlotSize,
                                                             1, 2'000'000'000);
            Result<void> step = r.ok() ? Result<void>() : Result<void>(r.error());
            for (int batch = 0; step.ok() && batch < 4; ++batch)
                step = m_books.reservations->release(r->id, kSlotSize / 4);
            if (step.ok())
                step = m_books.reservations->returnBytesToAvailability(r->id);
            if (step.ok())
                step = m_books.reservations->deleteReservation(r->id);
            if (!step.ok()) {
                report.note(QStringLiteral("lifecycle failed: %1").arg(step.message()));
                return -1;
            }
        }
        return static_cast<double>(timer.nsecsElapsed()) / 1e9;
    }

private:
    QRandomGenerator m_ids{1};
    Books m_books;
    AvailabilityId m_availability;
};

bool rawExec(sqlite3* db, const char* sql) {
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

bool rawStep(sqlite3_stmt* st) {
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE;
}

// The same number of single-row write transactions through the raw C API, same pragmas: per
// lifecycle one INSERT, five UPDATEs and one DELETE, each in its own BEGIN IMMEDIATE … COMMIT.
class RawRun {
public:
    RawRun() = default;
    RawRun(const RawRun&) = delete;
    RawRun& operator=(const RawRun&) = delete;
    ~RawRun() {
        for (sqlite3_stmt* st : {m_begin, m_commit, m_insert, m_update, m_remove})
            sqlite3_finalize(st);
        sqlite3_close(m_db);
    }
    bool open(const QString& dir, BenchReport& report) {
        const QByteArray path = (dir + QStringLiteral("/raw.sqlite")).toUtf8();
        const bool ok =
            sqlite3_open(path.constData(), &m_db) == SQLITE_OK &&
            rawExec(m_db, "PRAGMA locking_mode=EXCLUSIVE") &&
            rawExec(m_db, "PRAGMA journal_mode=WAL") &&
            rawExec(m_db, "PRAGMA synchronous=NORMAL") && rawExec(m_db, "PRAGMA foreign_keys=ON") &&
            rawExec(m_db, "CREATE TABLE rows (id BLOB PRIMARY KEY, size INTEGER NOT NULL)"
                          " WITHOUT ROWID") &&
            prepare("BEGIN IMMEDIATE", &m_begin) && prepare("COMMIT", &m_commit) &&
            prepare("INSERT INTO rows (id, size) VALUES (?, ?)", &m_insert) &&
            prepare("UPDATE rows SET size = size - 1 WHERE id = ?", &m_update) &&
            prepare("DELETE FROM rows WHERE id = ?", &m_remove);
        if (!ok)
            report.note(QStringLiteral("raw sqlite3 set-up failed"));
        return ok;
    }
    double run(int count, BenchReport& report) {
        const auto inTransaction = [&](sqlite3_stmt* st) {
            return rawStep(m_begin) && rawStep(st) && rawStep(m_commit);
        };
        QElapsedTimer timer;
        timer.start();
        bool ok = true;
        for (int i = 0; ok && i < count; ++i) {
            const QByteArray id = ReservationId::random(m_ids).toByteArray();
            sqlite3_bind_blob(m_insert, 1, id.constData(), 32, SQLITE_TRANSIENT);
            sqlite3_bind_int64(m_insert, 2, static_cast<sqlite3_int64>(kSlotSize));
            sqlite3_bind_blob(m_update, 1, id.constData(), 32, SQLITE_TRANSIENT);
            sqlite3_bind_blob(m_remove, 1, id.constData(), 32, SQLITE_TRANSIENT);
            ok = inTransaction(m_insert);
            for (int u = 0; ok && u < kOpsPerLifecycle - 2; ++u)
                ok = inTransaction(m_update);
            ok = ok && inTransaction(m_remove);
        }
        if (!ok) {
            report.note(QStringLiteral("raw sqlite3 run failed"));
            return -1;
        }
        return static_cast<double>(timer.nsecsElapsed()) / 1e9;
    }

private:
    bool prepare(const char* sql, sqlite3_stmt** st) {
        return sqlite3_prepare_v2(m_db, sql, -1, st, nullptr) == SQLITE_OK;
    }

    QRandomGenerator m_ids{2};
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_begin = nullptr;
    sqlite3_stmt* m_commit = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    sqlite3_stmt* m_update = nullptr;
    sqlite3_stmt* m_remove = nullptr;
};

// The raw run's single-row transactions through QtSql (same pragmas via Database): separates
// the cost of QtSql itself from the cost of our multi-row operations.
class QtSqlRun {
public:
    bool open(const QString& dir, BenchReport& report) {
        auto opened =
            Database::open(dir + QStringLiteral("/qtsql.sqlite"), Database::kHostApplicationId, {});
        if (!opened.ok()) {
            report.note(opened.message());
            return false;
        }
        m_db = std::move(*opened);
        if (auto r = m_db->execute(QStringLiteral("CREATE TABLE rows (id BLOB PRIMARY KEY, size "
                                                  "INTEGER NOT NULL) WITHOUT ROWID"));
            !r.ok()) {
            report.note(r.message());
            return false;
        }
        return true;
    }
    double run(int count, BenchReport& report) {
        Database& db = *m_db;
        const auto inTransaction = [&](Statement& st) {
            auto tx = db.begin();
            return tx.ok() && st.exec().ok() && tx->commit().ok();
        };
        Statement& insert =
            db.statement(QStringLiteral("INSERT INTO rows (id, size) VALUES (?, ?)"));
        Statement& update =
            db.statement(QStringLiteral("UPDATE rows SET size = size - 1 WHERE id = ?"));
        Statement& remove = db.statement(QStringLiteral("DELETE FROM rows WHERE id = ?"));
        QElapsedTimer timer;
        timer.start();
        bool ok = true;
        for (int i = 0; ok && i < count; ++i) {
            const QByteArray id = ReservationId::random(m_ids).toByteArray();
            insert.bind(0, id).bind(1, static_cast<qint64>(kSlotSize));
            update.bind(0, id);
            remove.bind(0, id);
            ok = inTransaction(insert);
            for (int u = 0; ok && u < kOpsPerLifecycle - 2; ++u)
                ok = inTransaction(update);
            ok = ok && inTransaction(remove);
        }
        if (!ok) {
            report.note(QStringLiteral("QtSql run failed"));
            return -1;
        }
        return static_cast<double>(timer.nsecsElapsed()) / 1e9;
    }

private:
    QRandomGenerator m_ids{2};
    std::unique_ptr<Database> m_db;
};

struct LifecycleRates {
    double ours = 0;  // lifecycles per second
    double raw = 0;   // the raw run's lifecycles (7 transactions) per second
    double qtsql = 0; // the same through QtSql
};

// `lifecycles` of each run in `rounds` rounds taking turns; false on error.
bool measureLifecycleRates(const QString& dir, int lifecycles, int rounds, LifecycleRates& out,
                           BenchReport& report) {
    LifecycleRun ours;
    RawRun raw;
    QtSqlRun qtsql;
    if (!ours.open(dir, report) || !raw.open(dir, report) || !qtsql.open(dir, report))
        return false;
    double oursSeconds = 0;
    double rawSeconds = 0;
    double qtsqlSeconds = 0;
    for (int round = 0; round < rounds; ++round) {
        const int count = lifecycles / rounds + (round < lifecycles % rounds ? 1 : 0);
        const double a = ours.run(count, report);
        const double b = raw.run(count, report);
        const double c = qtsql.run(count, report);
        if (a < 0 || b < 0 || c < 0)
            return false;
        oursSeconds += a;
        rawSeconds += b;
        qtsqlSeconds += c;
    }
    out.ours = lifecycles / oursSeconds;
    out.raw = lifecycles / rawSeconds;
    out.qtsql = lifecycles / qtsqlSeconds;
    return true;
}

bool measureFindAvailability(const QString& dir, int availabilityCount, int reservationCount,
                             int queries, BenchReport& report) {
    QRandomGenerator ids(3);
    QRandomGenerator rng(4);
    Books books;
    if (!openBooks(dir, ids, books, report))
        return false;
    QElapsedTimer setup;
    setup.start();
    // Setup in one outer transaction (each call below becomes a savepoint inside it).
    auto tx = books.db->begin();
    if (!tx.ok()) {
        report.note(tx.message());
        return false;
    }
    QList<AvailabilityId> availabilityIds;
    for (int i = 0; i < availabilityCount; ++i) {
        const quint64 size = kSlotSize * (20 + rng.bounded(200));
        auto a = books.reservations->createAvailability(
            offer(size, 3600 * (1 + rng.bounded(24 * 30)), 1 + rng.bounded(1000)));
        if (!a.ok()) {
            report.note(a.message());
            return false;
        }
        availabilityIds.append(a->id);
    }
    for (int i = 0; i < reservationCount; ++i) {
        const AvailabilityId& owner = availabilityIds[i % availabilityCount];
        auto r = books.reservations->createReservation(owner, RequestId::random(ids), 0,
                                                       kSlotSize / 8, 1, 2'000'000'000);
        if (!r.ok()) {
            report.note(r.message());
            return false;
        }
    }
    if (auto c = tx->commit(); !c.ok()) {
        report.note(c.message());
        return false;
    }
    report.figure(QStringLiteral("reservations"), QStringLiteral("findSetupSeconds"),
                  static_cast<double>(setup.nsecsElapsed()) / 1e9, QStringLiteral("s"),
                  QStringLiteral("set-up of %1 availabilities and %2 reservations")
                      .arg(availabilityCount)
                      .arg(reservationCount));

    std::vector<qint64> samples;
    samples.reserve(static_cast<std::size_t>(queries));
    int found = 0;
    QElapsedTimer timer;
    for (int i = 0; i < queries; ++i) {
        SlotRequirements req;
        req.slotSize = kSlotSize * (1 + rng.bounded(150));
        req.duration = 3600 * (1 + rng.bounded(24 * 30));
        req.pricePerBytePerSecond = 1 + rng.bounded(1000);
        req.collateralPerByte = 1;
        req.validUntil = 2'000'000'000;
        timer.start();
        auto match = books.reservations->findAvailability(req);
        samples.push_back(timer.nsecsElapsed());
        if (!match.ok()) {
            report.note(match.message());
            return false;
        }
        found += match->has_value() ? 1 : 0;
    }
    const LatencyStats stats = latencyStats(samples);
    report.figure(QStringLiteral("reservations"), QStringLiteral("findMedianMs"),
                  stats.medianNs / 1e6, QStringLiteral("ms"),
                  QStringLiteral("findAvailability median (goal <= 1 ms)"));
    report.figure(QStringLiteral("reservations"), QStringLiteral("findP99Ms"), stats.p99Ns / 1e6,
                  QStringLiteral("ms"), QStringLiteral("findAvailability p99"));
    report.figure(QStringLiteral("reservations"), QStringLiteral("findHitRate"),
                  static_cast<double>(found) / queries, QStringLiteral(""),
                  QStringLiteral("share of queries that found an availability"));
    return true;
}

} // namespace

bool runReservationsBench(const BenchOptions& options, BenchReport& report) {
    const int lifecycles = qEnvironmentVariableIntValue("LC") ? qEnvironmentVariableIntValue("LC")
                                                              : (options.quick ? 200 : 5000);
    const int availabilities = options.quick ? 100 : 10'000;
    const int reservations = options.quick ? 1000 : 100'000;
    const int queries = options.quick ? 200 : 5000;

    report.note(QStringLiteral("reservations: %1 lifecycles (create, 4 × release, returnBytes, "
                               "delete) on a file database, WAL, synchronous=NORMAL, in %2 "
                               "rounds taking turns with the raw sqlite3 and QtSql runs")
                    .arg(lifecycles)
                    .arg(kRounds));
    QTemporaryDir dir;
    if (!dir.isValid()) {
        report.note(QStringLiteral("cannot create a temporary directory"));
        return false;
    }
    LifecycleRates rates;
    if (!measureLifecycleRates(dir.path(), lifecycles, kRounds, rates, report))
        return false;
    const double ours = rates.ours;
    const double raw = rates.raw;
    const double qtsql = rates.qtsql;
    const QString section = QStringLiteral("reservations");
    report.figure(section, QStringLiteral("lifecyclesPerSecond"), ours, QStringLiteral("/s"),
                  QStringLiteral("Sales Desk lifecycles"));
    report.figure(section, QStringLiteral("opsPerSecond"), ours * kOpsPerLifecycle,
                  QStringLiteral("/s"), QStringLiteral("Sales Desk operations"));
    report.figure(section, QStringLiteral("rawTransactionsPerSecond"), raw * kOpsPerLifecycle,
                  QStringLiteral("/s"), QStringLiteral("raw sqlite3 single-row transactions"));
    report.figure(section, QStringLiteral("ratioToRaw"), ours / raw, QStringLiteral(""),
                  QStringLiteral("ours / raw (goal >= 0.5)"));
    report.figure(section, QStringLiteral("qtsqlTransactionsPerSecond"), qtsql * kOpsPerLifecycle,
                  QStringLiteral("/s"),
                  QStringLiteral("the raw run's transactions through QtSql (for reference)"));
    report.figure(section, QStringLiteral("qtsqlRatioToRaw"), qtsql / raw, QStringLiteral(""),
                  QStringLiteral("QtSql / raw"));

    QTemporaryDir findDir;
    return measureFindAvailability(findDir.path(), availabilities, reservations, queries, report);
}

} // namespace salesdesk::bench
