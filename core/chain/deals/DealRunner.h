#pragma once

#include "core/chain/deals/DealBook.h"
#include "core/chain/deals/DirectDealsContract.h"
#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace salesdesk {

class Database;
class JsonRpcClient;
class Repo;
class Reservations;
class TransactionManager;
namespace proofs {
class Prover;
}

// Carries each accepted deal through its life on the DirectDeals contract, from the books: checks
// the client's escrow while the data comes, verifies the data's slot root once it is all there,
// publishes the deal, sends the activating proof in the first period from the start and one proof
// every period after, collects the payment of the proven time as the deal runs (settle, see
// settleInterval), and closes the deal once it ran its course (the rest of the payment and the
// collateral go to the provider's escrow balance). A deal that fails, or is slashed, gives its
// bytes back to the availability and its data is deleted.
//
// Every step is driven from the books and the chain, never from memory alone: each check (every
// `checkSeconds`, or a sixth of the proof period when longer) looks at every unfinished deal and
// takes the step its state needs, and every transaction goes out as an intent of the
// TransactionManager under a key of the deal and the step ("deal-publish:<id>",
// "deal-proof:<id>:<period>:<attempt>", "deal-settle:<id>:<until>", "deal-close:<id>"), so a step
// taken again after a crash sends nothing twice. State changes are committed before the next step.
class DealRunner final : public QObject {
    Q_OBJECT
public:
    struct Options {
        quint64 chainId = 0;
        Address contract;        // DirectDeals
        Address provider;        // the host's account
        qint64 checkSeconds = 5; // at least; a sixth of the proof period when that is longer
        // A proof is not started while the challenge pointer is this close to its wrap (the
        // challenge changes when it wraps, and the proof would answer the old one).
        int pointerWrapMargin = 8;
        // The data must be all there this many seconds before the start, to publish in time.
        qint64 publishLeadSeconds = 60;
        // A running deal's payment is collected (the contract's settle) once this much proven
        // time is unpaid, or a quarter of the deal's duration when that is shorter, and never
        // more often than once a period. The close pays the rest.
        qint64 settleEverySeconds = 86'400;
    };

    DealRunner(JsonRpcClient& rpc, Database& database, DealBook& book, Reservations& reservations,
               Repo& repo, TransactionManager& transactions, proofs::Prover& prover, Clock& clock,
               Options options, QObject* parent = nullptr);
    ~DealRunner() override;

    // Reads the contract's period, then checks every unfinished deal now and every checkSeconds.
    void start();
    void stop();
    // The last byte of a deal's data arrived: verify it now rather than at the next check.
    void dataComplete(const Hash32& dealId);
    // The contract's proof period in seconds; 0 until start() read it.
    quint64 period() const { return m_period; }

    // How much proven, unpaid time of a deal of `duration` seconds makes a settlement worth its
    // gas: settleEverySeconds or a quarter of the duration, whichever is shorter, at least one
    // period (`period` > 0).
    static quint64 settleInterval(quint64 duration, quint64 period, qint64 settleEverySeconds);
    // The end of the time a settlement now would pay: the end of the newest proven period, the
    // deal's end or `now`, whichever comes first (the contract's rule).
    static quint64 settleableUntil(quint64 lastProvenPeriod, quint64 period, quint64 end,
                                   quint64 now);

    // Where a deal's data is kept in the repo (its slot id is the deal id).
    static SlotId dataSlot(const Hash32& dealId) { return SlotId::fromBytes(dealId.toByteArray()); }

Q_SIGNALS:
    // The deal moved on or its progress was read (after the commit).
    void dealChanged(const salesdesk::Hash32& dealId);

private:
    void scheduleCheck();
    void check();
    void advance(const Deal& deal);
    void checkFunds(const Deal& deal);
    void verify(const Deal& deal);
    void publish(const Deal& deal);
    void prove(const Deal& deal);
    void follow(const Deal& deal);
    void close(const Deal& deal);
    // Collects the payment of [paidUntil, until) with the contract's settle, then follows again.
    void settle(const Deal& deal, quint64 until);
    // Reads whether the deal owes a proof in this period and sends one if so.
    void proveIfDue(const Hash32& id);
    // Moves the deal on (logged by the book); false when the book refused (logged).
    bool moveTo(const Hash32& id, Deal::State state, const QString& reason = {});
    // Ends the deal in a final state and gives its storage back: data deleted, reservation gone.
    void finish(const Deal& deal, Deal::State state, const QString& reason);
    // Marks a step of the deal as running; false when one already runs.
    bool begin(const Hash32& id);
    // A proof of the deal was mined: one more in the books.
    void countProof(const Hash32& id);
    void end(const Hash32& id) { m_busy.remove(id); }

    JsonRpcClient& m_rpc;
    Database& m_db;
    DealBook& m_book;
    Reservations& m_reservations;
    Repo& m_repo;
    TransactionManager& m_transactions;
    proofs::Prover& m_prover;
    Clock& m_clock;
    Options m_options;
    DirectDealsContract m_contract;
    quint64 m_period = 0;
    quint64 m_timeout = 0;
    bool m_running = false;
    std::optional<Clock::TimerId> m_timer;
    QSet<Hash32> m_busy;                    // deals with a step in flight
    QSet<Hash32> m_fundsChecked;            // escrow read once per run while the data comes
    QHash<Hash32, int> m_proofAttempts;     // failed proofs sent this run, per deal
    QSet<Hash32> m_wakingAtStart;           // published deals with a check due at their start
    QHash<Hash32, quint64> m_settleRefused; // the `until` of a settlement that failed this run
};

} // namespace salesdesk
