#pragma once

#include "core/storage/Migration.h"

#include <vector>

namespace salesdesk {

// The schema of the simulated market's file (SimulatedMarketStore), oldest first. Append new
// migrations; never edit a released one.
const std::vector<Migration>& marketSchemaMigrations();

} // namespace salesdesk
