#include "core/chain/rpc/RpcBackoff.h"

#include <algorithm>

namespace salesdesk {

qint64 RpcBackoff::baseDelay(int retry) const {
    const qint64 initial = std::max<qint64>(0, initialSeconds);
    const qint64 cap = std::max(initial, maxSeconds);
    qint64 delay = initial;
    for (int n = 1; n < retry && delay < cap; ++n)
        delay = delay > cap / 2 ? cap : delay * 2;
    return std::min(delay, cap);
}

qint64 RpcBackoff::delay(int retry, QRandomGenerator& random) const {
    const qint64 base = baseDelay(retry);
    const qint64 jitter = base / 2;
    return base + (jitter > 0 ? static_cast<qint64>(random.bounded(quint64(jitter) + 1)) : 0);
}

} // namespace salesdesk
