#pragma once

#include <QtGlobal>

namespace salesdesk::bench {

// The process's peak resident set size so far (VmHWM in /proc/self/status), in bytes; 0 where
// the kernel does not report it.
quint64 peakResidentBytes();
// CPU time the process used so far, user plus system, all threads (getrusage), in seconds.
double cpuSeconds();

} // namespace salesdesk::bench
