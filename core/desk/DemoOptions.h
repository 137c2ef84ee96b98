#pragma once

#include "core/desk/Desk.h"
#include "core/reservations/AvailabilityParams.h"

namespace salesdesk {

// The demo desk that `salesdesk` opens with no arguments: a storage market at a storage market's
// scale, on byte accounting and generated data, so no slot is ever written to disk.
//
// Requests: 1 to 5 slots of 1 to 4 GiB each (log-uniform), for 1 to 30 days (log-uniform; 30 days
// is the market's request duration limit), open for 2 to 6 hours.
//
// Price: 2 base units per byte per second on average (1 to 3). With an 18-decimal token one base
// unit per byte per second is 2^40 · 2,592,000 / 10^18 ≈ 2.85 tokens per TiB per 30 days, the
// smallest price the contract can express; 2 units ≈ 5.7 tokens per TiB per month, about what
// cloud object storage costs per TB and month if a token is worth a dollar.
//
// Collateral: 25 to 75 % of what the slot pays over the request (price × duration per byte), so a
// slash (20 % of the collateral) costs 5 to 15 % of the slot's pay, and a lost slot the whole
// collateral. The host starts with 1,000 tokens: the collateral of every demo request fits in
// about 6 · 10^6 base units per byte, so that is enough for about 150 TiB on offer.
//
// Why these numbers at 60× (one real minute is one simulated hour): a request every 10 simulated
// minutes on average (every ~10 real seconds); a slot "downloads" at 32 MiB/s (a 4 GiB slot in
// about two real seconds), then its tree is made from the generator once (measured on a shared
// two-core machine under load: 6.4 s for 4 GiB, 240 s for 64 GiB), then the fill waits for the next
// 2-minute proof period (2 real seconds): the first sales are filled within the first real minute.
// Slots are bounded to 4 GiB because every slot's tree is made once from all of its bytes, on the
// same two worker threads that answer every proof: a bigger slot keeps them busy for several proof
// periods at 60×, and other slots then miss proofs. A proof is asked for about every 8th period,
// and costs three 1 MiB groups made and hashed again.
// New books (a data directory opened for the first time) get DemoQuota::firstQuota of the free
// space of the directory's disk (newBooksQuotaBytes); existing books keep their quota.
SimulatedDeskOptions demoDeskOptions(const QString& dataDirectory);

// The demo desk at the scale it had before it was a storage market's: slots of about 256 KiB for
// about 2 hours, a request about every 3 simulated minutes, a proof about every 4th period, and
// the slot data written to disk. Every sale runs its whole life (download, fill, proofs, payout)
// within a few simulated hours, through every step a host takes: for the crash tests
// (`salesdesk-cli demo --small`), which must reach each of them within seconds.
SimulatedDeskOptions smallDemoDeskOptions(const QString& dataDirectory);

// The desk `salesdesk --market local-chain` opens in <dataDirectory>: anvil with demo clients
// posting a request about every 2 minutes, of 1 to 4 slots of 256 KiB to 1 MiB for 1 to 6 hours,
// whose data the engine downloads from the clients' server, checks and writes to disk
// (downloadSlotData). The slots are small so that a run writes megabytes, not gigabytes: at most 4
// MiB a request, about 50 MiB an hour on average if the host takes every slot, deleted at each
// request's end.
LocalChainDeskOptions localChainDeskOptions(const QString& dataDirectory);

// The local chain's demo clients' slot sizes.
struct LocalChainDemoLimits {
    static constexpr quint64 kMinSlotSize = 256ull << 10;
    static constexpr quint64 kMaxSlotSize = 1ull << 20;
};

// The demo clients' limits, for those who check against them.
struct DemoMarketLimits {
    static constexpr quint64 kMinSlotSize = 1ull << 30;
    static constexpr quint64 kMaxSlotSize = 4ull << 30;
    static constexpr quint64 kMinDuration = 24 * 3600;
    static constexpr quint64 kMaxDuration = 30 * 24 * 3600;
    static constexpr quint64 kMinPrice = 1; // base units per byte per second
    static constexpr quint64 kMaxPrice = 3;
    static constexpr int kMinCollateralPercent = 25; // of the slot's payout
    static constexpr int kMaxCollateralPercent = 75;
    // kMaxPrice · kMaxDuration · kMaxCollateralPercent / 100, rounded up.
    static constexpr quint64 kMaxCollateralPerByte = 6'000'000;
    static constexpr quint64 kDownloadBytesPerSecond = 32ull << 20;
};

// The storage quota a new demo desk starts with, given the free space of its data directory's
// disk: as much as leaves QuotaDiskCheck's reserve free (the quota never promises more disk than
// is free, though the demo writes no slot data), at most kMaxFirstQuotaBytes, in whole GiB. With
// the demo's slots of 1 to 4 GiB, a 20 GiB quota took about six slots and then ignored every
// request for days of simulated time; the disk of a desktop takes dozens or hundreds.
struct DemoQuota {
    // 1 TiB: the generator keeps the trees of about that much generated slot data (TreeCache), so
    // proofs stay a few groups' work; also the demo host's collateral suffices for 150 TiB.
    static constexpr quint64 kMaxFirstQuotaBytes = 1ull << 40;
    static quint64 firstQuota(quint64 freeBytes);
};

// A first availability that takes every demo request that fits: `bytes` for up to 30 days, at any
// price the demo clients offer, with collateral for every byte at the most a demo request asks.
NewAvailability demoAvailability(quint64 bytes);

// What the demo host holds when its market is new: 1,000 tokens (18 decimals).
UInt256 demoHostFunds();

} // namespace salesdesk
