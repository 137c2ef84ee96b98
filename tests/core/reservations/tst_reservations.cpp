#include "core/domain/Availability.h"
#include "core/domain/Reservation.h"
#include "core/reservations/ReservationStore.h"
#include "core/reservations/Reservations.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <limits>
#include <memory>
#include <new>
#include <optional>
#include <vector>

using namespace salesdesk;

// Lets QCOMPARE print amounts, ids and rows when they differ (found by argument-dependent lookup).

namespace salesdesk {

QString describe(const Availability& a) {
    return QStringLiteral("Availability{id=%1 totalSize=%2 freeSize=%3 duration=%4 minPrice=%5 "
                          "totalCollateral=%6 remaining=%7 lost=%8 enabled=%9 until=%10}")
        .arg(a.id.toShortHex())
        .arg(a.totalSize)
        .arg(a.freeSize)
        .arg(a.duration)
        .arg(uint256::toDecimal(a.minPricePerBytePerSecond), uint256::toDecimal(a.totalCollateral),
             uint256::toDecimal(a.totalRemainingCollateral), uint256::toDecimal(a.collateralLost))
        .arg(a.enabled)
        .arg(a.until);
}
QString describe(const Reservation& r) {
    return QStringLiteral("Reservation{id=%1 availability=%2 request=%3 slotIndex=%4 slotSize=%5 "
                          "size=%6 collateral=%7 validUntil=%8}")
        .arg(r.id.toShortHex(), r.availabilityId.toShortHex(), r.requestId.toShortHex())
        .arg(r.slotIndex)
        .arg(r.slotSize)
        .arg(r.size)
        .arg(uint256::toDecimal(r.collateral))
        .arg(r.validUntil);
}
QString describe(const QuotaUsage& q) {
    return QStringLiteral("Quota{max=%1 reserved=%2 used=%3}")
        .arg(q.maxBytes)
        .arg(q.reservedBytes)
        .arg(q.usedBytes);
}
template <std::size_t N, typename Tag> char* toString(const FixedBytes<N, Tag>& id) {
    return qstrdup(qPrintable(id.toHex()));
}
char* toString(const Availability& a) {
    return qstrdup(qPrintable(describe(a)));
}
char* toString(const Reservation& r) {
    return qstrdup(qPrintable(describe(r)));
}
char* toString(const QuotaUsage& q) {
    return qstrdup(qPrintable(describe(q)));
}

} // namespace salesdesk

namespace {

constexpr Timestamp kNow = 1'760'000'000;
constexpr quint64 kSize = 1'000'000;
constexpr quint64 kDuration = 3600;
constexpr quint64 kCollateralPerByte = 100; // the budget of params(): kSize * 100
constexpr int kCrashExitCode = 42;
const char kCrashDirVariable[] = "SALESDESK_TST_RESERVATIONS_CRASH_DIR";
const char kCrashPointVariable[] = "SALESDESK_TST_RESERVATIONS_CRASH_POINT";

// Database + Repo + Reservations on one folder, with seeded id generators. Members are destroyed
// in reverse order (Reservations, Repo, Database), as the app does.
struct Desk {
    QString directory;
    QRandomGenerator ids{20240611};
    QRandomGenerator requestIds{77};
    std::unique_ptr<Database> database;
    std::unique_ptr<Repo> repo;
    std::unique_ptr<Reservations> reservations;

    explicit Desk(QString dir)
        : directory(std::move(dir)) {}

    Result<void> open() {
        auto db =
            Database::open(directory + QStringLiteral("/desk.db"), Database::kHostApplicationId);
        if (!db.ok())
            return db.error();
        database = std::move(*db);
        repo = std::make_unique<Repo>(*database, directory + QStringLiteral("/slots"));
        SD_TRY(repo->open());
        reservations = std::make_unique<Reservations>(*database, *repo, &ids);
        return {};
    }
    void close() {
        reservations.reset();
        repo.reset();
        database.reset();
    }

    Result<Reservation> reserve(const AvailabilityId& availability, quint64 slotSize,
                                const UInt256& collateralPerByte = 1,
                                Timestamp validUntil = kNow + 1000, quint64 slotIndex = 0) {
        return reservations->createReservation(availability, RequestId::random(requestIds),
                                               slotIndex, slotSize, collateralPerByte, validUntil);
    }
};

NewAvailability params(quint64 totalSize = kSize) {
    NewAvailability p;
    p.totalSize = totalSize;
    p.duration = kDuration;
    p.minPricePerBytePerSecond = 10;
    p.totalCollateral = UInt256(totalSize) * kCollateralPerByte;
    p.enabled = true;
    p.until = 0;
    return p;
}

// The slot whose data a reservation's downloaded bytes stand for in these tests.
SlotId slotOf(const Reservation& r) {
    return SlotId::fromBytes(r.id.toByteArray());
}

// Everything the books consist of, read straight from the database.
struct Books {
    QList<Availability> availabilities;
    QList<Reservation> reservations;
    QuotaUsage quota;

    friend bool operator==(const Books&, const Books&) = default;
};

// A slot of `size` bytes that params()' availabilities can take: their duration and price, one
// collateral unit a byte, ending before any until.
SlotRequirements slotNeeds(quint64 size) {
    SlotRequirements req;
    req.slotSize = size;
    req.duration = kDuration;
    req.pricePerBytePerSecond = 10;
    req.collateralPerByte = 1;
    req.validUntil = kNow + 1000;
    return req;
}

// The best fit by its definition, over every availability: what findAvailability must answer.
std::optional<Availability> bestFitOf(const QList<Availability>& all, const SlotRequirements& req) {
    std::optional<Availability> best;
    for (const Availability& a : all) {
        const bool fits = a.enabled && a.freeSize >= req.slotSize && a.duration >= req.duration &&
                          a.minPricePerBytePerSecond <= req.pricePerBytePerSecond &&
                          (a.until == 0 || a.until >= req.validUntil) &&
                          a.maxCollateralPerByte() >= req.collateralPerByte;
        if (fits && (!best || a.freeSize < best->freeSize ||
                     (a.freeSize == best->freeSize && a.id < best->id)))
            best = a;
    }
    return best;
}

Result<Books> readBooks(Desk& desk) {
    ReservationStore store(*desk.database);
    Books books;
    auto availabilities = store.availabilities();
    if (!availabilities.ok())
        return availabilities.error();
    books.availabilities = *availabilities;
    auto reservations = store.reservations();
    if (!reservations.ok())
        return reservations.error();
    books.reservations = *reservations;
    auto quota = desk.repo->quota();
    if (!quota.ok())
        return quota.error();
    books.quota = *quota;
    return books;
}

// Empty when the books are consistent, else what is wrong:
// - per availability: freeSize <= totalSize, totalSize == freeSize + Σ slotSize of its
//   reservations, totalCollateral == totalRemainingCollateral + Σ collateral + collateralLost;
// - per reservation: size <= slotSize, its availability exists;
// - quota: reserved == Σ freeSize + Σ size (bytes promised but not yet written), and
//   reserved + used <= max.
QString bookProblems(const Books& books) {
    QStringList problems;
    quint64 promised = 0;
    for (const Availability& a : books.availabilities) {
        quint64 held = 0;
        UInt256 committed = 0;
        for (const Reservation& r : books.reservations) {
            if (r.availabilityId != a.id)
                continue;
            held += r.slotSize;
            committed += r.collateral;
        }
        if (a.freeSize > a.totalSize)
            problems << QStringLiteral("freeSize > totalSize: ") + describe(a);
        if (a.totalSize != a.freeSize + held)
            problems
                << QStringLiteral("totalSize != freeSize + %1 held by reservations: ").arg(held) +
                       describe(a);
        auto sum = uint256::checkedAdd(a.totalRemainingCollateral, committed);
        if (sum.ok())
            sum = uint256::checkedAdd(*sum, a.collateralLost);
        if (!sum.ok() || *sum != a.totalCollateral)
            problems << QStringLiteral("totalCollateral != remaining + %1 committed + lost: ")
                                .arg(uint256::toDecimal(committed)) +
                            describe(a);
        promised += a.freeSize;
    }
    for (const Reservation& r : books.reservations) {
        if (r.size > r.slotSize)
            problems << QStringLiteral("size > slotSize: ") + describe(r);
        const bool owned =
            std::any_of(books.availabilities.cbegin(), books.availabilities.cend(),
                        [&r](const Availability& a) { return a.id == r.availabilityId; });
        if (!owned)
            problems << QStringLiteral("reservation without availability: ") + describe(r);
        promised += r.size;
    }
    if (books.quota.reservedBytes != promised)
        problems << QStringLiteral("quota reserves %1 bytes but the books promise %2: %3")
                        .arg(books.quota.reservedBytes)
                        .arg(promised)
                        .arg(describe(books.quota));
    if (books.quota.totalUsed() > books.quota.maxBytes)
        problems << QStringLiteral("quota over its limit: ") + describe(books.quota);
    return problems.join(QLatin1Char('\n'));
}

// Every signal of Reservations, plus the repo's quotaChanged.
struct Spies {
    QSignalSpy added;
    QSignalSpy changed;
    QSignalSpy removed;
    QSignalSpy widened;
    QSignalSpy created;
    QSignalSpy reservationChanged;
    QSignalSpy deleted;
    QSignalSpy quota;

    explicit Spies(Desk& desk)
        : added(desk.reservations.get(), &Reservations::availabilityAdded)
        , changed(desk.reservations.get(), &Reservations::availabilityChanged)
        , removed(desk.reservations.get(), &Reservations::availabilityRemoved)
        , widened(desk.reservations.get(), &Reservations::availabilityWidened)
        , created(desk.reservations.get(), &Reservations::reservationCreated)
        , reservationChanged(desk.reservations.get(), &Reservations::reservationChanged)
        , deleted(desk.reservations.get(), &Reservations::reservationDeleted)
        , quota(desk.repo.get(), &Repo::quotaChanged) {}

    QList<QSignalSpy*> all() {
        return {&added,   &changed, &removed, &widened, &created, &reservationChanged,
                &deleted, &quota};
    }
    // "added changed removed widened created reservationChanged deleted quota" counts.
    QString counts() {
        QStringList out;
        for (QSignalSpy* spy : all())
            out << QString::number(spy->count());
        return out.join(QLatin1Char(' '));
    }
    void clear() {
        for (QSignalSpy* spy : all())
            spy->clear();
    }
};

template <typename T> T payload(const QSignalSpy& spy, qsizetype index = -1) {
    return spy.at(index < 0 ? spy.count() - 1 : index).at(0).value<T>();
}

} // namespace

// Declares `name` as the value of a Result-returning expression, failing the test on an error.
#define SD_TAKE(name, expr)                                                                        \
    auto name##Result_ = (expr);                                                                   \
    SD_VERIFY_OK(name##Result_);                                                                   \
    auto name = std::move(*name##Result_)

// Reads the books from the database and fails the test when they are inconsistent.
#define SD_VERIFY_BOOKS(desk)                                                                      \
    do {                                                                                           \
        auto booksResult_ = readBooks(desk);                                                       \
        SD_VERIFY_OK(booksResult_);                                                                \
        const QString booksProblems_ = bookProblems(*booksResult_);                                \
        QVERIFY2(booksProblems_.isEmpty(), qPrintable(booksProblems_));                            \
    } while (false)

// Fails the test when the books differ from `expected` (a Books read earlier).
#define SD_VERIFY_BOOKS_UNCHANGED(desk, expected)                                                  \
    do {                                                                                           \
        auto booksNow_ = readBooks(desk);                                                          \
        SD_VERIFY_OK(booksNow_);                                                                   \
        QCOMPARE(booksNow_->quota, (expected).quota);                                              \
        QCOMPARE(booksNow_->availabilities, (expected).availabilities);                            \
        QCOMPARE(booksNow_->reservations, (expected).reservations);                                \
    } while (false)

#define SD_VERIFY_NO_SIGNALS(spies)                                                                \
    QVERIFY2((spies).counts() == QStringLiteral("0 0 0 0 0 0 0 0"), qPrintable((spies).counts()))

class TestReservations : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Desk> m_desk;

    Desk& desk() { return *m_desk; }
    Reservations& books() { return *m_desk->reservations; }
    Repo& repo() { return *m_desk->repo; }
    Result<Availability> reload(const AvailabilityId& id) { return books().availability(id); }
    Result<Reservation> reload(const ReservationId& id) { return books().reservation(id); }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_desk = std::make_unique<Desk>(m_dir->path());
        SD_VERIFY_OK(m_desk->open());
    }
    void cleanup() {
        m_desk.reset();
        m_dir.reset();
    }

    // ---------------------------------------------------------------------------------------
    // The reference's reservation tests, ported to our API
    // ---------------------------------------------------------------------------------------

    // "Serialised and deserialised": an availability (and everything around it)
    // survives closing and reopening the database with every field equal.
    void availabilityCanBeSerialisedAndDeserialised() {
        NewAvailability p = params();
        p.minPricePerBytePerSecond = uint256::max() - 5;
        p.totalCollateral = uint256::max();
        p.until = kNow + 100000;
        SD_TAKE(a, books().createAvailability(p));
        SD_TAKE(r1, desk().reserve(a.id, 4000, 7, kNow + 500, 3));
        SD_TAKE(r2, desk().reserve(a.id, 9000, uint256::max() / 1'000'000'000));
        SD_VERIFY_OK(books().release(r2.id, 300));
        SD_VERIFY_OK(books().deleteReservation(r1.id, 5));
        AvailabilityChange change;
        change.enabled = false;
        change.duration = 77;
        SD_VERIFY_OK(books().updateAvailability(a.id, change));
        SD_TAKE(before, reload(a.id));
        QCOMPARE(before.collateralLost, UInt256(5));
        QVERIFY(!before.enabled);
        SD_TAKE(booksBefore, readBooks(desk()));

        desk().close();
        SD_VERIFY_OK(desk().open());

        SD_TAKE(after, reload(a.id));
        QCOMPARE(after.id, before.id);
        QCOMPARE(after.totalSize, before.totalSize);
        QCOMPARE(after.freeSize, before.freeSize);
        QCOMPARE(after.duration, before.duration);
        QCOMPARE(after.minPricePerBytePerSecond, before.minPricePerBytePerSecond);
        QCOMPARE(after.totalCollateral, before.totalCollateral);
        QCOMPARE(after.totalRemainingCollateral, before.totalRemainingCollateral);
        QCOMPARE(after.collateralLost, before.collateralLost);
        QCOMPARE(after.enabled, before.enabled);
        QCOMPARE(after.until, before.until);
        QCOMPARE(after, before);
        SD_TAKE(r2After, reload(r2.id));
        QCOMPARE(r2After.size, r2.size - 300);
        SD_VERIFY_BOOKS_UNCHANGED(desk(), booksBefore);
        SD_VERIFY_BOOKS(desk());
    }

    // There is no availability at first.
    void hasNoAvailabilityInitially() {
        SD_TAKE(all, books().availabilities());
        QVERIFY(all.isEmpty());
        SD_TAKE(reservations, books().reservations());
        QVERIFY(reservations.isEmpty());
    }

    // Identical parameters give distinct availability ids.
    void generatesUniqueIdsForStorageAvailability() {
        SD_TAKE(a, books().createAvailability(params(1000)));
        SD_TAKE(b, books().createAvailability(params(1000)));
        QVERIFY(a.id != b.id);
        SD_TAKE(all, books().availabilities());
        QCOMPARE(all.size(), 2);
        // Also with the default (system) generator, on books of their own (one Reservations per
        // database: it keeps a write-through copy of its tables).
        QTemporaryDir otherDir;
        QVERIFY(otherDir.isValid());
        Desk other(otherDir.path());
        SD_VERIFY_OK(other.open());
        other.reservations = std::make_unique<Reservations>(*other.database, *other.repo);
        SD_TAKE(c, other.reservations->createAvailability(params(1000)));
        SD_TAKE(d, other.reservations->createAvailability(params(1000)));
        QVERIFY(c.id != d.id);
        QVERIFY(c.id != a.id && c.id != b.id);
    }

    // Creating an availability gives it an id.
    void canReserveAvailableStorage() {
        const NewAvailability p = params();
        SD_TAKE(a, books().createAvailability(p));
        QVERIFY(!a.id.isZero());
        QCOMPARE(a.totalSize, p.totalSize);
        QCOMPARE(a.freeSize, p.totalSize);
        QCOMPARE(a.duration, p.duration);
        QCOMPARE(a.minPricePerBytePerSecond, p.minPricePerBytePerSecond);
        QCOMPARE(a.totalCollateral, p.totalCollateral);
        QCOMPARE(a.totalRemainingCollateral, p.totalCollateral);
        QCOMPARE(a.collateralLost, UInt256(0));
        SD_TAKE(stored, reload(a.id));
        QCOMPARE(stored, a);
    }

    // Creating an availability reserves its bytes in the repo.
    void creatingAvailabilityReservesBytesInRepo() {
        SD_TAKE(before, repo().quota());
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(after, repo().quota());
        QCOMPARE(before.available() - after.available(), a.freeSize);
        QCOMPARE(after.reservedBytes, before.reservedBytes + kSize);
        QCOMPARE(after.usedBytes, before.usedBytes);
        SD_VERIFY_BOOKS(desk());
    }

    // Every availability can be listed.
    void canGetAllAvailabilities() {
        SD_TAKE(a, books().createAvailability(params(1000)));
        SD_TAKE(b, books().createAvailability(params(2000)));
        SD_TAKE(all, books().availabilities());
        QCOMPARE(all.size(), 2);
        QVERIFY(all.contains(a));
        QVERIFY(all.contains(b));
    }

    // A created availability exists.
    void reservedAvailabilityExists() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(exists, books().availabilityExists(a.id));
        QVERIFY(exists);
    }

    // Creating a reservation gives it an id.
    void reservationCanBeCreated() {
        SD_TAKE(a, books().createAvailability(params()));
        const RequestId request = RequestId::random(desk().requestIds);
        SD_TAKE(r, books().createReservation(a.id, request, 5, 1000, 3, kNow + 99));
        QVERIFY(!r.id.isZero());
        QCOMPARE(r.availabilityId, a.id);
        QCOMPARE(r.requestId, request);
        QCOMPARE(r.slotIndex, quint64(5));
        QCOMPARE(r.slotSize, quint64(1000));
        QCOMPARE(r.size, quint64(1000));
        QCOMPARE(r.collateral, UInt256(3000));
        QCOMPARE(r.validUntil, kNow + 99);
        SD_TAKE(stored, reload(r.id));
        QCOMPARE(stored, r);
        SD_TAKE(exists, books().reservationExists(r.id));
        QVERIFY(exists);
        SD_VERIFY_BOOKS(desk());
    }

    // A reservation says which market its bytes were sold on: a Codex slot unless told
    // otherwise. A direct deal's bytes come from the same availability as a slot's.
    void aReservationKnowsItsMarket() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(codex, desk().reserve(a.id, 1000));
        QCOMPARE(codex.market, ReservationMarket::Codex);
        const RequestId dealId = RequestId::random(desk().requestIds);
        SD_TAKE(deal, books().createReservation(a.id, dealId, 0, 2000, 3, kNow + 99,
                                                ReservationMarket::Deal));
        QCOMPARE(deal.market, ReservationMarket::Deal);
        QCOMPARE(deal.collateral, UInt256(6000));
        SD_TAKE(stored, reload(deal.id));
        QCOMPARE(stored.market, ReservationMarket::Deal);
        QCOMPARE(stored, deal);
        SD_TAKE(pool, reload(a.id));
        QCOMPARE(pool.freeSize, kSize - 3000);
        SD_VERIFY_BOOKS(desk());

        desk().close();
        SD_VERIFY_OK(desk().open());
        SD_TAKE(dealAfter, reload(deal.id));
        QCOMPARE(dealAfter.market, ReservationMarket::Deal);
        SD_TAKE(codexAfter, reload(codex.id));
        QCOMPARE(codexAfter.market, ReservationMarket::Codex);
        Statement& column = desk().database->statement(
            QStringLiteral("SELECT market FROM reservations WHERE id = ?"));
        SD_VERIFY_OK(column.bind(0, deal.id.toByteArray()).exec());
        QVERIFY(column.next());
        QCOMPARE(column.value(0).toString(), QStringLiteral("deal"));
        column.finish();
        SD_VERIFY_BOOKS(desk());
    }

    // Books written before deals existed (schema 14) hold Codex slots only: their reservations
    // read back as such once the schema has the market column.
    void reservationsFromBeforeDealsAreCodexSlots() {
        // A folder of its own: init()'s books are already of the newest schema.
        m_desk.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_desk = std::make_unique<Desk>(m_dir->path());
        std::vector<Migration> before;
        for (const Migration& migration : schemaMigrations())
            if (migration.version <= 14)
                before.push_back(migration);
        QCOMPARE(before.back().version, 14);
        const AvailabilityId availability = AvailabilityId::fromBytes(QByteArray(32, 0x0a));
        const ReservationId reservation = ReservationId::fromBytes(QByteArray(32, 0x0b));
        {
            auto old = Database::open(desk().directory + QStringLiteral("/desk.db"),
                                      Database::kHostApplicationId, before);
            SD_VERIFY_OK(old);
            QCOMPARE((*old)->schemaVersion(), 14);
            // 10,000 bytes and 1,000,000 collateral offered, 4,000 bytes (10 a byte) reserved.
            Statement& offer = (*old)->statement(QStringLiteral(
                "INSERT INTO availabilities (id, total_size, free_size, duration,"
                " min_price_per_byte_per_second, total_collateral, remaining_collateral,"
                " lost_collateral, max_collateral_per_byte, enabled, until)"
                " VALUES (?, 10000, 6000, 3600, ?, ?, ?, ?, ?, 1, 0)"));
            SD_VERIFY_OK(offer.bind(0, availability.toByteArray())
                             .bind(1, uint256::toBigEndian32(UInt256(1)))
                             .bind(2, uint256::toBigEndian32(UInt256(1'000'000)))
                             .bind(3, uint256::toBigEndian32(UInt256(960'000)))
                             .bind(4, uint256::toBigEndian32(UInt256(0)))
                             .bind(5, uint256::toBigEndian32(UInt256(160)))
                             .exec());
            Statement& reserve = (*old)->statement(QStringLiteral(
                "INSERT INTO reservations (id, availability_id, request_id, slot_index, slot_size,"
                " size, collateral, valid_until) VALUES (?, ?, ?, 2, 4000, 4000, ?, ?)"));
            SD_VERIFY_OK(reserve.bind(0, reservation.toByteArray())
                             .bind(1, availability.toByteArray())
                             .bind(2, QByteArray(32, 0x0c))
                             .bind(3, uint256::toBigEndian32(UInt256(40'000)))
                             .bind(4, kNow + 500)
                             .exec());
            SD_VERIFY_OK(
                (*old)->execute(QStringLiteral("UPDATE quota SET promised_bytes = 10000")));
        }

        SD_VERIFY_OK(desk().open());
        QCOMPARE(desk().database->schemaVersion(), schemaMigrations().back().version);
        SD_TAKE(all, books().reservations());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, reservation);
        QCOMPARE(all.first().market, ReservationMarket::Codex);
        QCOMPARE(all.first().slotIndex, quint64(2));
        QCOMPARE(all.first().collateral, UInt256(40'000));
        SD_VERIFY_BOOKS(desk());
    }

    // The best fit follows each kind of change to the availabilities (their order for matching is
    // kept in memory beside the rows).
    void bestFitFollowsEveryChange() {
        const SlotRequirements req = slotNeeds(5000);
        const auto bestFit = [&]() -> std::optional<AvailabilityId> {
            auto found = books().findAvailability(req);
            if (!found.ok() || !*found)
                return std::nullopt;
            return (*found)->id;
        };
        SD_TAKE(a, books().createAvailability(params(10'000)));
        SD_TAKE(b, books().createAvailability(params(20'000)));
        QCOMPARE(bestFit(), a.id);
        SD_TAKE(r, desk().reserve(a.id, 6000));
        QCOMPARE(bestFit(), b.id); // a has 4,000 free
        SD_VERIFY_OK(books().deleteReservation(r.id));
        QCOMPARE(bestFit(), a.id);
        AvailabilityChange off;
        off.enabled = false;
        SD_VERIFY_OK(books().updateAvailability(a.id, off));
        QCOMPARE(bestFit(), b.id);
        AvailabilityChange on;
        on.enabled = true;
        SD_VERIFY_OK(books().updateAvailability(a.id, on));
        QCOMPARE(bestFit(), a.id);
        AvailabilityChange larger;
        larger.totalSize = 30'000;
        SD_VERIFY_OK(books().updateAvailability(a.id, larger));
        QCOMPARE(bestFit(), b.id); // 20,000 free before 30,000
        SD_VERIFY_OK(books().removeAvailability(b.id));
        QCOMPARE(bestFit(), a.id);
        SD_VERIFY_OK(books().removeAvailability(a.id));
        QCOMPARE(bestFit(), std::nullopt);
    }

    // One reservation per slot is the schema's own rule (the rows are keyed by slot): a second
    // row for a held slot is refused by SQLite even when written around the store.
    void theSchemaRefusesASecondRowForASlot() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(held, desk().reserve(a.id, 1000, 1, kNow + 1000, 3));
        Statement& copy = desk().database->statement(QStringLiteral(
            "INSERT INTO reservations SELECT ?, availability_id, request_id, slot_index,"
            " slot_size, size, collateral, valid_until, market FROM reservations"));
        copy.bind(0, QByteArray(32, 0x7e));
        SD_VERIFY_ERROR(copy.exec(), ErrorCode::Database);
        SD_TAKE(all, books().reservations());
        QCOMPARE(all, QList<Reservation>{held});
        SD_VERIFY_BOOKS(desk());
    }

    // A seeded id generator (the scenario runner's) starts its sequence again when the host
    // restarts. The ids it draws again are already held; they are drawn past, not refused.
    void idsAlreadyHeldAfterARestartAreDrawnPast() {
        desk().ids.seed(5);
        SD_TAKE(first, books().createAvailability(params()));
        SD_TAKE(held, desk().reserve(first.id, 1000));
        desk().close();
        desk().ids.seed(5);
        SD_VERIFY_OK(desk().open());
        SD_TAKE(second, books().createAvailability(params()));
        QVERIFY(second.id != first.id);
        desk().ids.seed(5);
        (void)AvailabilityId::random(desk().ids); // the draw that made `first`
        SD_TAKE(next, desk().reserve(first.id, 1000, 1, kNow + 1000, 1));
        QVERIFY(next.id != held.id);
        SD_TAKE(all, books().reservations());
        QCOMPARE(all.size(), 2);
        SD_VERIFY_OK(books().deleteReservation(next.id));
        SD_TAKE(still, books().reservation(held.id));
        QCOMPARE(still, held);
        SD_VERIFY_BOOKS(desk());
    }

    // Every reservation can be listed.
    void canGetAllReservations() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(b, books().createAvailability(params()));
        SD_TAKE(ra, desk().reserve(a.id, 1000));
        SD_TAKE(rb, desk().reserve(b.id, 2000));
        SD_TAKE(all, books().reservations());
        QCOMPARE(all.size(), 2);
        QVERIFY(all.contains(ra));
        QVERIFY(all.contains(rb));
    }

    // Reservations can be listed by availability.
    void canGetReservationsOfSpecificAvailability() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(b, books().createAvailability(params()));
        SD_TAKE(ra, desk().reserve(a.id, 1000));
        SD_TAKE(rb, desk().reserve(b.id, 2000));
        SD_TAKE(ofA, books().reservationsOf(a.id));
        QCOMPARE(ofA.size(), 1);
        QCOMPARE(ofA.first(), ra);
        SD_TAKE(ofB, books().reservationsOf(b.id));
        QCOMPARE(ofB.size(), 1);
        QCOMPARE(ofB.first(), rb);
        SD_VERIFY_ERROR(books().reservationsOf(AvailabilityId::random(desk().ids)),
                        ErrorCode::NotFound);
    }

    // A reservation needs an existing availability.
    void cannotCreateReservationWithNonExistantAvailability() {
        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        SD_VERIFY_ERROR(desk().reserve(AvailabilityId::random(desk().ids), 1000),
                        ErrorCode::NotFound);
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);
    }

    // A reservation larger than the availability's free size is refused.
    void cannotCreateReservationLargerThanAvailabilitySize() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        auto result = desk().reserve(a.id, a.totalSize + 1);
        SD_VERIFY_ERROR(result, ErrorCode::OutOfBounds);
        QVERIFY2(result.message().startsWith(QStringLiteral("trying to reserve")),
                 qPrintable(result.message()));
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);
    }

    // The reference raced two reservations (totalSize-1, totalSize). We run on one
    // thread with transactions, so the race becomes: either order, and the second attempted from
    // inside the first one's signal handler. Exactly one succeeds, the other is OutOfBounds and
    // leaves no row and no change.
    void cannotCreateReservationLargerThanAvailabilitySizeConcurrencyTest_data() {
        QTest::addColumn<bool>("largerFirst");
        QTest::addColumn<bool>("fromSignalHandler");
        QTest::newRow("smaller first") << false << false;
        QTest::newRow("larger first") << true << false;
        QTest::newRow("smaller first, second from handler") << false << true;
        QTest::newRow("larger first, second from handler") << true << true;
    }
    void cannotCreateReservationLargerThanAvailabilitySizeConcurrencyTest() {
        QFETCH(bool, largerFirst);
        QFETCH(bool, fromSignalHandler);
        SD_TAKE(a, books().createAvailability(params()));
        const quint64 firstSize = largerFirst ? a.totalSize : a.totalSize - 1;
        const quint64 secondSize = largerFirst ? a.totalSize - 1 : a.totalSize;

        std::optional<Result<Reservation>> second;
        std::optional<Books> booksAfterFirst;
        if (fromSignalHandler) {
            QObject context;
            connect(books_ptr(), &Reservations::reservationCreated, &context,
                    [&](const Reservation&) {
                        if (second)
                            return;
                        auto now = readBooks(desk());
                        if (now.ok())
                            booksAfterFirst = *now;
                        second = desk().reserve(a.id, secondSize, 1, kNow + 1000, 1);
                    });
            SD_TAKE(first, desk().reserve(a.id, firstSize));
            QCOMPARE(first.slotSize, firstSize);
        } else {
            SD_TAKE(first, desk().reserve(a.id, firstSize));
            QCOMPARE(first.slotSize, firstSize);
            SD_TAKE(now, readBooks(desk()));
            booksAfterFirst = now;
            second = desk().reserve(a.id, secondSize, 1, kNow + 1000, 1);
        }
        QVERIFY(second.has_value());
        QVERIFY(booksAfterFirst.has_value());
        SD_VERIFY_ERROR(*second, ErrorCode::OutOfBounds);

        SD_TAKE(all, books().reservations());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().slotSize, firstSize);
        SD_VERIFY_BOOKS_UNCHANGED(desk(), *booksAfterFirst);
        SD_TAKE(after, reload(a.id));
        QCOMPARE(after.freeSize, a.totalSize - firstSize);
        SD_VERIFY_BOOKS(desk());
    }

    // Creating a reservation reduces the availability's free size.
    void createReservationReducesAvailabilitySize() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(quotaBefore, repo().quota());
        SD_TAKE(r, desk().reserve(a.id, 12345, 2));
        SD_TAKE(after, reload(a.id));
        QCOMPARE(after.freeSize, a.freeSize - r.size);
        QCOMPARE(after.totalSize, a.totalSize);
        QCOMPARE(after.totalRemainingCollateral, a.totalRemainingCollateral - 12345 * 2);
        // No quota moves: the bytes stay reserved, now for the reservation.
        SD_TAKE(quotaAfter, repo().quota());
        QCOMPARE(quotaAfter, quotaBefore);
        SD_VERIFY_BOOKS(desk());
    }

    // A created reservation exists.
    void canCheckIfReservationExists() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 1000));
        SD_TAKE(exists, books().reservationExists(r.id));
        QVERIFY(exists);
        SD_VERIFY_OK(books().deleteReservation(r.id));
        SD_TAKE(existsAfterDelete, books().reservationExists(r.id));
        QVERIFY(!existsAfterDelete);
    }

    // An unknown availability does not exist.
    void nonExistantAvailabilityDoesNotExist() {
        SD_TAKE(a, books().createAvailability(params()));
        Q_UNUSED(a);
        SD_TAKE(exists, books().availabilityExists(AvailabilityId::random(desk().ids)));
        QVERIFY(!exists);
    }

    // An unknown reservation does not exist.
    void nonExistantReservationDoesNotExist() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 1000));
        Q_UNUSED(r);
        SD_TAKE(exists, books().reservationExists(ReservationId::random(desk().ids)));
        QVERIFY(!exists);
    }

    // A created availability can be checked for.
    void canCheckIfAvailabilityExists() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(exists, books().availabilityExists(a.id));
        QVERIFY(exists);
        SD_VERIFY_OK(books().removeAvailability(a.id));
        SD_TAKE(existsAfterRemove, books().availabilityExists(a.id));
        QVERIFY(!existsAfterRemove);
    }

    // A deleted reservation is gone.
    void canDeleteReservation() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 1000));
        SD_VERIFY_OK(books().deleteReservation(r.id));
        SD_TAKE(exists, books().reservationExists(r.id));
        QVERIFY(!exists);
        SD_VERIFY_ERROR(reload(r.id), ErrorCode::NotFound);
        SD_TAKE(all, books().reservations());
        QVERIFY(all.isEmpty());
    }

    // Deleting a reservation returns its bytes to the availability.
    void deletingReservationReturnsBytesBackToAvailability() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 1000));
        SD_TAKE(reserved, reload(a.id));
        QCOMPARE(reserved.freeSize, a.freeSize - 1000);
        SD_VERIFY_OK(books().deleteReservation(r.id));
        SD_TAKE(after, reload(a.id));
        QCOMPARE(after.freeSize, a.freeSize);
        SD_VERIFY_BOOKS(desk());
    }

    // Our returnBytesToAvailability takes the reservation id and returns the bytes already written
    // (slotSize - size): after release(n), freeSize and the reserved quota grow by n.
    void callingReturnBytesToAvailabilityReturnsBytesBackToAvailability() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 10000));
        const quint64 n = 2500;
        SD_VERIFY_OK(books().release(r.id, n));
        SD_TAKE(availabilityBefore, reload(a.id));
        SD_TAKE(quotaBefore, repo().quota());
        Spies spies(desk());

        SD_VERIFY_OK(books().returnBytesToAvailability(r.id));

        SD_TAKE(availabilityAfter, reload(a.id));
        SD_TAKE(quotaAfter, repo().quota());
        QCOMPARE(availabilityAfter.freeSize, availabilityBefore.freeSize + n);
        QCOMPARE(quotaAfter.reservedBytes, quotaBefore.reservedBytes + n);
        SD_TAKE(reservationAfter, reload(r.id));
        QCOMPARE(reservationAfter.slotSize, r.slotSize - n);
        QCOMPARE(reservationAfter.size, r.slotSize - n);
        QCOMPARE(spies.reservationChanged.count(), 1);
        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(spies.widened.count(), 1);
        SD_VERIFY_BOOKS(desk());

        // Nothing left to return: a second call changes nothing.
        SD_TAKE(booksNow, readBooks(desk()));
        spies.clear();
        SD_VERIFY_OK(books().returnBytesToAvailability(r.id));
        SD_VERIFY_BOOKS_UNCHANGED(desk(), booksNow);
        SD_VERIFY_NO_SIGNALS(spies);
    }

    // Lowering an availability's size releases quota.
    void updateReleasesQuotaWhenLoweringSize() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(before, repo().quota());
        AvailabilityChange change;
        change.totalSize = a.totalSize - 100;
        SD_TAKE(updated, books().updateAvailability(a.id, change));
        QCOMPARE(updated.totalSize, a.totalSize - 100);
        QCOMPARE(updated.freeSize, a.freeSize - 100);
        SD_TAKE(after, repo().quota());
        QCOMPARE(after.reservedBytes, before.reservedBytes - 100);
        SD_VERIFY_BOOKS(desk());
    }

    // Growing an availability's size reserves quota.
    void updateReservesQuotaWhenGrowingSize() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(before, repo().quota());
        AvailabilityChange change;
        change.totalSize = a.totalSize + 100;
        SD_TAKE(updated, books().updateAvailability(a.id, change));
        QCOMPARE(updated.totalSize, a.totalSize + 100);
        QCOMPARE(updated.freeSize, a.freeSize + 100);
        SD_TAKE(after, repo().quota());
        QCOMPARE(after.reservedBytes, before.reservedBytes + 100);
        SD_VERIFY_BOOKS(desk());
    }

    // A new availability is enabled by default.
    void createAvailabilitySetEnabledToTrueByDefault() {
        NewAvailability p;
        p.totalSize = 1000;
        p.duration = 10;
        p.minPricePerBytePerSecond = 1;
        p.totalCollateral = 1;
        SD_TAKE(a, books().createAvailability(p));
        QVERIFY(a.enabled);
        SD_TAKE(stored, reload(a.id));
        QVERIFY(stored.enabled);
    }

    // A new availability has no until by default.
    void createAvailabilitySetUntilToZeroByDefault() {
        NewAvailability p;
        p.totalSize = 1000;
        p.duration = 10;
        p.minPricePerBytePerSecond = 1;
        p.totalCollateral = 1;
        SD_TAKE(a, books().createAvailability(p));
        QCOMPARE(a.until, Timestamp(0));
        SD_TAKE(stored, reload(a.id));
        QCOMPARE(stored.until, Timestamp(0));
    }

    // enabled and until are stored as given.
    void createAvailabilityWithCorrectValues() {
        NewAvailability p = params();
        p.enabled = false;
        p.until = kNow + 12345;
        SD_TAKE(a, books().createAvailability(p));
        SD_TAKE(stored, reload(a.id));
        QCOMPARE(stored.enabled, false);
        QCOMPARE(stored.until, kNow + 12345);
        QCOMPARE(stored, a);
    }

    // Creating an availability with a negative until is refused.
    void createAnAvailabilityFailsWhenTryingSetUntilWithANegativeValue() {
        NewAvailability p = params();
        p.until = -1;
        SD_TAKE(before, readBooks(desk()));
        auto result = books().createAvailability(p);
        SD_VERIFY_ERROR(result, ErrorCode::InvalidArgument);
        QCOMPARE(result.message(), QStringLiteral("Cannot set until to a negative value"));
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
    }

    // Updating an availability with a negative until is refused.
    void updateAnAvailabilityFailsWhenTryingSetUntilWithANegativeValue() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(before, readBooks(desk()));
        AvailabilityChange change;
        change.until = -1;
        auto result = books().updateAvailability(a.id, change);
        SD_VERIFY_ERROR(result, ErrorCode::InvalidArgument);
        QCOMPARE(result.message(), QStringLiteral("Cannot set until to a negative value"));
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
    }

    // A reservation can be partly released.
    void reservationCanBePartiallyReleased() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 1000));
        SD_TAKE(quotaBefore, repo().quota());
        Spies spies(desk());
        SD_VERIFY_OK(books().release(r.id, 1));
        SD_TAKE(after, reload(r.id));
        QCOMPARE(after.size, r.size - 1);
        QCOMPARE(after.slotSize, r.slotSize);
        SD_TAKE(quotaAfter, repo().quota());
        QCOMPARE(quotaAfter.reservedBytes, quotaBefore.reservedBytes - 1);
        QCOMPARE(spies.reservationChanged.count(), 1);
        QCOMPARE(payload<Reservation>(spies.reservationChanged), after);
        SD_VERIFY_BOOKS(desk());
    }

    // Releasing more bytes than a reservation holds is refused.
    void cannotReleaseMoreBytesThanSizeOfReservation() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 1000));
        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        SD_VERIFY_ERROR(books().release(r.id, r.size + 1), ErrorCode::OutOfBounds);
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);
    }

    // Releasing nothing is not a change: no row, quota or signal moves (as with
    // returnBytesToAvailability when nothing was written). A missing reservation is still
    // NotFound.
    void releasingZeroBytesChangesNothing() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 1000));
        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        SD_VERIFY_OK(books().release(r.id, 0));
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);
        SD_VERIFY_ERROR(books().release(ReservationId::random(desk().ids), 0), ErrorCode::NotFound);
    }

    // Releasing bytes of an unknown reservation is refused.
    void cannotReleaseBytesFromNonExistantReservation() {
        SD_TAKE(a, books().createAvailability(params()));
        Q_UNUSED(a);
        SD_TAKE(before, readBooks(desk()));
        SD_VERIFY_ERROR(books().release(ReservationId::random(desk().ids), 1), ErrorCode::NotFound);
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
    }

    // The reference's OnAvailabilitySaved callback is our availabilityWidened
    // signal (the slot queue wakes on it).
    // Creating an availability widens it.
    void availabilityWidenedEmittedWhenAvailabilityIsCreated() {
        QSignalSpy widened(books_ptr(), &Reservations::availabilityWidened);
        SD_TAKE(a, books().createAvailability(params()));
        QCOMPARE(widened.count(), 1);
        QCOMPARE(payload<Availability>(widened), a);
        // A disabled one cannot match anything, so it does not wake the queue.
        NewAvailability disabled = params();
        disabled.enabled = false;
        SD_TAKE(b, books().createAvailability(disabled));
        Q_UNUSED(b);
        QCOMPARE(widened.count(), 1);
    }

    // A bigger free size widens.
    void availabilityWidenedEmittedWhenAvailabilitySizeIsIncreased() {
        SD_TAKE(a, books().createAvailability(params()));
        QSignalSpy widened(books_ptr(), &Reservations::availabilityWidened);
        AvailabilityChange change;
        change.totalSize = a.totalSize + 1;
        SD_TAKE(updated, books().updateAvailability(a.id, change));
        QCOMPARE(updated.freeSize, a.freeSize + 1);
        QCOMPARE(widened.count(), 1);
        QCOMPARE(payload<Availability>(widened), updated);
    }

    // A smaller size does not widen.
    void availabilityWidenedNotEmittedWhenAvailabilitySizeIsDecreased() {
        SD_TAKE(a, books().createAvailability(params()));
        QSignalSpy widened(books_ptr(), &Reservations::availabilityWidened);
        QSignalSpy changed(books_ptr(), &Reservations::availabilityChanged);
        AvailabilityChange change;
        change.totalSize = a.totalSize - 1;
        SD_TAKE(updated, books().updateAvailability(a.id, change));
        QCOMPARE(updated.freeSize, a.freeSize - 1);
        // (the collateral-per-byte limit stays 100: see
        // shrinkingSizeWidensWhenTheCollateralPerByteLimitRises)
        QCOMPARE(updated.maxCollateralPerByte(), a.maxCollateralPerByte());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(widened.count(), 0);
    }

    // Disabling in the same change as a size increase does not widen.
    void availabilityWidenedNotEmittedWhenAvailabilityIsDisabled() {
        SD_TAKE(a, books().createAvailability(params()));
        QSignalSpy widened(books_ptr(), &Reservations::availabilityWidened);
        QSignalSpy changed(books_ptr(), &Reservations::availabilityChanged);
        AvailabilityChange change;
        change.enabled = false;
        change.totalSize = a.totalSize + 1;
        change.duration = a.duration + 1;
        SD_TAKE(updated, books().updateAvailability(a.id, change));
        QVERIFY(!updated.enabled);
        QCOMPARE(updated.freeSize, a.freeSize + 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(widened.count(), 0);
    }

    // A longer duration widens.
    void availabilityWidenedEmittedWhenAvailabilityDurationIsIncreased() {
        SD_TAKE(a, books().createAvailability(params()));
        QSignalSpy widened(books_ptr(), &Reservations::availabilityWidened);
        AvailabilityChange change;
        change.duration = a.duration + 1;
        SD_VERIFY_OK(books().updateAvailability(a.id, change));
        QCOMPARE(widened.count(), 1);
        QCOMPARE(payload<Availability>(widened).duration, a.duration + 1);
    }

    // A shorter duration does not widen.
    void availabilityWidenedNotEmittedWhenAvailabilityDurationIsDecreased() {
        SD_TAKE(a, books().createAvailability(params()));
        QSignalSpy widened(books_ptr(), &Reservations::availabilityWidened);
        QSignalSpy changed(books_ptr(), &Reservations::availabilityChanged);
        AvailabilityChange change;
        change.duration = a.duration - 1;
        SD_VERIFY_OK(books().updateAvailability(a.id, change));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(widened.count(), 0);
    }

    // DELIBERATELY REVERSED from the reference, which called OnAvailabilitySaved when the
    // minimum price went UP. A higher minimum price matches fewer slots, so waking the queue on it
    // is useless; a LOWER one matches more slots and is what must wake it (the next test).
    void availabilityWidenedNotEmittedWhenMinPricePerBytePerSecondIsIncreased() {
        SD_TAKE(a, books().createAvailability(params()));
        QSignalSpy widened(books_ptr(), &Reservations::availabilityWidened);
        QSignalSpy changed(books_ptr(), &Reservations::availabilityChanged);
        AvailabilityChange change;
        change.minPricePerBytePerSecond = a.minPricePerBytePerSecond + 1;
        SD_VERIFY_OK(books().updateAvailability(a.id, change));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(widened.count(), 0);
    }

    // DELIBERATELY REVERSED from the reference (see above): a lower minimum price widens.
    void availabilityWidenedEmittedWhenMinPricePerBytePerSecondIsDecreased() {
        SD_TAKE(a, books().createAvailability(params()));
        QSignalSpy widened(books_ptr(), &Reservations::availabilityWidened);
        AvailabilityChange change;
        change.minPricePerBytePerSecond = a.minPricePerBytePerSecond - 1;
        SD_VERIFY_OK(books().updateAvailability(a.id, change));
        QCOMPARE(widened.count(), 1);
        QCOMPARE(payload<Availability>(widened).minPricePerBytePerSecond,
                 a.minPricePerBytePerSecond - 1);
    }

    // More remaining collateral widens.
    void availabilityWidenedEmittedWhenAvailabilityTotalRemainingCollateralIsIncreased() {
        SD_TAKE(a, books().createAvailability(params()));
        QSignalSpy widened(books_ptr(), &Reservations::availabilityWidened);
        AvailabilityChange change;
        change.totalCollateral = a.totalCollateral + 1;
        SD_TAKE(updated, books().updateAvailability(a.id, change));
        QCOMPARE(updated.totalRemainingCollateral, a.totalRemainingCollateral + 1);
        QCOMPARE(widened.count(), 1);
    }

    // Less remaining collateral does not widen.
    void availabilityWidenedNotEmittedWhenAvailabilityTotalRemainingCollateralIsDecreased() {
        SD_TAKE(a, books().createAvailability(params()));
        QSignalSpy widened(books_ptr(), &Reservations::availabilityWidened);
        QSignalSpy changed(books_ptr(), &Reservations::availabilityChanged);
        AvailabilityChange change;
        change.totalCollateral = a.totalCollateral - 1;
        SD_TAKE(updated, books().updateAvailability(a.id, change));
        QCOMPARE(updated.totalRemainingCollateral, a.totalRemainingCollateral - 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(widened.count(), 0);
    }

    // An availability that matches exactly is found.
    void availabilitiesCanBeFound() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(found, books().findAvailability(exactFit(a)));
        QVERIFY(found.has_value());
        QCOMPARE(*found, a);
    }

    // A disabled availability is not found.
    void doesNotFindAnAvailabilityWhenItIsDisabled() {
        NewAvailability p = params();
        p.enabled = false;
        SD_TAKE(a, books().createAvailability(p));
        SD_TAKE(found, books().findAvailability(exactFit(a)));
        QVERIFY(!found.has_value());
        AvailabilityChange enable;
        enable.enabled = true;
        SD_VERIFY_OK(books().updateAvailability(a.id, enable));
        SD_TAKE(foundEnabled, books().findAvailability(exactFit(a)));
        QVERIFY(foundEnabled.has_value());
    }

    // An availability whose until is after the slot's end is found.
    void findsAnAvailabilityWhenTheUntilDateIsAfterTheDuration() {
        NewAvailability p = params();
        p.until = kNow + static_cast<Timestamp>(kDuration);
        SD_TAKE(a, books().createAvailability(p));
        SlotRequirements req = exactFit(a);
        req.validUntil = kNow + 30;
        SD_TAKE(found, books().findAvailability(req));
        QVERIFY(found.has_value());
        QCOMPARE(found->id, a.id);
    }

    // An availability whose until is before the slot's end is not found.
    void doesNotFindAnAvailabilityWhenTheUntilDateIsBeforeTheDuration() {
        NewAvailability p = params();
        p.until = kNow + 1;
        SD_TAKE(a, books().createAvailability(p));
        SlotRequirements req = exactFit(a);
        req.validUntil = kNow + 30;
        SD_TAKE(found, books().findAvailability(req));
        QVERIFY(!found.has_value());
    }

    // An availability too small for the slot is not found.
    void nonMatchingAvailabilitiesAreNotFound() {
        SD_TAKE(a, books().createAvailability(params()));
        SlotRequirements req = exactFit(a);
        req.slotSize = a.freeSize + 1;
        SD_TAKE(found, books().findAvailability(req));
        QVERIFY(!found.has_value());
    }

    // Nothing is found without availabilities.
    void nonExistentAvailabilityCannotBeFound() {
        SlotRequirements req;
        req.slotSize = 1;
        req.duration = 1;
        req.pricePerBytePerSecond = uint256::max();
        SD_TAKE(found, books().findAvailability(req));
        QVERIFY(!found.has_value());
    }

    // Getting an unknown availability fails.
    void nonExistentAvailabilityCannotBeRetrieved() {
        auto result = reload(AvailabilityId::random(desk().ids));
        SD_VERIFY_ERROR(result, ErrorCode::NotFound);
        QVERIFY(result.message().startsWith(QStringLiteral("Availability not found")));
    }

    // The repo's available bytes are its quota.
    void canGetAvailableBytesInRepo() {
        SD_TAKE(quota, repo().quota());
        QCOMPARE(quota.available(), Repo::kDefaultQuotaBytes);
        QCOMPARE(quota.maxBytes, Repo::kDefaultQuotaBytes);
    }

    // Exactly the remaining quota is available (ours is <=; the reference's was <).
    void reportsQuotaAvailableToBeReserved() {
        SD_TAKE(less, repo().hasAvailable(Repo::kDefaultQuotaBytes - 1));
        QVERIFY(less);
        SD_TAKE(exactly, repo().hasAvailable(Repo::kDefaultQuotaBytes));
        QVERIFY(exactly);
    }

    // More than the remaining quota is not available.
    void reportsQuotaNotAvailableToBeReserved() {
        SD_TAKE(more, repo().hasAvailable(Repo::kDefaultQuotaBytes + 1));
        QVERIFY(!more);
    }

    // An availability larger than the free quota is refused.
    void failsToCreateAvailabilityWithSizeThatIsLargerThanAvailableQuota() {
        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        auto result = books().createAvailability(params(Repo::kDefaultQuotaBytes + 1));
        SD_VERIFY_ERROR(result, ErrorCode::QuotaExceeded);
        QVERIFY2(result.message().startsWith(QStringLiteral("Not enough storage quota")),
                 qPrintable(result.message()));
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);
        // Exactly the quota fits.
        SD_TAKE(a, books().createAvailability(params(Repo::kDefaultQuotaBytes)));
        QCOMPARE(a.totalSize, Repo::kDefaultQuotaBytes);
        SD_TAKE(full, repo().quota());
        QCOMPARE(full.available(), quint64(0));
    }

    // ---------------------------------------------------------------------------------------
    // Validation
    // ---------------------------------------------------------------------------------------

    void createAvailabilityValidation_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("size 0") << QStringLiteral("size")
                                << QStringLiteral("Total size must be larger than zero");
        QTest::newRow("duration 0")
            << QStringLiteral("duration") << QStringLiteral("Duration must be larger than zero");
        QTest::newRow("min price 0")
            << QStringLiteral("price")
            << QStringLiteral(
                   "Minimum price must be larger than zero (the lowest price is 1 base unit "
                   "per byte per second)");
        QTest::newRow("collateral 0")
            << QStringLiteral("collateral")
            << QStringLiteral("Total collateral must be larger than zero");
        QTest::newRow("negative until")
            << QStringLiteral("until") << QStringLiteral("Cannot set until to a negative value");
        QTest::newRow("size above INT64_MAX")
            << QStringLiteral("huge size")
            << QStringLiteral("Total size is too large (at most 9223372036854775807 bytes)");
        QTest::newRow("duration above INT64_MAX")
            << QStringLiteral("huge duration")
            << QStringLiteral("Duration is too large (at most 9223372036854775807 seconds)");
    }
    void createAvailabilityValidation() {
        QFETCH(QString, field);
        QFETCH(QString, message);
        NewAvailability p = params();
        if (field == QLatin1String("size"))
            p.totalSize = 0;
        else if (field == QLatin1String("duration"))
            p.duration = 0;
        else if (field == QLatin1String("price"))
            p.minPricePerBytePerSecond = 0;
        else if (field == QLatin1String("collateral"))
            p.totalCollateral = 0;
        else if (field == QLatin1String("until"))
            p.until = -5;
        else if (field == QLatin1String("huge size"))
            p.totalSize = quint64(std::numeric_limits<qint64>::max()) + 1;
        else if (field == QLatin1String("huge duration"))
            p.duration = std::numeric_limits<quint64>::max();
        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        auto result = books().createAvailability(p);
        SD_VERIFY_ERROR(result, ErrorCode::InvalidArgument);
        QCOMPARE(result.message(), message);
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);
    }

    void updateAvailabilityValidation_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("size 0") << QStringLiteral("size")
                                << QStringLiteral("Total size must be larger than zero");
        QTest::newRow("duration 0")
            << QStringLiteral("duration") << QStringLiteral("Duration must be larger than zero");
        QTest::newRow("min price 0")
            << QStringLiteral("price")
            << QStringLiteral(
                   "Minimum price must be larger than zero (the lowest price is 1 base unit "
                   "per byte per second)");
        QTest::newRow("negative until")
            << QStringLiteral("until") << QStringLiteral("Cannot set until to a negative value");
    }
    void updateAvailabilityValidation() {
        QFETCH(QString, field);
        QFETCH(QString, message);
        SD_TAKE(a, books().createAvailability(params()));
        AvailabilityChange change;
        change.duration = a.duration + 100; // a valid part that must not be applied either
        if (field == QLatin1String("size"))
            change.totalSize = 0;
        else if (field == QLatin1String("duration"))
            change.duration = 0;
        else if (field == QLatin1String("price"))
            change.minPricePerBytePerSecond = 0;
        else if (field == QLatin1String("until"))
            change.until = -1;
        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        auto result = books().updateAvailability(a.id, change);
        SD_VERIFY_ERROR(result, ErrorCode::InvalidArgument);
        QCOMPARE(result.message(), message);
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);
    }

    void updateOfMissingAvailabilityIsNotFound() {
        AvailabilityChange change;
        change.duration = 5;
        SD_VERIFY_ERROR(books().updateAvailability(AvailabilityId::random(desk().ids), change),
                        ErrorCode::NotFound);
    }

    void updateWithoutChangeEmitsNothing() {
        SD_TAKE(a, books().createAvailability(params()));
        Spies spies(desk());
        AvailabilityChange same;
        same.totalSize = a.totalSize;
        same.duration = a.duration;
        same.totalCollateral = a.totalCollateral;
        same.enabled = a.enabled;
        SD_TAKE(updated, books().updateAvailability(a.id, same));
        QCOMPARE(updated, a);
        SD_VERIFY_NO_SIGNALS(spies);
    }

    void createReservationValidation() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(before, readBooks(desk()));
        auto zero = desk().reserve(a.id, 0);
        SD_VERIFY_ERROR(zero, ErrorCode::InvalidArgument);
        QCOMPARE(zero.message(), QStringLiteral("Slot size must be larger than zero"));
        // slotSize * collateralPerByte beyond 2^256-1.
        SD_VERIFY_ERROR(desk().reserve(a.id, 2, uint256::max()), ErrorCode::Overflow);
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
    }

    // The reference let a reservation outlive its availability's until, or land on a disabled
    // availability, if the caller skipped findAvailability; we refuse both.
    void createReservationRespectsEnabledAndUntil() {
        NewAvailability p = params();
        p.until = kNow + 1000;
        SD_TAKE(a, books().createAvailability(p));
        SD_TAKE(before, readBooks(desk()));
        auto late = desk().reserve(a.id, 1000, 1, kNow + 1001);
        SD_VERIFY_ERROR(late, ErrorCode::Conflict);
        QVERIFY(late.message().contains(QStringLiteral("until")));
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_OK(desk().reserve(a.id, 1000, 1, kNow + 1000));

        AvailabilityChange disable;
        disable.enabled = false;
        SD_VERIFY_OK(books().updateAvailability(a.id, disable));
        SD_TAKE(disabled, readBooks(desk()));
        auto refused = desk().reserve(a.id, 1000, 1, kNow + 10, 1);
        SD_VERIFY_ERROR(refused, ErrorCode::Conflict);
        QVERIFY(refused.message().contains(QStringLiteral("disabled")));
        SD_VERIFY_BOOKS_UNCHANGED(desk(), disabled);
    }

    void updateTotalCollateralToZeroIsRefused() {
        SD_TAKE(a, books().createAvailability(params()));
        AvailabilityChange change;
        change.totalCollateral = UInt256(0);
        auto result = books().updateAvailability(a.id, change);
        SD_VERIFY_ERROR(result, ErrorCode::InvalidArgument);
        QCOMPARE(result.message(), QStringLiteral("Total collateral must be larger than zero"));
        SD_TAKE(after, reload(a.id));
        QCOMPARE(after.totalCollateral, a.totalCollateral);
    }

    // The reference did not re-check collateral under its lock; we do.
    void createReservationRefusesMoreCollateralThanRemains() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        // 1000 bytes at (budget / 1000) + 1 per byte is more than the whole budget.
        const UInt256 perByte = a.totalRemainingCollateral / 1000 + 1;
        auto result = desk().reserve(a.id, 1000, perByte);
        SD_VERIFY_ERROR(result, ErrorCode::OutOfBounds);
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);
        // Exactly the whole budget is allowed.
        SD_TAKE(r, desk().reserve(a.id, 1000, a.totalRemainingCollateral / 1000));
        SD_TAKE(after, reload(a.id));
        QCOMPARE(r.collateral, a.totalRemainingCollateral);
        QCOMPARE(after.totalRemainingCollateral, UInt256(0));
        SD_VERIFY_BOOKS(desk());
    }

    void secondReservationForTheSameSlotIsRefused() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(b, books().createAvailability(params()));
        const RequestId request = RequestId::random(desk().requestIds);
        SD_TAKE(r, books().createReservation(a.id, request, 4, 1000, 1, kNow + 100));
        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        // Also from another availability.
        for (const AvailabilityId& owner : {a.id, b.id}) {
            auto again = books().createReservation(owner, request, 4, 1000, 1, kNow + 100);
            SD_VERIFY_ERROR(again, ErrorCode::Conflict);
            QVERIFY2(again.message().contains(r.id.toHex()), qPrintable(again.message()));
        }
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);
        SD_TAKE(found, books().reservationForSlot(request, 4));
        QVERIFY(found.has_value());
        QCOMPARE(*found, r);
        // Another slot of the same request is fine.
        SD_TAKE(other, books().createReservation(a.id, request, 5, 1000, 1, kNow + 100));
        QVERIFY(other.id != r.id);
        SD_VERIFY_BOOKS(desk());
    }

    // ---------------------------------------------------------------------------------------
    // The reference's bugs that we fix
    // ---------------------------------------------------------------------------------------

    // The quota check of an update uses the size delta. 60% of the quota can grow by
    // 10% (the reference compared the whole new size with the 40% left and refused).
    void updateQuotaCheckUsesTheSizeDelta() {
        const quint64 quota = Repo::kDefaultQuotaBytes;
        SD_TAKE(a, books().createAvailability(params(quota / 10 * 6)));
        AvailabilityChange grow;
        grow.totalSize = quota / 10 * 7;
        SD_TAKE(grown, books().updateAvailability(a.id, grow));
        QCOMPARE(grown.totalSize, quota / 10 * 7);
        SD_TAKE(usage, repo().quota());
        QCOMPARE(usage.reservedBytes, quota / 10 * 7);

        // Past the quota: refused, nothing changes.
        SD_TAKE(before, readBooks(desk()));
        grow.totalSize = quota + 1;
        SD_VERIFY_ERROR(books().updateAvailability(a.id, grow), ErrorCode::QuotaExceeded);
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        // Up to exactly the quota: allowed.
        grow.totalSize = quota;
        SD_VERIFY_OK(books().updateAvailability(a.id, grow));
        SD_TAKE(full, repo().quota());
        QCOMPARE(full.available(), quint64(0));
        SD_VERIFY_BOOKS(desk());
    }

    // Collateral must not leak (the reference's totalCollateral= setter reset the remaining
    // budget): a change of Δ moves the remaining budget by Δ; committed collateral stays committed.
    void updateTotalCollateralMovesRemainingByDelta() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 1000, 50)); // commits 50,000
        SD_TAKE(reserved, reload(a.id));
        QCOMPARE(reserved.totalRemainingCollateral, a.totalCollateral - 50'000);

        AvailabilityChange up;
        up.totalCollateral = a.totalCollateral + 7777;
        SD_TAKE(raised, books().updateAvailability(a.id, up));
        QCOMPARE(raised.totalCollateral, a.totalCollateral + 7777);
        QCOMPARE(raised.totalRemainingCollateral, reserved.totalRemainingCollateral + 7777);
        SD_VERIFY_BOOKS(desk());

        AvailabilityChange down;
        down.totalCollateral = a.totalCollateral - 1'000'000;
        SD_TAKE(lowered, books().updateAvailability(a.id, down));
        QCOMPARE(lowered.totalRemainingCollateral, reserved.totalRemainingCollateral - 1'000'000);
        SD_TAKE(stillCommitted, reload(r.id));
        QCOMPARE(stillCommitted.collateral, UInt256(50'000));
        SD_VERIFY_BOOKS(desk());

        // Deleting the reservation gives its collateral back on top of the new budget.
        SD_VERIFY_OK(books().deleteReservation(r.id));
        SD_TAKE(after, reload(a.id));
        QCOMPARE(after.totalRemainingCollateral, after.totalCollateral);
        SD_VERIFY_BOOKS(desk());
    }

    void updateTotalCollateralBelowCommittedAndLostIsRefused() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(lostOne, desk().reserve(a.id, 1000, 10, kNow + 1000, 0)); // 10,000
        SD_TAKE(kept, desk().reserve(a.id, 1000, 30, kNow + 1000, 1));    // 30,000
        Q_UNUSED(kept);
        SD_VERIFY_OK(books().deleteReservation(lostOne.id, 4000)); // 4,000 lost
        const UInt256 spent = 30'000 + 4000;

        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        AvailabilityChange change;
        change.totalCollateral = spent - 1;
        auto refused = books().updateAvailability(a.id, change);
        SD_VERIFY_ERROR(refused, ErrorCode::Conflict);
        QVERIFY2(refused.message().startsWith(
                     QStringLiteral("Total collateral must be at least the collateral committed")),
                 qPrintable(refused.message()));
        QVERIFY2(refused.message().endsWith(QStringLiteral("34000 base units")),
                 qPrintable(refused.message()));
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);

        change.totalCollateral = spent;
        SD_TAKE(exact, books().updateAvailability(a.id, change));
        QCOMPARE(exact.totalRemainingCollateral, UInt256(0));
        QCOMPARE(exact.collateralLost, UInt256(4000));
        SD_VERIFY_BOOKS(desk());
    }

    void updateTotalSizeBelowBytesHeldByReservationsIsRefused() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r1, desk().reserve(a.id, 3000, 1, kNow + 1000, 0));
        SD_TAKE(r2, desk().reserve(a.id, 5000, 1, kNow + 1000, 1));
        // Written bytes still count as held by r2 (its slotSize).
        SD_VERIFY_OK(books().release(r2.id, 2000));
        const quint64 held = r1.slotSize + r2.slotSize;

        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        AvailabilityChange change;
        change.totalSize = held - 1;
        auto refused = books().updateAvailability(a.id, change);
        SD_VERIFY_ERROR(refused, ErrorCode::Conflict);
        QVERIFY2(refused.message().endsWith(QString::number(held) + QStringLiteral(" bytes")),
                 qPrintable(refused.message()));
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);

        change.totalSize = held;
        SD_TAKE(shrunk, books().updateAvailability(a.id, change));
        QCOMPARE(shrunk.totalSize, held);
        QCOMPARE(shrunk.freeSize, quint64(0));
        SD_TAKE(usage, repo().quota());
        QCOMPARE(usage.reservedBytes, before.quota.reservedBytes - (a.totalSize - held));
        SD_VERIFY_BOOKS(desk());
        // A full availability finds nothing, even for one byte.
        SlotRequirements req = exactFit(a);
        req.slotSize = 1;
        req.collateralPerByte = 0;
        SD_TAKE(found, books().findAvailability(req));
        QVERIFY(!found.has_value());
    }

    // Enabling wakes the queue, disabling does not.
    void enablingAvailabilityEmitsWidened() {
        NewAvailability p = params();
        p.enabled = false;
        SD_TAKE(a, books().createAvailability(p));
        QSignalSpy widened(books_ptr(), &Reservations::availabilityWidened);
        QSignalSpy changed(books_ptr(), &Reservations::availabilityChanged);
        AvailabilityChange enable;
        enable.enabled = true;
        SD_VERIFY_OK(books().updateAvailability(a.id, enable));
        QCOMPARE(widened.count(), 1);
        QVERIFY(payload<Availability>(widened).enabled);

        AvailabilityChange disable;
        disable.enabled = false;
        SD_VERIFY_OK(books().updateAvailability(a.id, disable));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(widened.count(), 1);
    }

    void laterOrNoUntilEmitsWidened() {
        NewAvailability p = params();
        p.until = kNow + 1000;
        SD_TAKE(a, books().createAvailability(p));
        QSignalSpy widened(books_ptr(), &Reservations::availabilityWidened);
        AvailabilityChange change;
        change.until = kNow + 999; // earlier: narrows
        SD_VERIFY_OK(books().updateAvailability(a.id, change));
        QCOMPARE(widened.count(), 0);
        change.until = kNow + 2000; // later: widens
        SD_VERIFY_OK(books().updateAvailability(a.id, change));
        QCOMPARE(widened.count(), 1);
        change.until = 0; // no limit: widens
        SD_VERIFY_OK(books().updateAvailability(a.id, change));
        QCOMPARE(widened.count(), 2);
        change.until = kNow + 5000; // a limit where there was none: narrows
        SD_VERIFY_OK(books().updateAvailability(a.id, change));
        QCOMPARE(widened.count(), 2);
    }

    // Not in the reference: the collateral-per-byte limit is remaining / freeSize, so taking
    // bytes away can let a slot with more collateral per byte match. That wakes the queue.
    void shrinkingSizeWidensWhenTheCollateralPerByteLimitRises() {
        NewAvailability p = params(1000);
        p.totalCollateral = 100'000; // 100 per byte
        SD_TAKE(a, books().createAvailability(p));
        QSignalSpy widened(books_ptr(), &Reservations::availabilityWidened);
        AvailabilityChange change;
        change.totalSize = 500; // 200 per byte
        SD_TAKE(shrunk, books().updateAvailability(a.id, change));
        QCOMPARE(shrunk.maxCollateralPerByte(), UInt256(200));
        QCOMPARE(widened.count(), 1);
        SlotRequirements req = exactFit(shrunk);
        req.slotSize = 400;
        req.collateralPerByte = 150;
        SD_TAKE(found, books().findAvailability(req));
        QVERIFY(found.has_value()); // it did not match before the change
    }

    void untilEarlierThanAHostedSlotIsRefused() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r1, desk().reserve(a.id, 1000, 1, kNow + 500, 0));
        SD_TAKE(r2, desk().reserve(a.id, 1000, 1, kNow + 800, 1));
        Q_UNUSED(r1);
        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        AvailabilityChange change;
        change.until = r2.validUntil - 1;
        auto refused = books().updateAvailability(a.id, change);
        SD_VERIFY_ERROR(refused, ErrorCode::Conflict);
        QVERIFY2(refused.message().startsWith(
                     QStringLiteral("Until must be greater or equal to the longest "
                                    "currently hosted slot")),
                 qPrintable(refused.message()));
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);

        change.until = r2.validUntil;
        SD_TAKE(atEnd, books().updateAvailability(a.id, change));
        QCOMPARE(atEnd.until, r2.validUntil);
        change.until = 0;
        SD_TAKE(unlimited, books().updateAvailability(a.id, change));
        QCOMPARE(unlimited.until, Timestamp(0));
        // Once the later slot is gone, the earlier end is the limit.
        SD_VERIFY_OK(books().deleteReservation(r2.id));
        change.until = kNow + 500;
        SD_VERIFY_OK(books().updateAvailability(a.id, change));
    }

    // The whole slotSize goes back to freeSize and the collateral to the budget.
    void deleteReservationReturnsSlotSizeAndCollateral() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 4000, 25));
        SD_TAKE(reserved, reload(a.id));
        QCOMPARE(reserved.totalRemainingCollateral, a.totalRemainingCollateral - 100'000);
        Spies spies(desk());
        SD_VERIFY_OK(books().deleteReservation(r.id));
        SD_TAKE(after, reload(a.id));
        QCOMPARE(after.freeSize, a.freeSize);
        QCOMPARE(after.totalRemainingCollateral, a.totalRemainingCollateral);
        QCOMPARE(after.collateralLost, UInt256(0));
        QCOMPARE(spies.deleted.count(), 1);
        QCOMPARE(payload<Reservation>(spies.deleted), r);
        QCOMPARE(spies.changed.count(), 1);
        QCOMPARE(payload<Availability>(spies.changed), after);
        QCOMPARE(spies.widened.count(), 1);
        SD_VERIFY_BOOKS(desk());
    }

    void deleteReservationRecordsLostCollateral() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 4000, 25)); // 100,000
        // More than was committed cannot have been lost.
        SD_TAKE(before, readBooks(desk()));
        SD_VERIFY_ERROR(books().deleteReservation(r.id, r.collateral + 1), ErrorCode::OutOfBounds);
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);

        SD_VERIFY_OK(books().deleteReservation(r.id, 30'000));
        SD_TAKE(after, reload(a.id));
        QCOMPARE(after.totalRemainingCollateral, a.totalRemainingCollateral - 30'000);
        QCOMPARE(after.collateralLost, UInt256(30'000));
        QCOMPARE(after.freeSize, a.freeSize);
        SD_VERIFY_BOOKS(desk());

        // Everything lost.
        SD_TAKE(r2, desk().reserve(a.id, 1000, 7));
        SD_VERIFY_OK(books().deleteReservation(r2.id, r2.collateral));
        SD_TAKE(afterAll, reload(a.id));
        QCOMPARE(afterAll.collateralLost, UInt256(30'000 + 7000));
        QCOMPARE(afterAll.totalRemainingCollateral, a.totalRemainingCollateral - 37'000);
        SD_VERIFY_BOOKS(desk());
    }

    // totalRemainingCollateral + Σ reservation.collateral + collateralLost == totalCollateral
    // after every step of a longer sequence (SD_VERIFY_BOOKS checks it).
    void collateralInvariantHoldsThroughALongSequence() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_VERIFY_BOOKS(desk());
        SD_TAKE(r1, desk().reserve(a.id, 10'000, 40, kNow + 100, 0));
        SD_VERIFY_BOOKS(desk());
        SD_TAKE(r2, desk().reserve(a.id, 20'000, 15, kNow + 200, 1));
        SD_VERIFY_BOOKS(desk());
        SD_VERIFY_OK(repo().appendSlotData(slotOf(r1), QByteArray(3000, 'x'), kNow + 100));
        SD_VERIFY_OK(books().release(r1.id, 3000));
        SD_VERIFY_BOOKS(desk());
        AvailabilityChange more;
        more.totalCollateral = a.totalCollateral + 123'456;
        SD_VERIFY_OK(books().updateAvailability(a.id, more));
        SD_VERIFY_BOOKS(desk());
        SD_VERIFY_OK(books().deleteReservation(r2.id, 100'000)); // 200,000 committed
        SD_VERIFY_BOOKS(desk());
        SD_TAKE(r3, desk().reserve(a.id, 50'000, 99, kNow + 300, 2));
        SD_VERIFY_BOOKS(desk());
        SD_VERIFY_OK(repo().deleteSlotData(slotOf(r1)));
        SD_VERIFY_OK(books().returnBytesToAvailability(r1.id));
        SD_VERIFY_BOOKS(desk());
        AvailabilityChange less;
        less.totalCollateral = a.totalCollateral - 5'000'000;
        less.totalSize = a.totalSize - 100'000;
        SD_VERIFY_OK(books().updateAvailability(a.id, less));
        SD_VERIFY_BOOKS(desk());
        SD_VERIFY_OK(books().deleteReservation(r1.id, 1));
        SD_VERIFY_BOOKS(desk());
        SD_VERIFY_OK(books().deleteReservation(r3.id));
        SD_VERIFY_BOOKS(desk());

        SD_TAKE(end, reload(a.id));
        QCOMPARE(end.collateralLost, UInt256(100'001));
        QCOMPARE(end.totalRemainingCollateral, end.totalCollateral - 100'001);
        QCOMPARE(end.freeSize, end.totalSize);
        SD_TAKE(usage, repo().quota());
        QCOMPARE(usage.reservedBytes, end.totalSize);
        QCOMPARE(usage.usedBytes, quint64(0));
    }

    // After release(n) (data written) and the data deleted, deleteReservation re-reserves n.
    void deleteReservationAfterReleaseReReservesDownloadedBytes() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 200'000));
        const quint64 n = 3 * Repo::kBlockSize + 17;
        SD_VERIFY_OK(repo().appendSlotData(slotOf(r), QByteArray(qsizetype(n), 'd'), kNow + 100));
        SD_VERIFY_OK(books().release(r.id, n));
        SD_TAKE(written, repo().quota());
        QCOMPARE(written.usedBytes, n);
        QCOMPARE(written.reservedBytes, a.totalSize - n);
        SD_VERIFY_BOOKS(desk());

        SD_TAKE(deletedBytes, repo().deleteSlotData(slotOf(r)));
        QCOMPARE(deletedBytes, n);
        SD_VERIFY_OK(books().deleteReservation(r.id));
        SD_TAKE(after, repo().quota());
        QCOMPARE(after.reservedBytes, a.totalSize);
        QCOMPARE(after.usedBytes, quint64(0));
        SD_TAKE(availability, reload(a.id));
        QCOMPARE(availability.freeSize, a.totalSize);
        SD_VERIFY_BOOKS(desk());
    }

    // returnBytesToAvailability then deleteReservation returns every byte once, never twice (a
    // double return would make freeSize exceed totalSize; nim-codex issue #1099).
    void returnBytesThenDeleteReturnsEveryByteOnce() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 10'000));
        SD_VERIFY_OK(books().release(r.id, 6000));
        SD_VERIFY_OK(books().returnBytesToAvailability(r.id));
        SD_TAKE(middle, reload(a.id));
        QCOMPARE(middle.freeSize, a.freeSize - 4000);
        SD_VERIFY_OK(books().deleteReservation(r.id));
        SD_TAKE(after, reload(a.id));
        QCOMPARE(after.freeSize, a.totalSize);
        SD_TAKE(usage, repo().quota());
        QCOMPARE(usage.reservedBytes, a.totalSize);
        SD_VERIFY_BOOKS(desk());
    }

    // The reserved total is derived (schema 11): releasing written bytes changes the reservation's
    // row and not the quota's, the total is the same when the books are opened again, and
    // returning the bytes brings it back, still without a change of the quota row.
    void releaseLeavesTheQuotaRowAndTheDerivedTotalSurvivesReopening() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 10'000));
        const QString promised = QStringLiteral("SELECT promised_bytes FROM quota");
        Spies spies(desk());
        SD_VERIFY_OK(books().release(r.id, 2500));
        SD_VERIFY_OK(books().release(r.id, 1500));
        SD_TAKE(promisedAfterRelease, desk().database->queryValue(promised));
        QCOMPARE(promisedAfterRelease.toULongLong(), a.totalSize);
        SD_TAKE(usage, repo().quota());
        QCOMPARE(usage.reservedBytes, a.totalSize - 4000);
        QCOMPARE(spies.quota.count(), 2);
        QCOMPARE(payload<QuotaUsage>(spies.quota), usage);

        desk().close();
        SD_VERIFY_OK(desk().open());
        SD_TAKE(reopened, repo().quota());
        QCOMPARE(reopened, usage);
        SD_VERIFY_BOOKS(desk());

        SD_VERIFY_OK(books().returnBytesToAvailability(r.id));
        SD_TAKE(returned, repo().quota());
        QCOMPARE(returned.reservedBytes, a.totalSize);
        SD_TAKE(promisedAfterReturn, desk().database->queryValue(promised));
        QCOMPARE(promisedAfterReturn.toULongLong(), a.totalSize);
        SD_VERIFY_BOOKS(desk());
    }

    void deletingAMissingReservationSucceedsAndChangesNothing() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 1000));
        SD_VERIFY_OK(books().deleteReservation(r.id));
        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        SD_VERIFY_OK(books().deleteReservation(r.id)); // twice
        SD_VERIFY_OK(books().deleteReservation(ReservationId::random(desk().ids), 5));
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);
    }

    // The data of a released part was not deleted and the quota was lowered to what is taken:
    // deleteReservation cannot re-reserve the written bytes, so it is refused and nothing
    // changes (returnBytesToAvailability likewise). Once the data is deleted, it succeeds.
    void deleteReservationRefusedWhenTheQuotaCannotReReserve() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 10'000));
        SD_VERIFY_OK(repo().appendSlotData(slotOf(r), QByteArray(4000, 'd'), kNow + 100));
        SD_VERIFY_OK(books().release(r.id, 4000));
        SD_TAKE(usage, repo().quota());
        SD_VERIFY_OK(repo().setMaxBytes(usage.totalUsed()));

        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        SD_VERIFY_ERROR(books().deleteReservation(r.id), ErrorCode::QuotaExceeded);
        SD_VERIFY_ERROR(books().returnBytesToAvailability(r.id), ErrorCode::QuotaExceeded);
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);
        SD_TAKE(stillThere, books().reservationExists(r.id));
        QVERIFY(stillThere);

        SD_VERIFY_OK(repo().deleteSlotData(slotOf(r)));
        SD_VERIFY_OK(books().deleteReservation(r.id));
        SD_TAKE(after, repo().quota());
        QCOMPARE(after.reservedBytes, a.totalSize);
        QCOMPARE(after.available(), quint64(0));
        SD_VERIFY_BOOKS(desk());
    }

    // A failure in the last step of a multi-step change leaves nothing of the earlier steps: the
    // last statement is made to fail with a temporary SQLite trigger. Each operation moves the
    // quota (and for some a row) before that statement.
    void failureInTheLastStepLeavesTheBooksAsTheyWere_data() {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("trigger"); // "<BEFORE|AFTER> <event> ON <table>"
        QTest::newRow("createAvailability: insert fails after the quota grew")
            << QStringLiteral("createAvailability")
            << QStringLiteral("BEFORE INSERT ON availabilities");
        QTest::newRow("createReservation: availability update fails after the insert")
            << QStringLiteral("createReservation")
            << QStringLiteral("BEFORE UPDATE ON availabilities");
        QTest::newRow("updateAvailability: update fails after the quota grew")
            << QStringLiteral("updateAvailability")
            << QStringLiteral("BEFORE UPDATE ON availabilities");
        QTest::newRow("release: reservation update fails after the quota shrank")
            << QStringLiteral("release") << QStringLiteral("BEFORE UPDATE ON reservations");
        QTest::newRow("returnBytesToAvailability: reservation update fails last")
            << QStringLiteral("returnBytesToAvailability")
            << QStringLiteral("BEFORE UPDATE ON reservations");
        QTest::newRow("deleteReservation: availability update fails after the delete")
            << QStringLiteral("deleteReservation")
            << QStringLiteral("BEFORE UPDATE ON availabilities");
        QTest::newRow("removeAvailability: delete fails after the quota release")
            << QStringLiteral("removeAvailability")
            << QStringLiteral("BEFORE DELETE ON availabilities");
    }
    void failureInTheLastStepLeavesTheBooksAsTheyWere() {
        QFETCH(QString, operation);
        QFETCH(QString, trigger);
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(empty, books().createAvailability(params(5000)));
        SD_TAKE(r, desk().reserve(a.id, 10'000));
        SD_VERIFY_OK(books().release(r.id, 4000)); // so that delete/return re-reserve bytes

        const auto run = [&]() -> Result<void> {
            if (operation == QLatin1String("createAvailability")) {
                auto created = books().createAvailability(params(3000));
                if (!created.ok())
                    return created.error();
                return {};
            }
            if (operation == QLatin1String("createReservation")) {
                auto created = desk().reserve(a.id, 777, 1, kNow + 1000, 9);
                if (!created.ok())
                    return created.error();
                return {};
            }
            if (operation == QLatin1String("updateAvailability")) {
                AvailabilityChange change;
                change.totalSize = a.totalSize + 5000;
                auto updated = books().updateAvailability(a.id, change);
                if (!updated.ok())
                    return updated.error();
                return {};
            }
            if (operation == QLatin1String("release"))
                return books().release(r.id, 1000);
            if (operation == QLatin1String("returnBytesToAvailability"))
                return books().returnBytesToAvailability(r.id);
            if (operation == QLatin1String("deleteReservation"))
                return books().deleteReservation(r.id, 10);
            return books().removeAvailability(empty.id);
        };

        SD_VERIFY_OK(
            desk().database->execute(QStringLiteral("CREATE TEMP TRIGGER injected_failure %1 BEGIN"
                                                    " SELECT RAISE(ABORT, 'injected failure'); END")
                                         .arg(trigger)));
        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        auto failed = run();
        SD_VERIFY_ERROR(failed, ErrorCode::Database);
        QVERIFY2(failed.message().contains(QStringLiteral("injected failure")),
                 qPrintable(failed.message()));
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);
        QVERIFY(!desk().database->inTransaction());

        // Without the trigger the same operation succeeds and changes the books.
        SD_VERIFY_OK(
            desk().database->execute(QStringLiteral("DROP TRIGGER temp.injected_failure")));
        SD_VERIFY_OK(run());
        SD_TAKE(after, readBooks(desk()));
        QVERIFY(!(after == before));
        QVERIFY(spies.counts() != QStringLiteral("0 0 0 0 0 0 0 0"));
        SD_VERIFY_BOOKS(desk());
    }

    // Inside an outer transaction that rolls back, every operation leaves nothing and emits
    // nothing; afterwards the desk works normally.
    void operationsInsideARolledBackTransactionLeaveNothing() {
        const SlotRequirements small = slotNeeds(1000);
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 10'000));
        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        {
            SD_TAKE(tx, desk().database->begin());
            SD_TAKE(b, books().createAvailability(params(2000)));
            AvailabilityChange change;
            change.totalSize = a.totalSize + 1;
            change.enabled = false;
            SD_VERIFY_OK(books().updateAvailability(a.id, change));
            SD_TAKE(r2, desk().reserve(b.id, 1000));
            SD_VERIFY_OK(books().release(r.id, 3000));
            SD_VERIFY_OK(books().returnBytesToAvailability(r.id));
            SD_VERIFY_OK(books().release(r2.id, 10));
            SD_VERIFY_OK(books().deleteReservation(r2.id, 1));
            SD_VERIFY_OK(books().deleteReservation(r.id, 2));
            SD_VERIFY_OK(books().removeAvailability(b.id));
            SD_VERIFY_OK(books().removeAvailability(a.id));
            SD_TAKE(inside, books().availabilities());
            QVERIFY(inside.isEmpty()); // visible inside the transaction
            SD_TAKE(noneInside, books().findAvailability(small));
            QVERIFY(!noneInside);
            SD_VERIFY_NO_SIGNALS(spies);
        } // rolled back
        QVERIFY(!desk().database->inTransaction());
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);
        // The match sees the books as they are again: a, less r's bytes.
        SD_TAKE(again, books().findAvailability(small));
        QVERIFY(again);
        QCOMPARE(again->id, a.id);
        QCOMPARE(again->freeSize, a.totalSize - 10'000);

        SD_TAKE(c, books().createAvailability(params(3000)));
        Q_UNUSED(c);
        QCOMPARE(spies.added.count(), 1);
        SD_VERIFY_BOOKS(desk());
    }

    // Each change emits its signals once, after the commit: inside an outer transaction nothing
    // is heard until it commits; handlers run outside any transaction and see the change.
    void signalsFireOncePerChangeAfterCommit() {
        Spies spies(desk());
        int handlerCalls = 0;
        int handlersInTransaction = 0;
        int stalePayloads = 0;
        QObject context;
        const auto onAvailability = [&](const Availability& a) {
            ++handlerCalls;
            if (desk().database->inTransaction())
                ++handlersInTransaction;
            auto stored = ReservationStore(*desk().database).findAvailability(a.id);
            if (!stored.ok() || !stored->has_value() || **stored != a)
                ++stalePayloads;
        };
        const auto onReservation = [&](const Reservation& r) {
            ++handlerCalls;
            if (desk().database->inTransaction())
                ++handlersInTransaction;
            auto stored = ReservationStore(*desk().database).findReservation(r.id);
            if (!stored.ok() || !stored->has_value() || **stored != r)
                ++stalePayloads;
        };
        connect(books_ptr(), &Reservations::availabilityAdded, &context, onAvailability);
        connect(books_ptr(), &Reservations::availabilityChanged, &context, onAvailability);
        connect(books_ptr(), &Reservations::availabilityWidened, &context, onAvailability);
        connect(books_ptr(), &Reservations::reservationCreated, &context, onReservation);
        connect(books_ptr(), &Reservations::reservationChanged, &context, onReservation);

        // One operation at a time: counts are
        // added changed removed widened created reservationChanged deleted quota.
        SD_TAKE(a, books().createAvailability(params()));
        QCOMPARE(spies.counts(), QStringLiteral("1 0 0 1 0 0 0 1"));
        QCOMPARE(payload<Availability>(spies.added), a);
        spies.clear();
        NewAvailability disabled = params(5000);
        disabled.enabled = false;
        SD_TAKE(b, books().createAvailability(disabled));
        QCOMPARE(spies.counts(), QStringLiteral("1 0 0 0 0 0 0 1"));
        spies.clear();
        AvailabilityChange longer;
        longer.duration = kDuration * 2;
        SD_VERIFY_OK(books().updateAvailability(a.id, longer));
        QCOMPARE(spies.counts(), QStringLiteral("0 1 0 1 0 0 0 0"));
        spies.clear();
        SD_TAKE(r, desk().reserve(a.id, 10'000));
        QCOMPARE(spies.counts(), QStringLiteral("0 1 0 0 1 0 0 0"));
        QCOMPARE(payload<Reservation>(spies.created), r);
        spies.clear();
        SD_VERIFY_OK(books().release(r.id, 100));
        QCOMPARE(spies.counts(), QStringLiteral("0 0 0 0 0 1 0 1"));
        spies.clear();
        SD_VERIFY_OK(books().returnBytesToAvailability(r.id));
        QCOMPARE(spies.counts(), QStringLiteral("0 1 0 1 0 1 0 1"));
        spies.clear();
        SD_VERIFY_OK(books().deleteReservation(r.id));
        // (nothing was written any more, so the quota does not move)
        QCOMPARE(spies.counts(), QStringLiteral("0 1 0 1 0 0 1 0"));
        spies.clear();
        SD_VERIFY_OK(books().removeAvailability(b.id));
        QCOMPARE(spies.counts(), QStringLiteral("0 0 1 0 0 0 0 1"));
        QCOMPARE(payload<AvailabilityId>(spies.removed), b.id);
        spies.clear();

        // Several operations in one outer transaction: silent until the commit, then each
        // change's signals once.
        {
            SD_TAKE(tx, desk().database->begin());
            SD_TAKE(r2, desk().reserve(a.id, 2000, 1, kNow + 1000, 1));
            SD_VERIFY_OK(books().release(r2.id, 500));
            SD_TAKE(c, books().createAvailability(params(7000)));
            Q_UNUSED(c);
            SD_VERIFY_NO_SIGNALS(spies);
            SD_VERIFY_OK(tx.commit());
        }
        QCOMPARE(spies.counts(), QStringLiteral("1 1 0 1 1 1 0 1"));
        QCOMPARE(handlersInTransaction, 0);
        QVERIFY(handlerCalls > 10);
        // Payloads are the committed rows (the reservation's changed twice in that transaction,
        // so only the last payload matches the row).
        QCOMPARE(stalePayloads, 1);
    }

    // Deterministic best fit (the reference returned the first match in random key order): the
    // smallest sufficient freeSize, then the smallest id.
    void findAvailabilityPrefersSmallestSufficientFreeSizeThenSmallestId() {
        QList<Availability> tied;
        for (int i = 0; i < 4; ++i) {
            SD_TAKE(a, books().createAvailability(params(50'000)));
            tied.append(a);
        }
        SD_TAKE(smaller, books().createAvailability(params(40'000)));
        SD_TAKE(larger, books().createAvailability(params(90'000)));
        Q_UNUSED(larger);
        const AvailabilityId smallestTiedId =
            std::min_element(
                tied.cbegin(), tied.cend(),
                [](const Availability& x, const Availability& y) { return x.id < y.id; })
                ->id;

        SlotRequirements req = exactFit(tied.first());
        req.slotSize = 45'000;
        SD_TAKE(found, books().findAvailability(req));
        QVERIFY(found.has_value());
        QCOMPARE(found->id, smallestTiedId);
        SD_TAKE(again, books().findAvailability(req));
        QCOMPARE(again->id, smallestTiedId);

        req.slotSize = 30'000;
        SD_TAKE(best, books().findAvailability(req));
        QVERIFY(best.has_value());
        QCOMPARE(best->id, smaller.id);

        // Reserving from the best fit moves it below the others: the next smallest id of the tie
        // becomes the answer for 45,000.
        SD_TAKE(r, desk().reserve(smallestTiedId, 10'000));
        Q_UNUSED(r);
        QList<AvailabilityId> rest;
        for (const Availability& a : tied)
            if (a.id != smallestTiedId)
                rest.append(a.id);
        req.slotSize = 45'000;
        SD_TAKE(next, books().findAvailability(req));
        QVERIFY(next.has_value());
        QCOMPARE(next->id, *std::min_element(rest.cbegin(), rest.cend()));
    }

    void findAvailabilityRespectsEachCondition_data() {
        QTest::addColumn<QString>("condition");
        QTest::newRow("enabled") << QStringLiteral("enabled");
        QTest::newRow("size") << QStringLiteral("size");
        QTest::newRow("duration") << QStringLiteral("duration");
        QTest::newRow("collateral per byte") << QStringLiteral("collateral");
        QTest::newRow("min price") << QStringLiteral("price");
        QTest::newRow("until") << QStringLiteral("until");
    }
    void findAvailabilityRespectsEachCondition() {
        QFETCH(QString, condition);
        NewAvailability p = params();
        p.until = kNow + 5000;
        SD_TAKE(a, books().createAvailability(p));
        // Some bytes and collateral committed: the per-byte limit is 85,000,000 / 900,000 = 94.
        SD_TAKE(r, desk().reserve(a.id, 100'000, 150, kNow + 10));
        Q_UNUSED(r);
        SD_TAKE(current, reload(a.id));
        QCOMPARE(current.maxCollateralPerByte(), UInt256(94));

        const SlotRequirements exact = exactFit(current);
        SD_TAKE(atLimits, books().findAvailability(exact));
        QVERIFY(atLimits.has_value());
        QCOMPARE(atLimits->id, a.id);

        SlotRequirements req = exact;
        if (condition == QLatin1String("enabled")) {
            AvailabilityChange disable;
            disable.enabled = false;
            SD_VERIFY_OK(books().updateAvailability(a.id, disable));
        } else if (condition == QLatin1String("size")) {
            req.slotSize += 1;
        } else if (condition == QLatin1String("duration")) {
            req.duration += 1;
        } else if (condition == QLatin1String("collateral")) {
            req.collateralPerByte += 1;
        } else if (condition == QLatin1String("price")) {
            req.pricePerBytePerSecond -= 1;
        } else if (condition == QLatin1String("until")) {
            req.validUntil += 1;
        }
        SD_TAKE(found, books().findAvailability(req));
        QVERIFY2(!found.has_value(), qPrintable(condition));

        if (condition == QLatin1String("until")) {
            // until = 0 means no limit.
            AvailabilityChange unlimited;
            unlimited.until = 0;
            SD_VERIFY_OK(books().updateAvailability(a.id, unlimited));
            req.validUntil = std::numeric_limits<Timestamp>::max();
            SD_TAKE(foundUnlimited, books().findAvailability(req));
            QVERIFY(foundUnlimited.has_value());
        }
    }

    void findAvailabilityWithSizesBeyondTheStorableRangeFindsNothing() {
        SD_TAKE(a, books().createAvailability(params()));
        SlotRequirements req = exactFit(a);
        req.slotSize = std::numeric_limits<quint64>::max();
        SD_TAKE(found, books().findAvailability(req));
        QVERIFY(!found.has_value());
        req = exactFit(a);
        req.duration = std::numeric_limits<quint64>::max();
        SD_TAKE(foundDuration, books().findAvailability(req));
        QVERIFY(!foundDuration.has_value());
    }

    void removeAvailabilityReturnsItsBytesToTheQuota() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(b, books().createAvailability(params(2000)));
        SD_TAKE(before, repo().quota());
        QSignalSpy removed(books_ptr(), &Reservations::availabilityRemoved);
        SD_VERIFY_OK(books().removeAvailability(a.id));
        SD_TAKE(after, repo().quota());
        QCOMPARE(after.reservedBytes, before.reservedBytes - a.totalSize);
        QCOMPARE(removed.count(), 1);
        SD_TAKE(exists, books().availabilityExists(a.id));
        QVERIFY(!exists);
        SD_TAKE(all, books().availabilities());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first(), b);
        SD_VERIFY_ERROR(books().removeAvailability(a.id), ErrorCode::NotFound);
        SD_VERIFY_BOOKS(desk());
    }

    void removeAvailabilityRefusedWhileReservationsExist() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(r, desk().reserve(a.id, 1000));
        SD_TAKE(before, readBooks(desk()));
        Spies spies(desk());
        auto refused = books().removeAvailability(a.id);
        SD_VERIFY_ERROR(refused, ErrorCode::Conflict);
        QVERIFY2(refused.message().contains(QStringLiteral("1 reservation(s)")),
                 qPrintable(refused.message()));
        SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
        SD_VERIFY_NO_SIGNALS(spies);
        SD_VERIFY_OK(books().deleteReservation(r.id));
        SD_VERIFY_OK(books().removeAvailability(a.id));
        SD_TAKE(usage, repo().quota());
        QCOMPARE(usage.reservedBytes, quint64(0));
    }

    // A random walk over every operation with a small quota: after each step the books are
    // consistent, a refused step changed nothing, and findAvailability answers the best fit.
    void randomOperationsKeepTheBooksConsistent() {
        QRandomGenerator rng(0x5A1E5DE5);
        QRandomGenerator probes(0xF17);
        SD_VERIFY_OK(repo().setMaxBytes(3'000'000));
        int matched = 0;
        int succeeded = 0;
        int refused = 0;
        for (int step = 0; step < 400; ++step) {
            SD_TAKE(before, readBooks(desk()));
            const auto pickAvailability = [&]() -> std::optional<Availability> {
                if (before.availabilities.isEmpty())
                    return std::nullopt;
                return before.availabilities.at(
                    rng.bounded(static_cast<int>(before.availabilities.size())));
            };
            const auto pickReservation = [&]() -> std::optional<Reservation> {
                if (before.reservations.isEmpty())
                    return std::nullopt;
                return before.reservations.at(
                    rng.bounded(static_cast<int>(before.reservations.size())));
            };
            const int op = rng.bounded(8);
            QString what;
            Result<void> result;
            if (op == 0 || before.availabilities.isEmpty()) {
                NewAvailability p = params(10'000 + rng.bounded(800'000));
                p.totalCollateral = UInt256(p.totalSize) * (1 + rng.bounded(200));
                p.enabled = rng.bounded(4) != 0;
                what = QStringLiteral("create %1").arg(p.totalSize);
                auto created = books().createAvailability(p);
                if (!created.ok())
                    result = created.error();
            } else if (op == 1) {
                const Availability a = *pickAvailability();
                AvailabilityChange change;
                switch (rng.bounded(4)) {
                case 0:
                    change.totalSize = a.committedBytes() + rng.bounded(900'000) + 1;
                    break;
                case 1:
                    change.totalCollateral =
                        a.totalCollateral - UInt256(rng.bounded(1000)) + UInt256(rng.bounded(1000));
                    break;
                case 2:
                    change.enabled = !a.enabled;
                    break;
                default:
                    change.duration = 1 + rng.bounded(10'000);
                    break;
                }
                what = QStringLiteral("update ") + describe(a);
                auto updated = books().updateAvailability(a.id, change);
                if (!updated.ok())
                    result = updated.error();
            } else if (op == 2 || op == 3) {
                const Availability a = *pickAvailability();
                const quint64 size = 1 + rng.bounded(static_cast<quint32>(a.freeSize / 2 + 2));
                const UInt256 perByte = rng.bounded(120);
                what = QStringLiteral("reserve %1 at %2 from ")
                           .arg(size)
                           .arg(uint256::toDecimal(perByte)) +
                       describe(a);
                auto created =
                    desk().reserve(a.id, size, perByte, kNow + rng.bounded(1000), rng.bounded(3));
                if (!created.ok())
                    result = created.error();
            } else if (op == 4 && !before.reservations.isEmpty()) {
                // Write some of the slot's data, then release it from the reserved quota.
                const Reservation r = *pickReservation();
                const quint64 bytes = rng.bounded(static_cast<quint32>(r.size + 1));
                what = QStringLiteral("write+release %1 of ").arg(bytes) + describe(r);
                result =
                    repo().appendSlotData(slotOf(r), QByteArray(qsizetype(bytes), 'w'), kNow + 100);
                if (result.ok())
                    result = books().release(r.id, bytes);
                if (!result.ok())
                    QCOMPARE(result.code(), ErrorCode::QuotaExceeded); // the append
            } else if (op == 5 && !before.reservations.isEmpty()) {
                const Reservation r = *pickReservation();
                what = QStringLiteral("return bytes of ") + describe(r);
                SD_VERIFY_OK(repo().deleteSlotData(slotOf(r)));
                SD_TAKE(afterDataDeleted, readBooks(desk()));
                before = afterDataDeleted;
                result = books().returnBytesToAvailability(r.id);
            } else if (op == 6 && !before.reservations.isEmpty()) {
                const Reservation r = *pickReservation();
                const UInt256 lost =
                    rng.bounded(3) == 0 ? UInt256(0) : UInt256(r.collateral / (1 + rng.bounded(4)));
                what = QStringLiteral("delete ") + describe(r);
                SD_VERIFY_OK(repo().deleteSlotData(slotOf(r)));
                SD_TAKE(afterDataDeleted, readBooks(desk()));
                before = afterDataDeleted;
                result = books().deleteReservation(r.id, lost);
            } else {
                const Availability a = *pickAvailability();
                what = QStringLiteral("remove ") + describe(a);
                result = books().removeAvailability(a.id);
            }

            if (result.ok()) {
                ++succeeded;
            } else {
                ++refused;
                const ErrorCode code = result.code();
                QVERIFY2(code == ErrorCode::QuotaExceeded || code == ErrorCode::OutOfBounds ||
                             code == ErrorCode::Conflict,
                         qPrintable(QString(what + QStringLiteral(": ") + result.message())));
                SD_VERIFY_BOOKS_UNCHANGED(desk(), before);
            }
            SD_TAKE(now, readBooks(desk()));
            const QString problems = bookProblems(now);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(QStringLiteral("step %1 (%2): %3").arg(step).arg(what, problems)));
            // The best fit follows every change (the match order is kept in memory).
            for (int probe = 0; probe < 4; ++probe) {
                SlotRequirements req;
                req.slotSize = 1 + probes.bounded(400'000);
                req.duration = 1 + probes.bounded(2 * static_cast<quint32>(kDuration));
                req.pricePerBytePerSecond = probes.bounded(20);
                req.collateralPerByte = probes.bounded(150);
                req.validUntil = kNow + probes.bounded(2000);
                if (probe % 2 == 1 && !now.availabilities.isEmpty()) {
                    // Around one availability's exact fit (disabled ones too), where a stale
                    // place in the match order would show.
                    const Availability& x = now.availabilities.at(
                        probes.bounded(static_cast<int>(now.availabilities.size())));
                    req = exactFit(x);
                    req.slotSize = std::max<quint64>(1, x.freeSize + probes.bounded(3)) - 1;
                }
                SD_TAKE(found, books().findAvailability(req));
                QCOMPARE(found, bestFitOf(now.availabilities, req));
                matched += found ? 1 : 0;
            }
            // In this walk only written, unreturned bytes are used.
            quint64 written = 0;
            for (const Reservation& r : now.reservations)
                written += r.downloadedBytes();
            QCOMPARE(now.quota.usedBytes, written);
        }
        QVERIFY(succeeded > 100);
        QVERIFY(refused > 10);
        QVERIFY(matched > 100);
    }

    // A simulated crash: the objects are destroyed in the middle of an open transaction without
    // any cleanup (no commit, no rollback by us). After reopening, the committed books are intact
    // and consistent and the uncommitted work is gone.
    void booksSurviveObjectsDestroyedMidTransaction() {
        SD_TAKE(a, books().createAvailability(params()));
        SD_TAKE(b, books().createAvailability(params(50'000)));
        SD_TAKE(r1, desk().reserve(a.id, 10'000, 3));
        SD_VERIFY_OK(repo().appendSlotData(slotOf(r1), QByteArray(4000, 'c'), kNow + 100));
        SD_VERIFY_OK(books().release(r1.id, 4000));
        SD_TAKE(committed, readBooks(desk()));

        SD_TAKE(tx, desk().database->begin());
        SD_TAKE(r2, desk().reserve(b.id, 20'000));
        SD_VERIFY_OK(books().release(r2.id, 5000));
        SD_VERIFY_OK(repo().deleteSlotData(slotOf(r1)));
        SD_VERIFY_OK(books().deleteReservation(r1.id, 7));
        AvailabilityChange change;
        change.totalSize = a.totalSize * 2;
        SD_VERIFY_OK(books().updateAvailability(a.id, change));
        // "Crash": the transaction object is parked where its destructor never runs, and the
        // Reservations, Repo and Database objects are destroyed as they are.
        alignas(Transaction) std::byte limbo[sizeof(Transaction)];
        new (limbo) Transaction(std::move(tx));
        desk().close();

        SD_VERIFY_OK(desk().open());
        SD_VERIFY_BOOKS_UNCHANGED(desk(), committed);
        SD_VERIFY_BOOKS(desk());
        SD_TAKE(stored, repo().storedBytes(slotOf(r1)));
        QCOMPARE(stored, quint64(4000));
        // And the desk works on: end everything, all bytes return.
        SD_VERIFY_OK(repo().deleteSlotData(slotOf(r1)));
        SD_VERIFY_OK(books().deleteReservation(r1.id));
        SD_VERIFY_OK(books().removeAvailability(a.id));
        SD_VERIFY_OK(books().removeAvailability(b.id));
        SD_TAKE(usage, repo().quota());
        QCOMPARE(usage.reservedBytes, quint64(0));
        QCOMPARE(usage.usedBytes, quint64(0));
    }

    // A real crash: a child process (this executable) works on the desk and exits abruptly
    // (std::_Exit: no destructors, no rollback, the WAL and lock file left behind).
    void booksSurviveAProcessCrash_data() {
        QTest::addColumn<QString>("point");
        QTest::newRow("inside an open transaction") << QStringLiteral("transaction");
        QTest::newRow("in a signal handler after the commit") << QStringLiteral("signal");
    }
    void booksSurviveAProcessCrash() {
        QFETCH(QString, point);
        m_desk.reset(); // the child opens the desk; the lock file keeps us out meanwhile

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kCrashDirVariable), m_dir->path());
        env.insert(QString::fromLatin1(kCrashPointVariable), point);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60'000));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == kCrashExitCode,
                 qPrintable(QString::fromLocal8Bit(child.readAllStandardError())));

        m_desk = std::make_unique<Desk>(m_dir->path());
        SD_VERIFY_OK(m_desk->open());
        SD_VERIFY_BOOKS(desk());
        SD_TAKE(all, books().availabilities());
        QCOMPARE(all.size(), 1);
        const Availability a = all.first();
        QCOMPARE(a.totalSize, kSize);
        SD_TAKE(reservations, books().reservations());
        QCOMPARE(reservations.size(), 1);
        const Reservation r = reservations.first();
        QCOMPARE(r.slotSize, quint64(10'000));
        QCOMPARE(a.freeSize, kSize - 10'000);
        SD_TAKE(usage, repo().quota());
        if (point == QLatin1String("transaction")) {
            // Committed: 4,000 bytes written and released. Not committed: what followed.
            QCOMPARE(r.size, quint64(6000));
            QCOMPARE(usage.usedBytes, quint64(4000));
            QCOMPARE(usage.reservedBytes, kSize - 4000); // derived from the rows, not stored
            SD_TAKE(stored, repo().storedBytes(slotOf(r)));
            QCOMPARE(stored, quint64(4000));
        } else {
            QCOMPARE(r.size, quint64(10'000));
            QCOMPARE(usage.usedBytes, quint64(0));
            QCOMPARE(usage.reservedBytes, kSize);
        }
    }

private:
    Reservations* books_ptr() { return m_desk->reservations.get(); }

    static SlotRequirements exactFit(const Availability& a) {
        SlotRequirements req;
        req.slotSize = a.freeSize;
        req.duration = a.duration;
        req.pricePerBytePerSecond = a.minPricePerBytePerSecond;
        req.collateralPerByte = a.maxCollateralPerByte();
        req.validUntil = a.until == 0 ? kNow + 86400 : a.until;
        return req;
    }
};

namespace {

// The child of booksSurviveAProcessCrash. Exits with kCrashExitCode at the crash point, or 1
// (with a message) when something before it fails.
int runCrashingChild(const QString& directory, const QString& point) {
    Desk desk(directory);
    const auto fail = [](const QString& what, const QString& message) {
        qCritical("crash child: %s failed: %s", qPrintable(what), qPrintable(message));
        return 1;
    };
    if (auto opened = desk.open(); !opened.ok())
        return fail(QStringLiteral("open"), opened.message());
    auto a = desk.reservations->createAvailability(params());
    if (!a.ok())
        return fail(QStringLiteral("createAvailability"), a.message());

    if (point == QLatin1String("signal")) {
        QObject::connect(desk.reservations.get(), &Reservations::reservationCreated,
                         [](const Reservation&) { std::_Exit(kCrashExitCode); });
        auto r = desk.reserve(a->id, 10'000);
        return fail(QStringLiteral("createReservation"),
                    r.ok() ? QStringLiteral("returned without its signal") : r.message());
    }

    auto r = desk.reserve(a->id, 10'000);
    if (!r.ok())
        return fail(QStringLiteral("createReservation"), r.message());
    if (auto w = desk.repo->appendSlotData(slotOf(*r), QByteArray(4000, 'z'), kNow + 100); !w.ok())
        return fail(QStringLiteral("appendSlotData"), w.message());
    if (auto released = desk.reservations->release(r->id, 4000); !released.ok())
        return fail(QStringLiteral("release"), released.message());

    auto tx = desk.database->begin();
    if (!tx.ok())
        return fail(QStringLiteral("begin"), tx.message());
    auto b = desk.reservations->createAvailability(params(5000));
    auto r2 = desk.reserve(a->id, 20'000, 1, kNow + 1000, 1);
    auto deleted = desk.repo->deleteSlotData(slotOf(*r));
    auto returned = desk.reservations->returnBytesToAvailability(r->id);
    auto ended = desk.reservations->deleteReservation(r->id, 3);
    if (!b.ok() || !r2.ok() || !deleted.ok() || !returned.ok() || !ended.ok())
        return fail(QStringLiteral("the uncommitted operations"), QString());
    std::_Exit(kCrashExitCode);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QString crashDirectory = qEnvironmentVariable(kCrashDirVariable);
    if (!crashDirectory.isEmpty())
        return runCrashingChild(crashDirectory, qEnvironmentVariable(kCrashPointVariable));
    TestReservations test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reservations.moc"
