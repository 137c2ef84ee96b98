#pragma once

#include "core/market/MarketResult.h"
#include "core/sales/SaleOutcome.h"
#include "core/sales/SaleStateKind.h"

#include <QObject>

#include <functional>
#include <memory>

namespace salesdesk {

class SalesAgent;
struct SalesContext;
struct SalesData;

// One state of a sale. run() starts the state's work, which is asynchronous; the state ends by
// calling next() or finish(). Market events may pre-empt it (onCancelled, onFailed,
// onSlotFilled return the state to switch to, or null to ignore the event).
//
// A pre-empted state must never hear back from the work it started: every callback a state hands
// out goes through guard(), which drops it once the state is no longer current, and the state
// object itself is the context of its market calls and timers.
class SaleState : public QObject {
    Q_OBJECT
public:
    explicit SaleState(SalesAgent& agent);
    ~SaleState() override;

    virtual SaleStateKind kind() const = 0;
    virtual void run() = 0;

    virtual std::unique_ptr<SaleState> onCancelled() { return nullptr; }
    virtual std::unique_ptr<SaleState> onFailed() { return nullptr; }
    virtual std::unique_ptr<SaleState> onSlotFilled() { return nullptr; }

    bool isCurrent() const { return *m_current; }
    void retire() { *m_current = false; }

protected:
    SalesAgent& agent() const { return m_agent; }
    SalesContext& context() const;
    SalesData& data() const;

    void next(std::unique_ptr<SaleState> state);
    void finish(SaleOutcome outcome);
    void error(const QString& message);

    // Wraps a callback so that it runs only while this state is current.
    template <typename Fn> auto guard(Fn fn) {
        return [current = m_current, fn = std::move(fn)](auto&&... args) mutable {
            if (*current)
                fn(std::forward<decltype(args)>(args)...);
        };
    }
    // Runs `fn` at `at` on the clock, while this state is current.
    void at(Timestamp at, std::function<void()> fn);
    // Makes sure data().request is known (asks the market once), then runs `then`; a request the
    // market does not know ends the sale in SaleErrored.
    void withRequest(std::function<void()> then);
    // freeSlot for our slot, recording what it paid in the ledger; `done` gets the collateral
    // that came back (none when the slot was not ours to free any more).
    void leaveSlot(std::function<void(std::optional<UInt256> returned)> done);
    // Records what freeSlot paid (reward and collateral) in the ledger.
    Result<void> recordPayout(const SlotPayout& paid);

private:
    SalesAgent& m_agent;
    std::shared_ptr<bool> m_current = std::make_shared<bool>(true);
};

} // namespace salesdesk
