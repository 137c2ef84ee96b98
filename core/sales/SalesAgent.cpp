#include "core/sales/SalesAgent.h"

#include "core/clock/Clock.h"
#include "core/market/Market.h"
#include "core/sales/SaleState.h"
#include "core/sales/SalesContext.h"

#include <QLoggingCategory>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcSalesAgent, "salesdesk.sales.salesagent")

namespace {

// How often a request still New after its expiry is asked again (clock skew with the chain).
constexpr qint64 kCancellationRecheckSeconds = 1;

} // namespace

SalesAgent::SalesAgent(SalesContext& context, SalesData data, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_data(std::move(data)) {}

SalesAgent::~SalesAgent() {
    stop();
    // The states (the current one and retired ones whose deleteLater has not run yet) are this
    // agent's children. Deleted here, while the agent is still whole: ~QObject would delete them
    // only after the SalesAgent part is gone, and a state's destructor uses its agent
    // (SaleProving leaves its proof round through context()).
    qDeleteAll(findChildren<SaleState*>(Qt::FindDirectChildrenOnly));
}

void SalesAgent::start(std::unique_ptr<SaleState> initial) {
    transitionTo(std::move(initial));
}

void SalesAgent::stop() {
    stopWatching();
    m_watching = false;
    if (m_state) {
        m_state->retire();
        m_state->deleteLater();
        m_state = nullptr;
    }
}

void SalesAgent::transitionTo(std::unique_ptr<SaleState> next) {
    if (m_finished || !next)
        return;
    const SaleStateKind from = m_stateKind;
    if (m_state) {
        m_state->retire();
        m_state->deleteLater();
    }
    SaleState* state = next.release();
    m_state = state;
    m_state->setParent(this);
    m_stateKind = m_state->kind();
    m_history.append(m_stateKind);
    m_historyTimes.append(m_context.clock.now());
    qCInfo(lcSalesAgent).noquote()
        << "state" << toString(from) << "->" << toString(m_stateKind) << describeSale(m_data);
    Q_EMIT stateChanged(from, m_stateKind);
    // The new state runs from the event loop, not inside the caller (which may be the previous
    // state's callback); if it is replaced before then, it never runs. `state`, not m_state: a
    // listener of stateChanged may already have stopped the agent or moved it on.
    QMetaObject::invokeMethod(
        state,
        [state] {
            if (state->isCurrent())
                state->run();
        },
        Qt::QueuedConnection);
}

void SalesAgent::preempt(std::unique_ptr<SaleState> next) {
    if (next)
        transitionTo(std::move(next));
}

void SalesAgent::finish(const SaleOutcome& outcome) {
    if (m_finished)
        return;
    m_finished = true;
    stopWatching();
    m_watching = false;
    qCInfo(lcSalesAgent).noquote()
        << "sale ended in" << toString(outcome.state) << describeSale(m_data)
        << (outcome.error.isEmpty() ? QString() : QStringLiteral("error=") + outcome.error);
    if (m_state) {
        m_state->retire();
        m_state->deleteLater();
        m_state = nullptr;
    }
    Q_EMIT finished(outcome);
}

void SalesAgent::markFilled() {
    Q_EMIT filled();
}

void SalesAgent::recordProof(bool submitted) {
    if (submitted)
        ++m_data.proofsSubmitted;
    else
        ++m_data.proofsMissed;
    Q_EMIT proofRecorded(submitted);
}

void SalesAgent::requestCancelled() {
    if (m_state)
        preempt(m_state->onCancelled());
}

void SalesAgent::requestFailed() {
    if (m_state)
        preempt(m_state->onFailed());
}

void SalesAgent::requestFulfilled() {
    // Started: it can no longer be cancelled.
    m_fulfilled = true;
    stopWatching();
    m_watching = false;
}

void SalesAgent::slotFilled() {
    if (m_state)
        preempt(m_state->onSlotFilled());
}

void SalesAgent::watchForCancellation() {
    if (m_watching || m_finished || m_fulfilled)
        return;
    m_watching = true;
    // Recovered with the slot's summary: the expiry is known already.
    if (m_data.recovered) {
        checkCancelledAt(std::max(m_context.clock.now(), m_data.recovered->requestExpiresAt) + 1);
        return;
    }
    m_context.market.requestExpiresAt(
        m_data.requestId, this,
        [this, generation = m_watchGeneration](const MarketResult<Timestamp>& expiresAt) {
            if (generation != m_watchGeneration)
                return; // stopped, finished or fulfilled meanwhile
            if (!expiresAt.ok()) {
                qCWarning(lcSalesAgent).noquote()
                    << "cannot watch for cancellation:" << expiresAt.error().message
                    << describeSale(m_data);
                m_watching = false;
                return;
            }
            checkCancelledAt(std::max(m_context.clock.now(), *expiresAt) + 1);
        });
}

void SalesAgent::checkCancelledAt(Timestamp at) {
    m_watchTimer = m_context.clock.callAt(at, this, [this] {
        m_watchTimer = 0;
        m_context.market.requestState(
            m_data.requestId, this,
            [this, generation =
                       m_watchGeneration](const MarketResult<std::optional<RequestState>>& state) {
                if (generation != m_watchGeneration)
                    return; // stopped, finished or fulfilled meanwhile
                if (!state.ok() || !state->has_value()) {
                    // Unknown request or a lasting failure (transient ones were retried).
                    qCWarning(lcSalesAgent).noquote()
                        << "cancellation watch stopped: request state unknown"
                        << describeSale(m_data);
                    return;
                }
                switch (**state) {
                case RequestState::Cancelled:
                    requestCancelled();
                    break;
                case RequestState::New:
                    checkCancelledAt(m_context.clock.now() + kCancellationRecheckSeconds);
                    break;
                default:
                    break; // Started, Finished or Failed: not a cancellation
                }
            });
    });
}

void SalesAgent::stopWatching() {
    if (m_watchTimer != 0)
        m_context.clock.cancel(m_watchTimer);
    m_watchTimer = 0;
    ++m_watchGeneration;
}

} // namespace salesdesk
