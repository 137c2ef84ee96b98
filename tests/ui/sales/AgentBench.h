#pragma once

// Running sales without a market behind them, for the sales models' tests: real SalesAgents over
// the core tests' SaleTestDesk context, each put in a state by hand, and a Sales object whose
// signals the test emits as Sales would.

#include "core/sales/SaleState.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "tests/core/sales/SaleTestDesk.h"

#include <memory>
#include <vector>

namespace salesdesk::test {

// A state that does nothing: the agent stays in it until moved on.
class ParkedState : public SaleState {
public:
    ParkedState(SalesAgent& agent, SaleStateKind kind)
        : SaleState(agent)
        , m_kind(kind) {}
    SaleStateKind kind() const override { return m_kind; }
    void run() override {}

private:
    SaleStateKind m_kind;
};

struct AgentBench {
    SaleTestDesk desk;
    std::unique_ptr<Sales> sales;
    std::vector<std::unique_ptr<SalesAgent>> agents;

    Result<void> open() {
        SD_TRY(desk.open());
        sales = std::make_unique<Sales>(*desk.context);
        return {};
    }

    // A new agent for slot `slotIndex` of the desk's request, started in `kind` and announced.
    SalesAgent* start(quint64 slotIndex, SaleStateKind kind = SaleStateKind::Preparing) {
        SalesData data;
        data.requestId = desk.requestId;
        data.slotIndex = slotIndex;
        data.slotId = slotIdOf(desk.requestId, slotIndex);
        data.request = desk.request;
        agents.push_back(std::make_unique<SalesAgent>(*desk.context, std::move(data)));
        SalesAgent* agent = agents.back().get();
        agent->start(std::make_unique<ParkedState>(*agent, kind));
        Q_EMIT sales->agentStarted(agent);
        Q_EMIT sales->agentStateChanged(agent, SaleStateKind::Unknown, kind);
        return agent;
    }

    void move(SalesAgent* agent, SaleStateKind to) {
        const SaleStateKind from = agent->state();
        agent->transitionTo(std::make_unique<ParkedState>(*agent, to));
        Q_EMIT sales->agentStateChanged(agent, from, to);
    }

    void finish(SalesAgent* agent, SaleStateKind outcomeState) {
        SaleOutcome outcome;
        outcome.state = outcomeState;
        agent->finish(outcome);
        Q_EMIT sales->agentFinished(agent, outcome);
    }
};

} // namespace salesdesk::test
