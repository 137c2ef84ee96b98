#include "core/simulation/SimulatedMarketLoader.h"

#include "core/simulation/MarketLedger.h"
#include "core/simulation/SimulatedMarket.h"
#include "core/simulation/SimulatedValidator.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMarketLoader, "salesdesk.simulation.simulatedmarketloader")

namespace salesdesk {

Result<void> SimulatedMarketLoader::restoreLedger(MarketLedger& ledger,
                                                  const SimulatedMarketStore::Snapshot& snapshot) {
    return ledger.restore(snapshot.requests, snapshot.slots, snapshot.reservations,
                          snapshot.balances, snapshot.lastValidatedPeriod);
}

Result<std::unique_ptr<SimulatedMarket>>
SimulatedMarketLoader::restored(Clock& clock, const SimulatedMarketStore::Snapshot& snapshot) {
    SD_TRY(MarketLedger::validateConfig(snapshot.config));
    std::unique_ptr<SimulatedMarket> market(
        new SimulatedMarket(clock, snapshot.config, snapshot.seed, snapshot.signer));
    SD_TRY(restoreLedger(market->m_ledger, snapshot));
    market->restoreMeta(snapshot.meta);
    return market;
}

Result<std::unique_ptr<SimulatedMarket>>
SimulatedMarketLoader::open(Clock& clock, const SimulatedMarketOptions& options) {
    SD_TRY(MarketLedger::validateConfig(options.config));
    const Address signer =
        options.signer.isZero() ? SimulatedMarket::defaultSigner(options.seed) : options.signer;
    if (options.filePath.isEmpty()) {
        std::unique_ptr<SimulatedMarket> market(
            new SimulatedMarket(clock, options.config, options.seed, signer));
        qCInfo(lcMarketLoader).noquote() << QStringLiteral("simulated market in memory signer=%1 "
                                                           "seed=%2")
                                                .arg(signer.toHex())
                                                .arg(options.seed);
        return market;
    }

    std::unique_ptr<SimulatedMarketStore> store;
    SD_TRY_ASSIGN(store, SimulatedMarketStore::open(options.filePath));
    SimulatedMarketStore::Snapshot snapshot;
    SD_TRY_ASSIGN(snapshot, store->load());
    if (!snapshot.hasMarket) {
        // A new file: this market is the one the options describe.
        std::unique_ptr<SimulatedMarket> market(
            new SimulatedMarket(clock, options.config, options.seed, signer));
        market->m_store = std::move(store);
        SD_TRY(market->save(
            SimulatedMarketStore::identityMeta(options.config, options.seed, signer, 0)));
        qCInfo(lcMarketLoader).noquote() << QStringLiteral("simulated market created file=%1 "
                                                           "signer=%2 seed=%3")
                                                .arg(options.filePath, signer.toHex())
                                                .arg(options.seed);
        return market;
    }

    SD_TRY(MarketLedger::validateConfig(snapshot.config));
    if (!(snapshot.config == options.config) || snapshot.seed != options.seed ||
        (!options.signer.isZero() && snapshot.signer != options.signer))
        qCWarning(lcMarketLoader).noquote()
            << QStringLiteral("%1 holds a market with another config, seed or signer than "
                              "asked for; the stored market is used (seed=%2 signer=%3)")
                   .arg(options.filePath)
                   .arg(snapshot.seed)
                   .arg(snapshot.signer.toHex());
    std::unique_ptr<SimulatedMarket> market;
    SD_TRY_ASSIGN(market, restored(clock, snapshot));
    market->m_store = std::move(store);
    qCInfo(lcMarketLoader).noquote()
        << QStringLiteral("simulated market loaded file=%1 requests=%2 slots=%3 signer=%4")
               .arg(options.filePath)
               .arg(market->m_ledger.books().requestIds().size())
               .arg(market->m_ledger.books().slotIds().size())
               .arg(market->m_signer.toHex());
    // Catch up on the periods that ended while the market was not running, then re-arm.
    market->m_validator->resume();
    return market;
}

Result<std::unique_ptr<SimulatedMarket>>
SimulatedMarketLoader::openReadOnly(Clock& clock, const QString& filePath) {
    std::unique_ptr<SimulatedMarketStore> store;
    SD_TRY_ASSIGN(store, SimulatedMarketStore::openReadOnly(filePath));
    SimulatedMarketStore::Snapshot snapshot;
    SD_TRY_ASSIGN(snapshot, store->load());
    if (!snapshot.hasMarket)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 holds no market yet").arg(filePath));
    return restored(clock, snapshot);
}

} // namespace salesdesk
