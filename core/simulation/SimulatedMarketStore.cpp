#include "core/simulation/SimulatedMarketStore.h"

#include "core/simulation/MarketSchema.h"
#include "core/storage/Database.h"

#include <QLoggingCategory>
#include <QStringList>

#include <algorithm>

Q_LOGGING_CATEGORY(lcMarketStore, "salesdesk.simulation.simulatedmarketstore")

namespace salesdesk {

namespace {

// Amounts are 32-byte big-endian BLOBs, ids raw BLOBs, quint64 values INTEGER (bit-cast to
// qint64: SQLite's INTEGER is signed 64-bit, and the cast back restores every value).
QVariant blob(const UInt256& amount) {
    return uint256::toBigEndian32(amount);
}
template <std::size_t N, typename Tag> QVariant blob(const FixedBytes<N, Tag>& id) {
    return id.toByteArray();
}
QVariant integer(quint64 value) {
    return static_cast<qint64>(value);
}
QVariant integer(qint64 value) {
    return value;
}

UInt256 amountAt(const Statement& st, int column) {
    auto value = uint256::fromBigEndian(st.value(column).toByteArray());
    return value.ok() ? *value : UInt256(0);
}
// Proven periods as stored in a slot's row: ascending, comma-separated ("" for none).
QString periodsToText(const QList<quint64>& periods) {
    QStringList parts;
    parts.reserve(periods.size());
    for (quint64 period : periods)
        parts.append(QString::number(period));
    return parts.join(QLatin1Char(','));
}

Result<QList<quint64>> periodsFromText(const QString& text) {
    QList<quint64> periods;
    if (text.isEmpty())
        return periods;
    for (const QString& part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const quint64 period = part.toULongLong(&ok);
        if (!ok)
            return makeError(ErrorCode::DatabaseCorrupt,
                             QStringLiteral("\"%1\" is not a period number").arg(part));
        periods.append(period);
    }
    return periods;
}

quint64 u64At(const Statement& st, int column) {
    return static_cast<quint64>(st.value(column).toLongLong());
}
template <typename Id> Id idAt(const Statement& st, int column) {
    return Id::fromBytes(st.value(column).toByteArray());
}

// market_slot_periods.kind. Schema 1 also kept proven periods there (kind 0); schema 2 moved them
// into the slot rows, so the table now holds missed periods only.
constexpr int kMissedPeriod = 1;

const QString kSeedKey = QStringLiteral("seed");
const QString kSignerKey = QStringLiteral("signer");
const QString kLastPeriodKey = QStringLiteral("validator.lastPeriod");

// The config as meta rows ("config.periodSeconds" = 120, …) and back.
QMap<QString, QVariant> configToMeta(const MarketConfig& c) {
    return {
        {QStringLiteral("config.periodSeconds"), static_cast<qint64>(c.periodSeconds)},
        {QStringLiteral("config.proofTimeout"), static_cast<qint64>(c.proofTimeout)},
        {QStringLiteral("config.downtime"), c.downtime},
        {QStringLiteral("config.downtimeProduct"), c.downtimeProduct},
        {QStringLiteral("config.maxReservations"), c.maxReservations},
        {QStringLiteral("config.repairRewardPercentage"), c.repairRewardPercentage},
        {QStringLiteral("config.slashPercentage"), c.slashPercentage},
        {QStringLiteral("config.maxNumberOfSlashes"), c.maxNumberOfSlashes},
        {QStringLiteral("config.validatorRewardPercentage"), c.validatorRewardPercentage},
        {QStringLiteral("config.requestDurationLimit"),
         static_cast<qint64>(c.requestDurationLimit)},
    };
}

MarketConfig configFromMeta(const QMap<QString, QVariant>& meta) {
    MarketConfig c;
    const auto u64 = [&](const char* key, quint64 current) {
        const QVariant v = meta.value(QLatin1String(key));
        return v.isValid() ? static_cast<quint64>(v.toLongLong()) : current;
    };
    const auto u8 = [&](const char* key, quint8 current) {
        const QVariant v = meta.value(QLatin1String(key));
        return v.isValid() ? static_cast<quint8>(v.toInt()) : current;
    };
    c.periodSeconds = u64("config.periodSeconds", c.periodSeconds);
    c.proofTimeout = u64("config.proofTimeout", c.proofTimeout);
    c.downtime = u8("config.downtime", c.downtime);
    c.downtimeProduct = u8("config.downtimeProduct", c.downtimeProduct);
    c.maxReservations = u8("config.maxReservations", c.maxReservations);
    c.repairRewardPercentage = u8("config.repairRewardPercentage", c.repairRewardPercentage);
    c.slashPercentage = u8("config.slashPercentage", c.slashPercentage);
    c.maxNumberOfSlashes = u8("config.maxNumberOfSlashes", c.maxNumberOfSlashes);
    c.validatorRewardPercentage =
        u8("config.validatorRewardPercentage", c.validatorRewardPercentage);
    c.requestDurationLimit = u64("config.requestDurationLimit", c.requestDurationLimit);
    return c;
}

const QString kRequestColumns = QStringLiteral(
    "id, seq, client, proof_probability, price_per_byte_per_second, collateral_per_byte, slots,"
    " slot_size, duration, max_slot_loss, cid, merkle_root, expiry, nonce, state,"
    " funds_to_return, slots_filled, started_at, ends_at, expires_at");
const QString kSlotColumns =
    QStringLiteral("id, request_id, slot_index, state, host, filled_at, current_collateral,"
                   " missed_proofs, start_period, listed, proven_periods");

} // namespace

QMap<QString, QVariant> SimulatedMarketStore::identityMeta(const MarketConfig& config, quint64 seed,
                                                           const Address& signer,
                                                           quint64 lastValidatedPeriod) {
    QMap<QString, QVariant> meta = configToMeta(config);
    meta.insert(kSeedKey, static_cast<qint64>(seed));
    meta.insert(kSignerKey, signer.toHex());
    meta.insert(lastPeriodMeta(lastValidatedPeriod));
    return meta;
}

QMap<QString, QVariant> SimulatedMarketStore::lastPeriodMeta(quint64 lastValidatedPeriod) {
    return {{kLastPeriodKey, static_cast<qint64>(lastValidatedPeriod)}};
}

SimulatedMarketStore::SimulatedMarketStore(std::unique_ptr<Database> database)
    : m_db(std::move(database)) {}

SimulatedMarketStore::~SimulatedMarketStore() = default;

const QString& SimulatedMarketStore::filePath() const {
    return m_db->filePath();
}

Result<std::unique_ptr<SimulatedMarketStore>> SimulatedMarketStore::open(const QString& filePath) {
    // A file without market_meta is a Sales Desk database of another kind: refused by the
    // read-only checks, before anything is written to it.
    auto db = Database::open(filePath, kApplicationId, marketSchemaMigrations(),
                             {QStringLiteral("market_meta")});
    if (!db.ok())
        return db.error();
    return std::unique_ptr<SimulatedMarketStore>(new SimulatedMarketStore(std::move(*db)));
}

Result<std::unique_ptr<SimulatedMarketStore>>
SimulatedMarketStore::openReadOnly(const QString& filePath) {
    auto checked = Database::check(filePath, kApplicationId, marketSchemaMigrations(),
                                   {QStringLiteral("market_meta")});
    if (!checked.ok())
        return checked.error();
    auto db = Database::openReadOnly(std::move(*checked), marketSchemaMigrations());
    if (!db.ok())
        return db.error();
    return std::unique_ptr<SimulatedMarketStore>(new SimulatedMarketStore(std::move(*db)));
}

Result<SimulatedMarketStore::Snapshot> SimulatedMarketStore::load() {
    Snapshot out;
    Statement& requests = m_db->statement(QStringLiteral("SELECT ") + kRequestColumns +
                                          QStringLiteral(" FROM market_requests ORDER BY seq"));
    SD_TRY(requests.exec());
    while (requests.next()) {
        SimRequest r;
        r.id = idAt<RequestId>(requests, 0);
        r.sequence = u64At(requests, 1);
        StorageRequest& q = r.request;
        q.client = idAt<Address>(requests, 2);
        q.ask.proofProbability = amountAt(requests, 3);
        q.ask.pricePerBytePerSecond = amountAt(requests, 4);
        q.ask.collateralPerByte = amountAt(requests, 5);
        q.ask.slots = u64At(requests, 6);
        q.ask.slotSize = u64At(requests, 7);
        q.ask.duration = u64At(requests, 8);
        q.ask.maxSlotLoss = u64At(requests, 9);
        q.content.cid = requests.value(10).toByteArray();
        q.content.merkleRoot = idAt<Hash32>(requests, 11);
        q.expiry = u64At(requests, 12);
        q.nonce = idAt<Nonce>(requests, 13);
        auto state = requestStateFromOrdinal(requests.value(14).toLongLong());
        if (!state.ok())
            return state.error();
        r.state = *state;
        r.fundsToReturnToClient = amountAt(requests, 15);
        r.slotsFilled = u64At(requests, 16);
        r.startedAt = requests.value(17).toLongLong();
        r.endsAt = requests.value(18).toLongLong();
        r.expiresAt = requests.value(19).toLongLong();
        out.requests.append(std::move(r));
    }
    requests.finish();

    QHash<SlotId, qsizetype> slotIndex;
    Statement& slots = m_db->statement(QStringLiteral("SELECT ") + kSlotColumns +
                                       QStringLiteral(" FROM market_slots ORDER BY id"));
    SD_TRY(slots.exec());
    while (slots.next()) {
        SimSlot s;
        s.id = idAt<SlotId>(slots, 0);
        s.requestId = idAt<RequestId>(slots, 1);
        s.slotIndex = u64At(slots, 2);
        auto state = slotStateFromOrdinal(slots.value(3).toLongLong());
        if (!state.ok())
            return state.error();
        s.state = *state;
        s.host = idAt<Address>(slots, 4);
        s.filledAt = slots.value(5).toLongLong();
        s.currentCollateral = amountAt(slots, 6);
        s.missedProofs = u64At(slots, 7);
        s.startPeriod = u64At(slots, 8);
        s.listed = slots.value(9).toBool();
        auto proven = periodsFromText(slots.value(10).toString());
        if (!proven.ok())
            return makeError(ErrorCode::DatabaseCorrupt,
                             QStringLiteral("%1: slot %2 has unreadable proven periods: %3")
                                 .arg(filePath(), s.id.toHex(), proven.message()));
        s.provenPeriods = *proven;
        slotIndex.insert(s.id, out.slots.size());
        out.slots.append(std::move(s));
    }
    slots.finish();

    Statement& periods = m_db->statement(QStringLiteral(
        "SELECT slot_id, period FROM market_slot_periods WHERE kind = ? ORDER BY slot_id, period"));
    SD_TRY(periods.bind(0, kMissedPeriod).exec());
    while (periods.next()) {
        const auto at = slotIndex.constFind(idAt<SlotId>(periods, 0));
        if (at == slotIndex.cend())
            continue;
        SimSlot& s = out.slots[at.value()];
        s.missedPeriods.append(u64At(periods, 1));
    }
    periods.finish();

    Statement& settlements = m_db->statement(QStringLiteral(
        "SELECT slot_id, host, deposited, reward, returned FROM market_settlements"));
    SD_TRY(settlements.exec());
    while (settlements.next()) {
        const auto at = slotIndex.constFind(idAt<SlotId>(settlements, 0));
        if (at == slotIndex.cend())
            continue;
        HostSlotSettlement& settlement =
            out.slots[at.value()].settlements[idAt<Address>(settlements, 1)];
        settlement.collateralDeposited = amountAt(settlements, 2);
        settlement.reward = amountAt(settlements, 3);
        settlement.collateralReturned = amountAt(settlements, 4);
    }
    settlements.finish();

    Statement& reservations = m_db->statement(QStringLiteral(
        "SELECT slot_id, address FROM market_reservations ORDER BY slot_id, position"));
    SD_TRY(reservations.exec());
    while (reservations.next())
        out.reservations[idAt<SlotId>(reservations, 0)].append(idAt<Address>(reservations, 1));
    reservations.finish();

    Statement& balances =
        m_db->statement(QStringLiteral("SELECT address, amount FROM market_balances"));
    SD_TRY(balances.exec());
    while (balances.next())
        out.balances.insert(idAt<Address>(balances, 0), amountAt(balances, 1));
    balances.finish();

    Statement& meta = m_db->statement(QStringLiteral("SELECT key, value FROM market_meta"));
    SD_TRY(meta.exec());
    while (meta.next())
        out.meta.insert(meta.value(0).toString(), meta.value(1));
    meta.finish();

    out.lastValidatedPeriod = static_cast<quint64>(out.meta.value(kLastPeriodKey).toLongLong());
    out.hasMarket = out.meta.contains(kSeedKey);
    if (!out.hasMarket)
        return out;
    out.config = configFromMeta(out.meta);
    out.seed = static_cast<quint64>(out.meta.value(kSeedKey).toLongLong());
    auto signer = Address::fromHex(out.meta.value(kSignerKey).toString());
    if (!signer.ok())
        return makeError(ErrorCode::DatabaseCorrupt,
                         QStringLiteral("%1: the stored signer is not an address: %2")
                             .arg(filePath(), signer.message()));
    out.signer = *signer;
    return out;
}

Result<void> SimulatedMarketStore::save(const MarketBooks& books, const LedgerChanges& changes,
                                        const QMap<QString, QVariant>& meta) {
    if (changes.isEmpty() && meta.isEmpty())
        return {};
    auto tx = m_db->begin();
    if (!tx.ok())
        return tx.error();
    // Requests first: slots refer to them.
    QList<RequestId> requestIds(changes.requests.cbegin(), changes.requests.cend());
    std::sort(requestIds.begin(), requestIds.end());
    for (const RequestId& id : requestIds)
        if (const SimRequest* r = books.request(id))
            SD_TRY(saveRequest(*r));
    QList<SlotId> slotIds(changes.slots.cbegin(), changes.slots.cend());
    std::sort(slotIds.begin(), slotIds.end());
    for (const SlotId& id : slotIds)
        if (const SimSlot* s = books.slot(id))
            SD_TRY(saveSlot(*s));
    QList<SlotId> proven(changes.proofs.cbegin(), changes.proofs.cend());
    std::sort(proven.begin(), proven.end());
    for (const SlotId& id : proven)
        if (const SimSlot* s = books.slot(id); s && !changes.slots.contains(id))
            SD_TRY(saveProvenPeriods(*s));
    for (const SlotId& id : changes.reservations)
        SD_TRY(saveReservations(id, books.reservations(id)));
    for (const Address& address : changes.balances)
        SD_TRY(saveBalance(address, books.tokens().balanceOf(address)));
    for (auto it = meta.cbegin(); it != meta.cend(); ++it)
        SD_TRY(saveMeta(it.key(), it.value()));
    return tx->commit();
}

Result<void> SimulatedMarketStore::saveRequest(const SimRequest& r) {
    static const QString sql = QStringLiteral("INSERT OR REPLACE INTO market_requests (") +
                               kRequestColumns +
                               QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                              " ?, ?, ?, ?, ?, ?)");
    const StorageRequest& q = r.request;
    return m_db->statement(sql)
        .bind(0, blob(r.id))
        .bind(1, integer(r.sequence))
        .bind(2, blob(q.client))
        .bind(3, blob(q.ask.proofProbability))
        .bind(4, blob(q.ask.pricePerBytePerSecond))
        .bind(5, blob(q.ask.collateralPerByte))
        .bind(6, integer(q.ask.slots))
        .bind(7, integer(q.ask.slotSize))
        .bind(8, integer(q.ask.duration))
        .bind(9, integer(q.ask.maxSlotLoss))
        .bind(10, q.content.cid)
        .bind(11, blob(q.content.merkleRoot))
        .bind(12, integer(q.expiry))
        .bind(13, blob(q.nonce))
        .bind(14, toOrdinal(r.state))
        .bind(15, blob(r.fundsToReturnToClient))
        .bind(16, integer(r.slotsFilled))
        .bind(17, integer(r.startedAt))
        .bind(18, integer(r.endsAt))
        .bind(19, integer(r.expiresAt))
        .exec();
}

Result<void> SimulatedMarketStore::saveSlot(const SimSlot& s) {
    static const QString sql = QStringLiteral("INSERT OR REPLACE INTO market_slots (") +
                               kSlotColumns +
                               QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SD_TRY(m_db->statement(sql)
               .bind(0, blob(s.id))
               .bind(1, blob(s.requestId))
               .bind(2, integer(s.slotIndex))
               .bind(3, toOrdinal(s.state))
               .bind(4, blob(s.host))
               .bind(5, integer(s.filledAt))
               .bind(6, blob(s.currentCollateral))
               .bind(7, integer(s.missedProofs))
               .bind(8, integer(s.startPeriod))
               .bind(9, s.listed ? 1 : 0)
               .bind(10, periodsToText(s.provenPeriods))
               .exec());
    SD_TRY(saveSettlements(s));
    return saveMissedPeriods(s);
}

Result<void> SimulatedMarketStore::saveSettlements(const SimSlot& s) {
    static const QString upsert = QStringLiteral(
        "INSERT OR REPLACE INTO market_settlements (slot_id, host, deposited, reward, returned)"
        " VALUES (?, ?, ?, ?, ?)");
    for (auto it = s.settlements.cbegin(); it != s.settlements.cend(); ++it)
        SD_TRY(m_db->statement(upsert)
                   .bind(0, blob(s.id))
                   .bind(1, blob(it.key()))
                   .bind(2, blob(it->collateralDeposited))
                   .bind(3, blob(it->reward))
                   .bind(4, blob(it->collateralReturned))
                   .exec());
    return {};
}

Result<void> SimulatedMarketStore::saveProvenPeriods(const SimSlot& s) {
    return m_db
        ->statement(QStringLiteral("UPDATE market_slots SET proven_periods = ? WHERE id = ?"))
        .bind(0, periodsToText(s.provenPeriods))
        .bind(1, blob(s.id))
        .execChangingOneRow([&] {
            return QStringLiteral("%1: a proof for slot %2, which the file does not have")
                .arg(filePath(), s.id.toHex());
        });
}

Result<void> SimulatedMarketStore::saveMissedPeriods(const SimSlot& s) {
    SD_TRY(m_db->statement(
                   QStringLiteral("DELETE FROM market_slot_periods WHERE slot_id = ? AND kind = ?"))
               .bind(0, blob(s.id))
               .bind(1, kMissedPeriod)
               .exec());
    static const QString insert =
        QStringLiteral("INSERT INTO market_slot_periods (slot_id, kind, period) VALUES (?, ?, ?)");
    for (quint64 period : s.missedPeriods)
        SD_TRY(m_db->statement(insert)
                   .bind(0, blob(s.id))
                   .bind(1, kMissedPeriod)
                   .bind(2, integer(period))
                   .exec());
    return {};
}

Result<void> SimulatedMarketStore::saveReservations(const SlotId& id,
                                                    const QList<Address>& addresses) {
    SD_TRY(m_db->statement(QStringLiteral("DELETE FROM market_reservations WHERE slot_id = ?"))
               .bind(0, blob(id))
               .exec());
    static const QString insert = QStringLiteral(
        "INSERT INTO market_reservations (slot_id, position, address) VALUES (?, ?, ?)");
    for (qsizetype i = 0; i < addresses.size(); ++i)
        SD_TRY(m_db->statement(insert)
                   .bind(0, blob(id))
                   .bind(1, static_cast<qint64>(i))
                   .bind(2, blob(addresses[i]))
                   .exec());
    return {};
}

Result<void> SimulatedMarketStore::saveBalance(const Address& address, const UInt256& amount) {
    return m_db
        ->statement(QStringLiteral(
            "INSERT OR REPLACE INTO market_balances (address, amount) VALUES (?, ?)"))
        .bind(0, blob(address))
        .bind(1, blob(amount))
        .exec();
}

Result<void> SimulatedMarketStore::saveMeta(const QString& key, const QVariant& value) {
    if (!value.isValid())
        return m_db->statement(QStringLiteral("DELETE FROM market_meta WHERE key = ?"))
            .bind(0, key)
            .exec();
    return m_db
        ->statement(QStringLiteral("INSERT OR REPLACE INTO market_meta (key, value) VALUES (?, ?)"))
        .bind(0, key)
        .bind(1, value)
        .exec();
}

} // namespace salesdesk
