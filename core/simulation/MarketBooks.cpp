#include "core/simulation/MarketBooks.h"

#include "core/domain/Slot.h"
#include "core/proofs/ProofVerifier.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/simulation/LedgerErrors.h"

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace salesdesk {

using ledger::rejected;
using ledger::unknownRequest;

MarketBooks::MarketBooks(const MarketConfig& config, const Address& marketplace)
    : m_config(config)
    , m_schedule(config)
    , m_marketplace(marketplace) {}

Result<void> MarketBooks::validateConfig(const MarketConfig& c) {
    const auto invalid = [](QString message) {
        return makeError(ErrorCode::InvalidArgument, std::move(message));
    };
    if (c.periodSeconds == 0)
        return invalid(QStringLiteral("periodSeconds must be at least 1 "
                                      "(Periods_InvalidSecondsPerPeriod)"));
    if (c.proofTimeout == 0)
        return invalid(QStringLiteral("proofTimeout must be at least 1 second"));
    if (c.repairRewardPercentage > 100)
        return invalid(QStringLiteral("repairRewardPercentage must be at most 100, got %1")
                           .arg(c.repairRewardPercentage));
    if (c.slashPercentage > 100)
        return invalid(
            QStringLiteral("slashPercentage must be at most 100, got %1").arg(c.slashPercentage));
    if (static_cast<int>(c.maxNumberOfSlashes) * c.slashPercentage > 100)
        return invalid(QStringLiteral("maxNumberOfSlashes * slashPercentage must be at most 100, "
                                      "got %1 * %2")
                           .arg(c.maxNumberOfSlashes)
                           .arg(c.slashPercentage));
    if (c.validatorRewardPercentage > 100)
        return invalid(QStringLiteral("validatorRewardPercentage must be at most 100, got %1")
                           .arg(c.validatorRewardPercentage));
    if (c.maxReservations == 0)
        return invalid(QStringLiteral("maxReservations must be at least 1"));
    if (c.requestDurationLimit == 0 ||
        c.requestDurationLimit > static_cast<quint64>(std::numeric_limits<qint32>::max()))
        return invalid(QStringLiteral("requestDurationLimit must be 1 to %1 seconds, got %2")
                           .arg(std::numeric_limits<qint32>::max())
                           .arg(c.requestDurationLimit));
    return {};
}

// ---- Views ------------------------------------------------------------------------------------

const SimRequest* MarketBooks::request(const RequestId& id) const {
    const auto it = m_requests.constFind(id);
    return it == m_requests.cend() ? nullptr : &it.value();
}

const SimSlot* MarketBooks::slot(const SlotId& id) const {
    const auto it = m_slots.constFind(id);
    return it == m_slots.cend() ? nullptr : &it.value();
}

QList<SlotId> MarketBooks::slotIds() const {
    QList<SlotId> out = m_slots.keys();
    std::sort(out.begin(), out.end());
    return out;
}

RequestState MarketBooks::requestState(const SimRequest& r, Timestamp now) const {
    if (r.state == RequestState::New && now > r.expiresAt)
        return RequestState::Cancelled;
    if ((r.state == RequestState::New || r.state == RequestState::Started) && now > r.endsAt)
        return RequestState::Finished;
    return r.state;
}

std::optional<RequestState> MarketBooks::requestState(const RequestId& id, Timestamp now) const {
    const SimRequest* r = request(id);
    if (!r)
        return std::nullopt;
    return requestState(*r, now);
}

SlotState MarketBooks::slotStateOf(const SimRequest& r, const SimSlot* record,
                                   Timestamp now) const {
    if (record && record->state == SlotState::Paid)
        return SlotState::Paid;
    switch (requestState(r, now)) {
    case RequestState::Cancelled:
        return SlotState::Cancelled;
    case RequestState::Finished:
        return SlotState::Finished;
    case RequestState::Failed:
        return SlotState::Failed;
    case RequestState::New:
    case RequestState::Started:
        break;
    }
    return record ? record->state : SlotState::Free;
}

SlotState MarketBooks::slotState(const SlotId& id, Timestamp now) const {
    const SimSlot* record = slot(id);
    if (!record)
        return SlotState::Free; // the contract: requestId == 0
    const SimRequest* r = request(record->requestId);
    return r ? slotStateOf(*r, record, now) : SlotState::Free;
}

std::optional<StorageRequest> MarketBooks::storageRequest(const RequestId& id) const {
    const SimRequest* r = request(id);
    return r ? std::optional<StorageRequest>(r->request) : std::nullopt;
}

MarketResult<Timestamp> MarketBooks::requestExpiresAt(const RequestId& id) const {
    const SimRequest* r = request(id);
    if (!r)
        return unknownRequest(id);
    return r->expiresAt;
}

std::optional<Address> MarketBooks::host(const SlotId& id) const {
    const SimSlot* s = slot(id);
    return s && !s->host.isZero() ? std::optional<Address>(s->host) : std::nullopt;
}

UInt256 MarketBooks::currentCollateral(const SlotId& id) const {
    const SimSlot* s = slot(id);
    return s ? s->currentCollateral : UInt256(0);
}

std::optional<Slot> MarketBooks::activeSlot(const SlotId& id) const {
    const SimSlot* s = slot(id);
    const SimRequest* r = s ? request(s->requestId) : nullptr;
    if (!s || !r || s->state == SlotState::Free)
        return std::nullopt;
    return Slot{r->request, s->slotIndex};
}

Timestamp MarketBooks::requestEnd(const SimRequest& r, Timestamp now) const {
    switch (requestState(r, now)) {
    case RequestState::New:
    case RequestState::Started:
        return r.endsAt;
    case RequestState::Cancelled:
        return r.expiresAt;
    case RequestState::Finished:
    case RequestState::Failed:
        break;
    }
    return std::min(r.endsAt, now);
}

MarketResult<Timestamp> MarketBooks::requestEnd(const RequestId& id, Timestamp now) const {
    const SimRequest* r = request(id);
    if (!r)
        return unknownRequest(id);
    return requestEnd(*r, now);
}

MarketResult<UInt256> MarketBooks::slotCollateral(const RequestId& id, quint64 slotIndex,
                                                  Timestamp now) const {
    const SimRequest* r = request(id);
    if (!r)
        return unknownRequest(id);
    const UInt256 full = r->request.collateralPerSlot();
    if (slotState(slotIdOf(id, slotIndex), now) != SlotState::Repair)
        return full;
    return full - full * m_config.repairRewardPercentage / 100;
}

bool MarketBooks::canReserveSlot(const Address& sender, const RequestId& id, quint64 slotIndex,
                                 Timestamp now) const {
    const SlotId slotId = slotIdOf(id, slotIndex);
    const SlotState state = slotState(slotId, now);
    const auto it = m_reservations.constFind(slotId);
    const qsizetype count = it == m_reservations.cend() ? 0 : it->size();
    const bool already = it != m_reservations.cend() && it->contains(sender);
    return (state == SlotState::Free || state == SlotState::Repair) &&
           count < m_config.maxReservations && !already;
}

QList<SlotId> MarketBooks::mySlots(const Address& host) const {
    const auto listed = m_listed.constFind(host);
    if (listed == m_listed.cend())
        return {};
    // Look each slot's fill time up once, not in every comparison (the validator asks for this
    // list every period: with hundreds of slots the lookups and copies dominated a long run).
    std::vector<std::pair<Timestamp, SlotId>> keyed;
    keyed.reserve(static_cast<std::size_t>(listed->size()));
    for (const SlotId& id : *listed) {
        const auto slot = m_slots.constFind(id);
        keyed.emplace_back(slot == m_slots.cend() ? 0 : slot->filledAt, id);
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
    QList<SlotId> out;
    out.reserve(static_cast<qsizetype>(keyed.size()));
    for (const auto& [filledAt, id] : keyed)
        out.append(id);
    return out;
}

bool MarketBooks::hasFilledSlot(const Address& host, Timestamp now) const {
    const auto listed = m_listed.constFind(host);
    if (listed == m_listed.cend())
        return false;
    return std::any_of(listed->cbegin(), listed->cend(),
                       [&](const SlotId& id) { return slotState(id, now) == SlotState::Filled; });
}

QList<OpenRequest> MarketBooks::openRequests(Timestamp now) const {
    QList<OpenRequest> out;
    for (const RequestId& id : m_requestOrder) {
        const SimRequest& r = m_requests[id];
        if (requestState(r, now) == RequestState::New && r.slotsFilled < r.request.ask.slots)
            out.append(OpenRequest{r.id, r.request.ask, r.expiresAt});
    }
    return out;
}

// ---- Proofs -----------------------------------------------------------------------------------

MarketBooks::PeriodChallenge& MarketBooks::periodChallenge(const SlotId& id, quint64 period) const {
    // Periods before the previous one are not asked about again (but for a validator catching
    // up, which then fills them in once more).
    if (period > 0)
        m_challenges.erase(m_challenges.begin(), m_challenges.lower_bound(period - 1));
    QHash<SlotId, PeriodChallenge>& ofPeriod = m_challenges[period];
    auto it = ofPeriod.find(id);
    if (it == ofPeriod.end())
        it = ofPeriod.insert(id, PeriodChallenge{ProofSchedule::challenge(id, period), {}});
    return it.value();
}

Hash32 MarketBooks::challenge(const SlotId& id, Timestamp now) const {
    return periodChallenge(id, m_schedule.periodOf(now)).challenge;
}

bool MarketBooks::proofRequired(const SlotId& id, quint64 period, Timestamp now) const {
    const SimSlot* record = slot(id);
    if (!record || slotState(id, now) != SlotState::Filled || period <= record->startPeriod)
        return false;
    const SimRequest* r = request(record->requestId);
    if (!r)
        return false;
    PeriodChallenge& due = periodChallenge(id, period);
    // A slot's request, so its proof probability, never changes.
    if (!due.selected)
        due.selected = ProofSchedule::selects(due.challenge, r->request.ask.proofProbability);
    return *due.selected;
}

bool MarketBooks::isProofRequired(const SlotId& id, Timestamp now) const {
    return proofRequired(id, m_schedule.periodOf(now), now) && !m_schedule.inDowntime(id, now);
}

bool MarketBooks::willProofBeRequired(const SlotId& id, Timestamp now) const {
    return proofRequired(id, m_schedule.periodOf(now), now) && m_schedule.inDowntime(id, now);
}

bool MarketBooks::proofReceived(const SlotId& id, quint64 period) const {
    const SimSlot* record = slot(id);
    return record && record->provenPeriods.contains(period);
}

quint64 MarketBooks::missingProofs(const SlotId& id) const {
    const SimSlot* record = slot(id);
    return record ? record->missedProofs : 0;
}

MarketResult<Done> MarketBooks::canMarkProofAsMissing(const SlotId& id, quint64 period,
                                                      Timestamp now) const {
    const SlotState state = slotState(id, now);
    if (state != SlotState::Filled)
        return rejected(QStringLiteral("slot %1 is %2, not Filled "
                                       "(Marketplace_SlotNotAcceptingProofs)")
                            .arg(id.toHex(), toString(state)));
    const Timestamp end = m_schedule.periodEnd(period);
    if (end >= now)
        return rejected(
            QStringLiteral("period %1 has not ended (Proofs_PeriodNotEnded)").arg(period));
    if (now >= end + static_cast<Timestamp>(m_config.proofTimeout))
        return rejected(QStringLiteral("period %1 ended more than %2 s ago "
                                       "(Proofs_ValidationTimedOut)")
                            .arg(period)
                            .arg(m_config.proofTimeout));
    if (proofReceived(id, period))
        return rejected(
            QStringLiteral("a proof was received for period %1 (Proofs_ProofNotMissing)")
                .arg(period));
    if (!proofRequired(id, period, now))
        return rejected(QStringLiteral("no proof was required in period %1 "
                                       "(Proofs_ProofNotRequired)")
                            .arg(period));
    if (slot(id)->missedPeriods.contains(period))
        return rejected(QStringLiteral("period %1 is already marked missing "
                                       "(Proofs_ProofAlreadyMarkedMissing)")
                            .arg(period));
    return Done{};
}

Hash32 MarketBooks::slotRoot(const SimRequest& request, quint64 slotIndex) const {
    const SlotId slotId = slotIdOf(request.id, slotIndex);
    const auto it = m_roots.constFind(slotId);
    if (it != m_roots.cend())
        return it.value();
    const Hash32 root =
        proofs::SlotDataGenerator::slotRoot(proofs::SlotDataGenerator::datasetKey(request.request),
                                            slotIndex, request.request.ask.slotSize);
    m_roots.insert(slotId, root);
    return root;
}

MarketResult<Done> MarketBooks::checkProof(const SimRequest& r, quint64 slotIndex,
                                           const StorageProof& proof, Timestamp now) const {
    const SlotId slotId = slotIdOf(r.id, slotIndex);
    const Hash32 expected = challenge(slotId, now);
    if (proof.challenge != expected)
        return MarketError{MarketError::Kind::InvalidProof,
                           QStringLiteral("the proof answers challenge %1, but the challenge of "
                                          "slot %2 in period %3 is %4 (Proofs_InvalidProof)")
                               .arg(proof.challenge.toHex(), slotId.toHex())
                               .arg(m_schedule.periodOf(now))
                               .arg(expected.toHex())};
    const quint64 slotSize = r.request.ask.slotSize;
    auto checked = proofs::checkProof(proof, slotRoot(r, slotIndex), slotSize);
    if (!checked.ok())
        return MarketError{MarketError::Kind::InvalidProof,
                           QStringLiteral("the proof for slot %1 does not verify: %2 "
                                          "(Proofs_InvalidProof)")
                               .arg(slotId.toHex(), checked.message())};
    return Done{};
}

// ---- Writing ----------------------------------------------------------------------------------

SimRequest* MarketBooks::mutableRequest(const RequestId& id) {
    const auto it = m_requests.find(id);
    return it == m_requests.end() ? nullptr : &it.value();
}

void MarketBooks::addRequest(const SimRequest& request) {
    m_requests.insert(request.id, request);
    m_requestOrder.append(request.id);
}

SimSlot* MarketBooks::mutableSlot(const SlotId& id) {
    const auto it = m_slots.find(id);
    return it == m_slots.end() ? nullptr : &it.value();
}

SimSlot& MarketBooks::slotRecord(const SlotId& id) {
    return m_slots[id];
}

qsizetype MarketBooks::addReservation(const SlotId& id, const Address& host) {
    QList<Address>& list = m_reservations[id];
    list.append(host);
    m_changes.reservations.insert(id);
    return list.size();
}

void MarketBooks::dropReservations(const SlotId& id) {
    if (m_reservations.remove(id) > 0)
        m_changes.reservations.insert(id);
}

void MarketBooks::list(SimSlot& s) {
    s.listed = true;
    m_listed[s.host].insert(s.id);
}

void MarketBooks::unlist(SimSlot& s) {
    if (!s.listed)
        return;
    s.listed = false;
    const auto it = m_listed.find(s.host);
    if (it != m_listed.end()) {
        it->remove(s.id);
        if (it->isEmpty())
            m_listed.erase(it);
    }
}

void MarketBooks::setLastValidatedPeriod(quint64 period) {
    if (period == m_lastValidatedPeriod)
        return;
    m_lastValidatedPeriod = period;
    m_changes.meta = true;
}

// ---- Saving and loading -----------------------------------------------------------------------

std::vector<MarketEvent> MarketBooks::takeEvents() {
    std::vector<MarketEvent> out;
    out.swap(m_events);
    return out;
}

LedgerChanges MarketBooks::takeChanges() {
    LedgerChanges out = std::move(m_changes);
    m_changes = LedgerChanges();
    out.balances.unite(m_tokens.takeChanged());
    return out;
}

HostSlotSettlement MarketBooks::hostSettlement(const SlotId& id, const Address& host) const {
    const auto it = m_slots.constFind(id);
    if (it == m_slots.cend())
        return {};
    HostSlotSettlement settlement = it->settlements.value(host);
    settlement.holding = it->listed && it->host == host;
    return settlement;
}

Result<void> MarketBooks::restore(const QList<SimRequest>& requests, const QList<SimSlot>& slots,
                                  const QHash<SlotId, QList<Address>>& reservations,
                                  const QHash<Address, UInt256>& balances,
                                  quint64 lastValidatedPeriod) {
    SD_TRY(m_tokens.restore(balances));
    m_requests.clear();
    m_requestOrder.clear();
    QList<SimRequest> ordered = requests;
    std::sort(ordered.begin(), ordered.end(),
              [](const SimRequest& a, const SimRequest& b) { return a.sequence < b.sequence; });
    for (const SimRequest& r : ordered) {
        m_requests.insert(r.id, r);
        m_requestOrder.append(r.id);
    }
    m_slots.clear();
    m_listed.clear();
    for (const SimSlot& s : slots) {
        m_slots.insert(s.id, s);
        if (s.listed)
            m_listed[s.host].insert(s.id);
    }
    m_reservations = reservations;
    m_lastValidatedPeriod = lastValidatedPeriod;
    m_events.clear();
    m_changes = LedgerChanges();
    return {};
}

} // namespace salesdesk
