#include "core/reservations/Reservations.h"

#include "core/domain/CrashPoint.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"

#include <QLoggingCategory>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcReservations, "salesdesk.reservations.reservations")

namespace {

constexpr quint64 kMaxStoredInteger = AvailabilityRules::kMaxStoredInteger;

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidArgument, message);
}

Result<void> checkStorable(quint64 value, const QString& field) {
    if (value > kMaxStoredInteger)
        return invalid(
            QStringLiteral("%1 is too large (at most %2)").arg(field).arg(kMaxStoredInteger));
    return {};
}

// The ids every log line about a reservation carries (and the market, when it is a deal's).
QString describe(const Reservation& r) {
    return QStringLiteral("requestId=%1 slotIndex=%2 reservationId=%3 availabilityId=%4%5")
        .arg(r.requestId.toHex())
        .arg(r.slotIndex)
        .arg(r.id.toHex(), r.availabilityId.toHex(),
             r.market == ReservationMarket::Deal ? QStringLiteral(" market=deal") : QString());
}

// True when `after` may match a slot that `before` could not.
bool widens(const Availability& before, const Availability& after) {
    if (!after.enabled)
        return false;
    const bool untilWidened = before.until != 0 && (after.until == 0 || after.until > before.until);
    return !before.enabled || after.freeSize > before.freeSize ||
           after.duration > before.duration ||
           after.minPricePerBytePerSecond < before.minPricePerBytePerSecond ||
           after.totalRemainingCollateral > before.totalRemainingCollateral ||
           after.maxCollateralPerByte() > before.maxCollateralPerByte() || untilWidened;
}

} // namespace

Reservations::Reservations(Database& database, Repo& repo, QRandomGenerator* ids, QObject* parent)
    : QObject(parent)
    , m_db(database)
    , m_repo(repo)
    , m_store(database)
    , m_ids(ids ? ids : QRandomGenerator::system()) {}

Result<Availability> Reservations::requireAvailability(const AvailabilityId& id) {
    std::optional<Availability> found;
    SD_TRY_ASSIGN(found, m_store.findAvailability(id));
    if (!found)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Availability not found: %1").arg(id.toHex()));
    return *found;
}

Result<Reservation> Reservations::requireReservation(const ReservationId& id) {
    std::optional<Reservation> found;
    SD_TRY_ASSIGN(found, m_store.findReservation(id));
    if (!found)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Reservation not found: %1").arg(id.toHex()));
    return *found;
}

Result<AvailabilityRules::Context>
Reservations::availabilityRuleContext(const std::optional<AvailabilityId>& id) {
    AvailabilityRules::Context context;
    QuotaUsage quota;
    SD_TRY_ASSIGN(quota, m_repo.quota());
    context.quota = quota;
    if (id) {
        Availability original;
        SD_TRY_ASSIGN(original, requireAvailability(*id));
        context.original = original;
        SD_TRY_ASSIGN(context.latestHostedSlotEnd, m_store.latestValidUntil(*id));
    }
    return context;
}

Result<Availability> Reservations::createAvailability(const NewAvailability& params) {
    // The fields alone before an id is drawn, so that a refused offer leaves a seeded run's ids
    // as they were; the quota under the transaction.
    SD_TRY(AvailabilityRules::firstError(AvailabilityRules::check(params, {})));
    Availability a;
    // A seeded generator (scenarios) starts its sequence again after a restart: draw again
    // past an id already held.
    std::optional<Availability> taken;
    do {
        a.id = AvailabilityId::random(*m_ids);
        SD_TRY_ASSIGN(taken, m_store.findAvailability(a.id));
    } while (taken);
    a.totalSize = params.totalSize;
    a.freeSize = params.totalSize;
    a.duration = params.duration;
    a.minPricePerBytePerSecond = params.minPricePerBytePerSecond;
    a.totalCollateral = params.totalCollateral;
    a.totalRemainingCollateral = params.totalCollateral;
    a.enabled = params.enabled;
    a.until = params.until;

    SD_TRY_DECLARE(tx, m_db.begin());
    AvailabilityRules::Context context;
    SD_TRY_ASSIGN(context, availabilityRuleContext());
    SD_TRY(AvailabilityRules::firstError(AvailabilityRules::check(params, context)));
    SD_TRY(m_repo.reserve(a.totalSize));
    SD_TRY(m_store.insertAvailability(a));
    m_db.afterCommit([this, a] {
        qCInfo(lcReservations).noquote()
            << "availability created"
            << "availabilityId=" + a.id.toHex() << "totalSize=" + QString::number(a.totalSize);
        Q_EMIT availabilityAdded(a);
        if (a.enabled)
            Q_EMIT availabilityWidened(a);
    });
    SD_TRY(tx.commit());
    return a;
}

Result<Availability> Reservations::updateAvailability(const AvailabilityId& id,
                                                      const AvailabilityChange& change) {
    SD_TRY_DECLARE(tx, m_db.begin());
    AvailabilityRules::Context context;
    SD_TRY_ASSIGN(context, availabilityRuleContext(id));
    SD_TRY(AvailabilityRules::firstError(AvailabilityRules::check(change, context)));
    const Availability before = *context.original;
    Availability after = before;

    if (change.totalSize && *change.totalSize != before.totalSize) {
        const quint64 committed = before.committedBytes();
        // Only the difference moves in the quota (the reference checked the whole new size).
        if (*change.totalSize > before.totalSize)
            SD_TRY(m_repo.reserve(*change.totalSize - before.totalSize));
        else
            SD_TRY(m_repo.release(before.totalSize - *change.totalSize));
        after.totalSize = *change.totalSize;
        after.freeSize = *change.totalSize - committed;
    }
    if (change.duration)
        after.duration = *change.duration;
    if (change.minPricePerBytePerSecond)
        after.minPricePerBytePerSecond = *change.minPricePerBytePerSecond;
    if (change.totalCollateral && *change.totalCollateral != before.totalCollateral) {
        // A change of Δ moves the remaining budget by Δ; committed and lost collateral stay.
        UInt256 spent;
        SD_TRY_ASSIGN(spent,
                      uint256::checkedSub(before.totalCollateral, before.totalRemainingCollateral));
        after.totalCollateral = *change.totalCollateral;
        after.totalRemainingCollateral = *change.totalCollateral - spent;
    }
    if (change.enabled)
        after.enabled = *change.enabled;
    if (change.until)
        after.until = *change.until;
    if (after == before)
        return after;

    SD_TRY(m_store.updateAvailability(after));
    m_db.afterCommit([this, before, after] {
        qCInfo(lcReservations).noquote() << "availability updated"
                                         << "availabilityId=" + after.id.toHex();
        Q_EMIT availabilityChanged(after);
        if (widens(before, after))
            Q_EMIT availabilityWidened(after);
    });
    SD_TRY(tx.commit());
    return after;
}

Result<void> Reservations::removeAvailability(const AvailabilityId& id) {
    SD_TRY_DECLARE(tx, m_db.begin());
    Availability current;
    SD_TRY_ASSIGN(current, requireAvailability(id));
    qint64 count = 0;
    SD_TRY_ASSIGN(count, m_store.reservationCount(id));
    if (count > 0)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("Availability %1 still has %2 reservation(s); disable it "
                                        "and remove it once its sales have ended")
                             .arg(id.toHex())
                             .arg(count));
    SD_TRY(m_repo.release(current.totalSize));
    SD_TRY(m_store.deleteAvailability(id));
    m_db.afterCommit([this, id] {
        qCInfo(lcReservations).noquote() << "availability removed"
                                         << "availabilityId=" + id.toHex();
        Q_EMIT availabilityRemoved(id);
    });
    return tx.commit();
}

Result<Availability> Reservations::availability(const AvailabilityId& id) {
    return requireAvailability(id);
}

Result<QList<Availability>> Reservations::availabilities() {
    return m_store.availabilities();
}

Result<bool> Reservations::availabilityExists(const AvailabilityId& id) {
    std::optional<Availability> found;
    SD_TRY_ASSIGN(found, m_store.findAvailability(id));
    return found.has_value();
}

Result<std::optional<Availability>>
Reservations::findAvailability(const SlotRequirements& requirements) {
    if (requirements.slotSize > kMaxStoredInteger || requirements.duration > kMaxStoredInteger)
        return std::optional<Availability>{};
    return m_store.findMatching(requirements);
}

Result<Reservation> Reservations::createReservation(const AvailabilityId& availabilityId,
                                                    const RequestId& requestId, quint64 slotIndex,
                                                    quint64 slotSize,
                                                    const UInt256& collateralPerByte,
                                                    Timestamp validUntil,
                                                    ReservationMarket market) {
    if (slotSize == 0)
        return invalid(QStringLiteral("Slot size must be larger than zero"));
    SD_TRY(checkStorable(slotSize, QStringLiteral("Slot size")));
    SD_TRY(checkStorable(slotIndex, QStringLiteral("Slot index")));
    UInt256 collateral;
    SD_TRY_ASSIGN(collateral, uint256::checkedMul(UInt256(slotSize), collateralPerByte));

    SD_TRY_DECLARE(tx, m_db.begin());
    Availability a;
    SD_TRY_ASSIGN(a, requireAvailability(availabilityId));
    if (!a.enabled)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("availability %1 is disabled").arg(availabilityId.toHex()));
    if (a.until != 0 && validUntil > a.until)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the slot ends at %1, after the until (%2) of "
                                        "availability %3")
                             .arg(validUntil)
                             .arg(a.until)
                             .arg(availabilityId.toHex()));
    if (a.freeSize < slotSize)
        return makeError(ErrorCode::OutOfBounds,
                         QStringLiteral("trying to reserve %1 bytes, more than the %2 free bytes "
                                        "of availability %3")
                             .arg(slotSize)
                             .arg(a.freeSize)
                             .arg(availabilityId.toHex()));
    if (a.totalRemainingCollateral < collateral)
        return makeError(ErrorCode::OutOfBounds,
                         QStringLiteral("the slot needs %1 collateral, more than the %2 left in "
                                        "availability %3")
                             .arg(uint256::toDecimal(collateral),
                                  uint256::toDecimal(a.totalRemainingCollateral),
                                  availabilityId.toHex()));
    std::optional<Reservation> existing;
    SD_TRY_ASSIGN(existing, m_store.findReservationForSlot(requestId, slotIndex));
    if (existing)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("slot %1 of request %2 already has reservation %3")
                             .arg(slotIndex)
                             .arg(requestId.toHex(), existing->id.toHex()));

    Reservation r;
    // The table keys reservations by slot, so the store keeps their ids unique: draw again past
    // one already held (a seeded generator repeats its sequence after a restart).
    std::optional<Reservation> taken;
    do {
        r.id = ReservationId::random(*m_ids);
        SD_TRY_ASSIGN(taken, m_store.findReservation(r.id));
    } while (taken);
    r.availabilityId = availabilityId;
    r.requestId = requestId;
    r.slotIndex = slotIndex;
    r.slotSize = slotSize;
    r.size = slotSize;
    r.collateral = collateral;
    r.validUntil = validUntil;
    r.market = market;
    a.freeSize -= slotSize;
    a.totalRemainingCollateral -= collateral;

    SD_TRY(m_store.insertReservation(r));
    SD_TRY(m_store.updateAvailability(a));
    m_db.afterCommit([this, r, a] {
        qCInfo(lcReservations).noquote()
            << "reservation created" << describe(r) << "size=" + QString::number(r.slotSize);
        Q_EMIT reservationCreated(r);
        Q_EMIT availabilityChanged(a);
    });
    crashPoint("reservations.create.beforeCommit");
    SD_TRY(tx.commit());
    return r;
}

Result<void> Reservations::release(const ReservationId& id, quint64 bytes) {
    SD_TRY_DECLARE(tx, m_db.begin());
    Reservation r;
    SD_TRY_ASSIGN(r, requireReservation(id));
    if (bytes > r.size)
        return makeError(ErrorCode::OutOfBounds,
                         QStringLiteral("cannot release %1 bytes from reservation %2, which holds "
                                        "%3")
                             .arg(bytes)
                             .arg(id.toHex())
                             .arg(r.size));
    if (bytes == 0)
        return {}; // nothing changes, so nothing is written or emitted
    r.size -= bytes;
    SD_TRY(m_repo.releaseWrittenReservationBytes(bytes));
    SD_TRY(m_store.updateReservationSizes(r));
    m_db.afterCommit([this, r] { Q_EMIT reservationChanged(r); });
    crashPoint("reservations.release.beforeCommit");
    return tx.commit();
}

Result<void> Reservations::returnBytesToAvailability(const ReservationId& id) {
    SD_TRY_DECLARE(tx, m_db.begin());
    Reservation r;
    SD_TRY_ASSIGN(r, requireReservation(id));
    const quint64 downloaded = r.downloadedBytes();
    if (downloaded == 0)
        return {};
    Availability before;
    SD_TRY_ASSIGN(before, requireAvailability(r.availabilityId));
    Availability a = before;
    SD_TRY(m_repo.reserveWrittenReservationBytes(downloaded));
    a.freeSize += downloaded;
    r.slotSize -= downloaded; // it now holds only what was never written
    SD_TRY(m_store.updateAvailability(a));
    SD_TRY(m_store.updateReservationSizes(r));
    m_db.afterCommit([this, r, a, before] {
        qCInfo(lcReservations).noquote() << "bytes returned to availability" << describe(r);
        Q_EMIT reservationChanged(r);
        Q_EMIT availabilityChanged(a);
        if (widens(before, a))
            Q_EMIT availabilityWidened(a);
    });
    return tx.commit();
}

Result<void> Reservations::deleteReservation(const ReservationId& id,
                                             const UInt256& collateralLost) {
    SD_TRY_DECLARE(tx, m_db.begin());
    std::optional<Reservation> found;
    SD_TRY_ASSIGN(found, m_store.findReservation(id));
    if (!found)
        return {};
    const Reservation r = *found;
    if (collateralLost > r.collateral)
        return makeError(ErrorCode::OutOfBounds,
                         QStringLiteral("reservation %1 committed %2 collateral; %3 cannot have "
                                        "been lost")
                             .arg(id.toHex(), uint256::toDecimal(r.collateral),
                                  uint256::toDecimal(collateralLost)));
    Availability before;
    SD_TRY_ASSIGN(before, requireAvailability(r.availabilityId));
    Availability a = before;
    // The written part re-enters the quota as reserved; the caller deletes the slot data first.
    if (r.downloadedBytes() > 0)
        SD_TRY(m_repo.reserveWrittenReservationBytes(r.downloadedBytes()));
    a.freeSize += r.slotSize;
    SD_TRY_ASSIGN(a.totalRemainingCollateral,
                  uint256::checkedAdd(a.totalRemainingCollateral, r.collateral - collateralLost));
    SD_TRY_ASSIGN(a.collateralLost, uint256::checkedAdd(a.collateralLost, collateralLost));
    SD_TRY(m_store.deleteReservation(id));
    SD_TRY(m_store.updateAvailability(a));
    m_db.afterCommit([this, r, a, before] {
        qCInfo(lcReservations).noquote() << "reservation deleted" << describe(r);
        Q_EMIT reservationDeleted(r);
        Q_EMIT availabilityChanged(a);
        if (widens(before, a))
            Q_EMIT availabilityWidened(a);
    });
    crashPoint("reservations.delete.beforeCommit");
    return tx.commit();
}

Result<Reservation> Reservations::reservation(const ReservationId& id) {
    return requireReservation(id);
}

Result<std::optional<Reservation>> Reservations::reservationForSlot(const RequestId& requestId,
                                                                    quint64 slotIndex) {
    return m_store.findReservationForSlot(requestId, slotIndex);
}

Result<QList<Reservation>> Reservations::reservations() {
    return m_store.reservations();
}

Result<QList<Reservation>> Reservations::reservationsOf(const AvailabilityId& availabilityId) {
    SD_TRY(requireAvailability(availabilityId));
    return m_store.reservationsOf(availabilityId);
}

Result<bool> Reservations::reservationExists(const ReservationId& id) {
    std::optional<Reservation> found;
    SD_TRY_ASSIGN(found, m_store.findReservation(id));
    return found.has_value();
}

} // namespace salesdesk
