#include "core/scenario/ScenarioRunner.h"

#include "core/clock/VirtualClock.h"
#include "core/domain/Slot.h"
#include "core/engine/HostEngine.h"
#include "core/reservations/Reservations.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/SlotQueue.h"
#include "core/simulation/SimulatedClients.h"
#include "core/simulation/SimulatedMarket.h"
#include "core/stats/Ledger.h"
#include "core/storage/Repo.h"

#include <QDateTime>
#include <QDir>
#include <QHashFunctions>
#include <QLoggingCategory>
#include <QMap>

#include <algorithm>
#include <limits>
#include <tuple>

Q_LOGGING_CATEGORY(lcScenarioRunner, "salesdesk.scenario.scenariorunner")

namespace salesdesk {

namespace {

// A seed for the engine's id and shuffle generators: a function of the scenario seed and how
// many engines were opened before, never 0 (HostEngine draws a random seed for 0), and different
// for each engine so that a restarted engine does not draw the ids its predecessor drew.
quint32 engineSeed(quint64 seed, quint32 generation) {
    quint64 x = seed * 0x9E3779B97F4A7C15ull + (generation + 1) * 0xBF58476D1CE4E5B9ull;
    x ^= x >> 31;
    x *= 0x94D049BB133111EBull;
    x ^= x >> 29;
    const auto folded = static_cast<quint32>(x ^ (x >> 32));
    return folded != 0 ? folded : 1;
}

} // namespace

ScenarioRunner::ScenarioRunner(Scenario scenario, Options options, QObject* parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
    , m_options(std::move(options)) {}

ScenarioRunner::~ScenarioRunner() {
    // The engine first (it holds the market and the clock's timers), the clock last.
    m_engine.reset();
    m_clients.reset();
    m_market.reset();
    m_clock.reset();
}

Result<ScenarioReport> ScenarioRunner::run() {
    // The engine iterates hashes in places; with the process's random hash seed two runs of the
    // same file could order some work differently. A fixed seed makes the run a pure function of
    // the file.
    QHashSeed::setDeterministicGlobalSeed();
    SD_TRY(prepareDataDirectory());
    m_clock = std::make_unique<VirtualClock>(m_scenario.start);
    m_checker = std::make_unique<InvariantChecker>(
        m_scenario.host.balance, [this](const AvailabilityId& id) { return availabilityName(id); },
        [this](const RequestId& id) { return requestName(id); });
    m_report.start = m_scenario.start;
    m_report.end = m_scenario.absolute(m_scenario.runUntil);
    m_nextProgressAt = m_scenario.start;
    SD_TRY(openMarket());
    SD_TRY(openEngine(true));
    checkInvariants();

    for (int i = 0; i < m_scenario.events.size() && !m_fatal; ++i) {
        const ScenarioEvent& event = m_scenario.events[i];
        advanceTo(m_scenario.absolute(event.at));
        if (m_fatal)
            break;
        applyEvent(i, event);
        settle();
        checkInvariants();
        reportProgress(false);
    }
    if (!m_fatal)
        advanceTo(m_report.end);
    if (m_fatal)
        return *m_fatal;
    checkInvariants();
    reportProgress(true);
    return buildReport();
}

Result<void> ScenarioRunner::prepareDataDirectory() {
    if (m_options.dataDirectory.isEmpty()) {
        m_temporaryDirectory = std::make_unique<QTemporaryDir>();
        if (!m_temporaryDirectory->isValid())
            return Error{ErrorCode::Io, QStringLiteral("cannot create a temporary directory: %1")
                                            .arg(m_temporaryDirectory->errorString())};
        m_dataDirectory = m_temporaryDirectory->path();
        return {};
    }
    m_dataDirectory = QDir(m_options.dataDirectory).absolutePath();
    QDir dir(m_dataDirectory);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return Error{ErrorCode::Conflict,
                     QStringLiteral("the data directory %1 is not empty: a scenario starts from "
                                    "an empty one")
                         .arg(m_dataDirectory)};
    if (!QDir().mkpath(m_dataDirectory))
        return Error{ErrorCode::Io,
                     QStringLiteral("cannot create the data directory %1").arg(m_dataDirectory)};
    return {};
}

Result<void> ScenarioRunner::openMarket() {
    SimulatedMarketOptions options;
    options.config = m_scenario.market;
    options.seed = m_scenario.seed;
    options.filePath = m_dataDirectory + QStringLiteral("/market.sqlite");
    auto market = SimulatedMarket::open(*m_clock, options);
    if (!market.ok())
        return market.error();
    m_market = std::move(*market);
    if (m_scenario.host.balance != 0)
        SD_TRY(m_market->control().mint(m_market->signer(), m_scenario.host.balance));
    SimulatedClientsConfig clients;
    clients.seed = m_scenario.seed;
    clients.computeMerkleRoot = m_scenario.host.storeData;
    m_clients = std::make_unique<SimulatedClients>(*m_market, *m_clock, clients);
    return {};
}

Result<void> ScenarioRunner::openEngine(bool startSelling) {
    HostEngine::Options options;
    options.dataDirectory = m_dataDirectory;
    options.quotaBytes = m_scenario.host.quotaBytes;
    options.maxWorkers = m_scenario.host.maxWorkers;
    options.queueMaxSize = m_scenario.host.queueMaxSize;
    options.hooks.storeData = m_scenario.host.storeData;
    options.hooks.downloadBytesPerSecond = m_scenario.host.downloadBytesPerSecond;
    options.failEveryNProofs = static_cast<int>(
        std::min<quint64>(m_scenario.host.failEveryNProofs, std::numeric_limits<int>::max()));
    options.seed = engineSeed(m_scenario.seed, m_engineGeneration++);
    auto engine = HostEngine::open(*m_market, *m_clock, options);
    if (!engine.ok())
        return engine.error();
    m_engine = std::move(*engine);
    m_dirty = true;
    if (!startSelling)
        return {};
    connectEngine();
    std::optional<Result<void>> started;
    m_engine->start([&started](Result<void> result) { started = std::move(result); });
    settle();
    if (!started)
        return Error{
            ErrorCode::Conflict,
            QStringLiteral("the engine did not finish its recovery at %1").arg(m_clock->now())};
    SD_TRY(*started);
    m_engine->queue().setUserPaused(m_userPaused);
    settle();
    return {};
}

void ScenarioRunner::connectEngine() {
    Sales& sales = m_engine->sales();
    connect(&sales, &Sales::agentStarted, this, &ScenarioRunner::onAgentStarted);
    connect(&sales, &Sales::agentStateChanged, this,
            [this](SalesAgent* agent, SaleStateKind, SaleStateKind to) {
                onAgentStateChanged(agent, to);
            });
    connect(&sales, &Sales::agentFinished, this, &ScenarioRunner::onAgentFinished);
    connect(&sales, &Sales::saleSettled, this, &ScenarioRunner::onSaleSettled);
    const auto markDirty = [this] {
        m_dirty = true;
    };
    Reservations& books = m_engine->reservations();
    connect(&books, &Reservations::availabilityChanged, this, markDirty);
    connect(&books, &Reservations::availabilityAdded, this, markDirty);
    connect(&books, &Reservations::reservationCreated, this, markDirty);
    connect(&books, &Reservations::reservationChanged, this, markDirty);
    connect(&books, &Reservations::reservationDeleted, this, markDirty);
    connect(&m_engine->repo(), &Repo::quotaChanged, this, markDirty);
    connect(&m_engine->ledger(), &Ledger::recorded, this, markDirty);
}

void ScenarioRunner::closeEngine(bool graceful) {
    if (!m_engine)
        return;
    foldLiveAgents();
    if (graceful) {
        m_engine->stop();
        settle();
    }
    // Destroying the engine runs no cleanup: agents stop where they are, queued answers and
    // timers of the old engine's objects are dropped with them.
    m_engine.reset();
    m_dirty = true;
}

void ScenarioRunner::settle() {
    m_clock->advanceTo(m_clock->now());
}

void ScenarioRunner::advanceTo(Timestamp target) {
    while (!m_fatal) {
        Timestamp step = target;
        if (const auto next = m_clock->nextDeadline(); next && *next < step)
            step = *next;
        if (m_offlineUntil && *m_offlineUntil <= step)
            step = *m_offlineUntil;
        m_clock->advanceTo(step);
        if (m_offlineUntil && *m_offlineUntil <= m_clock->now())
            bringBackOnline();
        if (m_dirty)
            checkInvariants();
        reportProgress(false);
        if (m_clock->now() >= target)
            return;
    }
}

void ScenarioRunner::bringBackOnline() {
    m_offlineUntil.reset();
    if (auto opened = openEngine(true); !opened.ok())
        m_fatal = opened.error();
}

void ScenarioRunner::applyEvent(int index, const ScenarioEvent& event) {
    const Result<void> applied =
        std::visit([this](const auto& details) { return apply(details); }, event.details);
    if (applied.ok())
        return;
    qCInfo(lcScenarioRunner).noquote()
        << "event" << index << scenarioEventKindName(event.kind) << "refused:" << applied.message();
    m_report.errors.append({index, m_clock->now(), applied.message()});
}

void ScenarioRunner::checkInvariants() {
    m_dirty = false;
    if (!m_engine || m_offlineUntil) // a host that is down has no agents to check
        return;
    auto broken = m_checker->check(*m_engine, *m_market);
    if (!broken.ok()) {
        m_fatal = broken.error();
        return;
    }
    for (const QString& what : *broken)
        if (!m_currentViolations.contains(what))
            m_report.invariantViolations.append({m_clock->now(), what});
    m_currentViolations = *broken;
}

void ScenarioRunner::onAgentStarted(SalesAgent* agent) {
    const SalesData& data = agent->data();
    int index = m_saleIndex.value(data.slotId, -1);
    if (index < 0) {
        index = static_cast<int>(m_sales.size());
        SaleRecord record;
        record.entry.request = requestName(data.requestId);
        record.entry.slotIndex = data.slotIndex;
        record.entry.slotId = data.slotId;
        record.requestId = data.requestId;
        m_sales.append(record);
        m_saleIndex.insert(data.slotId, index);
    }
    ++m_sales[index].entry.runs;
    m_sales[index].entry.finalState.reset();
    m_liveAgents.insert(agent, index);
    m_dirty = true;
}

void ScenarioRunner::onAgentStateChanged(SalesAgent* agent, SaleStateKind to) {
    const int index = m_liveAgents.value(agent, -1);
    if (index < 0)
        return;
    m_sales[index].entry.states.append(to);
    if (agent->data().filledAt != 0)
        m_sales[index].entry.filledAt = agent->data().filledAt;
}

void ScenarioRunner::onAgentFinished(SalesAgent* agent, const SaleOutcome& outcome) {
    const int index = m_liveAgents.value(agent, -1);
    if (index < 0)
        return;
    SaleRecord& record = m_sales[index];
    record.entry.finalState = outcome.state;
    if (agent->data().filledAt != 0)
        record.entry.filledAt = agent->data().filledAt;
    record.proofsSubmittedBefore += agent->data().proofsSubmitted;
    record.proofsMissedBefore += agent->data().proofsMissed;
    m_liveAgents.remove(agent);
    m_dirty = true;
}

void ScenarioRunner::onSaleSettled(const RequestId& requestId, quint64 slotIndex,
                                   const SaleOutcome& outcome) {
    // A sale whose agent died with an engine and that ended while no engine ran: it ends here.
    const int index = m_saleIndex.value(slotIdOf(requestId, slotIndex), -1);
    if (index < 0)
        return;
    for (int live : std::as_const(m_liveAgents))
        if (live == index)
            return; // a new agent sells the slot again
    SaleRecord& record = m_sales[index];
    if (record.entry.finalState)
        return;
    record.entry.finalState = outcome.state; // not a state an agent ran: `states` stays as is
    m_dirty = true;
}

void ScenarioRunner::foldLiveAgents() {
    for (auto it = m_liveAgents.cbegin(); it != m_liveAgents.cend(); ++it) {
        SaleRecord& record = m_sales[it.value()];
        record.proofsSubmittedBefore += it.key()->data().proofsSubmitted;
        record.proofsMissedBefore += it.key()->data().proofsMissed;
        if (it.key()->data().filledAt != 0)
            record.entry.filledAt = it.key()->data().filledAt;
    }
    m_liveAgents.clear();
}

void ScenarioRunner::reportProgress(bool force) {
    if (!m_options.progress)
        return;
    const Timestamp now = m_clock->now();
    if ((!force && now < m_nextProgressAt) || (force && now == m_lastProgressAt))
        return;
    m_lastProgressAt = now;
    const qint64 step = std::max<qint64>(1, static_cast<qint64>(m_scenario.runUntil / 10));
    while (m_nextProgressAt <= now)
        m_nextProgressAt += step;
    QMap<QString, int> byState;
    for (const SaleRecord& record : m_sales)
        if (!record.entry.states.isEmpty())
            ++byState[toString(record.entry.states.last())];
    QStringList parts;
    for (auto it = byState.cbegin(); it != byState.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    m_options.progress(
        QStringLiteral("t+%1s (%2)%3 sales: %4")
            .arg(now - m_scenario.start)
            .arg(QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate))
            .arg(m_offlineUntil ? QStringLiteral(" host offline;") : QString())
            .arg(parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "))));
}

QString ScenarioRunner::requestName(const RequestId& id) const {
    return m_requestNames.value(id, id.toHex());
}

QString ScenarioRunner::availabilityName(const AvailabilityId& id) const {
    return m_availabilityNames.value(id, id.toHex());
}

int ScenarioRunner::requestOrder(const RequestId& id) const {
    const auto index = m_requestOrder.indexOf(id);
    return index < 0 ? static_cast<int>(m_requestOrder.size()) : static_cast<int>(index);
}

Result<ScenarioReport> ScenarioRunner::buildReport() {
    // A host that is down at the end is read from its files without starting it.
    std::unique_ptr<HostEngine> reader;
    if (!m_engine) {
        HostEngine::Options options;
        options.dataDirectory = m_dataDirectory;
        options.seed = engineSeed(m_scenario.seed, m_engineGeneration++);
        auto opened = HostEngine::open(*m_market, *m_clock, options);
        if (!opened.ok())
            return opened.error();
        reader = std::move(*opened);
    }
    HostEngine& engine = m_engine ? *m_engine : *reader;
    const Timestamp now = m_clock->now();
    ScenarioReport& report = m_report;
    const MarketBooks& market = m_market->control().books();

    for (const RequestId& id : m_requestOrder) {
        ScenarioReport::RequestEntry entry;
        entry.name = requestName(id);
        entry.id = id;
        if (const SimRequest* request = market.request(id)) {
            entry.state = toString(market.requestState(*request, now));
            entry.slotsFilled = request->slotsFilled;
            entry.expiresAt = request->expiresAt;
            entry.endsAt = request->endsAt;
        }
        report.requests.append(entry);
    }

    for (auto it = m_liveAgents.cbegin(); it != m_liveAgents.cend(); ++it)
        if (it.key()->data().filledAt != 0)
            m_sales[it.value()].entry.filledAt = it.key()->data().filledAt;
    QHash<int, const SalesAgent*> liveByRecord;
    for (auto it = m_liveAgents.cbegin(); it != m_liveAgents.cend(); ++it)
        liveByRecord.insert(it.value(), it.key());
    for (int i = 0; i < m_sales.size(); ++i) {
        ScenarioReport::SaleEntry entry = m_sales[i].entry;
        entry.proofsSubmitted = m_sales[i].proofsSubmittedBefore;
        entry.proofsMissed = m_sales[i].proofsMissedBefore;
        if (const SalesAgent* agent = liveByRecord.value(i)) {
            entry.proofsSubmitted += agent->data().proofsSubmitted;
            entry.proofsMissed += agent->data().proofsMissed;
        }
        auto money = engine.ledger().totalsOf(m_sales[i].requestId, entry.slotIndex);
        if (!money.ok())
            return money.error();
        entry.payout = money->payouts;
        entry.collateralDeposited = money->deposited;
        entry.collateralReturned = money->returned;
        entry.slashed = money->lost;
        report.sales.append(entry);
    }

    auto reservations = engine.reservations().reservations();
    if (!reservations.ok())
        return reservations.error();
    for (const QString& name : m_availabilityOrder) {
        auto availability = engine.reservations().availability(m_availabilityIds.value(name));
        if (!availability.ok())
            return availability.error();
        ScenarioReport::AvailabilityEntry entry;
        entry.name = name;
        entry.availability = *availability;
        for (const Reservation& r : *reservations)
            if (r.availabilityId == availability->id)
                entry.collateralCommitted += r.collateral;
        report.availabilities.append(entry);
    }
    for (const Reservation& r : *reservations)
        report.reservations.append({availabilityName(r.availabilityId), requestName(r.requestId),
                                    r.slotIndex, r.slotSize, r.size, r.validUntil});
    std::sort(report.reservations.begin(), report.reservations.end(),
              [this](const auto& a, const auto& b) {
                  const auto ka = std::make_tuple(
                      m_availabilityOrder.indexOf(a.availability), a.availability,
                      requestOrder(m_requestIds.value(a.request)), a.request, a.slotIndex);
                  const auto kb = std::make_tuple(
                      m_availabilityOrder.indexOf(b.availability), b.availability,
                      requestOrder(m_requestIds.value(b.request)), b.request, b.slotIndex);
                  return ka < kb;
              });

    auto quota = engine.repo().quota();
    if (!quota.ok())
        return quota.error();
    report.repo = *quota;

    auto totals = engine.ledger().totals();
    if (!totals.ok())
        return totals.error();
    report.host.startBalance = m_scenario.host.balance;
    report.host.balance = m_market->control().balanceOf(m_market->signer());
    report.host.earned = totals->payouts;
    report.host.slashed = totals->lost;
    auto settled = uint256::checkedAdd(totals->returned, totals->lost);
    auto locked = settled.ok() ? uint256::checkedSub(totals->deposited, *settled) : settled;
    report.host.collateralLocked = locked.ok() ? *locked : UInt256(0);

    const SlotQueue& queue = engine.queue();
    report.queue.length = queue.size();
    report.queue.paused = m_engine ? queue.isPaused() : m_userPaused;
    for (const SlotQueueItem& item : queue.items())
        report.queue.items.append({requestName(item.requestId()), item.slotIndex(), item.seen()});

    for (const SlotId& id : market.mySlots(m_market->signer()))
        if (const SimSlot* slot = market.slot(id))
            report.mySlots.append({requestName(slot->requestId), slot->slotIndex});

    if (m_engine) {
        for (const SalesAgent* agent : m_engine->sales().agents())
            if (agent->isRunning())
                report.agents.append({requestName(agent->data().requestId), agent->data().slotIndex,
                                      agent->state()});
        std::sort(report.agents.begin(), report.agents.end(), [this](const auto& a, const auto& b) {
            return std::make_tuple(requestOrder(m_requestIds.value(a.request)), a.request,
                                   a.slotIndex) <
                   std::make_tuple(requestOrder(m_requestIds.value(b.request)), b.request,
                                   b.slotIndex);
        });
    }
    return report;
}

} // namespace salesdesk
