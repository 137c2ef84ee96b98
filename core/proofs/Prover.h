#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/StorageProof.h"
#include "core/proofs/SlotDataSource.h"
#include "core/proofs/TreeCache.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QThreadPool;

namespace salesdesk {
class VirtualClock;
}

namespace salesdesk::proofs {

// Storage proofs for the engine, off the event loop: proofs run on the global thread pool
// (QtConcurrent), whole trees (buildTree()) on the HashingPool, so a due proof never waits behind
// a slot being hashed; the result comes back as a queued call on the Prover's thread. Call it from
// that thread; callbacks run there too, and never once `context` is destroyed (a null context means
// "no context": the callback runs while the Prover lives).
//
// Disk slots: the slot's tree (about 1 MiB per GiB of data) is kept in memory from buildTree()
// or the first proof until forget(). A proof re-reads and re-hashes the challenged blocks from the
// file every time and takes only the paths from the tree, so missing or damaged data never gives
// a valid proof: a missing or short file is an error (NotFound/Io), changed bytes give a proof
// that does not verify (and a warning in the log).
//
// Generated slots (no data stored): the generator keeps the upper levels of the slot's tree
// (SlotDataGenerator::groupTree(), process-wide cache); once they are there a proof makes and
// hashes only the challenged blocks' groups again (a few MiB), off the event loop like any proof.
//
// With a VirtualClock, each job holds the clock from its start until its callback has run (or its
// context is gone), so virtual time does not jump past outstanding proof work.
class Prover : public QObject {
    Q_OBJECT
public:
    using ProofCallback = std::function<void(Result<StorageProof>)>;
    using RootCallback = std::function<void(Result<Hash32>)>;

    // `clock` is only used when it is a VirtualClock; it must outlive the jobs or be destroyed
    // after the Prover.
    explicit Prover(Clock* clock = nullptr, QObject* parent = nullptr);
    ~Prover() override;

    // The slot's Merkle root, computed on the HashingPool. Disk: reads the whole file (large
    // sequential reads, the cores bulk hashing may use) and keeps the tree for later proofs,
    // replacing an older one. The engine compares the root with the expected slot root after a
    // download. Generator: the generator's tree (process-wide cache).
    void buildTree(const SlotDataSource& source, const QObject* context, RootCallback callback);

    // Answers `challenge` for the slot (ProofBuilder). Disk: builds the tree first when none is
    // kept for the slot and size (a proof asked for while buildTree() of the same slot is still
    // running reads the file on its own; wait for buildTree() to avoid reading it twice).
    void prove(const SlotDataSource& source, const Hash32& challenge, const QObject* context,
               ProofCallback callback);

    // The slot's data was deleted or is being replaced: drops its tree. A tree still being built
    // for it when forget() is called is not kept either.
    void forget(const SlotId& slot);

    // The root of the tree kept for a disk slot, if any.
    std::optional<Hash32> keptRoot(const SlotId& slot, quint64 slotSize) const;
    const TreeCache& keptTrees() const { return m_trees; }
    // Jobs started and not yet delivered.
    int outstanding() const { return m_outstanding; }

private:
    struct JobOutcome;
    using Work = std::function<JobOutcome()>;
    using Deliver = std::function<void(JobOutcome&)>;

    void launch(QThreadPool& pool, const SlotDataSource& source, const QObject* context, Work work,
                Deliver deliver);
    void finish(const SlotDataSource& source, quint64 generation, JobOutcome& outcome);
    quint64 generationOf(const SlotId& slot) const { return m_generations.value(slot, 0); }

    QPointer<VirtualClock> m_clock;
    mutable TreeCache m_trees;            // disk slots only; no limit, forget() removes
    QHash<SlotId, quint64> m_generations; // bumped by forget()
    int m_outstanding = 0;
};

} // namespace salesdesk::proofs
