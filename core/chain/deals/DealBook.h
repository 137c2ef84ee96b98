#pragma once

#include "core/chain/crypto/Signature.h"
#include "core/chain/deals/DealProposal.h"
#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QList>
#include <QString>

#include <optional>

namespace salesdesk {

class Database;

// A direct storage deal as the provider keeps it (table deals): the client's signed proposal, the
// contract it is for, where it stands and what it earned so far. Its id is the proposal's EIP-712
// digest, the id the contract gives it once published.
struct Deal {
    enum class State {
        AwaitingData,       // accepted: the client may push the data
        Transferring,       // some of the data arrived
        Verifying,          // all of it arrived: its slot root is being computed
        Publishing,         // the root matched: publishDeal is on its way to the chain
        AwaitingActivation, // published: the first proof is due from the start
        Active,             // activated: a proof every period until the end
        Expired,            // ran its course and closed; collateral back   (final)
        Slashed,            // ended early for missed proofs                (final)
        Failed,             // could not go on: refused on chain, data lost… (reason)  (final)
    };

    Hash32 id;
    quint64 chainId = 0;
    Address contract; // the DirectDeals contract
    DealProposal proposal;
    Signature clientSignature;
    std::optional<ReservationId> reservation; // the bytes taken from an availability
    State state = State::AwaitingData;
    QString reason;            // why it failed (or was slashed), in plain words; empty otherwise
    quint64 bytesReceived = 0; // one past the furthest byte of data stored
    quint64 proofsSubmitted = 0;
    quint64 missedProofs = 0;
    UInt256 paid; // paid to the provider on chain so far (DealView.paid)
    UInt256 collateralLeft;
    Timestamp createdAt = 0;
    Timestamp updatedAt = 0;

    bool final() const {
        return state == State::Expired || state == State::Slashed || state == State::Failed;
    }
    // Data still to come (AwaitingData, Transferring).
    bool transferring() const {
        return state == State::AwaitingData || state == State::Transferring;
    }
    // "awaiting-data", "transferring", "verifying", "publishing", "awaiting-activation",
    // "active", "expired", "slashed", "failed": the names stored and shown.
    static QString stateName(State state);
    static std::optional<State> stateFromName(QStringView name);
};

// A payment of a direct deal to the provider, as the desk heard of it: what the deal's paid amount
// on chain grew by, and when the desk first read the new amount (table deal_payments).
struct DealPayment {
    Hash32 dealId;
    Timestamp at = 0;
    UInt256 amount;
    friend bool operator==(const DealPayment&, const DealPayment&) = default;
};

// Collateral of a direct deal that the provider lost, as the desk heard of it: what the chain's
// collateral left on the deal fell by (a missed proof's slash, or the rest when the deal was
// slashed or its activation missed), and when the desk first read the new amount (table
// deal_collateral).
struct DealCollateralLoss {
    Hash32 dealId;
    Timestamp at = 0;
    UInt256 amount;
    friend bool operator==(const DealCollateralLoss&, const DealCollateralLoss&) = default;
};

// The provider's deals, in the host database. Every change is one transaction (a savepoint inside
// a caller's), committed before it returns; each state change is logged (category
// salesdesk.deals) with the deal id, client and reservation.
class DealBook {
public:
    explicit DealBook(Database& database);

    // Records an accepted proposal in AwaitingData. Conflict when a deal with its id exists.
    Result<Deal> create(quint64 chainId, const Address& contract, const DealProposal& proposal,
                        const Signature& clientSignature,
                        const std::optional<ReservationId>& reservation, Timestamp now);
    // NotFound when no deal has this id.
    Result<Deal> find(const Hash32& id) const;
    // The data up to `end` is stored: bytesReceived = end (never backwards, at most the size),
    // AwaitingData becomes Transferring. Conflict unless the deal is transferring.
    Result<Deal> recordReceived(const Hash32& id, quint64 end, Timestamp now);
    // Moves the deal on: allowed are AwaitingData/Transferring → Verifying, Verifying →
    // Publishing, Publishing → AwaitingActivation, AwaitingActivation → Active, Active → Expired
    // or Slashed, any unfinished state → Failed, and Verifying → Transferring (data rejected, to
    // be pushed again; bytesReceived back to 0). Anything else is Conflict. `reason` is stored
    // (and logged) with Failed and Slashed.
    Result<Deal> moveTo(const Hash32& id, Deal::State state, Timestamp now,
                        const QString& reason = {});
    // What the chain says of a published deal: proofs, missed proofs, paid, collateral left. A paid
    // amount above the last one is a payment dated `now` (payments()); one below it (a reorg took
    // a payment back) removes the payments above it. Collateral left below the last amount is a
    // loss dated `now` (collateralLosses()); above it, the losses below it are removed.
    Result<Deal> recordProgress(const Hash32& id, quint64 proofsSubmitted, quint64 missedProofs,
                                const UInt256& paid, const UInt256& collateralLeft, Timestamp now);
    // Deals not final, oldest first: what a restart resumes.
    Result<QList<Deal>> unfinished() const;
    // The newest `limit` deals, newest first.
    Result<QList<Deal>> recent(int limit) const;
    // Deals of `client` still receiving data (per-client transfer limit).
    Result<int> transfersOf(const Address& client) const;
    // What all deals have been paid so far.
    Result<UInt256> totalPaid() const;
    // The payments dated in [since, until), oldest first (ties by deal id). Over all time they
    // sum to totalPaid().
    Result<QList<DealPayment>> payments(Timestamp since, Timestamp until) const;
    // The collateral losses dated in [since, until), oldest first (ties by deal id).
    Result<QList<DealCollateralLoss>> collateralLosses(Timestamp since, Timestamp until) const;

private:
    Database& m_db;
};

} // namespace salesdesk
