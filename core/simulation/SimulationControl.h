#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/StorageRequest.h"
#include "core/domain/UInt256.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace salesdesk {

class FaultInjector;
class MarketBooks;
class SimulatedMarket;
class SimulatedValidator;

// Everything one can do to the simulated marketplace besides what the host does through the
// Market interface: the calls of the demo clients and of scenario events (posting requests,
// withdrawing, minting, competing hosts, forced frees and failures), fault injection, the values
// other simulation parts keep with the market, and reads of its books. The GUI's demo controls,
// the scenario runner, the demo clients and tests use it.
//
// The calls are synchronous and return domain Results. Their changes are saved and their events
// queued as those of the market's own transactions (see SimulatedMarket): no handler runs inside
// a call. One per market (SimulatedMarket::control()), living as long as it.
class SimulationControl {
public:
    explicit SimulationControl(SimulatedMarket& market)
        : m_market(market) {}
    SimulationControl(const SimulationControl&) = delete;
    SimulationControl& operator=(const SimulationControl&) = delete;

    SimulatedMarket& market() const { return m_market; }

    // ---- Clients
    // requestStorage as `client` (must equal request.client); pulls maxPrice from its balance.
    Result<RequestId> requestStorage(const Address& client, const StorageRequest& request);
    // withdrawFunds as `client`; returns the amount paid back.
    Result<UInt256> withdrawFunds(const Address& client, const RequestId& id);

    // ---- Tokens
    Result<void> mint(const Address& to, const UInt256& amount);
    // mint, and storeValue(key, value) in the same save: a crash keeps both or neither.
    Result<void> mintAndStore(const Address& to, const UInt256& amount, const QString& key,
                              const QVariant& value);
    UInt256 balanceOf(const Address& address) const;
    UInt256 totalSupply() const;
    UInt256 sumOfBalances() const;
    Address marketplaceAddress() const;
    static Address validatorAddress();

    // ---- Competing hosts and the marketplace itself (scenario events)
    // othersReserve: returns how many reservations were made.
    Result<quint64> othersReserve(const RequestId& id, quint64 slotIndex, quint64 count);
    // othersFill: returns the slot indices that were filled.
    Result<QList<quint64>> othersFill(const RequestId& id, const QList<quint64>& slotIndices);
    // forceFree: the Filled slot is forcibly freed (its host loses the collateral; SlotFreed;
    // RequestFailed past maxSlotLoss).
    Result<void> forceFree(const RequestId& id, quint64 slotIndex);
    // failRequest: a New or Started request fails now (RequestFailed).
    Result<void> failRequest(const RequestId& id);

    // ---- Fault injection (scenario marketFaults): that share of the host's calls of `method`
    // fails with MarketError::Kind::Transient and changes nothing.
    void setFault(const QString& method, double probability, Timestamp until);
    void clearFaults();
    const FaultInjector& faults() const;

    // ---- Values other simulation parts keep with the market (SimulatedClients' schedule, the
    // demo's clock), persisted with it. An invalid value removes the key.
    QVariant storedValue(const QString& key) const;
    Result<void> storeValue(const QString& key, const QVariant& value);

    // ---- Inspection (GUI, reports, tests)
    Timestamp now() const;
    quint64 seed() const;
    bool isPersistent() const;
    QString filePath() const;
    // Host calls that change the books (reserveSlot, fillSlot, freeSlot, submitProof) whose
    // answer has not run yet. While one is, the market may have changed for the host without the
    // host knowing: a clean stop waits for none (Desk::stopWhenSettled).
    int unansweredHostCalls() const;
    // The books, for reads at an explicit time (books().requestState(id, now()), …).
    const MarketBooks& books() const;
    const SimulatedValidator& validator() const;

private:
    SimulatedMarket& m_market;
};

} // namespace salesdesk
