#include "core/chain/retrieval/VoucherBook.h"

#include "core/domain/TotalSteps.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/storage/Transaction.h"

#include <QVariant>

#include <algorithm>

namespace salesdesk {

namespace {

const QString kKeyWhere = QStringLiteral(" WHERE chain_id = ? AND contract = ? AND channel_id = ?");

Statement& bindKey(Statement& statement, int first, const VoucherBook::Key& key) {
    return statement.bind(first, static_cast<qint64>(key.chainId))
        .bind(first + 1, key.contract.toByteArray())
        .bind(first + 2, key.channelId.toByteArray());
}

// The columns payer, deposit, claimed, closes_at, finalized, best_amount from `first` on, as the
// channel `id`.
const QString kChannelColumns =
    QStringLiteral("payer, deposit, claimed, closes_at, finalized, best_amount");

Result<VoucherCheck::Channel> channelOfRow(const Statement& row, int first, const Hash32& id) {
    VoucherCheck::Channel channel;
    channel.id = id;
    channel.payer = Address::fromBytes(row.value(first).toByteArray());
    SD_TRY_ASSIGN(channel.deposit, uint256::fromBigEndian(row.value(first + 1).toByteArray()));
    SD_TRY_ASSIGN(channel.claimed, uint256::fromBigEndian(row.value(first + 2).toByteArray()));
    channel.closesAt = row.value(first + 3).toLongLong();
    channel.finalized = row.value(first + 4).toInt() != 0;
    SD_TRY_ASSIGN(channel.bestAccepted, uint256::fromBigEndian(row.value(first + 5).toByteArray()));
    return channel;
}

} // namespace

VoucherBook::VoucherBook(Database& database)
    : m_db(database) {}

Result<void> VoucherBook::track(const Key& key, const Address& payee,
                                const VoucherCheck::Channel& onChain, Timestamp now) {
    if (onChain.id != key.channelId)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("channel %1 tracked under the key of %2")
                             .arg(onChain.id.toHex(), key.channelId.toHex()));
    SD_TRY_DECLARE(tx, m_db.begin());
    Statement& upsert = m_db.statement(QStringLiteral(
        "INSERT INTO retrieval_channels (chain_id, contract, channel_id, payer, payee, deposit,"
        " claimed, closes_at, finalized, best_amount)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (chain_id, contract, channel_id) DO UPDATE SET payer = excluded.payer,"
        " payee = excluded.payee, deposit = excluded.deposit, claimed = excluded.claimed,"
        " closes_at = excluded.closes_at, finalized = excluded.finalized"));
    bindKey(upsert, 0, key)
        .bind(3, onChain.payer.toByteArray())
        .bind(4, payee.toByteArray())
        .bind(5, uint256::toBigEndian32(onChain.deposit))
        .bind(6, uint256::toBigEndian32(onChain.claimed))
        .bind(7, static_cast<qint64>(onChain.closesAt))
        .bind(8, onChain.finalized ? 1 : 0)
        .bind(9, uint256::toBigEndian32(UInt256(0)));
    SD_TRY(upsert.exec());
    // The claimed totals above the chain's go (a claim a reorg took back); a new total is added
    // with its time (a known one keeps the time it was first heard).
    Statement& remove = m_db.statement(QStringLiteral("DELETE FROM retrieval_claims") + kKeyWhere +
                                       QStringLiteral(" AND claimed > ?"));
    SD_TRY(bindKey(remove, 0, key).bind(3, uint256::toBigEndian32(onChain.claimed)).exec());
    if (onChain.claimed != 0) {
        Statement& insert = m_db.statement(
            QStringLiteral("INSERT OR IGNORE INTO retrieval_claims (chain_id, contract,"
                           " channel_id, claimed, at) VALUES (?, ?, ?, ?, ?)"));
        SD_TRY(bindKey(insert, 0, key)
                   .bind(3, uint256::toBigEndian32(onChain.claimed))
                   .bind(4, static_cast<qint64>(now))
                   .exec());
    }
    return tx.commit();
}

Result<std::optional<VoucherCheck::Channel>> VoucherBook::channel(const Key& key) const {
    Statement& select = m_db.statement(QStringLiteral("SELECT ") + kChannelColumns +
                                       QStringLiteral(" FROM retrieval_channels") + kKeyWhere);
    SD_TRY(bindKey(select, 0, key).exec());
    if (!select.next()) {
        select.finish();
        return std::optional<VoucherCheck::Channel>();
    }
    auto channel = channelOfRow(select, 0, key.channelId);
    select.finish();
    SD_TRY_DECLARE(read, std::move(channel));
    return std::optional<VoucherCheck::Channel>(read);
}

Result<VoucherCheck::Verdict> VoucherBook::accept(const Eip712Domain& domain,
                                                  const Voucher& voucher, Timestamp now,
                                                  qint64 closeMarginSeconds) {
    const Key key{domain.chainId, domain.verifyingContract, voucher.channelId};
    SD_TRY_DECLARE(tx, m_db.begin());
    SD_TRY_DECLARE(known, channel(key));
    if (!known)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("channel %1 of %2 on chain %3 is not known")
                             .arg(key.channelId.toHex(), key.contract.toHex())
                             .arg(key.chainId));
    VoucherCheck::Verdict verdict =
        VoucherCheck::check(domain, *known, voucher, now, closeMarginSeconds);
    if (!verdict.accepted())
        return verdict; // the transaction rolls back: nothing was written
    Statement& update = m_db.statement(
        QStringLiteral("UPDATE retrieval_channels SET best_amount = ?, best_signature = ?,"
                       " accepted_at = ?") +
        kKeyWhere);
    update.bind(0, uint256::toBigEndian32(voucher.cumulativeAmount))
        .bind(1, voucher.signatureBytes())
        .bind(2, static_cast<qint64>(now));
    SD_TRY(bindKey(update, 3, key).execChangingOneRow());
    SD_TRY(tx.commit());
    return verdict;
}

Result<std::optional<Voucher>> VoucherBook::best(const Key& key) const {
    Statement& select = m_db.statement(
        QStringLiteral("SELECT best_amount, best_signature FROM retrieval_channels") + kKeyWhere +
        QStringLiteral(" AND best_signature IS NOT NULL"));
    SD_TRY(bindKey(select, 0, key).exec());
    if (!select.next()) {
        select.finish();
        return std::optional<Voucher>();
    }
    auto amount = uint256::fromBigEndian(select.value(0).toByteArray());
    auto signature = Voucher::signatureFromBytes(select.value(1).toByteArray());
    select.finish();
    Voucher voucher;
    voucher.channelId = key.channelId;
    SD_TRY_ASSIGN(voucher.cumulativeAmount, std::move(amount));
    SD_TRY_ASSIGN(voucher.signature, std::move(signature));
    return std::optional<Voucher>(voucher);
}

Result<QList<VoucherBook::Key>> VoucherBook::unclaimed() const {
    // Amounts are 32-byte big-endian: byte order is numeric order.
    Statement& select = m_db.statement(
        QStringLiteral("SELECT chain_id, contract, channel_id FROM retrieval_channels"
                       " WHERE best_amount > claimed AND finalized = 0"
                       " ORDER BY closes_at = 0, closes_at, chain_id, contract, channel_id"));
    SD_TRY(select.exec());
    QList<Key> keys;
    while (select.next())
        keys.append(Key{select.value(0).toULongLong(),
                        Address::fromBytes(select.value(1).toByteArray()),
                        Hash32::fromBytes(select.value(2).toByteArray())});
    select.finish();
    return keys;
}

Result<QList<VoucherCheck::Channel>> VoucherBook::channels(quint64 chainId,
                                                           const Address& contract) const {
    Statement& select = m_db.statement(
        QStringLiteral("SELECT channel_id, ") + kChannelColumns +
        QStringLiteral(" FROM retrieval_channels WHERE chain_id = ? AND contract = ?"
                       " ORDER BY accepted_at IS NULL, accepted_at DESC, channel_id"));
    SD_TRY(select.bind(0, static_cast<qint64>(chainId)).bind(1, contract.toByteArray()).exec());
    QList<VoucherCheck::Channel> list;
    while (select.next()) {
        auto channel = channelOfRow(select, 1, Hash32::fromBytes(select.value(0).toByteArray()));
        if (!channel) {
            select.finish();
            return channel.error();
        }
        list.append(*channel);
    }
    select.finish();
    return list;
}

Result<QList<Hash32>> VoucherBook::openChannels(quint64 chainId, const Address& contract) const {
    Statement& select = m_db.statement(QStringLiteral(
        "SELECT channel_id FROM retrieval_channels"
        " WHERE chain_id = ? AND contract = ? AND finalized = 0 ORDER BY channel_id"));
    SD_TRY(select.bind(0, static_cast<qint64>(chainId)).bind(1, contract.toByteArray()).exec());
    QList<Hash32> ids;
    while (select.next())
        ids.append(Hash32::fromBytes(select.value(0).toByteArray()));
    select.finish();
    return ids;
}

Result<QList<ChannelClaim>> VoucherBook::claims(quint64 chainId, const Address& contract,
                                                Timestamp since, Timestamp until) const {
    // Every claimed total of the channels claimed on in the window, the earlier ones included: a
    // claim is the step from the total before it.
    Statement& select = m_db.statement(QStringLiteral(
        "SELECT channel_id, claimed, at FROM retrieval_claims WHERE chain_id = ? AND contract = ?"
        " AND channel_id IN (SELECT channel_id FROM retrieval_claims WHERE chain_id = ?"
        " AND contract = ? AND at >= ? AND at < ?) ORDER BY channel_id, claimed"));
    SD_TRY(select.bind(0, static_cast<qint64>(chainId))
               .bind(1, contract.toByteArray())
               .bind(2, static_cast<qint64>(chainId))
               .bind(3, contract.toByteArray())
               .bind(4, static_cast<qint64>(since))
               .bind(5, static_cast<qint64>(until))
               .exec());
    QList<ChannelClaim> list;
    TotalSteps steps;
    while (select.next()) {
        const QByteArray id = select.value(0).toByteArray();
        auto total = uint256::fromBigEndian(select.value(1).toByteArray());
        if (!total.ok()) {
            select.finish();
            return makeError(ErrorCode::DatabaseCorrupt,
                             QStringLiteral("a claim on channel 0x%1 in the books: %2")
                                 .arg(QString::fromLatin1(id.toHex()), total.message()));
        }
        const UInt256 step = steps.stepTo(id, *total);
        const Timestamp at = select.value(2).toLongLong();
        if (at >= since && at < until && step > 0)
            list.append(ChannelClaim{Hash32::fromBytes(id), at, step});
    }
    select.finish();
    std::stable_sort(list.begin(), list.end(),
                     [](const ChannelClaim& a, const ChannelClaim& b) { return a.at < b.at; });
    return list;
}

} // namespace salesdesk
