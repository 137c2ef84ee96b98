#include "reservations/ReservationStore.h"

#include "storage/Database.h"

namespace salesdesk {

namespace {

const QString kAvailabilityColumns = QStringLiteral(
    "id, total_size, free_size, duration, min_price_per_byte_per_second, total_collateral,"
    " remaining_collateral, lost_collateral, enabled, until");
const QString kReservationColumns = QStringLiteral(
    "id, availability_id, request_id, slot_index, slot_size, size, collateral, valid_until");

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
    return r;
}

template <typename T, typename Read> Result<std::optional<T>> fetchOne(Statement& st, Read read) {
    SD_TRY(st.exec());
    std::optional<T> out;
    if (st.next())
        out = read(st);
    st.finish();
    return out;
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

Result<std::optional<Availability>> ReservationStore::findAvailability(const AvailabilityId& id) {
    static const QString sql = QStringLiteral("SELECT ") + kAvailabilityColumns +
                               QStringLiteral(" FROM availabilities WHERE id = ?");
    auto& st = m_db.statement(sql);
    st.bind(0, blob(id));
    return fetchOne<Availability>(st, availabilityAt);
}

Result<QList<Availability>> ReservationStore::availabilities() {
    static const QString sql = QStringLiteral("SELECT ") + kAvailabilityColumns +
                               QStringLiteral(" FROM availabilities ORDER BY id");
    auto& st = m_db.statement(sql);
    return fetchAll<Availability>(st, availabilityAt);
}

Result<void> ReservationStore::insertAvailability(const Availability& a) {
    static const QString sql =
        QStringLiteral("INSERT INTO availabilities (") + kAvailabilityColumns +
        QStringLiteral(", max_collateral_per_byte) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto& st = m_db.statement(sql);
    st.bind(0, blob(a.id))
        .bind(1, integer(a.totalSize))
        .bind(2, integer(a.freeSize))
        .bind(3, integer(a.duration))
        .bind(4, blob(a.minPricePerBytePerSecond))
        .bind(5, blob(a.totalCollateral))
        .bind(6, blob(a.totalRemainingCollateral))
        .bind(7, blob(a.collateralLost))
        .bind(8, a.enabled)
        .bind(9, a.until)
        .bind(10, blob(a.maxCollateralPerByte()));
    return st.exec();
}

Result<void> ReservationStore::updateAvailability(const Availability& a) {
    static const QString sql = QStringLiteral(
        "UPDATE availabilities SET total_size = ?, free_size = ?, duration = ?,"
        " min_price_per_byte_per_second = ?, total_collateral = ?, remaining_collateral = ?,"
        " lost_collateral = ?, enabled = ?, until = ?, max_collateral_per_byte = ? WHERE id = ?");
    auto& st = m_db.statement(sql);
    st.bind(0, integer(a.totalSize))
        .bind(1, integer(a.freeSize))
        .bind(2, integer(a.duration))
        .bind(3, blob(a.minPricePerBytePerSecond))
        .bind(4, blob(a.totalCollateral))
        .bind(5, blob(a.totalRemainingCollateral))
        .bind(6, blob(a.collateralLost))
        .bind(7, a.enabled)
        .bind(8, a.until)
        .bind(9, blob(a.maxCollateralPerByte()))
        .bind(10, blob(a.id));
    return st.execChangingOneRow(
        [&] { return QStringLiteral("Availability not found: %1").arg(a.id.toHex()); });
}

Result<void> ReservationStore::deleteAvailability(const AvailabilityId& id) {
    static const QString sql = QStringLiteral("DELETE FROM availabilities WHERE id = ?");
    auto& st = m_db.statement(sql);
    st.bind(0, blob(id));
    return st.execChangingOneRow(
        [&] { return QStringLiteral("Availability not found: %1").arg(id.toHex()); });
}

Result<std::optional<Availability>> ReservationStore::findMatching(const SlotRequirements& req) {
    // Walks the (enabled, free_size) index from the smallest sufficient free size upwards and
    // stops at the first row that passes the other tests.
    static const QString sql =
        QStringLiteral("SELECT ") + kAvailabilityColumns +
        QStringLiteral(" FROM availabilities"
                       " WHERE enabled = 1 AND free_size >= ? AND duration >= ?"
                       " AND max_collateral_per_byte >= ? AND min_price_per_byte_per_second <= ?"
                       " AND (until = 0 OR until >= ?)"
                       " ORDER BY free_size, id LIMIT 1");
    auto& st = m_db.statement(sql);
    st.bind(0, integer(req.slotSize))
        .bind(1, integer(req.duration))
        .bind(2, blob(req.collateralPerByte))
        .bind(3, blob(req.pricePerBytePerSecond))
        .bind(4, req.validUntil);
    return fetchOne<Availability>(st, availabilityAt);
}

Result<std::optional<Reservation>> ReservationStore::findReservation(const ReservationId& id) {
    static const QString sql = QStringLiteral("SELECT ") + kReservationColumns +
                               QStringLiteral(" FROM reservations WHERE id = ?");
    auto& st = m_db.statement(sql);
    st.bind(0, blob(id));
    return fetchOne<Reservation>(st, reservationAt);
}

Result<std::optional<Reservation>>
ReservationStore::findReservationForSlot(const RequestId& request, quint64 slotIndex) {
    static const QString sql = QStringLiteral("SELECT ") + kReservationColumns +
                               QStringLiteral(" FROM reservations"
                                              " WHERE request_id = ? AND slot_index = ?");
    auto& st = m_db.statement(sql);
    st.bind(0, blob(request)).bind(1, integer(slotIndex));
    return fetchOne<Reservation>(st, reservationAt);
}

Result<QList<Reservation>> ReservationStore::reservations() {
    static const QString sql = QStringLiteral("SELECT ") + kReservationColumns +
                               QStringLiteral(" FROM reservations ORDER BY id");
    auto& st = m_db.statement(sql);
    return fetchAll<Reservation>(st, reservationAt);
}

Result<QList<Reservation>> ReservationStore::reservationsOf(const AvailabilityId& availability) {
    static const QString sql = QStringLiteral("SELECT ") + kReservationColumns +
                               QStringLiteral(" FROM reservations WHERE availability_id = ?"
                                              " ORDER BY id");
    auto& st = m_db.statement(sql);
    st.bind(0, blob(availability));
    return fetchAll<Reservation>(st, reservationAt);
}

Result<qint64> ReservationStore::reservationCount(const AvailabilityId& availability) {
    static const QString sql =
        QStringLiteral("SELECT count(*) FROM reservations WHERE availability_id = ?");
    auto& st = m_db.statement(sql);
    st.bind(0, blob(availability));
    auto row = fetchOne<qint64>(st, [](const Statement& s) { return s.value(0).toLongLong(); });
    if (!row.ok())
        return row.error();
    return row->value_or(0);
}

Result<Timestamp> ReservationStore::latestValidUntil(const AvailabilityId& availability) {
    static const QString sql = QStringLiteral(
        "SELECT coalesce(max(valid_until), 0) FROM reservations WHERE availability_id = ?");
    auto& st = m_db.statement(sql);
    st.bind(0, blob(availability));
    auto row = fetchOne<Timestamp>(st, [](const Statement& s) { return s.value(0).toLongLong(); });
    if (!row.ok())
        return row.error();
    return row->value_or(0);
}

Result<void> ReservationStore::insertReservation(const Reservation& r) {
    static const QString sql = QStringLiteral("INSERT INTO reservations (") + kReservationColumns +
                               QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    auto& st = m_db.statement(sql);
    st.bind(0, blob(r.id))
        .bind(1, blob(r.availabilityId))
        .bind(2, blob(r.requestId))
        .bind(3, integer(r.slotIndex))
        .bind(4, integer(r.slotSize))
        .bind(5, integer(r.size))
        .bind(6, blob(r.collateral))
        .bind(7, r.validUntil);
    return st.exec();
}

Result<void> ReservationStore::updateReservationSizes(const Reservation& r) {
    static const QString sql =
        QStringLiteral("UPDATE reservations SET slot_size = ?, size = ? WHERE id = ?");
    auto& st = m_db.statement(sql);
    st.bind(0, integer(r.slotSize)).bind(1, integer(r.size)).bind(2, blob(r.id));
    return st.execChangingOneRow(
        [&] { return QStringLiteral("Reservation not found: %1").arg(r.id.toHex()); });
}

Result<void> ReservationStore::deleteReservation(const ReservationId& id) {
    static const QString sql = QStringLiteral("DELETE FROM reservations WHERE id = ?");
    auto& st = m_db.statement(sql);
    st.bind(0, blob(id));
    return st.execChangingOneRow(
        [&] { return QStringLiteral("Reservation not found: %1").arg(id.toHex()); });
}

} // namespace salesdesk
