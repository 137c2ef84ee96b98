#pragma once

#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/scenario/InvariantChecker.h"
#include "core/scenario/Scenario.h"
#include "core/scenario/ScenarioReport.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace salesdesk {

class HostEngine;
class SalesAgent;
class SimulatedClients;
class SimulatedMarket;
class VirtualClock;
struct SaleOutcome;

// Runs a parsed Scenario (`salesdesk-cli simulate`, docs/scenario-format.md): the
// real HostEngine against one SimulatedMarket on a VirtualClock that jumps from wake-up to
// wake-up. Each event applies at its time, in file order, and the engine settles (everything due
// at that time runs) before the next one. `restart`, `crash` and `offline` destroy the engine and
// open a fresh one over the same data directory and the same market, as a restarted process
// would; `crash` and `offline` run no cleanup (only what was committed survives).
//
// The InvariantChecker runs after every event and at every wake-up after which the books, the
// ledger or the agents changed (a quiescent point), and at the end; each violation is reported
// once when it appears. User actions the app refuses go to the report's `errors`.
//
// run() is synchronous: it drives the event loop through the clock and returns the report. An
// error means the run itself could not go on (the data directory or the database failed).
class ScenarioRunner : public QObject {
    Q_OBJECT
public:
    struct Options {
        // Empty: a fresh temporary directory, deleted afterwards. Else it must be empty or not
        // exist yet; the database and slot data stay there.
        QString dataDirectory;
        // Progress for people (simulated time, sales by state); none when empty.
        std::function<void(const QString& line)> progress;
    };

    ScenarioRunner(Scenario scenario, Options options, QObject* parent = nullptr);
    ~ScenarioRunner() override;

    Result<ScenarioReport> run();

private:
    struct SaleRecord {
        ScenarioReport::SaleEntry entry;
        RequestId requestId;
        quint64 proofsSubmittedBefore = 0; // by finished or destroyed runs
        quint64 proofsMissedBefore = 0;
    };

    Result<void> prepareDataDirectory();
    Result<void> openMarket();
    Result<void> openEngine(bool startSelling);
    void closeEngine(bool graceful);
    void connectEngine();
    void settle();
    // Runs every wake-up up to `target`, bringing the host back when an offline spell ends, and
    // checks the invariants at each quiescent point.
    void advanceTo(Timestamp target);
    void bringBackOnline();
    void applyEvent(int index, const ScenarioEvent& event);
    Result<void> apply(const scenario::AddAvailability& e);
    Result<void> apply(const scenario::UpdateAvailability& e);
    Result<void> apply(const scenario::Request& e);
    Result<void> apply(const scenario::OthersFill& e);
    Result<void> apply(const scenario::OthersReserve& e);
    Result<void> apply(const scenario::ForceFree& e);
    Result<void> apply(const scenario::FailRequest& e);
    Result<void> apply(const scenario::Withdraw& e);
    Result<void> apply(const scenario::Restart& e);
    Result<void> apply(const scenario::Crash& e);
    Result<void> apply(const scenario::Offline& e);
    Result<void> apply(const scenario::MarketFaults& e);
    Result<void> apply(const scenario::CorruptSlotData& e);
    Result<void> apply(const scenario::PauseQueue& e);
    Result<void> apply(const scenario::ResumeQueue& e);
    Result<void> requireOnline() const;

    void checkInvariants();
    void onAgentStarted(SalesAgent* agent);
    void onAgentStateChanged(SalesAgent* agent, SaleStateKind to);
    void onAgentFinished(SalesAgent* agent, const SaleOutcome& outcome);
    void onSaleSettled(const RequestId& requestId, quint64 slotIndex, const SaleOutcome& outcome);
    // Folds the counters of every live agent into their records (before the engine goes away).
    void foldLiveAgents();
    void reportProgress(bool force);

    QString requestName(const RequestId& id) const;
    QString availabilityName(const AvailabilityId& id) const;
    int requestOrder(const RequestId& id) const;
    Result<ScenarioReport> buildReport();

    Scenario m_scenario;
    Options m_options;
    QString m_dataDirectory;
    std::unique_ptr<QTemporaryDir> m_temporaryDirectory;
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<SimulatedMarket> m_market;
    std::unique_ptr<SimulatedClients> m_clients;
    std::unique_ptr<HostEngine> m_engine;
    std::unique_ptr<InvariantChecker> m_checker;
    quint32 m_engineGeneration = 0;
    std::optional<Timestamp> m_offlineUntil;
    bool m_userPaused = false;
    bool m_dirty = true;
    std::optional<Error> m_fatal;
    Timestamp m_nextProgressAt = 0;
    std::optional<Timestamp> m_lastProgressAt; // when the last progress line was printed

    QHash<QString, RequestId> m_requestIds;
    QHash<RequestId, QString> m_requestNames;
    QList<RequestId> m_requestOrder;
    QHash<QString, AvailabilityId> m_availabilityIds;
    QHash<AvailabilityId, QString> m_availabilityNames;
    QList<QString> m_availabilityOrder;

    QList<SaleRecord> m_sales;
    QHash<SlotId, int> m_saleIndex;
    QHash<SalesAgent*, int> m_liveAgents;
    QStringList m_currentViolations;
    ScenarioReport m_report;
};

} // namespace salesdesk
