#include "core/simulation/SimulatedValidator.h"

#include "core/domain/AbiEncoder.h"
#include "core/simulation/MarketLedger.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcValidator, "salesdesk.simulation.simulatedvalidator")

namespace salesdesk {

SimulatedValidator::SimulatedValidator(MarketLedger& ledger, Clock& clock,
                                       const Address& watchedHost, std::function<void()> afterRun,
                                       QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_clock(clock)
    , m_watchedHost(watchedHost)
    , m_afterRun(std::move(afterRun)) {}

SimulatedValidator::~SimulatedValidator() {
    if (m_timer != 0)
        m_clock.cancel(m_timer);
}

Address SimulatedValidator::address() {
    return Address::fromBytes(
        abi::keccak256("salesdesk.simulated.validator").toByteArray().left(20));
}

bool SimulatedValidator::hasWatchedSlots(Timestamp now) const {
    return m_ledger.books().hasFilledSlot(m_watchedHost, now);
}

void SimulatedValidator::update() {
    const Timestamp now = m_clock.now();
    const bool watching = hasWatchedSlots(now);
    if (!watching) {
        if (m_timer != 0) {
            m_clock.cancel(m_timer);
            m_timer = 0;
            qCDebug(lcValidator) << "no filled slot of ours left; validator idle";
        }
        return;
    }
    if (m_timer != 0)
        return;
    // Idle until now: no slot of ours could miss a proof before the current period.
    const quint64 current = m_ledger.books().schedule().periodOf(now);
    if (current > 0 && m_ledger.books().lastValidatedPeriod() + 1 < current)
        m_ledger.setLastValidatedPeriod(current - 1);
    arm();
}

void SimulatedValidator::resume() {
    if (runDue(m_clock.now()) > 0 && m_afterRun)
        m_afterRun();
    update();
}

void SimulatedValidator::arm() {
    const quint64 next = m_ledger.books().lastValidatedPeriod() + 1;
    m_nextRunAt = m_ledger.books().schedule().periodEnd(next) + 1;
    m_timer = m_clock.callAt(m_nextRunAt, this, [this] { onTimer(); });
}

void SimulatedValidator::onTimer() {
    m_timer = 0;
    const int checked = runDue(m_clock.now());
    if (checked > 0 && m_afterRun)
        m_afterRun();
    update();
}

int SimulatedValidator::runDue(Timestamp now) {
    int checked = 0;
    for (;;) {
        const quint64 period = m_ledger.books().lastValidatedPeriod() + 1;
        const Timestamp at = m_ledger.books().schedule().periodEnd(period) + 1;
        if (at > now)
            break;
        validatePeriod(period, at);
        m_ledger.setLastValidatedPeriod(period);
        ++checked;
        // Nothing of ours is Filled any more: the remaining periods have nothing to check.
        if (!hasWatchedSlots(at)) {
            const quint64 current = m_ledger.books().schedule().periodOf(now);
            if (current > 0 && m_ledger.books().lastValidatedPeriod() + 1 < current)
                m_ledger.setLastValidatedPeriod(current - 1);
            break;
        }
    }
    return checked;
}

int SimulatedValidator::validatePeriod(quint64 period, Timestamp at) {
    int marked = 0;
    for (const SlotId& id : m_ledger.books().mySlots(m_watchedHost)) {
        if (!m_ledger.books().canMarkProofAsMissing(id, period, at).ok())
            continue;
        auto result = m_ledger.markProofAsMissing(address(), id, period, at);
        if (!result.ok()) {
            qCWarning(lcValidator).noquote()
                << QStringLiteral("markProofAsMissing failed slotId=%1 period=%2: %3")
                       .arg(id.toHex())
                       .arg(period)
                       .arg(result.error().message);
            continue;
        }
        ++marked;
    }
    if (marked > 0)
        qCInfo(lcValidator).noquote()
            << QStringLiteral("period %1 checked at %2: %3 proof(s) marked missing")
                   .arg(period)
                   .arg(at)
                   .arg(marked);
    return marked;
}

} // namespace salesdesk
