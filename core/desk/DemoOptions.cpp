#include "core/desk/DemoOptions.h"

#include "core/storage/QuotaDiskCheck.h"

#include <algorithm>

namespace salesdesk {

namespace {

constexpr quint64 kHour = 3600;

UInt256 wholeTokens(quint64 tokens) {
    UInt256 unit = 1;
    for (int i = 0; i < 18; ++i)
        unit *= 10;
    return UInt256(tokens) * unit;
}

} // namespace

SimulatedDeskOptions demoDeskOptions(const QString& dataDirectory) {
    using L = DemoMarketLimits;
    static_assert(L::kMaxPrice * L::kMaxDuration * L::kMaxCollateralPercent / 100 <=
                  L::kMaxCollateralPerByte);
    SimulatedDeskOptions options;
    options.engine.dataDirectory = dataDirectory;
    options.engine.hooks.storeData = false;
    options.engine.hooks.downloadBytesPerSecond = L::kDownloadBytesPerSecond;
    options.engine.hooks.batchBytes = L::kDownloadBytesPerSecond; // one batch a second
    options.initialHostFunds = demoHostFunds();
    SimulatedClientsConfig clients;
    clients.seed = 2026;
    clients.meanIntervalSeconds = 10 * 60;
    clients.minSlotSize = L::kMinSlotSize;
    clients.maxSlotSize = L::kMaxSlotSize;
    clients.meanSlotSize = (L::kMinSlotSize + L::kMaxSlotSize) / 2; // unused with a maximum
    clients.meanSlots = 3;
    clients.minDuration = L::kMinDuration;
    clients.maxDuration = L::kMaxDuration;
    clients.meanDuration = 7 * 24 * kHour; // unused with a maximum
    clients.meanExpiry = 4 * kHour;
    clients.meanPricePerBytePerSecond = (L::kMinPrice + L::kMaxPrice) / 2;
    clients.priceSpreadPercent = 50;
    clients.minCollateralPercent = L::kMinCollateralPercent;
    clients.maxCollateralPercent = L::kMaxCollateralPercent;
    clients.proofProbability = 8;
    // The dataset root would hash every slot of every request on the event loop as it is posted;
    // the market computes a slot's root from the generator when it first needs it instead.
    clients.computeMerkleRoot = false;
    options.demoClients = clients;
    if (auto free = QuotaDiskCheck::freeBytesAt(dataDirectory); free.ok())
        options.newBooksQuotaBytes = DemoQuota::firstQuota(*free);
    return options;
}

quint64 DemoQuota::firstQuota(quint64 freeBytes) {
    constexpr quint64 kGiB = 1ull << 30;
    const quint64 fits = QuotaDiskCheck::evaluate(0, 0, freeBytes).largestQuota();
    const quint64 quota = std::min(fits, kMaxFirstQuotaBytes);
    return quota >= kGiB ? quota / kGiB * kGiB : quota;
}

SimulatedDeskOptions smallDemoDeskOptions(const QString& dataDirectory) {
    SimulatedDeskOptions options = demoDeskOptions(dataDirectory);
    options.engine.hooks.storeData = true;
    options.engine.hooks.downloadBytesPerSecond = 0;
    options.newBooksQuotaBytes.reset(); // its slots are written: Repo's default quota
    SimulatedClientsConfig& clients = *options.demoClients;
    clients.meanIntervalSeconds = 180;
    clients.maxSlotSize = 0;
    clients.meanSlotSize = 256 * 1024;
    clients.maxDuration = 0;
    clients.meanDuration = 2 * kHour;
    clients.meanExpiry = 10 * 60;
    clients.proofProbability = 4;
    return options;
}

LocalChainDeskOptions localChainDeskOptions(const QString& dataDirectory) {
    LocalChainDeskOptions options;
    options.engine.dataDirectory = dataDirectory;
    options.downloadSlotData = true;
    // On the demo's clock (60× by default): a request every ten minutes of chain time, each
    // open for 50 minutes (under the shortest duration), so that a download has real seconds.
    options.chain.clients.meanIntervalSeconds = 600;
    options.chain.clients.expiry = 3000;
    options.chain.clients.minSlotSize = LocalChainDemoLimits::kMinSlotSize;
    options.chain.clients.maxSlotSize = LocalChainDemoLimits::kMaxSlotSize;
    return options;
}

NewAvailability demoAvailability(quint64 bytes) {
    NewAvailability offer;
    offer.totalSize = bytes;
    offer.duration = DemoMarketLimits::kMaxDuration;
    offer.minPricePerBytePerSecond = DemoMarketLimits::kMinPrice;
    offer.totalCollateral = UInt256(bytes) * DemoMarketLimits::kMaxCollateralPerByte;
    return offer;
}

UInt256 demoHostFunds() {
    return wholeTokens(1000);
}

} // namespace salesdesk
