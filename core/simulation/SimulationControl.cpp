#include "core/simulation/SimulationControl.h"

#include "core/domain/Slot.h"
#include "core/simulation/SimulatedMarket.h"
#include "core/simulation/SimulatedMarketStore.h"
#include "core/simulation/SimulatedValidator.h"

namespace salesdesk {

namespace {

Error toError(const MarketError& error) {
    switch (error.kind) {
    case MarketError::Kind::UnknownRequest:
        return makeError(ErrorCode::NotFound, error.message);
    case MarketError::Kind::SlotStateMismatch:
        return makeError(ErrorCode::Conflict, error.message);
    case MarketError::Kind::Transient:
    case MarketError::Kind::ReservationNotAllowed:
    case MarketError::Kind::InvalidProof:
    case MarketError::Kind::ProofAlreadySubmitted:
    case MarketError::Kind::Rejected:
        break;
    }
    return makeError(ErrorCode::InvalidArgument, error.message);
}

} // namespace

// ---- Clients and tokens -----------------------------------------------------------------------

Result<RequestId> SimulationControl::requestStorage(const Address& client,
                                                    const StorageRequest& request) {
    auto id = m_market.m_ledger.requestStorage(client, request, m_market.m_clock.now());
    if (id.ok())
        SD_TRY(m_market.commit());
    return id;
}

Result<UInt256> SimulationControl::withdrawFunds(const Address& client, const RequestId& id) {
    auto paid = m_market.m_ledger.withdrawFunds(client, id, m_market.m_clock.now());
    if (paid.ok())
        SD_TRY(m_market.commit());
    return paid;
}

Result<void> SimulationControl::mint(const Address& to, const UInt256& amount) {
    SD_TRY(m_market.m_ledger.mint(to, amount));
    return m_market.commit();
}

Result<void> SimulationControl::mintAndStore(const Address& to, const UInt256& amount,
                                             const QString& key, const QVariant& value) {
    return m_market.mintAndStore(to, amount, key, value);
}

int SimulationControl::unansweredHostCalls() const {
    return *m_market.m_unanswered;
}

UInt256 SimulationControl::balanceOf(const Address& address) const {
    return books().tokens().balanceOf(address);
}

UInt256 SimulationControl::totalSupply() const {
    return books().tokens().totalSupply();
}

UInt256 SimulationControl::sumOfBalances() const {
    return books().tokens().sumOfBalances();
}

Address SimulationControl::marketplaceAddress() const {
    return books().marketplace();
}

Address SimulationControl::validatorAddress() {
    return SimulatedValidator::address();
}

// ---- Competing hosts and the marketplace ------------------------------------------------------

Result<quint64> SimulationControl::othersReserve(const RequestId& id, quint64 slotIndex,
                                                 quint64 count) {
    auto made = m_market.m_others.reserve(id, slotIndex, count, m_market.m_clock.now());
    SD_TRY(m_market.commit()); // some may have been made before an error
    return made;
}

Result<QList<quint64>> SimulationControl::othersFill(const RequestId& id,
                                                     const QList<quint64>& slotIndices) {
    auto filled = m_market.m_others.fill(id, slotIndices, m_market.m_clock.now());
    SD_TRY(m_market.commit());
    return filled;
}

Result<void> SimulationControl::forceFree(const RequestId& id, quint64 slotIndex) {
    if (!books().request(id))
        return makeError(ErrorCode::NotFound, QStringLiteral("unknown request %1").arg(id.toHex()));
    auto freed = m_market.m_ledger.forceFreeSlot(slotIdOf(id, slotIndex), m_market.m_clock.now());
    if (!freed.ok())
        return toError(freed.error());
    return m_market.commit();
}

Result<void> SimulationControl::failRequest(const RequestId& id) {
    auto failed = m_market.m_ledger.failRequest(id, m_market.m_clock.now());
    if (!failed.ok())
        return toError(failed.error());
    return m_market.commit();
}

// ---- Faults and stored values -----------------------------------------------------------------

void SimulationControl::setFault(const QString& method, double probability, Timestamp until) {
    m_market.m_faults.setFault(method, probability, until);
    m_market.faultsChanged();
}

void SimulationControl::clearFaults() {
    m_market.m_faults.clear();
    m_market.faultsChanged();
}

const FaultInjector& SimulationControl::faults() const {
    return m_market.m_faults;
}

QVariant SimulationControl::storedValue(const QString& key) const {
    return m_market.m_extra.value(key);
}

Result<void> SimulationControl::storeValue(const QString& key, const QVariant& value) {
    return m_market.storeValue(key, value);
}

// ---- Inspection -------------------------------------------------------------------------------

Timestamp SimulationControl::now() const {
    return m_market.m_clock.now();
}

quint64 SimulationControl::seed() const {
    return m_market.m_seed;
}

bool SimulationControl::isPersistent() const {
    return m_market.m_store != nullptr;
}

QString SimulationControl::filePath() const {
    return m_market.m_store ? m_market.m_store->filePath() : QString();
}

const MarketBooks& SimulationControl::books() const {
    return m_market.m_ledger.books();
}

const SimulatedValidator& SimulationControl::validator() const {
    return *m_market.m_validator;
}

} // namespace salesdesk
