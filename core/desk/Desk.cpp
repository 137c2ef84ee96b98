#include "core/desk/Desk.h"

#include "core/clock/Clock.h"

#include <QDir>

namespace salesdesk {

Desk::Desk(Clock& clock)
    : m_clock(clock) {}

Desk::~Desk() {
    // The engine holds the market; the clients post to it.
    m_engine.reset();
    m_demoClients.reset();
    m_simulatedMarket.reset();
}

Result<std::unique_ptr<Desk>> Desk::openSimulated(Clock& clock,
                                                  const SimulatedDeskOptions& options) {
    const QString dataDirectory = options.engine.dataDirectory;
    if (dataDirectory.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("no data directory given")};
    if (!QDir().mkpath(dataDirectory))
        return Error{ErrorCode::Io,
                     QStringLiteral("cannot create the data directory %1").arg(dataDirectory)};

    // The host's books are checked before the market's file is opened, and the market's file is
    // checked before it is written: a refusal of either leaves both as they were.
    auto hostDatabase = HostEngine::checkDatabase(dataDirectory);
    if (!hostDatabase.ok())
        return hostDatabase.error();
    std::unique_ptr<Desk> desk(new Desk(clock));
    desk->m_dataDirectory = dataDirectory;
    SimulatedMarketOptions marketOptions = options.market;
    if (marketOptions.filePath.isEmpty())
        marketOptions.filePath = dataDirectory + QStringLiteral("/market.sqlite");
    auto market = SimulatedMarket::open(clock, marketOptions);
    if (!market.ok())
        return market.error();
    desk->m_simulatedMarket = std::move(*market);
    SimulatedMarket& simulated = *desk->m_simulatedMarket;
    if (simulated.control().balanceOf(simulated.signer()) == 0 && options.initialHostFunds != 0)
        SD_TRY(simulated.control().mint(simulated.signer(), options.initialHostFunds));
    if (options.demoClients)
        desk->m_demoClients =
            std::make_unique<SimulatedClients>(simulated, clock, *options.demoClients);

    auto engine = HostEngine::open(simulated, clock, options.engine, std::move(*hostDatabase));
    if (!engine.ok())
        return engine.error();
    desk->m_engine = std::move(*engine);
    return desk;
}

void Desk::start(std::function<void(Result<void>)> started) {
    m_engine->start([this, started = std::move(started)](Result<void> result) {
        if (result.ok() && m_demoClients)
            m_demoClients->start();
        if (started)
            started(std::move(result));
    });
}

void Desk::stop() {
    if (m_demoClients)
        m_demoClients->stop();
    m_engine->stop();
}

} // namespace salesdesk
