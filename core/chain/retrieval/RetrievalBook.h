#pragma once

#include "core/chain/crypto/Eip712Domain.h"
#include "core/chain/retrieval/RetrievalTerms.h"
#include "core/chain/retrieval/Voucher.h"
#include "core/chain/retrieval/VoucherBook.h"
#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace salesdesk {

class Database;

// A paid retrieval as the provider keeps it (table retrievals): what is retrieved, on which
// channel it is paid, its terms, how far it went out and what was paid on it.
struct Retrieval {
    enum class State {
        New,         // started, nothing handed out yet
        Ongoing,     // chunks going out, paid up to the rule of RetrievalTerms
        FundsNeeded, // a chunk was asked for before the bytes ahead of it were paid
        Completed,   // every byte handed out and paid
        Cancelled,   // ended by the client (or the provider) before that
    };

    QByteArray token; // 16 random bytes: the retrieval's name, hard to guess
    VoucherBook::Key channel;
    SlotId slot;
    quint64 size = 0; // the slot's bytes when it started
    RetrievalTerms terms;
    quint64 bytesSent = 0; // one past the furthest byte handed out
    UInt256 paid;          // credited from the vouchers presented for it
    State state = State::New;
    Timestamp createdAt = 0;
    Timestamp updatedAt = 0;

    QString id() const { return QString::fromLatin1(token.toHex()); }
    // What the bytes handed out cost less what was paid (0 when paid ahead).
    Result<UInt256> owed() const;
    // What the whole retrieval costs.
    Result<UInt256> total() const { return terms.priceOf(size); }
    bool active() const { return state != State::Completed && state != State::Cancelled; }

    static QString stateName(State state);
};

// The provider's retrievals, in the host database. A voucher credited to a retrieval is accepted
// into the VoucherBook (its channel's best) in the same transaction, so what a retrieval counts as
// paid is always backed by a stored voucher, before and after any crash.
class RetrievalBook {
public:
    RetrievalBook(Database& database, VoucherBook& vouchers);

    // Starts a retrieval of `size` bytes of `slot`, paid on `channel`, with a fresh token.
    Result<Retrieval> create(const VoucherBook::Key& channel, const SlotId& slot, quint64 size,
                             const RetrievalTerms& terms, Timestamp now);
    // NotFound when no retrieval has this token.
    Result<Retrieval> find(const QByteArray& token) const;
    // The retrieval by its id (token in hex); NotFound when it names none.
    Result<Retrieval> findById(QStringView id) const;

    struct Payment {
        VoucherCheck::Verdict verdict;
        Retrieval retrieval; // as it is after the payment (unchanged when refused)
    };
    // Checks `voucher` for `token`'s retrieval and, when accepted, stores it as its channel's best
    // and credits what it newly pays to the retrieval, in one transaction. A voucher for another
    // channel than the retrieval's is refused as WrongChannel.
    Result<Payment> pay(const QByteArray& token, const Eip712Domain& domain, const Voucher& voucher,
                        Timestamp now, qint64 closeMarginSeconds);
    // Records that the bytes up to `end` were handed out.
    Result<Retrieval> recordSent(const QByteArray& token, quint64 end, Timestamp now);
    // Records that a chunk was refused for want of payment.
    Result<Retrieval> recordFundsNeeded(const QByteArray& token, Timestamp now);
    // Ends an active retrieval; Conflict when it already ended.
    Result<Retrieval> cancel(const QByteArray& token, Timestamp now);
    // How many active retrievals the channels of `payer` on `contract` at `chainId` have together
    // (a client that opens more channels gets no more retrievals at once). Channels not tracked
    // in the VoucherBook count for no one.
    Result<int> activeOf(quint64 chainId, const Address& contract, const Address& payer) const;
    // The newest `limit` retrievals, newest first.
    Result<QList<Retrieval>> recent(int limit) const;

private:
    // Writes bytes_sent, paid and the state that follows from them (and from `fundsNeeded`).
    Result<Retrieval> update(Retrieval retrieval, Timestamp now, bool fundsNeeded);

    Database& m_db;
    VoucherBook& m_vouchers;
};

} // namespace salesdesk
