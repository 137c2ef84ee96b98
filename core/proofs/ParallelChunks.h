#pragma once

#include <QtGlobal>

#include <functional>

namespace salesdesk::proofs {

// Calls work(first, count) for consecutive ranges [first, first + count) that cover [0, total),
// each at most chunkSize long, and returns when all are done. The calling thread works through
// the ranges itself and up to idealThreadCount() - 1 helpers from the HashingPool join in when
// they get a thread; so this never waits for a free pool thread (it may be called from a pool
// thread, with every other one busy) and uses the cores bulk hashing may use when they are free,
// never the global pool's threads that proofs need. Ranges are handed out in order, so file reads
// stay close to sequential. `work` must be thread-safe.
void forEachChunk(quint64 total, quint64 chunkSize,
                  const std::function<void(quint64 first, quint64 count)>& work);

} // namespace salesdesk::proofs
