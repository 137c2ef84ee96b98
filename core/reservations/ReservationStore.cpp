#include "core/reservations/ReservationStore.h"

#include "core/storage/Database.h"

#include <algorithm>

namespace salesdesk {

namespace {

const QString kAvailabilityColumns = QStringLiteral(
    "id, total_size, free_size, duration, min_price_per_byte_per_second, total_collateral,"
    " remaining_collateral, lost_collateral, enabled, until");
const QString kReservationColumns =
    QStringLiteral("id, availability_id, request_id, slot_index, slot_size, size, collateral,"
                   " valid_until, market");

// The names the market column holds (a CHECK constraint allows no others).
QString marketName(ReservationMarket market) {
    return market == ReservationMarket::Deal ? QStringLiteral("deal") : QStringLiteral("codex");
}

QVariant blob(const UInt256& amount) {
    return uint256::toBigEndian32(amount);
}
template <std::size_t N, typename Tag> QVariant blob(const FixedBytes<N, Tag>& id) {
    return id.toByteArray();
}
QVariant integer(quint64 value) {
    return static_cast<qint64>(value);
}

UInt256 amountAt(const Statement& st, int column) {
    // Written by us as 32 bytes (CHECK constraint), so the conversion cannot fail.
    auto value = uint256::fromBigEndian(st.value(column).toByteArray());
    return value.ok() ? *value : UInt256(0);
}
quint64 sizeAt(const Statement& st, int column) {
    return static_cast<quint64>(st.value(column).toLongLong());
}

// An availability's ten columns after its id, in the order of kAvailabilityColumns and then
// max_collateral_per_byte, bound from placeholder `first` on (the insert and the update list them
// alike).
Statement& bindAvailabilityValues(Statement& st, int first, const Availability& a) {
    return st.bind(first, integer(a.totalSize))
        .bind(first + 1, integer(a.freeSize))
        .bind(first + 2, integer(a.duration))
        .bind(first + 3, blob(a.minPricePerBytePerSecond))
        .bind(first + 4, blob(a.totalCollateral))
        .bind(first + 5, blob(a.totalRemainingCollateral))
        .bind(first + 6, blob(a.collateralLost))
        .bind(first + 7, a.enabled)
        .bind(first + 8, a.until)
        .bind(first + 9, blob(a.maxCollateralPerByte()));
}

Availability availabilityAt(const Statement& st) {
    Availability a;
    a.id = AvailabilityId::fromBytes(st.value(0).toByteArray());
    a.totalSize = sizeAt(st, 1);
    a.freeSize = sizeAt(st, 2);
    a.duration = sizeAt(st, 3);
    a.minPricePerBytePerSecond = amountAt(st, 4);
    a.totalCollateral = amountAt(st, 5);
    a.totalRemainingCollateral = amountAt(st, 6);
    a.collateralLost = amountAt(st, 7);
    a.enabled = st.value(8).toBool();
    a.until = st.value(9).toLongLong();
    return a;
}

Reservation reservationAt(const Statement& st) {
    Reservation r;
    r.id = ReservationId::fromBytes(st.value(0).toByteArray());
    r.availabilityId = AvailabilityId::fromBytes(st.value(1).toByteArray());
    r.requestId = RequestId::fromBytes(st.value(2).toByteArray());
    r.slotIndex = sizeAt(st, 3);
    r.slotSize = sizeAt(st, 4);
    r.size = sizeAt(st, 5);
    r.collateral = amountAt(st, 6);
    r.validUntil = st.value(7).toLongLong();
    r.market = st.value(8).toString() == QLatin1String("deal") ? ReservationMarket::Deal
                                                               : ReservationMarket::Codex;
    return r;
}

Error notFound(const ReservationId& id) {
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("Reservation not found: %1").arg(id.toHex()));
}

template <typename T, typename Read> Result<QList<T>> fetchAll(Statement& st, Read read) {
    SD_TRY(st.exec());
    QList<T> out;
    while (st.next())
        out.append(read(st));
    st.finish();
    return out;
}

} // namespace

ReservationStore::ReservationStore(Database& database)
    : m_db(database) {}

Result<void> ReservationStore::ensureLoaded() {
    if (m_loaded && m_loadedGeneration == m_db.rollbackGeneration())
        return {};
    m_availabilities.clear();
    m_matchOrder.clear();
    m_reservations.clear();
    m_reservationBySlot.clear();
    m_loaded = false;
    static const QString availabilitiesSql =
        QStringLiteral("SELECT ") + kAvailabilityColumns + QStringLiteral(" FROM availabilities");
    auto availabilities = fetchAll<Availability>(m_db.statement(availabilitiesSql), availabilityAt);
    if (!availabilities.ok())
        return availabilities.error();
    static const QString reservationsSql =
        QStringLiteral("SELECT ") + kReservationColumns + QStringLiteral(" FROM reservations");
    auto reservations = fetchAll<Reservation>(m_db.statement(reservationsSql), reservationAt);
    if (!reservations.ok())
        return reservations.error();
    m_availabilities.reserve(availabilities->size());
    for (const Availability& a : *availabilities) {
        m_availabilities.insert(a.id, a);
        listForMatching(a);
    }
    m_reservations.reserve(reservations->size());
    m_reservationBySlot.reserve(reservations->size());
    for (const Reservation& r : *reservations) {
        m_reservations.insert(r.id, r);
        m_reservationBySlot.insert(SlotKey{r.requestId, r.slotIndex}, r.id);
    }
    m_loaded = true;
    m_loadedGeneration = m_db.rollbackGeneration();
    return {};
}

Result<std::optional<Availability>> ReservationStore::findAvailability(const AvailabilityId& id) {
    SD_TRY(ensureLoaded());
    const auto it = m_availabilities.constFind(id);
    if (it == m_availabilities.constEnd())
        return std::optional<Availability>{};
    return std::optional<Availability>(*it);
}

Result<QList<Availability>> ReservationStore::availabilities() {
    SD_TRY(ensureLoaded());
    QList<Availability> out = m_availabilities.values();
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

Result<void> ReservationStore::insertAvailability(const Availability& a) {
    static const QString sql =
        QStringLiteral("INSERT INTO availabilities (") + kAvailabilityColumns +
        QStringLiteral(", max_collateral_per_byte) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto& st = m_db.statement(sql);
    bindAvailabilityValues(st.bind(0, blob(a.id)), 1, a);
    SD_TRY(ensureLoaded());
    SD_TRY(st.exec());
    m_availabilities.insert(a.id, a);
    listForMatching(a);
    return {};
}

Result<void> ReservationStore::updateAvailability(const Availability& a) {
    static const QString sql = QStringLiteral(
        "UPDATE availabilities SET total_size = ?, free_size = ?, duration = ?,"
        " min_price_per_byte_per_second = ?, total_collateral = ?, remaining_collateral = ?,"
        " lost_collateral = ?, enabled = ?, until = ?, max_collateral_per_byte = ? WHERE id = ?");
    SD_TRY(ensureLoaded());
    Statement& st = m_db.statement(sql);
    bindAvailabilityValues(st, 0, a).bind(10, blob(a.id));
    SD_TRY(st.execChangingOneRow(
        [&] { return QStringLiteral("Availability not found: %1").arg(a.id.toHex()); }));
    if (const auto before = m_availabilities.constFind(a.id); before != m_availabilities.constEnd())
        unlistForMatching(*before);
    m_availabilities.insert(a.id, a);
    listForMatching(a);
    return {};
}

Result<void> ReservationStore::deleteAvailability(const AvailabilityId& id) {
    static const QString sql = QStringLiteral("DELETE FROM availabilities WHERE id = ?");
    auto& st = m_db.statement(sql);
    st.bind(0, blob(id));
    SD_TRY(ensureLoaded());
    SD_TRY(st.execChangingOneRow(
        [&] { return QStringLiteral("Availability not found: %1").arg(id.toHex()); }));
    const auto it = m_availabilities.constFind(id);
    if (it != m_availabilities.constEnd()) {
        unlistForMatching(*it);
        m_availabilities.erase(it);
    }
    return {};
}

Result<std::optional<Availability>> ReservationStore::findMatching(const SlotRequirements& req) {
    SD_TRY(ensureLoaded());
    for (auto key = m_matchOrder.lower_bound({req.slotSize, AvailabilityId()});
         key != m_matchOrder.end(); ++key) {
        const auto it = m_availabilities.constFind(key->second);
        if (it == m_availabilities.constEnd())
            continue; // cannot happen: both change together
        const Availability& a = *it;
        if (a.duration >= req.duration && a.minPricePerBytePerSecond <= req.pricePerBytePerSecond &&
            (a.until == 0 || a.until >= req.validUntil) &&
            a.maxCollateralPerByte() >= req.collateralPerByte)
            return std::optional<Availability>(a);
    }
    return std::optional<Availability>();
}

void ReservationStore::unlistForMatching(const Availability& a) {
    m_matchOrder.erase({a.freeSize, a.id});
}

void ReservationStore::listForMatching(const Availability& a) {
    if (a.enabled)
        m_matchOrder.insert({a.freeSize, a.id});
}

Result<std::optional<Reservation>> ReservationStore::findReservation(const ReservationId& id) {
    SD_TRY(ensureLoaded());
    const auto it = m_reservations.constFind(id);
    if (it == m_reservations.constEnd())
        return std::optional<Reservation>{};
    return std::optional<Reservation>(*it);
}

Result<std::optional<Reservation>>
ReservationStore::findReservationForSlot(const RequestId& request, quint64 slotIndex) {
    SD_TRY(ensureLoaded());
    const auto it = m_reservationBySlot.constFind(SlotKey{request, slotIndex});
    if (it == m_reservationBySlot.constEnd())
        return std::optional<Reservation>{};
    return std::optional<Reservation>(m_reservations.value(*it));
}

Result<QList<Reservation>> ReservationStore::reservations() {
    SD_TRY(ensureLoaded());
    QList<Reservation> out = m_reservations.values();
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

Result<QList<Reservation>> ReservationStore::reservationsOf(const AvailabilityId& availability) {
    SD_TRY(ensureLoaded());
    QList<Reservation> out;
    for (const Reservation& r : std::as_const(m_reservations))
        if (r.availabilityId == availability)
            out.append(r);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

Result<qint64> ReservationStore::reservationCount(const AvailabilityId& availability) {
    SD_TRY(ensureLoaded());
    qint64 count = 0;
    for (const Reservation& r : std::as_const(m_reservations))
        count += r.availabilityId == availability ? 1 : 0;
    return count;
}

Result<Timestamp> ReservationStore::latestValidUntil(const AvailabilityId& availability) {
    SD_TRY(ensureLoaded());
    std::optional<Timestamp> latest;
    for (const Reservation& r : std::as_const(m_reservations))
        if (r.availabilityId == availability)
            latest = std::max(latest.value_or(r.validUntil), r.validUntil);
    return latest.value_or(0);
}

Result<void> ReservationStore::insertReservation(const Reservation& r) {
    static const QString sql = QStringLiteral("INSERT INTO reservations (") + kReservationColumns +
                               QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto& st = m_db.statement(sql);
    st.bind(0, blob(r.id))
        .bind(1, blob(r.availabilityId))
        .bind(2, blob(r.requestId))
        .bind(3, integer(r.slotIndex))
        .bind(4, integer(r.slotSize))
        .bind(5, integer(r.size))
        .bind(6, blob(r.collateral))
        .bind(7, r.validUntil)
        .bind(8, marketName(r.market));
    SD_TRY(ensureLoaded());
    // The table keys rows by slot, so the unique ids are this copy's to keep.
    if (m_reservations.contains(r.id))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("reservation id %1 is already taken").arg(r.id.toHex()));
    SD_TRY(st.exec());
    m_reservations.insert(r.id, r);
    m_reservationBySlot.insert(SlotKey{r.requestId, r.slotIndex}, r.id);
    return {};
}

// The rows are keyed by slot; the in-memory copy says which slot a reservation id holds.
Result<void> ReservationStore::updateReservationSizes(const Reservation& r) {
    static const QString sql = QStringLiteral(
        "UPDATE reservations SET slot_size = ?, size = ? WHERE request_id = ? AND slot_index = ?");
    SD_TRY(ensureLoaded());
    const auto it = m_reservations.find(r.id);
    if (it == m_reservations.end())
        return notFound(r.id);
    auto& st = m_db.statement(sql);
    st.bind(0, integer(r.slotSize))
        .bind(1, integer(r.size))
        .bind(2, blob(it->requestId))
        .bind(3, integer(it->slotIndex));
    SD_TRY(st.execChangingOneRow([&] { return notFound(r.id).message; }));
    it->slotSize = r.slotSize;
    it->size = r.size;
    return {};
}

Result<void> ReservationStore::deleteReservation(const ReservationId& id) {
    static const QString sql =
        QStringLiteral("DELETE FROM reservations WHERE request_id = ? AND slot_index = ?");
    SD_TRY(ensureLoaded());
    const auto it = m_reservations.constFind(id);
    if (it == m_reservations.constEnd())
        return notFound(id);
    auto& st = m_db.statement(sql);
    st.bind(0, blob(it->requestId)).bind(1, integer(it->slotIndex));
    SD_TRY(st.execChangingOneRow([&] { return notFound(id).message; }));
    m_reservationBySlot.remove(SlotKey{it->requestId, it->slotIndex});
    m_reservations.erase(it);
    return {};
}

} // namespace salesdesk
