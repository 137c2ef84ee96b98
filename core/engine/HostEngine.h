#pragma once

#include "core/domain/Result.h"
#include "core/sales/HostHooks.h"
#include "core/storage/Database.h"

#include <QObject>
#include <QRandomGenerator>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace salesdesk {

class Clock;
class Ledger;
class Market;
class ProofRounds;
class Repo;
class Reservations;
class RetryingMarket;
class Sales;
class SlotQueue;
struct SalesContext;
namespace proofs {
class Prover;
}

// The host side, assembled: database, repo, books, ledger, slot queue, prover, hooks and the
// sales module over a data directory, against a market and a clock. The GUI, the CLI and the
// scenario runner build the same engine; a crash is simulated by destroying it (no cleanup runs)
// and opening a new one over the same directory.
class HostEngine : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString dataDirectory;
        std::optional<quint64> quotaBytes; // set the repo quota (else keep what is stored)
        int maxWorkers = 3;
        int queueMaxSize = 128;
        HostHooks::Options hooks;
        int failEveryNProofs = 0;
        quint32 seed = 0; // ids and queue shuffling; 0: random
        int retryAttempts = 8;
    };

    static Result<std::unique_ptr<HostEngine>> open(Market& market, Clock& clock,
                                                    const Options& options);
    // The data directory's database, checked without writing to it and locked (Database::check).
    // A caller that opens other files of the directory checks this one before opening any, and
    // hands it to open(): a refusal then leaves every file of the directory untouched.
    static Result<Database::CheckedFile> checkDatabase(const QString& dataDirectory);
    // The host's database file in a data directory.
    static QString databaseFilePath(const QString& dataDirectory);
    // Where the data directory keeps the slot data files (Repo).
    static QString slotDataDirectory(const QString& dataDirectory);
    static Result<std::unique_ptr<HostEngine>>
    open(Market& market, Clock& clock, const Options& options, Database::CheckedFile database);
    ~HostEngine() override;

    // Recovers and starts selling; `started` runs once recovery is done.
    void start(std::function<void(Result<void>)> started = {});
    void stop();

    Database& database() const { return *m_database; }
    Repo& repo() const { return *m_repo; }
    proofs::Prover& prover() const { return *m_prover; }
    Reservations& reservations() const { return *m_reservations; }
    Ledger& ledger() const { return *m_ledger; }
    SlotQueue& queue() const { return *m_queue; }
    Sales& sales() const { return *m_sales; }
    Market& market() const;

private:
    HostEngine() = default;

    QRandomGenerator m_ids;
    QRandomGenerator m_shuffle;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repo> m_repo;
    std::unique_ptr<Reservations> m_reservations;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<SlotQueue> m_queue;
    std::unique_ptr<RetryingMarket> m_market;
    std::unique_ptr<proofs::Prover> m_prover;
    std::unique_ptr<HostHooks> m_hooks;
    std::unique_ptr<ProofRounds> m_proofRounds;
    std::unique_ptr<SalesContext> m_context;
    std::unique_ptr<Sales> m_sales;
};

} // namespace salesdesk
