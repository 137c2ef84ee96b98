// ScenarioRunner: how each scenario event is applied (the run loop is in ScenarioRunner.cpp).
#include "core/clock/VirtualClock.h"
#include "core/domain/Slot.h"
#include "core/engine/HostEngine.h"
#include "core/reservations/Reservations.h"
#include "core/sales/SlotQueue.h"
#include "core/scenario/ScenarioRunner.h"
#include "core/simulation/SimulatedClients.h"
#include "core/simulation/SimulatedMarket.h"
#include "core/storage/Repo.h"

#include <QFile>

namespace salesdesk {

namespace {

Error offlineError(Timestamp until) {
    return Error{ErrorCode::Conflict, QStringLiteral("The host is offline until %1").arg(until)};
}

template <typename Map> Result<RequestId> lookUpRequest(const Map& ids, const QString& name) {
    const auto it = ids.constFind(name);
    if (it == ids.cend()) // its request event was refused
        return Error{ErrorCode::NotFound, QStringLiteral("Request %1 was never posted").arg(name)};
    return *it;
}

} // namespace

Result<void> ScenarioRunner::requireOnline() const {
    if (m_offlineUntil)
        return offlineError(*m_offlineUntil);
    return {};
}

Result<void> ScenarioRunner::apply(const scenario::AddAvailability& e) {
    SD_TRY(requireOnline());
    NewAvailability params;
    params.totalSize = e.totalSize;
    params.duration = e.duration;
    params.minPricePerBytePerSecond = e.minPricePerBytePerSecond;
    params.totalCollateral = e.totalCollateral;
    params.enabled = e.enabled;
    params.until = e.until == 0 ? 0 : m_scenario.absolute(e.until);
    auto created = m_engine->reservations().createAvailability(params);
    if (!created.ok())
        return created.error();
    m_availabilityIds.insert(e.name, created->id);
    m_availabilityNames.insert(created->id, e.name);
    m_availabilityOrder.append(e.name);
    return {};
}

Result<void> ScenarioRunner::apply(const scenario::UpdateAvailability& e) {
    SD_TRY(requireOnline());
    const auto id = m_availabilityIds.constFind(e.name);
    if (id == m_availabilityIds.cend()) // its addAvailability was refused
        return Error{ErrorCode::NotFound,
                     QStringLiteral("Availability %1 was never created").arg(e.name)};
    AvailabilityChange change;
    change.totalSize = e.totalSize;
    change.duration = e.duration;
    change.minPricePerBytePerSecond = e.minPricePerBytePerSecond;
    change.totalCollateral = e.totalCollateral;
    change.enabled = e.enabled;
    if (e.until)
        change.until = *e.until == 0 ? 0 : m_scenario.absolute(*e.until);
    auto updated = m_engine->reservations().updateAvailability(*id, change);
    if (!updated.ok())
        return updated.error();
    return {};
}

Result<void> ScenarioRunner::apply(const scenario::Request& e) {
    StorageAsk ask;
    ask.slots = e.slots;
    ask.slotSize = e.slotSize;
    ask.duration = e.duration;
    ask.pricePerBytePerSecond = e.pricePerBytePerSecond;
    ask.collateralPerByte = e.collateralPerByte;
    ask.proofProbability = e.proofProbability;
    ask.maxSlotLoss = e.maxSlotLoss;
    auto posted = m_clients->post(ask, e.expiry);
    if (!posted.ok())
        return posted.error();
    m_requestIds.insert(e.name, *posted);
    m_requestNames.insert(*posted, e.name);
    m_requestOrder.append(*posted);
    return {};
}

Result<void> ScenarioRunner::apply(const scenario::OthersFill& e) {
    auto id = lookUpRequest(m_requestIds, e.request);
    if (!id.ok())
        return id.error();
    auto filled = m_market->control().othersFill(*id, e.slots);
    if (!filled.ok())
        return filled.error();
    return {};
}

Result<void> ScenarioRunner::apply(const scenario::OthersReserve& e) {
    auto id = lookUpRequest(m_requestIds, e.request);
    if (!id.ok())
        return id.error();
    auto reserved = m_market->control().othersReserve(*id, e.slotIndex, e.count);
    if (!reserved.ok())
        return reserved.error();
    return {};
}

Result<void> ScenarioRunner::apply(const scenario::ForceFree& e) {
    auto id = lookUpRequest(m_requestIds, e.request);
    if (!id.ok())
        return id.error();
    return m_market->control().forceFree(*id, e.slotIndex);
}

Result<void> ScenarioRunner::apply(const scenario::FailRequest& e) {
    auto id = lookUpRequest(m_requestIds, e.request);
    if (!id.ok())
        return id.error();
    return m_market->control().failRequest(*id);
}

Result<void> ScenarioRunner::apply(const scenario::Withdraw& e) {
    auto id = lookUpRequest(m_requestIds, e.request);
    if (!id.ok())
        return id.error();
    auto paid = m_market->control().withdrawFunds(SimulatedClients::clientAddress(0), *id);
    if (!paid.ok())
        return paid.error();
    return {};
}

Result<void> ScenarioRunner::apply(const scenario::Restart&) {
    SD_TRY(requireOnline());
    closeEngine(true);
    if (auto opened = openEngine(true); !opened.ok())
        m_fatal = opened.error();
    return {};
}

Result<void> ScenarioRunner::apply(const scenario::Crash&) {
    SD_TRY(requireOnline());
    closeEngine(false);
    if (auto opened = openEngine(true); !opened.ok())
        m_fatal = opened.error();
    return {};
}

Result<void> ScenarioRunner::apply(const scenario::Offline& e) {
    SD_TRY(requireOnline());
    closeEngine(false);
    m_offlineUntil = m_clock->now() + static_cast<Timestamp>(e.seconds);
    return {};
}

Result<void> ScenarioRunner::apply(const scenario::MarketFaults& e) {
    m_market->control().setFault(e.method, e.probability,
                                 m_clock->now() + static_cast<Timestamp>(e.seconds));
    return {};
}

Result<void> ScenarioRunner::apply(const scenario::CorruptSlotData& e) {
    SD_TRY(requireOnline());
    auto id = lookUpRequest(m_requestIds, e.request);
    if (!id.ok())
        return id.error();
    const SlotId slot = slotIdOf(*id, e.slotIndex);
    QFile file(m_engine->repo().slotDataPath(slot));
    if (!file.exists())
        return Error{ErrorCode::NotFound,
                     QStringLiteral("No slot data is stored for slot %1 of request %2")
                         .arg(e.slotIndex)
                         .arg(e.request)};
    if (!file.open(QIODevice::ReadWrite))
        return Error{ErrorCode::Io,
                     QStringLiteral("cannot open %1: %2").arg(file.fileName(), file.errorString())};
    // Flip the first bytes of every block: whichever block a challenge picks no longer matches
    // the slot's Merkle root.
    for (qint64 offset = 0; offset < file.size(); offset += Repo::kBlockSize) {
        if (!file.seek(offset))
            return Error{ErrorCode::Io, QStringLiteral("cannot seek in %1").arg(file.fileName())};
        QByteArray bytes = file.read(32);
        for (char& c : bytes)
            c = static_cast<char>(~c);
        if (!file.seek(offset) || file.write(bytes) != bytes.size())
            return Error{
                ErrorCode::Io,
                QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString())};
    }
    return {};
}

Result<void> ScenarioRunner::apply(const scenario::PauseQueue&) {
    // The user's pause is a setting: it holds across restarts and while the host is down.
    m_userPaused = true;
    if (m_engine)
        m_engine->queue().setUserPaused(true);
    return {};
}

Result<void> ScenarioRunner::apply(const scenario::ResumeQueue&) {
    m_userPaused = false;
    if (m_engine)
        m_engine->queue().setUserPaused(false);
    return {};
}

} // namespace salesdesk
