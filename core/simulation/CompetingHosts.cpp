#include "core/simulation/CompetingHosts.h"

#include "core/domain/AbiEncoder.h"
#include "core/domain/Slot.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/simulation/MarketLedger.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCompetingHosts, "salesdesk.simulation.competinghosts")

namespace salesdesk {

namespace {

Error notFound(const RequestId& id) {
    return makeError(ErrorCode::NotFound, QStringLiteral("unknown request %1").arg(id.toHex()));
}

} // namespace

CompetingHosts::CompetingHosts(MarketLedger& ledger, const Address& excluded)
    : m_ledger(ledger)
    , m_excluded(excluded) {}

Address CompetingHosts::address(quint64 index) {
    const QByteArray label =
        QByteArray("salesdesk.simulated.other-host.") + QByteArray::number(index);
    return Address::fromBytes(abi::keccak256(label).toByteArray().left(20));
}

bool CompetingHosts::isCompetingHost(const Address& address) const {
    return address != m_excluded && !address.isZero();
}

Result<quint64> CompetingHosts::reserve(const RequestId& id, quint64 slotIndex, quint64 count,
                                        Timestamp now) {
    if (!m_ledger.books().request(id))
        return notFound(id);
    quint64 made = 0;
    // Hosts already on the slot are skipped; maxReservations bounds how many can be new.
    const quint64 candidates =
        static_cast<quint64>(m_ledger.books().config().maxReservations) +
        static_cast<quint64>(m_ledger.books().reservations(slotIdOf(id, slotIndex)).size()) + 1;
    for (quint64 index = 0; index < candidates + count && made < count; ++index) {
        const Address host = address(index);
        if (host == m_excluded)
            continue;
        if (m_ledger.books().reservations(slotIdOf(id, slotIndex)).contains(host))
            continue;
        if (!m_ledger.books().canReserveSlot(host, id, slotIndex, now))
            break;
        auto reserved = m_ledger.reserveSlot(host, id, slotIndex, now);
        if (!reserved.ok())
            break;
        ++made;
    }
    qCInfo(lcCompetingHosts).noquote()
        << QStringLiteral("others reserved requestId=%1 slotIndex=%2 slotId=%3 count=%4 of %5")
               .arg(id.toHex())
               .arg(slotIndex)
               .arg(slotIdOf(id, slotIndex).toHex())
               .arg(made)
               .arg(count);
    return made;
}

std::optional<Address> CompetingHosts::reserverFor(const RequestId& id, quint64 slotIndex,
                                                   Timestamp now) {
    for (const Address& host : m_ledger.books().reservations(slotIdOf(id, slotIndex)))
        if (isCompetingHost(host))
            return host;
    auto made = reserve(id, slotIndex, 1, now);
    if (!made.ok() || *made == 0)
        return std::nullopt;
    return reserverFor(id, slotIndex, now);
}

Result<QList<quint64>> CompetingHosts::fill(const RequestId& id, const QList<quint64>& slotIndices,
                                            Timestamp now) {
    const SimRequest* request = m_ledger.books().request(id);
    if (!request)
        return notFound(id);
    const quint64 slots = request->request.ask.slots;
    const quint64 slotSize = request->request.ask.slotSize;
    QList<quint64> filled;
    for (quint64 slotIndex : slotIndices) {
        if (slotIndex >= slots)
            continue;
        const SlotId slotId = slotIdOf(id, slotIndex);
        // The contract's fill check, judged for a slot of this request even if nobody filled it.
        auto collateral = m_ledger.books().slotCollateral(id, slotIndex, now);
        const RequestState state = m_ledger.books().requestState(*request, now);
        const SlotState slotState = m_ledger.books().slotState(slotId, now);
        if (!collateral.ok() || (state != RequestState::New && state != RequestState::Started) ||
            (slotState != SlotState::Free && slotState != SlotState::Repair))
            continue;
        const std::optional<Address> host = reserverFor(id, slotIndex, now);
        if (!host)
            continue;
        const UInt256 balance = m_ledger.books().tokens().balanceOf(*host);
        if (balance < *collateral)
            SD_TRY(m_ledger.mint(*host, *collateral - balance));
        const StorageProof proof = proofs::proveFromGenerator(
            proofs::SlotDataGenerator::datasetKey(request->request), slotIndex, slotSize,
            m_ledger.books().challenge(slotId, now));
        auto result = m_ledger.fillSlot(*host, id, slotIndex, proof, *collateral, now);
        if (!result.ok()) {
            qCWarning(lcCompetingHosts).noquote()
                << QStringLiteral("other host could not fill requestId=%1 slotIndex=%2 slotId=%3: "
                                  "%4")
                       .arg(id.toHex())
                       .arg(slotIndex)
                       .arg(slotId.toHex(), result.error().message);
            continue;
        }
        filled.append(slotIndex);
    }
    return filled;
}

} // namespace salesdesk
