#include "core/engine/HostEngine.h"

#include "core/clock/Clock.h"
#include "core/market/RetryingMarket.h"
#include "core/proofs/Prover.h"
#include "core/reservations/Reservations.h"
#include "core/sales/ProofRounds.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesContext.h"
#include "core/sales/SlotQueue.h"
#include "core/stats/Ledger.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"

namespace salesdesk {

Result<Database::CheckedFile> HostEngine::checkDatabase(const QString& dataDirectory) {
    return Database::check(databaseFilePath(dataDirectory), Database::kHostApplicationId);
}

QString HostEngine::databaseFilePath(const QString& dataDirectory) {
    return dataDirectory + QStringLiteral("/salesdesk.sqlite");
}

QString HostEngine::slotDataDirectory(const QString& dataDirectory) {
    return dataDirectory + QStringLiteral("/slots");
}

Result<std::unique_ptr<HostEngine>> HostEngine::open(Market& market, Clock& clock,
                                                     const Options& options) {
    auto database = checkDatabase(options.dataDirectory);
    if (!database.ok())
        return database.error();
    return open(market, clock, options, std::move(*database));
}

Result<std::unique_ptr<HostEngine>> HostEngine::open(Market& market, Clock& clock,
                                                     const Options& options,
                                                     Database::CheckedFile checkedDatabase) {
    std::unique_ptr<HostEngine> engine(new HostEngine());
    const quint32 seed = options.seed != 0 ? options.seed : QRandomGenerator::system()->generate();
    engine->m_ids.seed(seed);
    engine->m_shuffle.seed(seed ^ 0x5a5a5a5au);

    auto database = Database::open(std::move(checkedDatabase));
    if (!database.ok())
        return database.error();
    engine->m_database = std::move(*database);
    engine->m_repo =
        std::make_unique<Repo>(*engine->m_database, slotDataDirectory(options.dataDirectory));
    SD_TRY(engine->m_repo->open());
    if (options.quotaBytes)
        SD_TRY(engine->m_repo->setMaxBytes(*options.quotaBytes));
    engine->m_reservations =
        std::make_unique<Reservations>(*engine->m_database, *engine->m_repo, &engine->m_ids);
    engine->m_ledger = std::make_unique<Ledger>(*engine->m_database);
    engine->m_queue = std::make_unique<SlotQueue>();
    SD_TRY(engine->m_queue->setLimits(options.maxWorkers, options.queueMaxSize));

    RetryPolicy retry;
    retry.maxAttempts = options.retryAttempts;
    engine->m_market = std::make_unique<RetryingMarket>(market, clock, retry);
    engine->m_prover = std::make_unique<proofs::Prover>(&clock);
    HostHooks::Options hooks = options.hooks;
    // After its data, a slot still needs the next period's start and a proof before it fills.
    hooks.fillLeadSeconds = 2 * static_cast<qint64>(market.config().periodSeconds);
    engine->m_hooks = std::make_unique<HostHooks>(clock, *engine->m_repo, *engine->m_prover, hooks);
    engine->m_proofRounds = std::make_unique<ProofRounds>(*engine->m_market, clock);
    engine->m_context = std::make_unique<SalesContext>(
        SalesContext{*engine->m_database, *engine->m_market, clock, *engine->m_reservations,
                     *engine->m_repo, *engine->m_queue, *engine->m_ledger, *engine->m_proofRounds,
                     engine->m_hooks->hooks(), options.failEveryNProofs});
    engine->m_sales = std::make_unique<Sales>(*engine->m_context, &engine->m_shuffle);
    engine->m_repo->startSweeper(clock);
    return engine;
}

HostEngine::~HostEngine() {
    // Sales first (its agents hold the context), the database last.
    if (m_sales)
        m_sales->stop();
    m_sales.reset();
    m_context.reset();
    m_proofRounds.reset();
    m_hooks.reset();
    m_prover.reset();
    m_market.reset();
    m_queue.reset();
    m_ledger.reset();
    m_reservations.reset();
    m_repo.reset();
    m_database.reset();
}

void HostEngine::start(std::function<void(Result<void>)> started) {
    m_sales->start(std::move(started));
}

void HostEngine::stop() {
    m_sales->stop();
}

Market& HostEngine::market() const {
    return *m_market;
}

} // namespace salesdesk
