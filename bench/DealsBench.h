#pragma once

#include "bench/BenchReport.h"

namespace salesdesk::bench {

// deals: the gas of a provider's direct-deal and retrieval-channel calls on a local anvil, read
// from the receipts: deposit into the DirectDeals escrow, publishDeal, the activating proof and a
// later period's proof, settle, closeExpired, and a retrieval channel's voucher claim; for data of
// five blocks and (not in quick mode) of 64 MiB. Then the retrieval benchmark (vouchers signed and
// checked per second, paid against free retrieval over loopback).
bool runDealsBench(const BenchOptions& options, BenchReport& report);

} // namespace salesdesk::bench
