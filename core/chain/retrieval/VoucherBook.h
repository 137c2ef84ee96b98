#pragma once

#include "core/chain/crypto/Eip712Domain.h"
#include "core/chain/retrieval/Voucher.h"
#include "core/chain/retrieval/VoucherCheck.h"
#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QList>

#include <optional>

namespace salesdesk {

class Database;

// A claim on a retrieval channel, as the desk heard of it: what the amount claimed on chain grew
// by, and when the desk first read the new amount (table retrieval_claims).
struct ChannelClaim {
    Hash32 channelId;
    Timestamp at = 0;
    UInt256 amount;
    friend bool operator==(const ChannelClaim&, const ChannelClaim&) = default;
};

// The provider's book of retrieval channels, in the host database (table retrieval_channels):
// per channel what the chain said of it when last read (payer, deposit, claimed, close time,
// finalized) and the best voucher the provider accepted. accept() checks a voucher
// (VoucherCheck) and stores it as the channel's best in the same transaction, so a voucher
// counted as paid (and answered with data) survives any crash, and the same voucher presented
// again, before or after a restart, pays nothing.
class VoucherBook {
public:
    // A channel: its id within the channels contract at `contract` on chain `chainId`.
    struct Key {
        quint64 chainId = 0;
        Address contract;
        Hash32 channelId;
        friend bool operator==(const Key&, const Key&) = default;
    };

    explicit VoucherBook(Database& database);

    // Records what the chain says of a channel the provider (`payee`) is paid on: a new channel,
    // or news of a known one. The best voucher accepted stays whatever the chain says (a claim
    // above it, of another copy, raises `claimed`, which the checks count). `onChain.id` must be
    // key.channelId; its bestAccepted is ignored. A claimed amount above the last one is a claim
    // dated `now` (claims()); one below it (a reorg took a claim back) removes the claims above
    // it.
    Result<void> track(const Key& key, const Address& payee, const VoucherCheck::Channel& onChain,
                       Timestamp now);
    // The channel as the book knows it (bestAccepted included); nullopt when it is not tracked.
    Result<std::optional<VoucherCheck::Channel>> channel(const Key& key) const;
    // Checks `voucher` against its channel (domain.chainId, domain.verifyingContract,
    // voucher.channelId) as the book knows it and, when accepted, stores it as the channel's
    // best, committed before this returns. An untracked channel is NotFound. A refusal is a
    // verdict, not an error; the book is then unchanged.
    Result<VoucherCheck::Verdict> accept(const Eip712Domain& domain, const Voucher& voucher,
                                         Timestamp now, qint64 closeMarginSeconds);
    // The best voucher accepted on a channel (the one to claim); nullopt when none was.
    Result<std::optional<Voucher>> best(const Key& key) const;
    // The channels whose best voucher is above what the chain says was claimed and that are not
    // finalized: the claims owed, those whose close window ends first first (no close requested:
    // last).
    Result<QList<Key>> unclaimed() const;
    // Every channel of `contract` on `chainId` as the book knows it, newest accepted voucher
    // first (channels without one last, by id).
    Result<QList<VoucherCheck::Channel>> channels(quint64 chainId, const Address& contract) const;
    // The ids of the channels of `contract` on `chainId` that are not finalized.
    Result<QList<Hash32>> openChannels(quint64 chainId, const Address& contract) const;
    // The claims on the channels of `contract` on `chainId` dated in [since, until), oldest first
    // (ties by channel id). Over all time they sum to the channels' claimed amounts.
    Result<QList<ChannelClaim>> claims(quint64 chainId, const Address& contract, Timestamp since,
                                       Timestamp until) const;

private:
    Database& m_db;
};

} // namespace salesdesk
