#include "core/chain/retrieval/RetrievalBook.h"

#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QVariant>

#include <algorithm>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcRetrievalBook, "salesdesk.retrieval.book", QtInfoMsg)

namespace {

constexpr int kTokenBytes = 16;

const QString kColumns = QStringLiteral(
    "token, chain_id, contract, channel_id, slot_id, size, price_per_byte, payment_interval,"
    " interval_increase, bytes_sent, paid, state, created_at, updated_at");

QString stateText(Retrieval::State state) {
    switch (state) {
    case Retrieval::State::New:
        return QStringLiteral("new");
    case Retrieval::State::Ongoing:
        return QStringLiteral("ongoing");
    case Retrieval::State::FundsNeeded:
        return QStringLiteral("funds-needed");
    case Retrieval::State::Completed:
        return QStringLiteral("completed");
    case Retrieval::State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

Result<Retrieval::State> stateFromText(const QString& text) {
    for (const auto state :
         {Retrieval::State::New, Retrieval::State::Ongoing, Retrieval::State::FundsNeeded,
          Retrieval::State::Completed, Retrieval::State::Cancelled})
        if (stateText(state) == text)
            return state;
    return makeError(ErrorCode::DatabaseCorrupt,
                     QStringLiteral("a retrieval is in the unknown state \"%1\"").arg(text));
}

Result<Retrieval> readRow(const Statement& select) {
    Retrieval r;
    r.token = select.value(0).toByteArray();
    r.channel.chainId = select.value(1).toULongLong();
    r.channel.contract = Address::fromBytes(select.value(2).toByteArray());
    r.channel.channelId = Hash32::fromBytes(select.value(3).toByteArray());
    r.slot = SlotId::fromBytes(select.value(4).toByteArray());
    r.size = select.value(5).toULongLong();
    SD_TRY_ASSIGN(r.terms.pricePerByte, uint256::fromBigEndian(select.value(6).toByteArray()));
    r.terms.paymentInterval = select.value(7).toULongLong();
    r.terms.paymentIntervalIncrease = select.value(8).toULongLong();
    r.bytesSent = select.value(9).toULongLong();
    SD_TRY_ASSIGN(r.paid, uint256::fromBigEndian(select.value(10).toByteArray()));
    SD_TRY_ASSIGN(r.state, stateFromText(select.value(11).toString()));
    r.createdAt = select.value(12).toLongLong();
    r.updatedAt = select.value(13).toLongLong();
    return r;
}

void logTransition(const Retrieval& before, const Retrieval& after) {
    if (before.state == after.state)
        return;
    qCInfo(lcRetrievalBook).noquote()
        << "retrieval" << after.id() << "of slot" << after.slot.toHex() << "on channel"
        << after.channel.channelId.toHex() << Retrieval::stateName(before.state) << "→"
        << Retrieval::stateName(after.state) << "sent" << after.bytesSent << "of" << after.size
        << "paid" << uint256::toDecimal(after.paid);
}

} // namespace

QString Retrieval::stateName(State state) {
    return stateText(state);
}

Result<UInt256> Retrieval::owed() const {
    SD_TRY_DECLARE(sentPrice, terms.priceOf(bytesSent));
    return sentPrice > paid ? UInt256(sentPrice - paid) : UInt256(0);
}

RetrievalBook::RetrievalBook(Database& database, VoucherBook& vouchers)
    : m_db(database)
    , m_vouchers(vouchers) {}

Result<Retrieval> RetrievalBook::create(const VoucherBook::Key& channel, const SlotId& slot,
                                        quint64 size, const RetrievalTerms& terms, Timestamp now) {
    SD_TRY(terms.validate());
    SD_TRY(terms.priceOf(size)); // a price that overflows is refused here, not halfway
    Retrieval r;
    r.token.resize(kTokenBytes);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(r.token.data()),
                                          kTokenBytes / sizeof(quint32));
    r.channel = channel;
    r.slot = slot;
    r.size = size;
    r.terms = terms;
    r.createdAt = now;
    r.updatedAt = now;
    Statement& insert = m_db.statement(QStringLiteral("INSERT INTO retrievals (") + kColumns +
                                       QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                      "?, ?, ?, ?)"));
    insert.bind(0, r.token)
        .bind(1, static_cast<qint64>(channel.chainId))
        .bind(2, channel.contract.toByteArray())
        .bind(3, channel.channelId.toByteArray())
        .bind(4, slot.toByteArray())
        .bind(5, static_cast<qint64>(size))
        .bind(6, uint256::toBigEndian32(terms.pricePerByte))
        .bind(7, static_cast<qint64>(terms.paymentInterval))
        .bind(8, static_cast<qint64>(terms.paymentIntervalIncrease))
        .bind(9, 0)
        .bind(10, uint256::toBigEndian32(UInt256(0)))
        .bind(11, stateText(Retrieval::State::New))
        .bind(12, static_cast<qint64>(now))
        .bind(13, static_cast<qint64>(now));
    SD_TRY(insert.exec());
    qCInfo(lcRetrievalBook).noquote()
        << "retrieval" << r.id() << "of slot" << slot.toHex() << "(" << size << "bytes) on channel"
        << channel.channelId.toHex() << "started at" << uint256::toDecimal(terms.pricePerByte)
        << "a byte";
    return r;
}

Result<Retrieval> RetrievalBook::find(const QByteArray& token) const {
    Statement& select = m_db.statement(QStringLiteral("SELECT ") + kColumns +
                                       QStringLiteral(" FROM retrievals WHERE token = ?"));
    SD_TRY(select.bind(0, token).exec());
    if (!select.next()) {
        select.finish();
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("no retrieval is named %1").arg(QString::fromLatin1(token.toHex())));
    }
    auto retrieval = readRow(select);
    select.finish();
    return retrieval;
}

Result<Retrieval> RetrievalBook::findById(QStringView id) const {
    const QByteArray token = QByteArray::fromHex(id.toLatin1());
    if (token.size() != kTokenBytes || id.size() != 2 * kTokenBytes)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no retrieval is named %1").arg(id.toString()));
    return find(token);
}

Result<RetrievalBook::Payment> RetrievalBook::pay(const QByteArray& token,
                                                  const Eip712Domain& domain,
                                                  const Voucher& voucher, Timestamp now,
                                                  qint64 closeMarginSeconds) {
    SD_TRY_DECLARE(tx, m_db.begin());
    SD_TRY_DECLARE(retrieval, find(token));
    const VoucherBook::Key key{domain.chainId, domain.verifyingContract, voucher.channelId};
    if (!(key == retrieval.channel)) {
        VoucherCheck::Verdict verdict;
        verdict.refusal = VoucherCheck::Refusal::WrongChannel;
        verdict.reason = QStringLiteral("retrieval %1 is paid on channel %2, not on %3")
                             .arg(retrieval.id(), retrieval.channel.channelId.toHex(),
                                  voucher.channelId.toHex());
        return Payment{verdict, retrieval};
    }
    if (!retrieval.active()) {
        VoucherCheck::Verdict verdict;
        verdict.refusal = VoucherCheck::Refusal::Stale;
        verdict.reason = QStringLiteral("retrieval %1 has ended (%2): it takes no more payments")
                             .arg(retrieval.id(), Retrieval::stateName(retrieval.state));
        return Payment{verdict, retrieval};
    }
    SD_TRY_DECLARE(verdict, m_vouchers.accept(domain, voucher, now, closeMarginSeconds));
    if (!verdict.accepted())
        return Payment{verdict, retrieval};
    SD_TRY_ASSIGN(retrieval.paid, uint256::checkedAdd(retrieval.paid, verdict.newlyPaid));
    SD_TRY_DECLARE(updated, update(retrieval, now, false));
    SD_TRY(tx.commit());
    return Payment{verdict, updated};
}

Result<Retrieval> RetrievalBook::recordSent(const QByteArray& token, quint64 end, Timestamp now) {
    SD_TRY_DECLARE(tx, m_db.begin());
    SD_TRY_DECLARE(retrieval, find(token));
    if (end > retrieval.size)
        return makeError(ErrorCode::OutOfBounds,
                         QStringLiteral("retrieval %1 holds %2 bytes, not %3")
                             .arg(retrieval.id())
                             .arg(retrieval.size)
                             .arg(end));
    if (end <= retrieval.bytesSent && retrieval.state != Retrieval::State::FundsNeeded)
        return retrieval; // a chunk sent again: nothing new to record
    retrieval.bytesSent = std::max(retrieval.bytesSent, end);
    SD_TRY_DECLARE(updated, update(retrieval, now, false));
    SD_TRY(tx.commit());
    return updated;
}

Result<Retrieval> RetrievalBook::recordFundsNeeded(const QByteArray& token, Timestamp now) {
    SD_TRY_DECLARE(tx, m_db.begin());
    SD_TRY_DECLARE(retrieval, find(token));
    if (retrieval.state == Retrieval::State::FundsNeeded || !retrieval.active())
        return retrieval;
    SD_TRY_DECLARE(updated, update(retrieval, now, true));
    SD_TRY(tx.commit());
    return updated;
}

Result<Retrieval> RetrievalBook::cancel(const QByteArray& token, Timestamp now) {
    SD_TRY_DECLARE(tx, m_db.begin());
    SD_TRY_DECLARE(retrieval, find(token));
    if (!retrieval.active())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("retrieval %1 has already ended (%2)")
                             .arg(retrieval.id(), Retrieval::stateName(retrieval.state)));
    const Retrieval before = retrieval;
    retrieval.state = Retrieval::State::Cancelled;
    retrieval.updatedAt = now;
    Statement& write = m_db.statement(
        QStringLiteral("UPDATE retrievals SET state = ?, updated_at = ? WHERE token = ?"));
    SD_TRY(write.bind(0, stateText(retrieval.state))
               .bind(1, static_cast<qint64>(now))
               .bind(2, token)
               .execChangingOneRow());
    SD_TRY(tx.commit());
    logTransition(before, retrieval);
    return retrieval;
}

Result<int> RetrievalBook::activeOf(quint64 chainId, const Address& contract,
                                    const Address& payer) const {
    Statement& count = m_db.statement(QStringLiteral(
        "SELECT count(*) FROM retrievals r JOIN retrieval_channels c ON c.chain_id = r.chain_id"
        " AND c.contract = r.contract AND c.channel_id = r.channel_id"
        " WHERE r.chain_id = ? AND r.contract = ? AND c.payer = ?"
        " AND r.state IN ('new', 'ongoing', 'funds-needed')"));
    SD_TRY(count.bind(0, static_cast<qint64>(chainId))
               .bind(1, contract.toByteArray())
               .bind(2, payer.toByteArray())
               .exec());
    const int active = count.next() ? count.value(0).toInt() : 0;
    count.finish();
    return active;
}

Result<QList<Retrieval>> RetrievalBook::recent(int limit) const {
    Statement& select = m_db.statement(QStringLiteral("SELECT ") + kColumns +
                                       QStringLiteral(" FROM retrievals ORDER BY created_at DESC,"
                                                      " token LIMIT ?"));
    SD_TRY(select.bind(0, limit).exec());
    QList<Retrieval> list;
    while (select.next()) {
        auto retrieval = readRow(select);
        if (!retrieval) {
            select.finish();
            return retrieval.error();
        }
        list.append(std::move(retrieval).value());
    }
    select.finish();
    return list;
}

Result<Retrieval> RetrievalBook::update(Retrieval retrieval, Timestamp now, bool fundsNeeded) {
    const Retrieval before = retrieval;
    SD_TRY_DECLARE(total, retrieval.total());
    SD_TRY_DECLARE(owed, retrieval.owed());
    if (retrieval.bytesSent == retrieval.size && retrieval.paid >= total)
        retrieval.state = Retrieval::State::Completed;
    else if (fundsNeeded || (retrieval.state == Retrieval::State::FundsNeeded && owed != 0))
        retrieval.state = Retrieval::State::FundsNeeded; // asked too early, or still behind
    else if (retrieval.bytesSent > 0 || retrieval.state != Retrieval::State::New)
        retrieval.state = Retrieval::State::Ongoing; // New stays New until a byte goes out
    retrieval.updatedAt = now;
    Statement& write = m_db.statement(
        QStringLiteral("UPDATE retrievals SET bytes_sent = ?, paid = ?, state = ?, updated_at = ?"
                       " WHERE token = ?"));
    SD_TRY(write.bind(0, static_cast<qint64>(retrieval.bytesSent))
               .bind(1, uint256::toBigEndian32(retrieval.paid))
               .bind(2, stateText(retrieval.state))
               .bind(3, static_cast<qint64>(now))
               .bind(4, retrieval.token)
               .execChangingOneRow());
    logTransition(before, retrieval);
    return retrieval;
}

} // namespace salesdesk
