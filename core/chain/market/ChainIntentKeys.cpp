#include "core/chain/market/ChainIntentKeys.h"

namespace salesdesk {

namespace {

QString keyOf(QLatin1String action, const SlotId& slot, quint64 round) {
    QString key = action + QLatin1Char('/') + slot.toHex();
    if (round > 0)
        key += QLatin1Char('/') + QString::number(round);
    return key;
}

QString withAttempt(QString key, int attempt) {
    if (attempt > 0)
        key += QStringLiteral("/again%1").arg(attempt);
    return key;
}

} // namespace

QString ChainIntentKeys::reserve(const SlotId& slot, quint64 round) {
    return keyOf(QLatin1String("reserveSlot"), slot, round);
}

QString ChainIntentKeys::fill(const SlotId& slot, quint64 round, int attempt) {
    return withAttempt(keyOf(QLatin1String("fillSlot"), slot, round), attempt);
}

QString ChainIntentKeys::proof(const SlotId& slot, quint64 period, int attempt) {
    return withAttempt(QStringLiteral("submitProof/%1/%2").arg(slot.toHex()).arg(period), attempt);
}

QString ChainIntentKeys::free(const SlotId& slot, quint64 round) {
    return keyOf(QLatin1String("freeSlot"), slot, round);
}

} // namespace salesdesk
