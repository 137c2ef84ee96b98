#include "core/chain/deals/DealBook.h"

#include "core/domain/TotalSteps.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace salesdesk {

// Shared by the deal code: other files of core/chain/deals declare it with
// Q_DECLARE_LOGGING_CATEGORY(lcDeals) instead of defining it again.
Q_LOGGING_CATEGORY(lcDeals, "salesdesk.deals", QtInfoMsg)

namespace {

constexpr quint64 kMaxStored = static_cast<quint64>(std::numeric_limits<qint64>::max());

const QString kColumns = QStringLiteral(
    "id, chain_id, contract, proposal, signature, reservation_id, state, reason, bytes_received,"
    " proofs_submitted, missed_proofs, paid, collateral_left, created_at, updated_at");

struct StateName {
    Deal::State state;
    const char* name;
};

// The names the state column holds; the table's CHECK constraint lists the same.
constexpr StateName kStateNames[] = {
    {Deal::State::AwaitingData, "awaiting-data"},
    {Deal::State::Transferring, "transferring"},
    {Deal::State::Verifying, "verifying"},
    {Deal::State::Publishing, "publishing"},
    {Deal::State::AwaitingActivation, "awaiting-activation"},
    {Deal::State::Active, "active"},
    {Deal::State::Expired, "expired"},
    {Deal::State::Slashed, "slashed"},
    {Deal::State::Failed, "failed"},
};

bool isFinal(Deal::State state) {
    return state == Deal::State::Expired || state == Deal::State::Slashed ||
           state == Deal::State::Failed;
}

// The moves moveTo allows: the way forward, a rejected transfer back to the start, and failure
// from wherever the deal has not ended yet.
bool allowed(Deal::State from, Deal::State to) {
    using S = Deal::State;
    if (to == S::Failed)
        return !isFinal(from);
    switch (from) {
    case S::AwaitingData:
    case S::Transferring:
        return to == S::Verifying;
    case S::Verifying:
        return to == S::Publishing || to == S::Transferring;
    case S::Publishing:
        return to == S::AwaitingActivation;
    case S::AwaitingActivation:
        return to == S::Active;
    case S::Active:
        return to == S::Expired || to == S::Slashed;
    case S::Expired:
    case S::Slashed:
    case S::Failed:
        return false;
    }
    return false;
}

QVariant integer(quint64 value) {
    return static_cast<qint64>(value);
}

Error corrupt(const QByteArray& id, const QString& what) {
    return makeError(
        ErrorCode::DatabaseCorrupt,
        QStringLiteral("deal 0x%1 in the books: %2").arg(QString::fromLatin1(id.toHex()), what));
}

Result<Deal> readRow(const Statement& select) {
    Deal d;
    const QByteArray id = select.value(0).toByteArray();
    d.id = Hash32::fromBytes(id);
    d.chainId = select.value(1).toULongLong();
    d.contract = Address::fromBytes(select.value(2).toByteArray());
    QJsonParseError parseError;
    const QJsonDocument json =
        QJsonDocument::fromJson(select.value(3).toString().toUtf8(), &parseError);
    if (!json.isObject())
        return corrupt(
            id,
            QStringLiteral("its proposal is not a JSON object (%1)").arg(parseError.errorString()));
    auto proposal = DealProposal::fromJson(json.object());
    if (!proposal.ok())
        return corrupt(id, proposal.message());
    d.proposal = std::move(proposal).value();
    auto signature = signatureFromBytes(select.value(4).toByteArray());
    if (!signature.ok())
        return corrupt(id, signature.message());
    d.clientSignature = std::move(signature).value();
    if (!select.value(5).isNull())
        d.reservation = ReservationId::fromBytes(select.value(5).toByteArray());
    const QString state = select.value(6).toString();
    const auto parsed = Deal::stateFromName(state);
    if (!parsed)
        return corrupt(id, QStringLiteral("the unknown state \"%1\"").arg(state));
    d.state = *parsed;
    d.reason = select.value(7).toString();
    d.bytesReceived = select.value(8).toULongLong();
    d.proofsSubmitted = select.value(9).toULongLong();
    d.missedProofs = select.value(10).toULongLong();
    auto paid = uint256::fromBigEndian(select.value(11).toByteArray());
    if (!paid.ok())
        return corrupt(id, paid.message());
    d.paid = *paid;
    auto collateralLeft = uint256::fromBigEndian(select.value(12).toByteArray());
    if (!collateralLeft.ok())
        return corrupt(id, collateralLeft.message());
    d.collateralLeft = *collateralLeft;
    d.createdAt = select.value(13).toLongLong();
    d.updatedAt = select.value(14).toLongLong();
    return d;
}

Result<QList<Deal>> readAll(Statement& select) {
    QList<Deal> list;
    while (select.next()) {
        auto deal = readRow(select);
        if (!deal) {
            select.finish();
            return deal.error();
        }
        list.append(std::move(deal).value());
    }
    select.finish();
    return list;
}

// Writes what may change of a deal after its creation.
Result<void> write(Database& db, const Deal& deal) {
    Statement& update = db.statement(QStringLiteral(
        "UPDATE deals SET state = ?, reason = ?, bytes_received = ?, proofs_submitted = ?,"
        " missed_proofs = ?, paid = ?, collateral_left = ?, updated_at = ? WHERE id = ?"));
    return update.bind(0, Deal::stateName(deal.state))
        .bind(1, deal.reason.isNull() ? QStringLiteral("") : deal.reason)
        .bind(2, integer(deal.bytesReceived))
        .bind(3, integer(deal.proofsSubmitted))
        .bind(4, integer(deal.missedProofs))
        .bind(5, uint256::toBigEndian32(deal.paid))
        .bind(6, uint256::toBigEndian32(deal.collateralLeft))
        .bind(7, static_cast<qint64>(deal.updatedAt))
        .bind(8, deal.id.toByteArray())
        .execChangingOneRow(
            [&deal] { return QStringLiteral("no deal is named %1").arg(deal.id.toHex()); });
}

// Records that the chain says deal `id` was paid `paid` so far, heard at `now`: the totals above
// it go (a payment a reorg took back), and a new total is added with its time (an old one keeps
// the time it was first heard).
Result<void> writePaidTotal(Database& db, const Hash32& id, const UInt256& paid, Timestamp now) {
    Statement& remove =
        db.statement(QStringLiteral("DELETE FROM deal_payments WHERE deal_id = ? AND paid > ?"));
    SD_TRY(remove.bind(0, id.toByteArray()).bind(1, uint256::toBigEndian32(paid)).exec());
    if (paid == 0)
        return {};
    Statement& insert = db.statement(
        QStringLiteral("INSERT OR IGNORE INTO deal_payments (deal_id, paid, at) VALUES (?, ?, ?)"));
    return insert.bind(0, id.toByteArray())
        .bind(1, uint256::toBigEndian32(paid))
        .bind(2, static_cast<qint64>(now))
        .exec();
}

// Records that the chain says `left` of deal `id`'s collateral is left, heard at `now`: the amounts
// below it go (a loss a reorg took back), and a new amount is added with its time.
Result<void> writeCollateralLeft(Database& db, const Hash32& id, const UInt256& left,
                                 Timestamp now) {
    Statement& remove = db.statement(
        QStringLiteral("DELETE FROM deal_collateral WHERE deal_id = ? AND collateral_left < ?"));
    SD_TRY(remove.bind(0, id.toByteArray()).bind(1, uint256::toBigEndian32(left)).exec());
    Statement& insert = db.statement(QStringLiteral(
        "INSERT OR IGNORE INTO deal_collateral (deal_id, collateral_left, at) VALUES (?, ?, ?)"));
    return insert.bind(0, id.toByteArray())
        .bind(1, uint256::toBigEndian32(left))
        .bind(2, static_cast<qint64>(now))
        .exec();
}

// The ids every log line about a deal carries.
QString describe(const Deal& deal) {
    return QStringLiteral("dealId=%1 client=%2 reservationId=%3")
        .arg(deal.id.toHex(), deal.proposal.client.toHex(),
             deal.reservation ? deal.reservation->toHex() : QStringLiteral("none"));
}

// Logs a change of state once it is on disk (never for a change that is rolled back).
void logStateChange(Database& db, const Deal& before, const Deal& after, const QString& reason) {
    if (before.state == after.state)
        return;
    QString line =
        QStringLiteral("deal %1 state %2 → %3 received %4 of %5")
            .arg(describe(after), Deal::stateName(before.state), Deal::stateName(after.state))
            .arg(after.bytesReceived)
            .arg(after.proposal.size);
    if (!reason.isEmpty())
        line += QStringLiteral(" reason: ") + reason;
    db.afterCommit([line = std::move(line)] { qCInfo(lcDeals).noquote() << line; });
}

} // namespace

QString Deal::stateName(State state) {
    for (const StateName& entry : kStateNames)
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    return {};
}

std::optional<Deal::State> Deal::stateFromName(QStringView name) {
    for (const StateName& entry : kStateNames)
        if (name == QLatin1StringView(entry.name))
            return entry.state;
    return std::nullopt;
}

DealBook::DealBook(Database& database)
    : m_db(database) {}

Result<Deal> DealBook::create(quint64 chainId, const Address& contract,
                              const DealProposal& proposal, const Signature& clientSignature,
                              const std::optional<ReservationId>& reservation, Timestamp now) {
    if (chainId == 0 || chainId > kMaxStored)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a deal needs a chain id from 1 to %1, not %2")
                             .arg(kMaxStored)
                             .arg(chainId));
    if (proposal.size > kMaxStored)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a deal of %1 bytes is too large to keep (at most %2)")
                             .arg(proposal.size)
                             .arg(kMaxStored));
    const QByteArray signature = signatureBytes(clientSignature);
    if (clientSignature.r.size() != 32 || clientSignature.s.size() != 32 ||
        (clientSignature.yParity != 0 && clientSignature.yParity != 1))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a deal's signature has r and s of 32 bytes and a parity "
                                        "of 0 or 1, not %1 and %2 bytes and %3")
                             .arg(clientSignature.r.size())
                             .arg(clientSignature.s.size())
                             .arg(clientSignature.yParity));

    Deal deal;
    deal.id = proposal.digest(DealProposal::domain(chainId, contract));
    deal.chainId = chainId;
    deal.contract = contract;
    deal.proposal = proposal;
    deal.clientSignature = clientSignature;
    deal.reservation = reservation;
    deal.state = Deal::State::AwaitingData;
    deal.createdAt = now;
    deal.updatedAt = now;

    SD_TRY_DECLARE(tx, m_db.begin());
    const auto existing = find(deal.id);
    if (existing.ok())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("deal %1 is already in the books (%2)")
                             .arg(deal.id.toHex(), Deal::stateName(existing->state)));
    if (existing.code() != ErrorCode::NotFound)
        return existing.error();
    Statement& insert = m_db.statement(QStringLiteral(
        "INSERT INTO deals (id, chain_id, contract, client, provider, proposal,"
        " signature, reservation_id, state, reason, size, bytes_received,"
        " proofs_submitted, missed_proofs, paid, collateral_left, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(0, deal.id.toByteArray())
        .bind(1, integer(chainId))
        .bind(2, contract.toByteArray())
        .bind(3, proposal.client.toByteArray())
        .bind(4, proposal.provider.toByteArray())
        .bind(5, QString::fromUtf8(QJsonDocument(proposal.toJson()).toJson(QJsonDocument::Compact)))
        .bind(6, signature)
        .bind(7, reservation ? QVariant(reservation->toByteArray())
                             : QVariant(QMetaType(QMetaType::QByteArray)))
        .bind(8, Deal::stateName(deal.state))
        .bind(9, QStringLiteral("")) // a null QString binds as NULL
        .bind(10, integer(proposal.size))
        .bind(11, 0)
        .bind(12, 0)
        .bind(13, 0)
        .bind(14, uint256::toBigEndian32(deal.paid))
        .bind(15, uint256::toBigEndian32(deal.collateralLeft))
        .bind(16, static_cast<qint64>(now))
        .bind(17, static_cast<qint64>(now));
    SD_TRY(insert.exec());
    m_db.afterCommit(
        [line = describe(deal), size = proposal.size, state = Deal::stateName(deal.state)] {
            qCInfo(lcDeals).noquote()
                << "deal" << line << "accepted:" << size << "bytes, state" << state;
        });
    SD_TRY(tx.commit());
    return deal;
}

Result<Deal> DealBook::find(const Hash32& id) const {
    Statement& select = m_db.statement(QStringLiteral("SELECT ") + kColumns +
                                       QStringLiteral(" FROM deals WHERE id = ?"));
    SD_TRY(select.bind(0, id.toByteArray()).exec());
    if (!select.next()) {
        select.finish();
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no deal is named %1").arg(id.toHex()));
    }
    auto deal = readRow(select);
    select.finish();
    return deal;
}

Result<Deal> DealBook::recordReceived(const Hash32& id, quint64 end, Timestamp now) {
    SD_TRY_DECLARE(tx, m_db.begin());
    SD_TRY_DECLARE(deal, find(id));
    if (!deal.transferring())
        return makeError(ErrorCode::Conflict, QStringLiteral("deal %1 is %2: it takes no data")
                                                  .arg(id.toHex(), Deal::stateName(deal.state)));
    const Deal before = deal;
    deal.bytesReceived = std::min(std::max(deal.bytesReceived, end), deal.proposal.size);
    if (deal.state == Deal::State::AwaitingData && deal.bytesReceived > 0)
        deal.state = Deal::State::Transferring;
    if (deal.bytesReceived == before.bytesReceived && deal.state == before.state)
        return deal; // nothing new arrived: nothing to write
    deal.updatedAt = now;
    SD_TRY(write(m_db, deal));
    logStateChange(m_db, before, deal, {});
    SD_TRY(tx.commit());
    return deal;
}

Result<Deal> DealBook::moveTo(const Hash32& id, Deal::State state, Timestamp now,
                              const QString& reason) {
    SD_TRY_DECLARE(tx, m_db.begin());
    SD_TRY_DECLARE(deal, find(id));
    if (!allowed(deal.state, state))
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("deal %1 cannot go from %2 to %3")
                             .arg(id.toHex(), Deal::stateName(deal.state), Deal::stateName(state)));
    const Deal before = deal;
    if (deal.state == Deal::State::Verifying && state == Deal::State::Transferring)
        deal.bytesReceived = 0; // the data was rejected: it is pushed again from the start
    deal.state = state;
    deal.reason =
        state == Deal::State::Failed || state == Deal::State::Slashed ? reason : QString();
    deal.updatedAt = now;
    SD_TRY(write(m_db, deal));
    logStateChange(m_db, before, deal, reason);
    SD_TRY(tx.commit());
    return deal;
}

Result<Deal> DealBook::recordProgress(const Hash32& id, quint64 proofsSubmitted,
                                      quint64 missedProofs, const UInt256& paid,
                                      const UInt256& collateralLeft, Timestamp now) {
    if (proofsSubmitted > kMaxStored || missedProofs > kMaxStored)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("deal %1: %2 proofs and %3 missed are too many to keep")
                             .arg(id.toHex())
                             .arg(proofsSubmitted)
                             .arg(missedProofs));
    SD_TRY_DECLARE(tx, m_db.begin());
    SD_TRY_DECLARE(deal, find(id));
    if (deal.proofsSubmitted == proofsSubmitted && deal.missedProofs == missedProofs &&
        deal.paid == paid && deal.collateralLeft == collateralLeft)
        return deal; // the chain says what it said before: nothing to write
    const bool paidChanged = deal.paid != paid;
    const bool collateralChanged = deal.collateralLeft != collateralLeft;
    deal.proofsSubmitted = proofsSubmitted;
    deal.missedProofs = missedProofs;
    deal.paid = paid;
    deal.collateralLeft = collateralLeft;
    deal.updatedAt = now;
    SD_TRY(write(m_db, deal));
    if (paidChanged)
        SD_TRY(writePaidTotal(m_db, id, paid, now));
    if (collateralChanged)
        SD_TRY(writeCollateralLeft(m_db, id, collateralLeft, now));
    m_db.afterCommit([line = describe(deal), proofsSubmitted, missedProofs,
                      paid = uint256::toDecimal(paid), left = uint256::toDecimal(collateralLeft)] {
        qCDebug(lcDeals).noquote() << "deal" << line << "proofs" << proofsSubmitted << "missed"
                                   << missedProofs << "paid" << paid << "collateral left" << left;
    });
    SD_TRY(tx.commit());
    return deal;
}

Result<QList<Deal>> DealBook::unfinished() const {
    Statement& select = m_db.statement(
        QStringLiteral("SELECT ") + kColumns +
        QStringLiteral(" FROM deals WHERE state NOT IN ('expired', 'slashed', 'failed')"
                       " ORDER BY created_at, id"));
    SD_TRY(select.exec());
    return readAll(select);
}

Result<QList<Deal>> DealBook::recent(int limit) const {
    Statement& select =
        m_db.statement(QStringLiteral("SELECT ") + kColumns +
                       QStringLiteral(" FROM deals ORDER BY created_at DESC, id DESC LIMIT ?"));
    SD_TRY(select.bind(0, std::max(limit, 0)).exec());
    return readAll(select);
}

Result<int> DealBook::transfersOf(const Address& client) const {
    Statement& count =
        m_db.statement(QStringLiteral("SELECT count(*) FROM deals WHERE client = ?"
                                      " AND state IN ('awaiting-data', 'transferring')"));
    SD_TRY(count.bind(0, client.toByteArray()).exec());
    const int transfers = count.next() ? count.value(0).toInt() : 0;
    count.finish();
    return transfers;
}

Result<UInt256> DealBook::totalPaid() const {
    Statement& select = m_db.statement(QStringLiteral("SELECT id, paid FROM deals"));
    SD_TRY(select.exec());
    UInt256 total = 0;
    while (select.next()) {
        auto paid = uint256::fromBigEndian(select.value(1).toByteArray());
        Result<UInt256> sum =
            paid.ok() ? uint256::checkedAdd(total, *paid)
                      : Result<UInt256>(corrupt(select.value(0).toByteArray(), paid.message()));
        if (!sum.ok()) {
            select.finish();
            return sum.error();
        }
        total = *sum;
    }
    select.finish();
    return total;
}

Result<QList<DealPayment>> DealBook::payments(Timestamp since, Timestamp until) const {
    // Every total of the deals paid in the window, the earlier ones included: a payment is the
    // step from the total before it.
    Statement& select = m_db.statement(QStringLiteral(
        "SELECT deal_id, paid, at FROM deal_payments WHERE deal_id IN"
        " (SELECT deal_id FROM deal_payments WHERE at >= ? AND at < ?) ORDER BY deal_id, paid"));
    SD_TRY(select.bind(0, static_cast<qint64>(since)).bind(1, static_cast<qint64>(until)).exec());
    QList<DealPayment> list;
    TotalSteps steps;
    while (select.next()) {
        const QByteArray id = select.value(0).toByteArray();
        auto total = uint256::fromBigEndian(select.value(1).toByteArray());
        if (!total.ok()) {
            select.finish();
            return corrupt(id, QStringLiteral("a payment: %1").arg(total.message()));
        }
        const UInt256 step = steps.stepTo(id, *total);
        const Timestamp at = select.value(2).toLongLong();
        if (at >= since && at < until && step > 0)
            list.append(DealPayment{Hash32::fromBytes(id), at, step});
    }
    select.finish();
    std::stable_sort(list.begin(), list.end(),
                     [](const DealPayment& a, const DealPayment& b) { return a.at < b.at; });
    return list;
}

Result<QList<DealCollateralLoss>> DealBook::collateralLosses(Timestamp since,
                                                             Timestamp until) const {
    // Every amount left of the deals with one in the window, the earlier ones included: a loss
    // is the step down from the amount before it (the deal's collateral before the first).
    struct Row {
        QByteArray id;
        UInt256 left;
        Timestamp at = 0;
    };
    Statement& select = m_db.statement(
        QStringLiteral("SELECT deal_id, collateral_left, at FROM deal_collateral WHERE deal_id IN"
                       " (SELECT deal_id FROM deal_collateral WHERE at >= ? AND at < ?)"
                       " ORDER BY deal_id, collateral_left DESC"));
    SD_TRY(select.bind(0, static_cast<qint64>(since)).bind(1, static_cast<qint64>(until)).exec());
    QList<Row> rows;
    while (select.next()) {
        const QByteArray id = select.value(0).toByteArray();
        auto left = uint256::fromBigEndian(select.value(1).toByteArray());
        if (!left.ok()) {
            select.finish();
            return corrupt(id, QStringLiteral("its collateral left: %1").arg(left.message()));
        }
        rows.append(Row{id, *left, select.value(2).toLongLong()});
    }
    select.finish();
    // What a deal has lost so far is its collateral less what is left: a running total that
    // grows with each row (largest amount left first), read back as steps like the payments.
    QList<DealCollateralLoss> list;
    TotalSteps steps;
    QByteArray current;
    UInt256 collateral = 0;
    for (const Row& row : rows) {
        if (row.id != current) {
            SD_TRY_DECLARE(deal, find(Hash32::fromBytes(row.id)));
            current = row.id;
            collateral = deal.proposal.providerCollateral;
        }
        const UInt256 lost = collateral > row.left ? UInt256(collateral - row.left) : UInt256(0);
        const UInt256 step = steps.stepTo(row.id, lost);
        if (row.at >= since && row.at < until && step > 0)
            list.append(DealCollateralLoss{Hash32::fromBytes(row.id), row.at, step});
    }
    std::stable_sort(
        list.begin(), list.end(),
        [](const DealCollateralLoss& a, const DealCollateralLoss& b) { return a.at < b.at; });
    return list;
}

} // namespace salesdesk
