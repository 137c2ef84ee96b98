#pragma once

#include "core/clock/Clock.h"
#include "core/domain/UInt256.h"
#include "core/market/MarketConfig.h"

#include <QList>
#include <QString>

#include <cstddef>
#include <iterator>
#include <optional>
#include <variant>

namespace salesdesk {

// A scenario file for `salesdesk-cli simulate`, as ScenarioParser read and checked it
// (docs/scenario-format.md). Every default is filled in. All times are seconds
// after `start` (relative), as in the file; Scenario::absolute() turns them into unix seconds.
// Requests and availabilities are named by their names in the file.

// The host under test (the file's "host" object).
struct ScenarioHostConfig {
    quint64 quotaBytes = 1073741824;    // the repo quota
    int maxWorkers = 3;                 // slot queue workers; 1 <= maxWorkers <= queueMaxSize
    int queueMaxSize = 128;             // slot queue size
    UInt256 balance = 1000000000;       // the host's token balance at the start
    quint64 failEveryNProofs = 0;       // 0: proofs never fail on purpose
    bool storeData = true;              // false: byte accounting only, no slot data written
    quint64 downloadBytesPerSecond = 0; // 0: slot data arrives at once

    friend bool operator==(const ScenarioHostConfig&, const ScenarioHostConfig&) = default;
};

// One struct per event kind, holding that kind's fields (the file's "<kind>" object).
namespace scenario {

// The user offers storage.
struct AddAvailability {
    QString name;
    quint64 totalSize = 0; // bytes
    quint64 duration = 0;  // seconds
    UInt256 minPricePerBytePerSecond = 0;
    UInt256 totalCollateral = 0;
    bool enabled = true;
    quint64 until = 0; // seconds after start; 0: no limit

    friend bool operator==(const AddAvailability&, const AddAvailability&) = default;
};

// The user edits an availability: only the fields that are set change.
struct UpdateAvailability {
    QString name; // an availability added by an earlier event
    std::optional<quint64> totalSize;
    std::optional<quint64> duration;
    std::optional<UInt256> minPricePerBytePerSecond;
    std::optional<UInt256> totalCollateral;
    std::optional<bool> enabled;
    std::optional<quint64> until; // seconds after start; 0: no limit

    friend bool operator==(const UpdateAvailability&, const UpdateAvailability&) = default;
};

// A simulated client posts a storage request. The parser has checked the contract's
// requestStorage rules (0 < expiry < duration <= market.requestDurationLimit, maxSlotLoss <=
// slots, amounts >= 1, the total price and the collateral per slot fit in 256 bits).
struct Request {
    QString name;
    quint64 slots = 0;
    quint64 slotSize = 0; // bytes
    quint64 duration = 0; // seconds
    UInt256 pricePerBytePerSecond = 0;
    UInt256 collateralPerByte = 0;
    UInt256 proofProbability = 1;
    quint64 expiry = 0; // seconds after the request is posted
    quint64 maxSlotLoss = 0;

    friend bool operator==(const Request&, const Request&) = default;
};

// Competing hosts reserve and fill these slots now, where still possible. Indices are distinct
// and below the request's slots.
struct OthersFill {
    QString request;
    QList<quint64> slots;

    friend bool operator==(const OthersFill&, const OthersFill&) = default;
};

// Up to `count` competing hosts reserve the slot.
struct OthersReserve {
    QString request;
    quint64 slotIndex = 0;
    quint64 count = 0; // >= 1

    friend bool operator==(const OthersReserve&, const OthersReserve&) = default;
};

// The marketplace forcibly frees the slot.
struct ForceFree {
    QString request;
    quint64 slotIndex = 0;

    friend bool operator==(const ForceFree&, const ForceFree&) = default;
};

// The request fails (RequestFailed).
struct FailRequest {
    QString request;

    friend bool operator==(const FailRequest&, const FailRequest&) = default;
};

// The client withdraws its funds.
struct Withdraw {
    QString request;

    friend bool operator==(const Withdraw&, const Withdraw&) = default;
};

// Graceful stop of the host, then start from what it persisted.
struct Restart {
    friend bool operator==(const Restart&, const Restart&) = default;
};

// The host dies at once and starts again.
struct Crash {
    friend bool operator==(const Crash&, const Crash&) = default;
};

// The host dies as in Crash and starts again `seconds` later.
struct Offline {
    quint64 seconds = 0; // >= 1

    friend bool operator==(const Offline&, const Offline&) = default;
};

// For `seconds`, a share `probability` of the host's calls to `method` fail transiently.
struct MarketFaults {
    QString method;         // a Market method name (ScenarioParser::marketMethodNames()) or "*"
    double probability = 0; // 0..1
    quint64 seconds = 0;    // >= 1

    friend bool operator==(const MarketFaults&, const MarketFaults&) = default;
};

// Damage the stored data of our slot, so that proofs fail.
struct CorruptSlotData {
    QString request;
    quint64 slotIndex = 0;

    friend bool operator==(const CorruptSlotData&, const CorruptSlotData&) = default;
};

// The user pauses the slot queue.
struct PauseQueue {
    friend bool operator==(const PauseQueue&, const PauseQueue&) = default;
};

// The user resumes the slot queue.
struct ResumeQueue {
    friend bool operator==(const ResumeQueue&, const ResumeQueue&) = default;
};

} // namespace scenario

// The event kinds, in the order of ScenarioEvent::Details' alternatives.
enum class ScenarioEventKind {
    AddAvailability,
    UpdateAvailability,
    Request,
    OthersFill,
    OthersReserve,
    ForceFree,
    FailRequest,
    Withdraw,
    Restart,
    Crash,
    Offline,
    MarketFaults,
    CorruptSlotData,
    PauseQueue,
    ResumeQueue,
};

struct ScenarioEvent {
    using Details =
        std::variant<scenario::AddAvailability, scenario::UpdateAvailability, scenario::Request,
                     scenario::OthersFill, scenario::OthersReserve, scenario::ForceFree,
                     scenario::FailRequest, scenario::Withdraw, scenario::Restart, scenario::Crash,
                     scenario::Offline, scenario::MarketFaults, scenario::CorruptSlotData,
                     scenario::PauseQueue, scenario::ResumeQueue>;

    quint64 at = 0; // seconds after start; events are applied in list order
    ScenarioEventKind kind = ScenarioEventKind::Restart;
    Details details = scenario::Restart{}; // details.index() == int(kind)

    friend bool operator==(const ScenarioEvent&, const ScenarioEvent&) = default;
};

static_assert(std::variant_size_v<ScenarioEvent::Details> ==
                  static_cast<std::size_t>(ScenarioEventKind::ResumeQueue) + 1,
              "one Details alternative per ScenarioEventKind, in the same order");

// The kind's key in the file ("addAvailability", "othersFill", …).
inline QString scenarioEventKindName(ScenarioEventKind kind) {
    static constexpr const char* kNames[] = {
        "addAvailability", "updateAvailability", "request",         "othersFill", "othersReserve",
        "forceFree",       "failRequest",        "withdraw",        "restart",    "crash",
        "offline",         "marketFaults",       "corruptSlotData", "pauseQueue", "resumeQueue"};
    static_assert(std::size(kNames) == std::variant_size_v<ScenarioEvent::Details>);
    return QString::fromLatin1(kNames[static_cast<int>(kind)]);
}

struct Scenario {
    quint64 seed = 0;
    Timestamp start = 0;  // unix seconds
    quint64 runUntil = 0; // seconds after start; >= 1, and start + runUntil fits a Timestamp
    MarketConfig market;
    ScenarioHostConfig host;
    QList<ScenarioEvent> events; // in file order; `at` never decreases and never passes runUntil

    // Unix seconds of a time given relative to `start`. The parser ensures that start + runUntil
    // and start + every availability's `until` fit a Timestamp.
    Timestamp absolute(quint64 secondsAfterStart) const {
        return start + static_cast<Timestamp>(secondsAfterStart);
    }

    friend bool operator==(const Scenario&, const Scenario&) = default;
};

} // namespace salesdesk
