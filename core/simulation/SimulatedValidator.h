#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"

#include <QObject>

#include <functional>

namespace salesdesk {

class MarketLedger;

// The validator nodes of the simulated marketplace, as one: one second after each period ends it
// marks, for every slot of the watched host (ours) that is Filled, the proof of that period as
// missing where one was required and none was accepted (markProofAsMissing: slash, validator
// reward, forced free after maxNumberOfSlashes). Competing hosts never miss a proof, so their
// slots are not watched.
//
// The timer is only armed while the watched host has a Filled slot, so an idle market leaves no
// timer behind. Progress (the last period checked) lives in the ledger and is persisted; resume()
// after loading checks every period that ended while the market was not running, each at its
// own time (end + 1 s), as the validators on a chain would have.
class SimulatedValidator : public QObject {
    Q_OBJECT
public:
    // `afterRun` is called after every run that checked at least one period (to save and emit).
    SimulatedValidator(MarketLedger& ledger, Clock& clock, const Address& watchedHost,
                       std::function<void()> afterRun, QObject* parent = nullptr);
    ~SimulatedValidator() override;

    // keccak256("salesdesk.simulated.validator"), first 20 bytes: receives the validator reward.
    static Address address();

    // After a change of the books: arms the timer when the watched host has a Filled slot and
    // none is armed, cancels it when it has none.
    void update();
    // After loading: checks the periods that are due, then update().
    void resume();

    // Checks `period` at time `at` (its end + 1 s for a run on time). Returns the number of
    // proofs marked missing.
    int validatePeriod(quint64 period, Timestamp at);

    bool armed() const { return m_timer != 0; }
    Timestamp nextRunAt() const { return m_nextRunAt; }

private:
    bool hasWatchedSlots(Timestamp now) const;
    // Checks every period that ended (plus 1 s) by `now`. Returns the number of periods checked.
    int runDue(Timestamp now);
    void onTimer();
    void arm();

    MarketLedger& m_ledger;
    Clock& m_clock;
    Address m_watchedHost;
    std::function<void()> m_afterRun;
    Clock::TimerId m_timer = 0;
    Timestamp m_nextRunAt = 0;
};

} // namespace salesdesk
