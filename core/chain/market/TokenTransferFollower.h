#pragma once

#include "core/chain/events/EventCursor.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace salesdesk {

class Clock;
class Database;
class JsonRpcClient;

// The books follow the chain: every Transfer of the token from or to the host's account, as the
// chain has it, kept in the chain side's database (chain_token_transfers). An EventCursor on the
// token's Transfer topic, filtered on the account in topic 1 (from) or topic 2 (to) so that only
// the account's logs are fetched however busy the token is, delivers them exactly once and in
// order (a cursor stored before the filter, when it read every Transfer, is taken over); each
// transfer is stored once per (block hash, log index), in the cursor's transaction, and a reorg
// deletes the transfers of the blocks it replaced (the cursor's retraction), so what is stored is
// always what the chain holds up to the cursor's block.
//
// totals() sums what the account sent to and received from one counterparty (the Marketplace),
// and disagreements() compares that with the ledger: what the host sent must be the collateral it
// booked as deposited, what it received the payouts and returned collateral it booked. Transfers
// with anyone else (funding the wallet) are kept but are no sale's.
class TokenTransferFollower final : public QObject {
    Q_OBJECT
public:
    static constexpr char kCursorName[] = "token-transfers";

    struct Options {
        Address token;
        Address account;
        quint64 startBlock = 0; // the first block read when the database holds no cursor
        quint64 confirmations = 0;
        qint64 pollSeconds = 4;
        int windowBlocks = 64;
    };
    // The account's transfers with one counterparty.
    struct Totals {
        UInt256 sent = 0;     // from the account to the counterparty
        UInt256 received = 0; // from the counterparty to the account
        int transfers = 0;
    };

    // The client and the database must outlive the follower.
    TokenTransferFollower(JsonRpcClient& rpc, Database& database, Clock& clock, Options options,
                          QObject* parent = nullptr);
    ~TokenTransferFollower() override;

    Result<void> start();
    void stop();
    // Polls now instead of at the next interval.
    void wake();
    EventCursor& cursor() const { return *m_cursor; }

    static Result<Totals> totals(Database& database, const Address& account,
                                 const Address& counterparty);
    // What differs between the followed transfers with the Marketplace and the ledger's
    // deposits (`deposited`) and payouts plus returned collateral (`received`); empty when they
    // agree.
    static QStringList disagreements(const Totals& followed, const UInt256& deposited,
                                     const UInt256& received);

Q_SIGNALS:
    // Transfers were stored or retracted (after the commit).
    void transfersChanged();

private:
    Result<void> store(const EventCursor::LogBatch& batch, Database& database);
    Result<void> retract(const EventCursor::Retraction& retraction, Database& database);

    Options m_options;
    std::unique_ptr<EventCursor> m_cursor;
};

} // namespace salesdesk
