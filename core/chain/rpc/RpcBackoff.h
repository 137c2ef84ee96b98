#pragma once

#include <QRandomGenerator>

namespace salesdesk {

// Waits between attempts of a retried request, in whole seconds (the Clock's unit): retry n
// (1, 2, …) waits base = min(initialSeconds · 2^(n-1), maxSeconds) plus a random jitter of 0 …
// base/2, so clients that failed together do not come back together. On a SystemClock a wait of
// s seconds ends at a wall-clock second boundary, s-1 … s seconds later.
struct RpcBackoff {
    qint64 initialSeconds = 1;
    qint64 maxSeconds = 30;

    // The base wait before retry `retry` (1 for the first retry), without jitter.
    qint64 baseDelay(int retry) const;
    // baseDelay(retry) plus 0 … baseDelay(retry)/2 drawn from `random`.
    qint64 delay(int retry, QRandomGenerator& random) const;
};

} // namespace salesdesk
