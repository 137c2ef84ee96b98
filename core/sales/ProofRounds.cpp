#include "core/sales/ProofRounds.h"

#include "core/market/Market.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcProofRounds, "salesdesk.sales.proofrounds")

namespace salesdesk {

ProofRounds::ProofRounds(Market& market, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_market(market)
    , m_clock(clock) {}

ProofRounds::~ProofRounds() {
    if (m_roundTimer != 0)
        m_clock.cancel(m_roundTimer);
}

void ProofRounds::join(const SlotId& slot, const QObject* context, Handler handler) {
    if (const auto earlier = m_members.constFind(slot); earlier != m_members.cend())
        m_joinOrder.erase(earlier->joinNumber);
    const quint64 joinNumber = m_nextJoinNumber++;
    m_members.insert(
        slot, Member{context, std::make_shared<const Handler>(std::move(handler)), joinNumber});
    m_joinOrder.emplace(joinNumber, slot);
    m_joined.append(slot);
    checkJoinedSoon();
    armRound();
}

void ProofRounds::leave(const SlotId& slot, const QObject* context) {
    const auto member = m_members.constFind(slot);
    if (member == m_members.cend() || member->context != context)
        return;
    m_joinOrder.erase(member->joinNumber);
    m_members.erase(member);
    if (m_members.isEmpty() && m_roundTimer != 0) {
        m_clock.cancel(m_roundTimer);
        m_roundTimer = 0;
    }
}

void ProofRounds::checkJoinedSoon() {
    if (m_joinCheckQueued)
        return;
    m_joinCheckQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_joinCheckQueued = false;
            QList<SlotId> joined;
            joined.swap(m_joined);
            // A slot that joined twice, or left, in the meantime is asked about once, or not.
            std::sort(joined.begin(), joined.end());
            joined.erase(std::unique(joined.begin(), joined.end()), joined.end());
            joined.removeIf([this](const SlotId& id) { return !m_members.contains(id); });
            if (!joined.isEmpty())
                ask(inJoinOrder(joined));
        },
        Qt::QueuedConnection);
}

void ProofRounds::armRound() {
    if (m_roundTimer != 0 || m_members.isEmpty())
        return;
    const auto period =
        static_cast<Timestamp>(std::max<quint64>(1, m_market.config().periodSeconds));
    // One second into the next period, as the reference's per-slot loop waits.
    const Timestamp at = (m_clock.now() / period + 1) * period + 1;
    m_roundTimer = m_clock.callAt(at, this, [this] {
        m_roundTimer = 0;
        runRound();
    });
}

void ProofRounds::runRound() {
    if (m_members.isEmpty())
        return;
    QList<SlotId> slots;
    slots.reserve(static_cast<qsizetype>(m_joinOrder.size()));
    for (const auto& [joinNumber, slot] : m_joinOrder)
        slots.append(slot);
    ask(slots);
    armRound();
}

quint64 ProofRounds::joinNumberOf(const SlotId& slot) const {
    const auto member = m_members.constFind(slot);
    return member == m_members.cend() ? 0 : member->joinNumber;
}

QList<SlotId> ProofRounds::inJoinOrder(const QList<SlotId>& slots) const {
    std::vector<std::pair<quint64, SlotId>> numbered;
    numbered.reserve(static_cast<std::size_t>(slots.size()));
    for (const SlotId& slot : slots)
        numbered.emplace_back(joinNumberOf(slot), slot);
    std::sort(numbered.begin(), numbered.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<SlotId> ordered;
    ordered.reserve(slots.size());
    for (const auto& [joinNumber, slot] : numbered)
        ordered.append(slot);
    return ordered;
}

void ProofRounds::ask(const QList<SlotId>& slots) {
    QList<quint64> joinNumbers;
    joinNumbers.reserve(slots.size());
    for (const SlotId& id : slots)
        joinNumbers.append(joinNumberOf(id));
    ++m_callsMade;
    m_market.proofDuties(slots, this,
                         [this, slots, joinNumbers](const MarketResult<QList<ProofDuty>>& answer) {
                             deliver(slots, joinNumbers, answer);
                         });
}

void ProofRounds::deliver(const QList<SlotId>& asked, const QList<quint64>& joinNumbers,
                          const MarketResult<QList<ProofDuty>>& answer) {
    if (!answer.ok())
        qCWarning(lcProofRounds).noquote()
            << QStringLiteral("proof duties of %1 slot(s) unknown this time: %2")
                   .arg(asked.size())
                   .arg(answer.error().message);
    else if (answer->size() != asked.size())
        qCWarning(lcProofRounds).noquote()
            << QStringLiteral("the market answered %1 proof duties for %2 slots; the others wait "
                              "for the next period")
                   .arg(answer->size())
                   .arg(asked.size());
    const auto delivery = std::make_shared<const Delivery>(Delivery{asked, joinNumbers, answer});
    for (qsizetype i = 0; i < asked.size(); ++i)
        m_handlers.run([this, delivery, i] { deliverOne(*delivery, i); });
}

void ProofRounds::deliverOne(const Delivery& delivery, qsizetype i) {
    const QList<SlotId>& asked = delivery.asked;
    const MarketResult<QList<ProofDuty>>& answer = delivery.answer;
    const auto member = m_members.constFind(asked[i]);
    // Left, or left and joined again (that one has its own check coming) in the meantime.
    if (member == m_members.cend() || member->joinNumber != delivery.joinNumbers[i])
        return;
    if (member->context.isNull()) {
        m_joinOrder.erase(member->joinNumber);
        m_members.erase(member);
        return;
    }
    // Held: the handler may leave (or join) and so change m_members.
    const std::shared_ptr<const Handler> handler = member->handler;
    if (!answer.ok()) {
        (*handler)(answer.error());
    } else if (i < answer->size() && answer->at(i).slotId == asked[i]) {
        (*handler)(answer->at(i));
    } else {
        const auto found = std::find_if(answer->cbegin(), answer->cend(),
                                        [&](const ProofDuty& d) { return d.slotId == asked[i]; });
        if (found != answer->cend())
            (*handler)(*found);
    }
}

} // namespace salesdesk
