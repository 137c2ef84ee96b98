#include "core/desk/Desk.h"

#include "core/clock/Clock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QTimer>

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
        marketOptions.filePath = marketFilePath(dataDirectory);
    auto market = SimulatedMarket::open(clock, marketOptions);
    if (!market.ok())
        return market.error();
    desk->m_simulatedMarket = std::move(*market);
    SimulatedMarket& simulated = *desk->m_simulatedMarket;
    if (simulated.control().balanceOf(simulated.signer()) == 0 && options.initialHostFunds != 0) {
        auto funded = hostFunds(simulated);
        auto total =
            uint256::checkedAdd(funded.ok() ? *funded : UInt256(0), options.initialHostFunds);
        if (!total.ok())
            return total.error();
        SD_TRY(simulated.control().mintAndStore(simulated.signer(), options.initialHostFunds,
                                                QString::fromLatin1(kHostFundsKey),
                                                uint256::toDecimal(*total)));
    }
    if (options.demoClients)
        desk->m_demoClients =
            std::make_unique<SimulatedClients>(simulated, clock, *options.demoClients);

    auto engine = HostEngine::open(simulated, clock, options.engine, std::move(*hostDatabase));
    if (!engine.ok())
        return engine.error();
    desk->m_engine = std::move(*engine);
    return desk;
}

QString Desk::marketFilePath(const QString& dataDirectory) {
    return dataDirectory + QStringLiteral("/market.sqlite");
}

Result<UInt256> Desk::hostFunds(const SimulatedMarket& market) {
    const QVariant stored = market.control().storedValue(QString::fromLatin1(kHostFundsKey));
    if (!stored.isValid())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the market does not record what was minted to the host "
                                        "(a market file made by an older Sales Desk)"));
    return uint256::parse(stored.toString());
}

void Desk::start(std::function<void(Result<void>)> started) {
    m_engine->start([this, started = std::move(started)](Result<void> result) {
        if (result.ok() && m_demoClients)
            m_demoClients->start();
        if (started)
            started(std::move(result));
    });
}

void Desk::stopWhenSettled(std::function<void()> stopped, int maxWaitMs) {
    if (m_demoClients)
        m_demoClients->stop();
    auto* poll = new QTimer(this);
    poll->setInterval(0);
    connect(poll, &QTimer::timeout, this,
            [this, poll, deadline = QDeadlineTimer(maxWaitMs), stopped = std::move(stopped)] {
                if (m_simulatedMarket && m_simulatedMarket->control().unansweredHostCalls() > 0 &&
                    !deadline.hasExpired())
                    return;
                poll->stop();
                poll->deleteLater();
                stop();
                if (stopped)
                    stopped();
            });
    poll->start();
}

void Desk::stop() {
    if (m_demoClients)
        m_demoClients->stop();
    m_engine->stop();
}

} // namespace salesdesk
