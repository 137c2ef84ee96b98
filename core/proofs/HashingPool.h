#pragma once

#include <QThreadPool>

namespace salesdesk::proofs {

// The threads for bulk hashing: a slot's whole Merkle tree (Prover::buildTree), a downloaded
// slot's root checked against its request (SlotRootCheck), the demo's slot data generated and
// written batch by batch (HostHooks), and the helpers forEachChunk() adds to any of these.
//
// Why a pool of its own: a 4 GiB slot's tree takes minutes on two busy cores. On the global pool,
// where the Prover computes proofs (Prover::prove), that work would take every thread, and a proof
// due meanwhile would queue behind it and miss its period. Bulk work runs here instead, on one
// thread fewer than the machine has cores (at least one), and never on the global pool: however
// much hashing is queued, a proof finds a thread of its own there (two on a two-core machine,
// where bulk work gets one) and a core's worth of time besides.
class HashingPool {
public:
    // The pool, made with threadCountFor(QThread::idealThreadCount()) threads on first use.
    static QThreadPool& instance();
    // The bulk-hashing threads for a machine with `cores` cores: all but one, at least one.
    static int threadCountFor(int cores);
};

} // namespace salesdesk::proofs
