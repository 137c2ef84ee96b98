#pragma once

#include "bench/BenchReport.h"

namespace salesdesk::bench {

// (a) reservation lifecycles per second on a file database, next to the raw sqlite3 C API doing
// the same number of single-row write transactions with the same pragmas; (b) findAvailability
// latency with 10,000 availabilities and 100,000 reservations.
bool runReservationsBench(const BenchOptions& options, BenchReport& report);

} // namespace salesdesk::bench
