#pragma once

#include "core/scenario/JsonFields.h"

#include <QtGlobal>

#include <limits>

namespace salesdesk {

// What a scenario file may ask of the runner. Every numeric field of the format has a bound, so
// that a file cannot make a run allocate without end or hash for hours: the parser refuses a
// value past its bound (exit 2, "<JSON path>: must be at most <limit> (<why>), got <value>").
// docs/scenario-runner.md lists them with their reasons; the committed scenarios stay far below
// (the largest asks 4 slots of 64 MiB and runs 7200 s).
struct ScenarioLimits {
    static constexpr quint64 KiB = 1024, MiB = 1024 * KiB, GiB = 1024 * MiB;

    // Simulated time. The clock jumps from one wake-up to the next; wake-ups come at least once
    // per proof period for every proving slot, so a run costs its number of periods.
    static constexpr quint64 kMaxRunSeconds = 366 * 86'400; // a year
    static constexpr quint64 kMaxPeriods = 1'000'000;       // runUntil / market.periodSeconds
    static constexpr quint64 kMaxPeriodSeconds = 86'400;    // market.periodSeconds, proofTimeout
    // Durations and `until` within 32-bit seconds, as the simulated market keeps them.
    static constexpr quint64 kMaxDurationSeconds = std::numeric_limits<qint32>::max();

    // Work per event: the invariant checker runs after every event.
    static constexpr quint64 kMaxEvents = 10'000;

    // Data. A simulated client hashes a request's whole dataset when it posts the request: the
    // request id covers content.merkleRoot, so the root must exist then. These bounds keep that
    // cost to about 2 s per request on two cores, 4 s for all requests together (SHA-256 at
    // about 0.5 s per GiB), and the hashes of one slot's tree to 16,384 leaves.
    static constexpr quint64 kMaxSlots = 256;                // request.slots
    static constexpr quint64 kMaxSlotSize = 1 * GiB;         // request.slotSize
    static constexpr quint64 kMaxDatasetBytes = 4 * GiB;     // slots * slotSize of one request
    static constexpr quint64 kMaxAllDatasetsBytes = 8 * GiB; // of every request of the file

    // Sizes the host accounts for but does not allocate (quota, availabilities): a petabyte.
    static constexpr quint64 kMaxAccountedBytes = 1ull << 50;
    static constexpr quint64 kMaxDownloadBytesPerSecond = 1ull << 40; // a TiB per second

    // Counts.
    static constexpr quint64 kMaxWorkers = 1'000;       // host.maxWorkers
    static constexpr quint64 kMaxQueueSize = 1'000'000; // host.queueMaxSize
    static constexpr quint64 kMaxFailEveryNProofs = 1'000'000;
    static constexpr quint64 kMaxCompetingReservations = 255; // othersReserve.count

    static constexpr JsonFields::IntegerRange range(quint64 min, quint64 max, const char* why) {
        return JsonFields::IntegerRange{min, max, why};
    }
};

} // namespace salesdesk
