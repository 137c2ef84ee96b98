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

// Our lifecycle: returns lifecycles per second, or -1 on error.
double measureLifecycles(const QString& dir, int lifecycles, BenchReport& report) {
    QRandomGenerator ids(1);
    Books books;
    if (!openBooks(dir, ids, books, report))
        return -1;
    auto availability = books.reservations->createAvailability(offer(kSlotSize * 16, 1'000'000, 1));
    if (!availability.ok()) {
        report.note(availability.message());
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < lifecycles; ++i) {
        const RequestId request = RequestId::random(ids);
        auto r = books.reservations->createReservation(availability->id, request, 0, kSlotSize, 1,
                                                       2'000'000'000);
        Result<void> step = r.ok() ? Result<void>() : Result<void>(r.error());
        for (int batch = 0; step.ok() && batch < 4; ++batch)
            step = books.reservations->release(r->id, kSlotSize / 4);
        if (step.ok())
            step = books.reservations->returnBytesToAvailability(r->id);
        if (step.ok())
            step = books.reservations->deleteReservation(r->id);
        if (!step.ok()) {
            report.note(QStringLiteral("lifecycle %1 failed: %2").arg(i).arg(step.message()));
            return -1;
        }
    }
    return lifecycles / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
}

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
double measureRawTransactions(const QString& dir, int lifecycles, BenchReport& report) {
    sqlite3* db = nullptr;
    const QByteArray path = (dir + QStringLiteral("/raw.sqlite")).toUtf8();
    if (sqlite3_open(path.constData(), &db) != SQLITE_OK) {
        report.note(QStringLiteral("raw sqlite3_open failed"));
        return -1;
    }
    sqlite3_stmt* begin = nullptr;
    sqlite3_stmt* commit = nullptr;
    sqlite3_stmt* insert = nullptr;
    sqlite3_stmt* update = nullptr;
    sqlite3_stmt* remove = nullptr;
    bool ok =
        rawExec(db, "PRAGMA locking_mode=EXCLUSIVE") && rawExec(db, "PRAGMA journal_mode=WAL") &&
        rawExec(db, "PRAGMA synchronous=NORMAL") && rawExec(db, "PRAGMA foreign_keys=ON") &&
        rawExec(db, "CREATE TABLE rows (id BLOB PRIMARY KEY, size INTEGER NOT NULL)"
                    " WITHOUT ROWID") &&
        sqlite3_prepare_v2(db, "BEGIN IMMEDIATE", -1, &begin, nullptr) == SQLITE_OK &&
        sqlite3_prepare_v2(db, "COMMIT", -1, &commit, nullptr) == SQLITE_OK &&
        sqlite3_prepare_v2(db, "INSERT INTO rows (id, size) VALUES (?, ?)", -1, &insert, nullptr) ==
            SQLITE_OK &&
        sqlite3_prepare_v2(db, "UPDATE rows SET size = size - 1 WHERE id = ?", -1, &update,
                           nullptr) == SQLITE_OK &&
        sqlite3_prepare_v2(db, "DELETE FROM rows WHERE id = ?", -1, &remove, nullptr) == SQLITE_OK;
    QRandomGenerator ids(2);
    QElapsedTimer timer;
    timer.start();
    const auto inTransaction = [&](sqlite3_stmt* st) {
        return rawStep(begin) && rawStep(st) && rawStep(commit);
    };
    for (int i = 0; ok && i < lifecycles; ++i) {
        const QByteArray id = ReservationId::random(ids).toByteArray();
        sqlite3_bind_blob(insert, 1, id.constData(), 32, SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 2, static_cast<sqlite3_int64>(kSlotSize));
        sqlite3_bind_blob(update, 1, id.constData(), 32, SQLITE_TRANSIENT);
        sqlite3_bind_blob(remove, 1, id.constData(), 32, SQLITE_TRANSIENT);
        ok = inTransaction(insert);
        for (int u = 0; ok && u < kOpsPerLifecycle - 2; ++u)
            ok = inTransaction(update);
        ok = ok && inTransaction(remove);
    }
    const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    for (sqlite3_stmt* st : {begin, commit, insert, update, remove})
        sqlite3_finalize(st);
    sqlite3_close(db);
    if (!ok) {
        report.note(QStringLiteral("raw sqlite3 run failed"));
        return -1;
    }
    return lifecycles / elapsed;
}

// The raw run's single-row transactions through QtSql (same pragmas via Database): separates
// the cost of QtSql itself from the cost of our multi-row operations.
double measureQtSqlTransactions(const QString& dir, int lifecycles, BenchReport& report) {
    auto opened =
        Database::open(dir + QStringLiteral("/qtsql.sqlite"), Database::kHostApplicationId, {});
    if (!opened.ok()) {
        report.note(opened.message());
        return -1;
    }
    Database& db = **opened;
    if (auto r = db.execute(QStringLiteral("CREATE TABLE rows (id BLOB PRIMARY KEY, size INTEGER "
                                           "NOT NULL) WITHOUT ROWID"));
        !r.ok()) {
        report.note(r.message());
        return -1;
    }
    QRandomGenerator ids(2);
    QElapsedTimer timer;
    timer.start();
    bool ok = true;
    const auto inTransaction = [&](Statement& st) {
        auto tx = db.begin();
        return tx.ok() && st.exec().ok() && tx->commit().ok();
    };
    Statement& insert = db.statement(QStringLiteral("INSERT INTO rows (id, size) VALUES (?, ?)"));
    Statement& update =
        db.statement(QStringLiteral("UPDATE rows SET size = size - 1 WHERE id = ?"));
    Statement& remove = db.statement(QStringLiteral("DELETE FROM rows WHERE id = ?"));
    for (int i = 0; ok && i < lifecycles; ++i) {
        const QByteArray id = ReservationId::random(ids).toByteArray();
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
    return lifecycles / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
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
                               "delete) on a file database, WAL, synchronous=NORMAL")
                    .arg(lifecycles));
    QTemporaryDir dir;
    if (!dir.isValid()) {
        report.note(QStringLiteral("cannot create a temporary directory"));
        return false;
    }
    const double ours = measureLifecycles(dir.path(), lifecycles, report);
    const double raw = measureRawTransactions(dir.path(), lifecycles, report);
    const double qtsql = measureQtSqlTransactions(dir.path(), lifecycles, report);
    if (ours < 0 || raw < 0 || qtsql < 0)
        return false;
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
