#pragma once

#include <QtGlobal>

namespace salesdesk {

// The marketplace's configuration (Codex deployment defaults, docs/market-rules.md).
struct MarketConfig {
    quint64 periodSeconds = 120;
    quint64 proofTimeout = 30;
    quint8 downtime = 64;
    quint8 downtimeProduct = 67;
    quint8 maxReservations = 3;
    quint8 repairRewardPercentage = 10;
    quint8 slashPercentage = 20;
    quint8 maxNumberOfSlashes = 2;
    quint8 validatorRewardPercentage = 20;
    quint64 requestDurationLimit = 30 * 24 * 3600;

    friend bool operator==(const MarketConfig&, const MarketConfig&) = default;
};

} // namespace salesdesk
