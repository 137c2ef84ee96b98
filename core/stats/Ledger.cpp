#include "core/stats/Ledger.h"

#include "core/domain/CrashPoint.h"
#include "core/storage/Database.h"

#include <QLoggingCategory>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcLedger, "salesdesk.stats.ledger")

QString toString(LedgerKind kind) {
    switch (kind) {
    case LedgerKind::CollateralDeposited:
        return QStringLiteral("collateral deposited");
    case LedgerKind::CollateralReturned:
        return QStringLiteral("collateral returned");
    case LedgerKind::Payout:
        return QStringLiteral("payout");
    case LedgerKind::CollateralLost:
        return QStringLiteral("collateral lost");
    }
    return QStringLiteral("unknown");
}

namespace {

const QString kColumns = QStringLiteral("id, at, kind, request_id, slot_index, amount");

LedgerEntry entryAt(const Statement& st) {
    LedgerEntry e;
    e.id = st.value(0).toLongLong();
    e.at = st.value(1).toLongLong();
    e.kind = static_cast<LedgerKind>(st.value(2).toInt());
    e.requestId = RequestId::fromBytes(st.value(3).toByteArray());
    e.slotIndex = static_cast<quint64>(st.value(4).toLongLong());
    auto amount = uint256::fromBigEndian(st.value(5).toByteArray());
    e.amount = amount.ok() ? *amount : UInt256(0);
    return e;
}

Result<QList<LedgerEntry>> fetch(Statement& st) {
    SD_TRY(st.exec());
    QList<LedgerEntry> out;
    while (st.next())
        out.append(entryAt(st));
    st.finish();
    return out;
}

Result<LedgerTotals> sum(const QList<LedgerEntry>& entries) {
    LedgerTotals t;
    for (const LedgerEntry& e : entries) {
        UInt256* target = nullptr;
        switch (e.kind) {
        case LedgerKind::CollateralDeposited:
            target = &t.deposited;
            break;
        case LedgerKind::CollateralReturned:
            target = &t.returned;
            break;
        case LedgerKind::Payout:
            target = &t.payouts;
            break;
        case LedgerKind::CollateralLost:
            target = &t.lost;
            break;
        }
        SD_TRY_ASSIGN(*target, uint256::checkedAdd(*target, e.amount));
    }
    return t;
}

} // namespace

Ledger::Ledger(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database) {}

Result<LedgerEntry> Ledger::record(Timestamp at, LedgerKind kind, const RequestId& requestId,
                                   quint64 slotIndex, const UInt256& amount) {
    static const QString sql = QStringLiteral(
        "INSERT INTO ledger (at, kind, request_id, slot_index, amount) VALUES (?, ?, ?, ?, ?)");
    Statement& st = m_db.statement(sql);
    st.bind(0, at)
        .bind(1, static_cast<int>(kind))
        .bind(2, requestId.toByteArray())
        .bind(3, static_cast<qint64>(slotIndex))
        .bind(4, uint256::toBigEndian32(amount));
    SD_TRY(st.exec());
    QVariant id;
    SD_TRY_ASSIGN(id, m_db.queryValue(QStringLiteral("SELECT last_insert_rowid()")));
    LedgerEntry entry{id.toLongLong(), at, kind, requestId, slotIndex, amount};
    m_db.afterCommit([this, entry] {
        qCInfo(lcLedger).noquote() << toString(entry.kind) << uint256::toDecimal(entry.amount)
                                   << "requestId=" + entry.requestId.toHex()
                                   << "slotIndex=" + QString::number(entry.slotIndex);
        Q_EMIT recorded(entry);
    });
    return entry;
}

Result<QList<LedgerEntry>> Ledger::entries() const {
    static const QString sql =
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM ledger ORDER BY id");
    return fetch(m_db.statement(sql));
}

Result<QList<LedgerEntry>> Ledger::entriesOf(const RequestId& requestId, quint64 slotIndex) const {
    static const QString sql = QStringLiteral("SELECT ") + kColumns +
                               QStringLiteral(" FROM ledger WHERE request_id = ? AND slot_index = ?"
                                              " ORDER BY id");
    Statement& st = m_db.statement(sql);
    st.bind(0, requestId.toByteArray()).bind(1, static_cast<qint64>(slotIndex));
    return fetch(st);
}

Result<LedgerTotals> Ledger::totals() const {
    QList<LedgerEntry> all;
    SD_TRY_ASSIGN(all, entries());
    return sum(all);
}

Result<LedgerTotals> Ledger::totalsOf(const RequestId& requestId, quint64 slotIndex) const {
    QList<LedgerEntry> some;
    SD_TRY_ASSIGN(some, entriesOf(requestId, slotIndex));
    return sum(some);
}

Result<void> Ledger::expectDeposit(Timestamp at, const RequestId& requestId, quint64 slotIndex,
                                   const UInt256& amount) {
    static const QString sql =
        QStringLiteral("INSERT OR REPLACE INTO expected_deposits (request_id, slot_index, at, "
                       "amount) VALUES (?, ?, ?, ?)");
    Statement& st = m_db.statement(sql);
    st.bind(0, requestId.toByteArray())
        .bind(1, static_cast<qint64>(slotIndex))
        .bind(2, at)
        .bind(3, uint256::toBigEndian32(amount));
    return st.exec();
}

Result<std::optional<UInt256>> Ledger::expectedDeposit(const RequestId& requestId,
                                                       quint64 slotIndex) const {
    static const QString sql = QStringLiteral(
        "SELECT amount FROM expected_deposits WHERE request_id = ? AND slot_index = ?");
    Statement& st = m_db.statement(sql);
    st.bind(0, requestId.toByteArray()).bind(1, static_cast<qint64>(slotIndex));
    SD_TRY(st.exec());
    std::optional<UInt256> found;
    if (st.next()) {
        auto amount = uint256::fromBigEndian(st.value(0).toByteArray());
        if (!amount.ok()) {
            st.finish();
            return amount.error();
        }
        found = *amount;
    }
    st.finish();
    return found;
}

Result<LedgerEntry> Ledger::confirmDeposit(Timestamp at, const RequestId& requestId,
                                           quint64 slotIndex, const UInt256& amount) {
    SD_TRY_DECLARE(tx, m_db.begin());
    SD_TRY(dropExpectedDeposit(requestId, slotIndex));
    auto entry = record(at, LedgerKind::CollateralDeposited, requestId, slotIndex, amount);
    if (!entry.ok())
        return entry.error();
    crashPoint("ledger.confirmDeposit.beforeCommit");
    SD_TRY(tx.commit());
    return entry;
}

Result<void> Ledger::dropExpectedDeposit(const RequestId& requestId, quint64 slotIndex) {
    static const QString sql =
        QStringLiteral("DELETE FROM expected_deposits WHERE request_id = ? AND slot_index = ?");
    Statement& st = m_db.statement(sql);
    st.bind(0, requestId.toByteArray()).bind(1, static_cast<qint64>(slotIndex));
    return st.exec();
}

} // namespace salesdesk
