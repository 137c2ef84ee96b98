#include "core/sales/Sales.h"

#include "core/clock/Clock.h"
#include "core/domain/CrashPoint.h"
#include "core/market/Market.h"
#include "core/reservations/Reservations.h"
#include "core/sales/OfflineSettlement.h"
#include "core/sales/SalesAgent.h"
#include "core/sales/states/SalePreparing.h"
#include "core/sales/states/SaleUnknown.h"
#include "core/stats/Ledger.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"

#include <QLoggingCategory>

#include <memory>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcSales, "salesdesk.sales.sales")

Sales::Sales(SalesContext& context, QRandomGenerator* shuffle, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_shuffle(shuffle ? shuffle : QRandomGenerator::global())
    , m_settlement(new OfflineSettlement(context, this)) {}

Sales::~Sales() {
    stop();
}

SalesAgent* Sales::agentFor(const RequestId& requestId, quint64 slotIndex) const {
    return m_agents.value(SlotKey{requestId, slotIndex}, nullptr);
}

void Sales::start(std::function<void(Result<void>)> started) {
    if (m_running)
        return;
    m_running = true;
    subscribe();
    connect(&m_context.reservations, &Reservations::availabilityWidened, this,
            [this] { m_context.queue.onAvailabilityWidened(); });
    m_context.queue.setProcessor([this](const SlotQueueItem& item, SlotQueue::WorkerId worker) {
        processSlot(item, worker);
    });
    load([this, started = std::move(started)](Result<void> loaded) {
        if (loaded.ok())
            m_context.queue.start();
        else
            qCCritical(lcSales).noquote() << "could not recover sales:" << loaded.message();
        if (started)
            started(loaded);
    });
}

void Sales::stop() {
    if (!m_running)
        return;
    m_running = false;
    m_context.queue.stop();
    m_context.queue.setProcessor({});
    unsubscribe();
    disconnect(&m_context.reservations, nullptr, this, nullptr);
    const auto agents = m_agents.values();
    m_agents.clear();
    for (SalesAgent* agent : agents) {
        agent->disconnect(this);
        agent->stop();
        delete agent;
    }
}

void Sales::load(std::function<void(Result<void>)> done) {
    m_context.market.mySlots(
        this, [this, done = std::move(done)](const MarketResult<QList<SlotId>>& slots) mutable {
            if (!slots.ok())
                return done(makeError(ErrorCode::Io,
                                      QStringLiteral("mySlots failed: ") + slots.error().message));
            recoverSlots(*slots, std::move(done));
        });
}

void Sales::recoverSlots(const QList<SlotId>& mySlots, std::function<void(Result<void>)> done) {
    if (mySlots.isEmpty())
        return finishRecovery(std::move(done));
    // Every slot in one market call (a chain reads a few hundred slots a view, all in one batch);
    // its answers also spare each agent's first state its own reads. Should the call fail, each
    // slot is asked on its own, as if there were no such call.
    m_context.market.slotSummaries(
        mySlots, this,
        [this, mySlots, done = std::move(done)](const MarketResult<QList<SlotSummary>>& summaries) {
            if (!summaries.ok() || summaries->size() != mySlots.size()) {
                qCWarning(lcSales).noquote()
                    << "slot summaries unknown, asking slot by slot:"
                    << (summaries.ok() ? QStringLiteral("wrong count") : summaries.error().message);
                return recoverSlotsOneByOne(mySlots, done);
            }
            for (const SlotSummary& summary : *summaries) {
                if (!summary.slot) {
                    warnNotActive(summary.slotId);
                    continue;
                }
                recoverSlot(summary.slotId, *summary.slot, summary);
            }
            finishRecovery(done);
        });
}

void Sales::recoverSlotsOneByOne(const QList<SlotId>& mySlots,
                                 std::function<void(Result<void>)> done) {
    auto pending = std::make_shared<int>(static_cast<int>(mySlots.size()) + 1);
    auto finishOne = [this, pending, done = std::move(done)]() {
        if (--*pending > 0)
            return;
        finishRecovery(done);
    };
    for (const SlotId& slotId : mySlots) {
        m_context.market.getActiveSlot(
            slotId, this, [this, slotId, finishOne](const MarketResult<std::optional<Slot>>& slot) {
                if (!slot.ok() || !slot->has_value())
                    warnNotActive(slotId);
                else
                    recoverSlot(slotId, **slot, std::nullopt);
                finishOne();
            });
    }
    finishOne();
}

void Sales::warnNotActive(const SlotId& slotId) {
    qCWarning(lcSales).noquote() << "slot in mySlots is not active:"
                                 << "slotId=" + slotId.toHex();
}

void Sales::recoverSlot(const SlotId& slotId, const Slot& slot,
                        const std::optional<SlotSummary>& summary) {
    SalesData data;
    data.request = slot.request;
    data.requestId = slot.request.id();
    data.slotIndex = slot.slotIndex;
    data.slotId = slotId;
    data.filledByUs = true;
    data.recovered = summary;
    if (auto r = m_context.reservations.reservationForSlot(data.requestId, data.slotIndex); r.ok())
        data.reservation = *r;
    settleExpectedDeposit(data);
    if (auto t = m_context.ledger.totalsOf(data.requestId, data.slotIndex); t.ok())
        data.collateralDeposited = t->deposited;
    if (!agentFor(data.requestId, data.slotIndex)) {
        SalesAgent* agent = addAgent(std::move(data));
        agent->start(std::make_unique<SaleUnknown>(*agent));
    }
}

void Sales::finishRecovery(std::function<void(Result<void>)> done) {
    reconcileReservations([this, done = std::move(done)] {
        requeueOpenRequests();
        done({});
    });
}

void Sales::settleExpectedDeposit(const SalesData& data) {
    // The process died between a fill that landed (the slot is ours) and the ledger entry of
    // its deposit: book the deposit now. confirmDeposit drops the expectation in the same
    // transaction, so it is booked once.
    auto expected = m_context.ledger.expectedDeposit(data.requestId, data.slotIndex);
    if (!expected.ok() || !expected->has_value()) {
        if (!expected.ok())
            qCWarning(lcSales).noquote() << expected.message();
        return;
    }
    auto confirmed = m_context.ledger.confirmDeposit(m_context.clock.now(), data.requestId,
                                                     data.slotIndex, **expected);
    qCInfo(lcSales).noquote() << "deposit of a fill that landed before a crash booked:"
                              << uint256::toDecimal(**expected) << describeSale(data)
                              << (confirmed.ok() ? QString() : confirmed.message());
}

Result<void> Sales::closeExpectedDeposit(const SalesData& data) {
    // A fill whose answer never reached SaleFilling (pre-empted while in flight) but which the
    // market honoured: the slot paid collateral back to us, so the deposit was made.
    auto expected = m_context.ledger.expectedDeposit(data.requestId, data.slotIndex);
    if (!expected.ok())
        return expected.error();
    if (!expected->has_value())
        return {};
    auto totals = m_context.ledger.totalsOf(data.requestId, data.slotIndex);
    if (!totals.ok())
        return totals.error();
    if (totals->deposited == 0 && totals->returned > 0) {
        auto confirmed = m_context.ledger.confirmDeposit(m_context.clock.now(), data.requestId,
                                                         data.slotIndex, **expected);
        if (!confirmed.ok())
            return confirmed.error();
        return {};
    }
    return m_context.ledger.dropExpectedDeposit(data.requestId, data.slotIndex);
}

void Sales::reconcileReservations(std::function<void()> done) {
    // A reservation with no agent belongs to a sale that ended while the host was down (or died
    // before its fill): OfflineSettlement books what the market says happened to the slot.
    auto reservations = m_context.reservations.reservations();
    if (!reservations.ok()) {
        qCCritical(lcSales).noquote() << reservations.message();
        return done();
    }
    QList<Reservation> orphans;
    for (const Reservation& r : *reservations) {
        // A direct deal's reservation never has a sale agent: the deal runner owns it and ends
        // it with the deal. Settling it here would ask the Marketplace about a slot that does not
        // exist there and hand the deal's bytes back to the availability under the runner.
        if (r.market == ReservationMarket::Deal)
            continue;
        if (!agentFor(r.requestId, r.slotIndex))
            orphans.append(r);
    }
    m_settlement->settle(
        orphans,
        [this](const Reservation& r, const SaleOutcome& outcome) {
            Q_EMIT saleSettled(r.requestId, r.slotIndex, outcome);
        },
        std::move(done));
}

Result<void> Sales::settleReservation(const Reservation& r, bool filledByUs) {
    // The ledger knows what was deposited and what came back for the slot (also from before a
    // restart): the collateral that did not come back is lost, for the availability's budget
    // and, once, in the ledger.
    UInt256 lost = 0;
    if (filledByUs) {
        auto totals = m_context.ledger.totalsOf(r.requestId, r.slotIndex);
        if (!totals.ok())
            return totals.error();
        lost = r.collateral - std::min(totals->returned, r.collateral);
        const UInt256 accounted = totals->returned + totals->lost;
        if (totals->deposited > accounted)
            SD_TRY(m_context.ledger.record(m_context.clock.now(), LedgerKind::CollateralLost,
                                           r.requestId, r.slotIndex,
                                           UInt256(totals->deposited - accounted)));
    }
    return m_context.reservations.deleteReservation(r.id, lost);
}

void Sales::requeueOpenRequests() {
    m_context.market.openRequests(this, [this](const MarketResult<QList<OpenRequest>>& open) {
        if (!open.ok()) {
            qCWarning(lcSales).noquote() << "open requests unknown:" << open.error().message;
            return;
        }
        for (const OpenRequest& request : *open)
            onStorageRequested(request.id, request.ask, request.expiresAt);
    });
}

void Sales::subscribe() {
    Market* market = &m_context.market;
    m_subscriptions = {
        connect(market, &Market::storageRequested, this, &Sales::onStorageRequested),
        connect(market, &Market::requestFulfilled, this, &Sales::onRequestFulfilled),
        connect(market, &Market::requestFailed, this, &Sales::onRequestFailed),
        connect(market, &Market::slotFilled, this, &Sales::onSlotFilled),
        connect(market, &Market::slotFreed, this, &Sales::onSlotFreed),
        connect(market, &Market::requestCancelled, this, &Sales::onRequestCancelled),
        connect(market, &Market::slotReservationsFull, this, &Sales::onSlotReservationsFull),
    };
}

void Sales::unsubscribe() {
    for (const auto& connection : std::as_const(m_subscriptions))
        disconnect(connection);
    m_subscriptions.clear();
}

template <typename Fn> void Sales::forAgentsOf(const RequestId& id, Fn fn) {
    const auto agents = m_agents.values();
    for (SalesAgent* agent : agents)
        if (agent->data().requestId == id &&
            m_agents.contains(SlotKey{id, agent->data().slotIndex}))
            fn(agent);
}

void Sales::onStorageRequested(const RequestId& id, const StorageAsk& ask, Timestamp expiresAt) {
    UInt256 collateral = 0;
    try {
        collateral = ask.collateralPerByte * ask.slotSize;
    } catch (const std::exception&) {
        qCWarning(lcSales).noquote() << "request with impossible collateral ignored"
                                     << "requestId=" + id.toHex();
        return;
    }
    auto items = SlotQueueItem::forRequest(id, ask, collateral, expiresAt, *m_shuffle);
    if (!items.ok()) {
        qCWarning(lcSales).noquote() << items.message() << "requestId=" + id.toHex();
        return;
    }
    for (const SlotQueueItem& item : *items) {
        if (agentFor(id, item.slotIndex()))
            continue;
        if (auto pushed = m_context.queue.push(item); !pushed.ok())
            qCDebug(lcSales).noquote() << pushed.message();
    }
}

void Sales::onRequestFulfilled(const RequestId& id) {
    m_context.queue.remove(id);
    forAgentsOf(id, [](SalesAgent* agent) { agent->requestFulfilled(); });
}

void Sales::onRequestCancelled(const RequestId& id) {
    m_context.queue.remove(id);
    forAgentsOf(id, [](SalesAgent* agent) { agent->requestCancelled(); });
}

void Sales::onRequestFailed(const RequestId& id) {
    m_context.queue.remove(id);
    forAgentsOf(id, [](SalesAgent* agent) { agent->requestFailed(); });
}

void Sales::onSlotFilled(const RequestId& id, quint64 slotIndex) {
    m_context.queue.remove(id, slotIndex);
    if (SalesAgent* agent = agentFor(id, slotIndex))
        agent->slotFilled();
}

void Sales::onSlotFreed(const RequestId& id, quint64 slotIndex) {
    // A freed slot can be repaired by anyone, at the repair-discounted collateral, while its
    // request runs: a free that failed the request (too many slots lost) comes with the failure,
    // whose removal from the queue ran before these answers, so the state is read last.
    m_context.market.getRequest(
        id, this, [this, id, slotIndex](const MarketResult<std::optional<StorageRequest>>& r) {
            if (!r.ok() || !r->has_value())
                return;
            const StorageAsk ask = (*r)->ask;
            m_context.market.slotCollateral(
                id, slotIndex, this,
                [this, id, slotIndex, ask](const MarketResult<UInt256>& collateral) {
                    if (!collateral.ok())
                        return;
                    m_context.market.requestState(
                        id, this,
                        [this, id, slotIndex, ask, amount = *collateral](
                            const MarketResult<std::optional<RequestState>>& state) {
                            if (state.ok() && state->has_value() &&
                                **state != RequestState::Started && **state != RequestState::New)
                                return; // ended: nothing left to repair
                            queueRepair(id, slotIndex, ask, amount);
                        });
                });
        });
}

void Sales::queueRepair(const RequestId& id, quint64 slotIndex, const StorageAsk& ask,
                        const UInt256& collateral) {
    if (agentFor(id, slotIndex))
        return;
    auto item = SlotQueueItem::forSlot(id, ask, slotIndex, collateral, std::nullopt);
    if (!item.ok())
        return;
    if (auto pushed = m_context.queue.push(*item); !pushed.ok())
        qCDebug(lcSales).noquote() << pushed.message();
}

void Sales::onSlotReservationsFull(const RequestId& id, quint64 slotIndex) {
    m_context.queue.remove(id, slotIndex);
}

void Sales::processSlot(const SlotQueueItem& item, SlotQueue::WorkerId worker) {
    if (agentFor(item.requestId(), item.slotIndex())) {
        m_context.queue.releaseWorker(worker); // already being sold
        return;
    }
    SalesData data;
    data.requestId = item.requestId();
    data.slotIndex = item.slotIndex();
    data.slotId = slotIdOf(data.requestId, data.slotIndex);
    data.queueItem = item;
    data.worker = worker;
    SalesAgent* agent = addAgent(std::move(data));
    agent->start(std::make_unique<SalePreparing>(*agent));
}

SalesAgent* Sales::addAgent(SalesData data) {
    auto* agent = new SalesAgent(m_context, std::move(data), this);
    const SlotKey key{agent->data().requestId, agent->data().slotIndex};
    m_agents.insert(key, agent);
    connect(agent, &SalesAgent::stateChanged, this,
            [this, agent](SaleStateKind from, SaleStateKind to) {
                Q_EMIT agentStateChanged(agent, from, to);
            });
    connect(agent, &SalesAgent::filled, this, [this, agent] {
        releaseWorker(agent);
        if (m_context.hooks.onSale && agent->data().request)
            m_context.hooks.onSale(*agent->data().request, agent->data().slotIndex);
    });
    connect(agent, &SalesAgent::finished, this,
            [this, agent](const SaleOutcome& outcome) { cleanUp(agent, outcome); });
    Q_EMIT agentStarted(agent);
    return agent;
}

void Sales::releaseWorker(SalesAgent* agent) {
    if (auto worker = agent->data().worker) {
        agent->data().worker.reset();
        m_context.queue.releaseWorker(*worker);
    }
}

void Sales::cleanUp(SalesAgent* agent, const SaleOutcome& outcome) {
    const SalesData& data = agent->data();
    // One transaction: the slot's data, its reservation (bytes and collateral back to the
    // availability) and the ledger move together, so a crash leaves all or nothing.
    auto tx = m_context.database.begin();
    Result<void> cleaned = tx.ok() ? Result<void>() : Result<void>(tx.error());
    if (cleaned.ok() && outcome.clearData && data.request && m_context.hooks.onClear)
        m_context.hooks.onClear(*data.request, data.slotIndex);
    if (cleaned.ok())
        cleaned = closeExpectedDeposit(data);
    if (cleaned.ok() && data.reservation)
        cleaned = settleReservation(*data.reservation, data.filledByUs);
    crashPoint("sales.cleanup.beforeCommit");
    if (cleaned.ok())
        cleaned = tx->commit();
    if (!cleaned.ok())
        qCCritical(lcSales).noquote()
            << "cleanup failed:" << cleaned.message() << describeSale(data);

    releaseWorker(agent);
    m_agents.remove(SlotKey{data.requestId, data.slotIndex});
    if (outcome.reprocessSlot && data.queueItem && m_running) {
        SlotQueueItem item = *data.queueItem;
        item.setSeen(true);
        if (auto pushed = m_context.queue.push(item); !pushed.ok())
            qCDebug(lcSales).noquote() << pushed.message();
    }
    Q_EMIT agentFinished(agent, outcome);
    agent->deleteLater();
}

} // namespace salesdesk
