#pragma once

#include "bench/BenchApplication.h"
#include "bench/BenchReport.h"
#include "bench/StallProbe.h"

#include <QString>

#include <functional>
#include <vector>

namespace salesdesk::bench {

// Prints what the event loop was busy with during a GUI run: the receivers that took the most
// time in deliveries of `slowDeliveryMs` or more, and the deliveries inside the three longest
// gaps of the probe (each named by `labelName` of the gap's label, e.g. the screen shown).
void reportSlowDeliveries(BenchReport& report,
                          const std::vector<BenchApplication::SlowDelivery>& slow,
                          const StallProbe& probe, double slowDeliveryMs,
                          const std::function<QString(int label)>& labelName);

} // namespace salesdesk::bench
