#include "core/domain/Availability.h"
#include "core/domain/Reservation.h"
#include "core/reservations/ReservationStore.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>

using namespace salesdesk;

// Lets QCOMPARE print amounts, ids and rows when they differ (found by argument-dependent lookup).

namespace salesdesk {
template <std::size_t N, typename Tag> char* toString(const FixedBytes<N, Tag>& id) {
    return qstrdup(qPrintable(id.toHex()));
}
char* toString(const Availability& a) {
    return qstrdup(qPrintable(
        QStringLiteral("Availability{id=%1 totalSize=%2 freeSize=%3 duration=%4 minPrice=%5 "
                       "totalCollateral=%6 remaining=%7 lost=%8 enabled=%9 until=%10}")
            .arg(a.id.toShortHex())
            .arg(a.totalSize)
            .arg(a.freeSize)
            .arg(a.duration)
            .arg(uint256::toDecimal(a.minPricePerBytePerSecond),
                 uint256::toDecimal(a.totalCollateral),
                 uint256::toDecimal(a.totalRemainingCollateral),
                 uint256::toDecimal(a.collateralLost))
            .arg(a.enabled)
            .arg(a.until)));
}
char* toString(const Reservation& r) {
    return qstrdup(qPrintable(
        QStringLiteral("Reservation{id=%1 availability=%2 request=%3 slotIndex=%4 slotSize=%5 "
                       "size=%6 collateral=%7 validUntil=%8}")
            .arg(r.id.toShortHex(), r.availabilityId.toShortHex(), r.requestId.toShortHex())
            .arg(r.slotIndex)
            .arg(r.slotSize)
            .arg(r.size)
            .arg(uint256::toDecimal(r.collateral))
            .arg(r.validUntil)));
}
} // namespace salesdesk

namespace {

constexpr quint64 kMaxStored = static_cast<quint64>(std::numeric_limits<qint64>::max());
constexpr Timestamp kNow = 1'760'000'000;

UInt256 pow2(unsigned bits) {
    UInt256 value = 1;
    value <<= bits;
    return value;
}

// An id whose first byte is `first` and whose other bytes are `rest`: lets a test choose the
// order of ids.
template <typename Id> Id idStartingWith(quint8 first, quint8 rest = 0x55) {
    QByteArray raw(32, static_cast<char>(rest));
    raw[0] = static_cast<char>(first);
    return Id::fromBytes(raw);
}

// A consistent availability with nothing reserved: 1,000,000 bytes, 100 collateral per byte.
Availability makeAvailability(QRandomGenerator& ids, quint64 freeSize = 1'000'000) {
    Availability a;
    a.id = AvailabilityId::random(ids);
    a.totalSize = freeSize;
    a.freeSize = freeSize;
    a.duration = 3600;
    a.minPricePerBytePerSecond = 10;
    a.totalCollateral = UInt256(freeSize) * 100;
    a.totalRemainingCollateral = a.totalCollateral;
    a.collateralLost = 0;
    a.enabled = true;
    a.until = 0;
    return a;
}

Reservation makeReservation(QRandomGenerator& ids, const Availability& owner, quint64 slotIndex,
                            quint64 slotSize = 1000) {
    Reservation r;
    r.id = ReservationId::random(ids);
    r.availabilityId = owner.id;
    r.requestId = RequestId::random(ids);
    r.slotIndex = slotIndex;
    r.slotSize = slotSize;
    r.size = slotSize;
    r.collateral = UInt256(slotSize) * 100;
    r.validUntil = kNow + 7200;
    return r;
}

// The requirements `a` satisfies with no margin on any of them.
SlotRequirements exactFit(const Availability& a) {
    SlotRequirements req;
    req.slotSize = a.freeSize;
    req.duration = a.duration;
    req.pricePerBytePerSecond = a.minPricePerBytePerSecond;
    req.collateralPerByte = a.maxCollateralPerByte();
    req.validUntil = a.until == 0 ? kNow + 86400 : a.until;
    return req;
}

} // namespace

class TestReservationStore : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReservationStore> m_store;
    QRandomGenerator m_ids{20240611};

    ReservationStore& store() { return *m_store; }
    // The stored max_collateral_per_byte column of availability `id` (the indexed copy of
    // Availability::maxCollateralPerByte()).
    Result<UInt256> storedMaxCollateralPerByte(const AvailabilityId& id) {
        auto hex = m_db->queryValue(
            QStringLiteral("SELECT hex(max_collateral_per_byte) FROM availabilities WHERE id = "
                           "x'%1'")
                .arg(QString::fromLatin1(id.toByteArray().toHex())));
        if (!hex.ok())
            return hex.error();
        return uint256::fromBigEndian(QByteArray::fromHex(hex->toString().toLatin1()));
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = Database::open(m_dir->filePath(QStringLiteral("desk.db")),
                                 Database::kHostApplicationId);
        SD_VERIFY_OK(db);
        m_db = std::move(*db);
        m_store = std::make_unique<ReservationStore>(*m_db);
    }
    void cleanup() {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void emptyTablesGiveEmptyLists() {
        auto all = store().availabilities();
        SD_VERIFY_OK(all);
        QVERIFY(all->isEmpty());
        auto reservations = store().reservations();
        SD_VERIFY_OK(reservations);
        QVERIFY(reservations->isEmpty());
        auto missing = store().findAvailability(AvailabilityId::random(m_ids));
        SD_VERIFY_OK(missing);
        QVERIFY(!missing->has_value());
        auto missingReservation = store().findReservation(ReservationId::random(m_ids));
        SD_VERIFY_OK(missingReservation);
        QVERIFY(!missingReservation->has_value());
    }

    void availabilityRoundTripsEveryField_data() {
        QTest::addColumn<quint64>("totalSize");
        QTest::addColumn<quint64>("freeSize");
        QTest::addColumn<quint64>("duration");
        QTest::addColumn<QString>("minPrice");
        QTest::addColumn<QString>("totalCollateral");
        QTest::addColumn<QString>("remaining");
        QTest::addColumn<QString>("lost");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<Timestamp>("until");

        const QString max = uint256::toDecimal(uint256::max());
        const QString maxMinus1 = uint256::toDecimal(uint256::max() - 1);
        QTest::newRow("largest values")
            << kMaxStored << kMaxStored - 1 << kMaxStored << max << max << maxMinus1
            << QStringLiteral("1") << false << std::numeric_limits<Timestamp>::max();
        QTest::newRow("near 2^256-1, split")
            << kMaxStored << quint64(1) << quint64(1) << maxMinus1 << max
            << uint256::toDecimal(pow2(255)) << uint256::toDecimal(pow2(255) - 1) << true << kNow;
        QTest::newRow("byte boundaries")
            << quint64(1) << quint64(0) << quint64(86400) << uint256::toDecimal(pow2(248))
            << uint256::toDecimal(pow2(64) + 255) << uint256::toDecimal(pow2(64) - 1)
            << QStringLiteral("256") << true << Timestamp(1);
        QTest::newRow("smallest values")
            << quint64(1) << quint64(1) << quint64(1) << QStringLiteral("1") << QStringLiteral("1")
            << QStringLiteral("0") << QStringLiteral("0") << true << Timestamp(0);
    }
    void availabilityRoundTripsEveryField() {
        QFETCH(quint64, totalSize);
        QFETCH(quint64, freeSize);
        QFETCH(quint64, duration);
        QFETCH(QString, minPrice);
        QFETCH(QString, totalCollateral);
        QFETCH(QString, remaining);
        QFETCH(QString, lost);
        QFETCH(bool, enabled);
        QFETCH(Timestamp, until);

        Availability a;
        a.id = AvailabilityId::random(m_ids);
        a.totalSize = totalSize;
        a.freeSize = freeSize;
        a.duration = duration;
        a.minPricePerBytePerSecond = *uint256::parse(minPrice);
        a.totalCollateral = *uint256::parse(totalCollateral);
        a.totalRemainingCollateral = *uint256::parse(remaining);
        a.collateralLost = *uint256::parse(lost);
        a.enabled = enabled;
        a.until = until;
        SD_VERIFY_OK(store().insertAvailability(a));

        auto found = store().findAvailability(a.id);
        SD_VERIFY_OK(found);
        QVERIFY(found->has_value());
        const Availability& back = **found;
        QCOMPARE(back.id, a.id);
        QCOMPARE(back.totalSize, a.totalSize);
        QCOMPARE(back.freeSize, a.freeSize);
        QCOMPARE(back.duration, a.duration);
        QCOMPARE(back.minPricePerBytePerSecond, a.minPricePerBytePerSecond);
        QCOMPARE(back.totalCollateral, a.totalCollateral);
        QCOMPARE(back.totalRemainingCollateral, a.totalRemainingCollateral);
        QCOMPARE(back.collateralLost, a.collateralLost);
        QCOMPARE(back.enabled, a.enabled);
        QCOMPARE(back.until, a.until);
        QCOMPARE(back, a);

        // The indexed copy of the collateral-per-byte limit is stored with the row.
        auto stored = storedMaxCollateralPerByte(a.id);
        SD_VERIFY_OK(stored);
        QCOMPARE(*stored, a.maxCollateralPerByte());

        // ... and the list gives the same row.
        auto all = store().availabilities();
        SD_VERIFY_OK(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first(), a);
    }

    void reservationRoundTripsEveryField_data() {
        QTest::addColumn<quint64>("slotIndex");
        QTest::addColumn<quint64>("slotSize");
        QTest::addColumn<quint64>("size");
        QTest::addColumn<QString>("collateral");
        QTest::addColumn<Timestamp>("validUntil");

        QTest::newRow("largest values")
            << kMaxStored << kMaxStored << kMaxStored - 1 << uint256::toDecimal(uint256::max())
            << std::numeric_limits<Timestamp>::max();
        QTest::newRow("near 2^256-1") << quint64(7) << quint64(1) << quint64(0)
                                      << uint256::toDecimal(uint256::max() - 1) << kNow;
        QTest::newRow("zero collateral, index 0") << quint64(0) << quint64(65536) << quint64(65536)
                                                  << QStringLiteral("0") << Timestamp(0);
        QTest::newRow("negative time") << quint64(3) << quint64(10) << quint64(5)
                                       << uint256::toDecimal(pow2(128)) << Timestamp(-1);
    }
    void reservationRoundTripsEveryField() {
        QFETCH(quint64, slotIndex);
        QFETCH(quint64, slotSize);
        QFETCH(quint64, size);
        QFETCH(QString, collateral);
        QFETCH(Timestamp, validUntil);

        const Availability owner = makeAvailability(m_ids);
        SD_VERIFY_OK(store().insertAvailability(owner));
        Reservation r;
        r.id = ReservationId::random(m_ids);
        r.availabilityId = owner.id;
        r.requestId = RequestId::random(m_ids);
        r.slotIndex = slotIndex;
        r.slotSize = slotSize;
        r.size = size;
        r.collateral = *uint256::parse(collateral);
        r.validUntil = validUntil;
        SD_VERIFY_OK(store().insertReservation(r));

        auto found = store().findReservation(r.id);
        SD_VERIFY_OK(found);
        QVERIFY(found->has_value());
        const Reservation& back = **found;
        QCOMPARE(back.id, r.id);
        QCOMPARE(back.availabilityId, r.availabilityId);
        QCOMPARE(back.requestId, r.requestId);
        QCOMPARE(back.slotIndex, r.slotIndex);
        QCOMPARE(back.slotSize, r.slotSize);
        QCOMPARE(back.size, r.size);
        QCOMPARE(back.collateral, r.collateral);
        QCOMPARE(back.validUntil, r.validUntil);
        QCOMPARE(back, r);

        auto bySlot = store().findReservationForSlot(r.requestId, r.slotIndex);
        SD_VERIFY_OK(bySlot);
        QVERIFY(bySlot->has_value());
        QCOMPARE(**bySlot, r);
        auto all = store().reservations();
        SD_VERIFY_OK(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first(), r);
        auto latest = store().latestValidUntil(owner.id);
        SD_VERIFY_OK(latest);
        QCOMPARE(*latest, validUntil);
    }

    void updateAvailabilityChangesEveryFieldOfThatRowOnly() {
        const Availability other = makeAvailability(m_ids);
        Availability a = makeAvailability(m_ids);
        SD_VERIFY_OK(store().insertAvailability(other));
        SD_VERIFY_OK(store().insertAvailability(a));

        a.totalSize = kMaxStored;
        a.freeSize = kMaxStored - 12345;
        a.duration = 999;
        a.minPricePerBytePerSecond = uint256::max();
        a.totalCollateral = uint256::max();
        a.totalRemainingCollateral = uint256::max() - 2;
        a.collateralLost = 2;
        a.enabled = false;
        a.until = kNow + 1;
        SD_VERIFY_OK(store().updateAvailability(a));

        auto found = store().findAvailability(a.id);
        SD_VERIFY_OK(found);
        QVERIFY(found->has_value());
        QCOMPARE(**found, a);
        auto untouched = store().findAvailability(other.id);
        SD_VERIFY_OK(untouched);
        QVERIFY(untouched->has_value());
        QCOMPARE(**untouched, other);
        auto stored = storedMaxCollateralPerByte(a.id);
        SD_VERIFY_OK(stored);
        QCOMPARE(*stored, a.maxCollateralPerByte());
        QCOMPARE(*stored, UInt256((uint256::max() - 2) / (kMaxStored - 12345)));
    }

    // An update that keeps enabled and free_size (the match index's columns) leaves them out of
    // its statement: every other field still reaches the row, as a fresh read of it shows, and
    // the row is still found by the match.
    void updateKeepingTheMatchKeyChangesEveryOtherField() {
        const Availability other = makeAvailability(m_ids);
        Availability a = makeAvailability(m_ids);
        SD_VERIFY_OK(store().insertAvailability(other));
        SD_VERIFY_OK(store().insertAvailability(a));

        a.totalSize = a.freeSize + 77;
        a.duration = 999;
        a.minPricePerBytePerSecond = 3;
        a.totalCollateral = uint256::max();
        a.totalRemainingCollateral = uint256::max() - 2;
        a.collateralLost = 2;
        a.until = kNow + 100'000;
        SD_VERIFY_OK(store().updateAvailability(a));

        ReservationStore fresh(*m_db);
        auto found = fresh.findAvailability(a.id);
        SD_VERIFY_OK(found);
        QVERIFY(found->has_value());
        QCOMPARE(**found, a);
        auto untouched = fresh.findAvailability(other.id);
        SD_VERIFY_OK(untouched);
        QVERIFY(untouched->has_value());
        QCOMPARE(**untouched, other);
        auto stored = storedMaxCollateralPerByte(a.id);
        SD_VERIFY_OK(stored);
        QCOMPARE(*stored, a.maxCollateralPerByte());
        auto match = store().findMatching(exactFit(a));
        SD_VERIFY_OK(match);
        QVERIFY(match->has_value());
        QCOMPARE(**match, a);

        // And one that changes them writes them.
        a.freeSize -= 10;
        a.enabled = false;
        SD_VERIFY_OK(store().updateAvailability(a));
        ReservationStore again(*m_db);
        auto changed = again.findAvailability(a.id);
        SD_VERIFY_OK(changed);
        QVERIFY(changed->has_value());
        QCOMPARE(**changed, a);
    }

    void missingRowsAreNotFound() {
        const Availability a = makeAvailability(m_ids);
        SD_VERIFY_ERROR(store().updateAvailability(a), ErrorCode::NotFound);
        SD_VERIFY_ERROR(store().deleteAvailability(a.id), ErrorCode::NotFound);
        const Reservation r = makeReservation(m_ids, a, 0);
        SD_VERIFY_ERROR(store().updateReservationSizes(r), ErrorCode::NotFound);
        SD_VERIFY_ERROR(store().deleteReservation(r.id), ErrorCode::NotFound);
        auto all = store().availabilities();
        SD_VERIFY_OK(all);
        QVERIFY(all->isEmpty());
    }

    void deleteRemovesOnlyThatRow() {
        const Availability a = makeAvailability(m_ids);
        const Availability b = makeAvailability(m_ids);
        SD_VERIFY_OK(store().insertAvailability(a));
        SD_VERIFY_OK(store().insertAvailability(b));
        const Reservation ra = makeReservation(m_ids, b, 0);
        const Reservation rb = makeReservation(m_ids, b, 1);
        SD_VERIFY_OK(store().insertReservation(ra));
        SD_VERIFY_OK(store().insertReservation(rb));

        SD_VERIFY_OK(store().deleteAvailability(a.id));
        SD_VERIFY_OK(store().deleteReservation(ra.id));
        auto availabilities = store().availabilities();
        SD_VERIFY_OK(availabilities);
        QCOMPARE(availabilities->size(), 1);
        QCOMPARE(availabilities->first(), b);
        auto reservations = store().reservations();
        SD_VERIFY_OK(reservations);
        QCOMPARE(reservations->size(), 1);
        QCOMPARE(reservations->first(), rb);
        // Deleting twice: the second time there is nothing to delete.
        SD_VERIFY_ERROR(store().deleteReservation(ra.id), ErrorCode::NotFound);
    }

    void updateReservationSizesChangesOnlySizes() {
        const Availability a = makeAvailability(m_ids);
        SD_VERIFY_OK(store().insertAvailability(a));
        Reservation r = makeReservation(m_ids, a, 4, 5000);
        const Reservation other = makeReservation(m_ids, a, 5, 5000);
        SD_VERIFY_OK(store().insertReservation(r));
        SD_VERIFY_OK(store().insertReservation(other));

        Reservation change = r;
        change.slotSize = 3000;
        change.size = 1000;
        // Fields other than the sizes are ignored by updateReservationSizes.
        change.collateral = 1;
        change.validUntil = 1;
        change.slotIndex = 99;
        SD_VERIFY_OK(store().updateReservationSizes(change));

        auto found = store().findReservation(r.id);
        SD_VERIFY_OK(found);
        QVERIFY(found->has_value());
        r.slotSize = 3000;
        r.size = 1000;
        QCOMPARE(**found, r);
        auto untouched = store().findReservation(other.id);
        SD_VERIFY_OK(untouched);
        QCOMPARE(**untouched, other);
    }

    void schemaRefusesInconsistentRows() {
        Availability a = makeAvailability(m_ids);
        SD_VERIFY_OK(store().insertAvailability(a));
        // The same id twice.
        SD_VERIFY_ERROR(store().insertAvailability(a), ErrorCode::Database);
        // More free than total.
        Availability tooFree = a;
        tooFree.freeSize = a.totalSize + 1;
        SD_VERIFY_ERROR(store().updateAvailability(tooFree), ErrorCode::Database);
        auto found = store().findAvailability(a.id);
        SD_VERIFY_OK(found);
        QCOMPARE(**found, a);

        // A reservation needs its availability.
        const Availability ghost = makeAvailability(m_ids);
        SD_VERIFY_ERROR(store().insertReservation(makeReservation(m_ids, ghost, 0)),
                        ErrorCode::Database);
        // size <= slotSize.
        Reservation oversize = makeReservation(m_ids, a, 0);
        oversize.size = oversize.slotSize + 1;
        SD_VERIFY_ERROR(store().insertReservation(oversize), ErrorCode::Database);
        auto none = store().reservations();
        SD_VERIFY_OK(none);
        QVERIFY(none->isEmpty());
    }

    void oneReservationPerSlot() {
        const Availability a = makeAvailability(m_ids);
        SD_VERIFY_OK(store().insertAvailability(a));
        const Reservation r = makeReservation(m_ids, a, 2);
        SD_VERIFY_OK(store().insertReservation(r));

        Reservation again = makeReservation(m_ids, a, 2);
        again.requestId = r.requestId;
        SD_VERIFY_ERROR(store().insertReservation(again), ErrorCode::Database);
        // Another slot of the same request, or the same index of another request, is fine.
        Reservation nextSlot = makeReservation(m_ids, a, 3);
        nextSlot.requestId = r.requestId;
        SD_VERIFY_OK(store().insertReservation(nextSlot));
        const Reservation otherRequest = makeReservation(m_ids, a, 2);
        SD_VERIFY_OK(store().insertReservation(otherRequest));

        auto count = store().reservationCount(a.id);
        SD_VERIFY_OK(count);
        QCOMPARE(*count, qint64(3));
        auto bySlot = store().findReservationForSlot(r.requestId, 3);
        SD_VERIFY_OK(bySlot);
        QVERIFY(bySlot->has_value());
        QCOMPARE((*bySlot)->id, nextSlot.id);
        auto noSlot = store().findReservationForSlot(r.requestId, 4);
        SD_VERIFY_OK(noSlot);
        QVERIFY(!noSlot->has_value());
        auto noRequest = store().findReservationForSlot(RequestId::random(m_ids), 2);
        SD_VERIFY_OK(noRequest);
        QVERIFY(!noRequest->has_value());
    }

    void availabilityWithReservationsCannotBeDeleted() {
        const Availability a = makeAvailability(m_ids);
        SD_VERIFY_OK(store().insertAvailability(a));
        SD_VERIFY_OK(store().insertReservation(makeReservation(m_ids, a, 0)));
        SD_VERIFY_ERROR(store().deleteAvailability(a.id), ErrorCode::Database);
        auto found = store().findAvailability(a.id);
        SD_VERIFY_OK(found);
        QVERIFY(found->has_value());
    }

    void listsAreOrderedById() {
        // Inserted out of order; the first bytes include values >= 0x80 (unsigned order).
        const QList<quint8> firsts = {0xc3, 0x01, 0xff, 0x7f, 0x80, 0x00};
        QList<AvailabilityId> expected;
        for (quint8 first : firsts) {
            Availability a = makeAvailability(m_ids);
            a.id = idStartingWith<AvailabilityId>(first);
            SD_VERIFY_OK(store().insertAvailability(a));
            expected.append(a.id);
        }
        std::sort(expected.begin(), expected.end());
        auto all = store().availabilities();
        SD_VERIFY_OK(all);
        QList<AvailabilityId> ids;
        for (const Availability& a : *all)
            ids.append(a.id);
        QCOMPARE(ids, expected);
        QCOMPARE(ids.first().bytes()[0], quint8(0x00));
        QCOMPARE(ids.last().bytes()[0], quint8(0xff));

        // Reservations: all of them by id, and those of one availability by id.
        const Availability& first = all->at(0);
        const Availability& second = all->at(1);
        QList<ReservationId> allReservations;
        QList<ReservationId> ofSecond;
        for (int i = 0; i < 8; ++i) {
            const Availability& owner = i % 2 ? second : first;
            Reservation r = makeReservation(m_ids, owner, static_cast<quint64>(i), 10);
            r.id = idStartingWith<ReservationId>(static_cast<quint8>(0xf0 - 0x1f * i));
            r.validUntil = kNow + i; // so that no other column gives the id order
            SD_VERIFY_OK(store().insertReservation(r));
            allReservations.append(r.id);
            if (i % 2)
                ofSecond.append(r.id);
        }
        std::sort(allReservations.begin(), allReservations.end());
        std::sort(ofSecond.begin(), ofSecond.end());
        auto reservations = store().reservations();
        SD_VERIFY_OK(reservations);
        QList<ReservationId> listed;
        for (const Reservation& r : *reservations)
            listed.append(r.id);
        QCOMPARE(listed, allReservations);
        auto secondsReservations = store().reservationsOf(second.id);
        SD_VERIFY_OK(secondsReservations);
        QList<ReservationId> listedOfSecond;
        for (const Reservation& r : *secondsReservations) {
            QCOMPARE(r.availabilityId, second.id);
            listedOfSecond.append(r.id);
        }
        QCOMPARE(listedOfSecond, ofSecond);
        auto ofThird = store().reservationsOf(all->at(2).id);
        SD_VERIFY_OK(ofThird);
        QVERIFY(ofThird->isEmpty());
    }

    void reservationCountAndLatestValidUntil() {
        const Availability a = makeAvailability(m_ids);
        const Availability b = makeAvailability(m_ids);
        SD_VERIFY_OK(store().insertAvailability(a));
        SD_VERIFY_OK(store().insertAvailability(b));
        auto none = store().latestValidUntil(a.id);
        SD_VERIFY_OK(none);
        QCOMPARE(*none, Timestamp(0));
        auto zero = store().reservationCount(a.id);
        SD_VERIFY_OK(zero);
        QCOMPARE(*zero, qint64(0));

        const QList<Timestamp> ends = {kNow + 50, kNow + 900, kNow + 10};
        for (int i = 0; i < ends.size(); ++i) {
            Reservation r = makeReservation(m_ids, a, static_cast<quint64>(i));
            r.validUntil = ends[i];
            SD_VERIFY_OK(store().insertReservation(r));
        }
        Reservation later = makeReservation(m_ids, b, 0);
        later.validUntil = kNow + 100000; // another availability's: not counted for a
        SD_VERIFY_OK(store().insertReservation(later));

        auto latest = store().latestValidUntil(a.id);
        SD_VERIFY_OK(latest);
        QCOMPARE(*latest, kNow + 900);
        auto count = store().reservationCount(a.id);
        SD_VERIFY_OK(count);
        QCOMPARE(*count, qint64(3));
        auto countB = store().reservationCount(b.id);
        SD_VERIFY_OK(countB);
        QCOMPARE(*countB, qint64(1));
    }

    void findMatchingOnEmptyTableFindsNothing() {
        auto found = store().findMatching(SlotRequirements{});
        SD_VERIFY_OK(found);
        QVERIFY(!found->has_value());
    }

    void findMatchingAcceptsEveryLimitExactly() {
        Availability a = makeAvailability(m_ids);
        a.until = kNow + 5000;
        SD_VERIFY_OK(store().insertAvailability(a));
        auto found = store().findMatching(exactFit(a));
        SD_VERIFY_OK(found);
        QVERIFY(found->has_value());
        QCOMPARE(**found, a);
    }

    void findMatchingRespectsEachCondition_data() {
        QTest::addColumn<QString>("condition");
        QTest::newRow("disabled") << QStringLiteral("disabled");
        QTest::newRow("slot larger than free size") << QStringLiteral("size");
        QTest::newRow("longer duration") << QStringLiteral("duration");
        QTest::newRow("more collateral per byte") << QStringLiteral("collateral");
        QTest::newRow("price below minimum") << QStringLiteral("price");
        QTest::newRow("request ends after until") << QStringLiteral("until");
    }
    void findMatchingRespectsEachCondition() {
        QFETCH(QString, condition);
        Availability a = makeAvailability(m_ids);
        a.until = kNow + 5000;
        // Some of the budget spent so that remaining/freeSize is not a round number.
        a.freeSize = 777'777;
        a.totalRemainingCollateral = UInt256(123'456'789);
        SlotRequirements req = exactFit(a);
        if (condition == QLatin1String("disabled"))
            a.enabled = false;
        else if (condition == QLatin1String("size"))
            req.slotSize += 1;
        else if (condition == QLatin1String("duration"))
            req.duration += 1;
        else if (condition == QLatin1String("collateral"))
            req.collateralPerByte += 1;
        else if (condition == QLatin1String("price"))
            req.pricePerBytePerSecond -= 1;
        else if (condition == QLatin1String("until"))
            req.validUntil += 1;
        SD_VERIFY_OK(store().insertAvailability(a));

        auto found = store().findMatching(req);
        SD_VERIFY_OK(found);
        QVERIFY2(!found->has_value(), qPrintable(condition));

        // The same requirements match once the availability no longer fails that condition.
        Availability fixed = a;
        fixed.enabled = true;
        fixed.totalSize = fixed.freeSize = req.slotSize;
        fixed.duration = std::max(fixed.duration, req.duration);
        fixed.minPricePerBytePerSecond = req.pricePerBytePerSecond;
        fixed.until = 0;
        fixed.totalRemainingCollateral = req.collateralPerByte * fixed.freeSize;
        fixed.totalCollateral = fixed.totalRemainingCollateral;
        SD_VERIFY_OK(store().updateAvailability(fixed));
        auto again = store().findMatching(req);
        SD_VERIFY_OK(again);
        QVERIFY(again->has_value());
        QCOMPARE((*again)->id, a.id);
    }

    void findMatchingUntilZeroMeansNoLimit() {
        Availability a = makeAvailability(m_ids);
        a.until = 0;
        SD_VERIFY_OK(store().insertAvailability(a));
        SlotRequirements req = exactFit(a);
        req.validUntil = std::numeric_limits<Timestamp>::max();
        auto found = store().findMatching(req);
        SD_VERIFY_OK(found);
        QVERIFY(found->has_value());

        // With a limit, a request ending one second later is not taken.
        a.until = kNow;
        SD_VERIFY_OK(store().updateAvailability(a));
        req.validUntil = kNow + 1;
        auto limited = store().findMatching(req);
        SD_VERIFY_OK(limited);
        QVERIFY(!limited->has_value());
        req.validUntil = kNow;
        auto atLimit = store().findMatching(req);
        SD_VERIFY_OK(atLimit);
        QVERIFY(atLimit->has_value());
    }

    void findMatchingComparesAmountsNumerically() {
        // Amounts are compared as numbers, also where their shortest forms differ in length and
        // near 2^256-1.
        Availability a = makeAvailability(m_ids);
        a.minPricePerBytePerSecond = 256;
        SD_VERIFY_OK(store().insertAvailability(a));
        SlotRequirements req = exactFit(a);
        req.pricePerBytePerSecond = 255;
        auto cheaper = store().findMatching(req);
        SD_VERIFY_OK(cheaper);
        QVERIFY(!cheaper->has_value());
        req.pricePerBytePerSecond = 65536;
        auto dearer = store().findMatching(req);
        SD_VERIFY_OK(dearer);
        QVERIFY(dearer->has_value());

        a.minPricePerBytePerSecond = uint256::max();
        SD_VERIFY_OK(store().updateAvailability(a));
        req.pricePerBytePerSecond = uint256::max() - 1;
        auto belowMax = store().findMatching(req);
        SD_VERIFY_OK(belowMax);
        QVERIFY(!belowMax->has_value());
        req.pricePerBytePerSecond = uint256::max();
        auto atMax = store().findMatching(req);
        SD_VERIFY_OK(atMax);
        QVERIFY(atMax->has_value());

        // Collateral per byte near the top: remaining = 2^256-1 over 2 free bytes.
        a.minPricePerBytePerSecond = 1;
        a.totalSize = 2;
        a.freeSize = 2;
        a.totalCollateral = uint256::max();
        a.totalRemainingCollateral = uint256::max();
        SD_VERIFY_OK(store().updateAvailability(a));
        req = exactFit(a);
        QCOMPARE(req.collateralPerByte, UInt256(uint256::max() / 2));
        auto atLimit = store().findMatching(req);
        SD_VERIFY_OK(atLimit);
        QVERIFY(atLimit->has_value());
        req.collateralPerByte += 1;
        auto overLimit = store().findMatching(req);
        SD_VERIFY_OK(overLimit);
        QVERIFY(!overLimit->has_value());
    }

    void findMatchingPrefersSmallestSufficientFreeSize() {
        QList<Availability> all;
        for (quint64 free : {quint64(5000), quint64(1999), quint64(2000), quint64(3000)}) {
            Availability a = makeAvailability(m_ids, free);
            SD_VERIFY_OK(store().insertAvailability(a));
            all.append(a);
        }
        // A disabled one that would fit best is ignored.
        Availability disabled = makeAvailability(m_ids, 2000);
        disabled.enabled = false;
        SD_VERIFY_OK(store().insertAvailability(disabled));

        SlotRequirements req = exactFit(all[0]);
        req.slotSize = 2000;
        auto found = store().findMatching(req);
        SD_VERIFY_OK(found);
        QVERIFY(found->has_value());
        QCOMPARE((*found)->id, all[2].id);

        // When the best fit fails another test, the next smallest is taken.
        Availability shortOne = all[2];
        shortOne.duration = req.duration - 1;
        SD_VERIFY_OK(store().updateAvailability(shortOne));
        auto next = store().findMatching(req);
        SD_VERIFY_OK(next);
        QVERIFY(next->has_value());
        QCOMPARE((*next)->id, all[3].id);
    }

    void findMatchingBreaksTiesBySmallestId() {
        // Same free size; inserted largest id first. A larger one with the smallest id of all
        // loses to the best fit.
        const QList<quint8> firsts = {0xee, 0x90, 0x10, 0x7f};
        for (quint8 first : firsts) {
            Availability a = makeAvailability(m_ids, 4096);
            a.id = idStartingWith<AvailabilityId>(first);
            SD_VERIFY_OK(store().insertAvailability(a));
        }
        Availability larger = makeAvailability(m_ids, 4097);
        larger.id = idStartingWith<AvailabilityId>(0x00);
        SD_VERIFY_OK(store().insertAvailability(larger));

        SlotRequirements req = exactFit(larger);
        req.slotSize = 4096;
        req.collateralPerByte = 100;
        auto found = store().findMatching(req);
        SD_VERIFY_OK(found);
        QVERIFY(found->has_value());
        QCOMPARE((*found)->id, idStartingWith<AvailabilityId>(0x10));

        // Asked for more than the tied ones hold, only the larger one fits.
        req.slotSize = 4097;
        auto onlyLarger = store().findMatching(req);
        SD_VERIFY_OK(onlyLarger);
        QVERIFY(onlyLarger->has_value());
        QCOMPARE((*onlyLarger)->id, larger.id);
    }

    void maxCollateralPerByteColumnFollowsUpdates() {
        Availability a = makeAvailability(m_ids, 1000);
        SD_VERIFY_OK(store().insertAvailability(a));
        SlotRequirements req = exactFit(a);
        req.slotSize = 500;
        req.collateralPerByte = 150;
        auto before = store().findMatching(req);
        SD_VERIFY_OK(before);
        QVERIFY(!before->has_value()); // 100000 / 1000 = 100 < 150

        // Half the bytes committed: the remaining 50,000 over 500 free bytes is 100 per byte…
        a.freeSize = 500;
        a.totalRemainingCollateral = 50'000;
        SD_VERIFY_OK(store().updateAvailability(a));
        auto half = store().findMatching(req);
        SD_VERIFY_OK(half);
        QVERIFY(!half->has_value());
        // … and with 80,000 remaining it is 160 per byte.
        a.totalRemainingCollateral = 80'000;
        SD_VERIFY_OK(store().updateAvailability(a));
        auto stored = storedMaxCollateralPerByte(a.id);
        SD_VERIFY_OK(stored);
        QCOMPARE(*stored, UInt256(160));
        auto after = store().findMatching(req);
        SD_VERIFY_OK(after);
        QVERIFY(after->has_value());
    }

    void rowsSurviveReopen() {
        const Availability a = makeAvailability(m_ids);
        SD_VERIFY_OK(store().insertAvailability(a));
        Reservation r = makeReservation(m_ids, a, 9);
        r.collateral = uint256::max();
        SD_VERIFY_OK(store().insertReservation(r));
        const QString path = m_db->filePath();
        m_store.reset();
        m_db.reset();

        auto db = Database::open(path, Database::kHostApplicationId);
        SD_VERIFY_OK(db);
        m_db = std::move(*db);
        m_store = std::make_unique<ReservationStore>(*m_db);
        auto found = store().findAvailability(a.id);
        SD_VERIFY_OK(found);
        QVERIFY(found->has_value());
        QCOMPARE(**found, a);
        auto foundReservation = store().findReservation(r.id);
        SD_VERIFY_OK(foundReservation);
        QVERIFY(foundReservation->has_value());
        QCOMPARE(**foundReservation, r);
    }
};

QTEST_GUILESS_MAIN(TestReservationStore)
#include "tst_reservationstore.moc"
