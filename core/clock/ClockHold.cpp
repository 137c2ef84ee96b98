#include "core/clock/ClockHold.h"

#include "core/clock/AcceleratedClock.h"

#include <utility>

namespace salesdesk {

ClockHold ClockHold::before(Clock& clock, Timestamp deadline, ClockHoldReason reason) {
    auto* accelerated = qobject_cast<AcceleratedClock*>(&clock);
    if (!accelerated)
        return {};
    return ClockHold(*accelerated, accelerated->addHold(deadline, reason));
}

ClockHold::ClockHold(AcceleratedClock& clock, quint64 id)
    : m_clock(&clock)
    , m_id(id) {}

ClockHold::ClockHold(ClockHold&& other) noexcept
    : m_clock(std::exchange(other.m_clock, nullptr))
    , m_id(std::exchange(other.m_id, 0)) {}

ClockHold& ClockHold::operator=(ClockHold&& other) noexcept {
    if (this != &other) {
        release();
        m_clock = std::exchange(other.m_clock, nullptr);
        m_id = std::exchange(other.m_id, 0);
    }
    return *this;
}

ClockHold::~ClockHold() {
    release();
}

void ClockHold::release() {
    if (m_id != 0 && !m_clock.isNull())
        m_clock->removeHold(m_id);
    m_clock = nullptr;
    m_id = 0;
}

} // namespace salesdesk
