#pragma once

#include "bench/BenchReport.h"

namespace salesdesk::bench {

// Paid retrieval: vouchers signed and checked per second (VoucherCheck, the provider's check
// before a voucher counts as paid), and a slot of the host's repo (64 MiB; --quick: 4 MiB)
// fetched over loopback from RetrievalServer by RetrievalClient: paid with a voucher every chunk
// (1 MiB chunks, and chunks growing by 1 MiB), against the same chunks free and the whole slot
// as one free chunk (every answer holds at most 1 MiB: RetrievalServer::Config::maxResponseBytes).
// The goal is a paid retrieval at 0.8 × the free one or better.
bool runRetrievalBench(const BenchOptions& options, BenchReport& report);

} // namespace salesdesk::bench
