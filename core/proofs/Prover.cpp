#include "core/proofs/Prover.h"

#include "core/clock/VirtualClock.h"
#include "core/proofs/HashingPool.h"
#include "core/proofs/ProofBuilder.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/proofs/SlotFileReader.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

Q_LOGGING_CATEGORY(lcProver, "salesdesk.proofs.prover")

namespace salesdesk::proofs {

// What a job hands back to the Prover's thread. Default-constructible for QFuture.
struct Prover::JobOutcome {
    std::optional<Error> error;
    std::shared_ptr<const MerkleTree> builtTree; // a disk tree this job read, to keep
    Hash32 root;
    std::optional<StorageProof> proof;
    std::vector<quint64> damagedBlocks; // challenged blocks whose hash differs from the tree's
    qint64 elapsedMs = 0;
};

namespace {

QString kindName(ProofSource kind) {
    return kind == ProofSource::Disk ? QStringLiteral("disk") : QStringLiteral("generator");
}

} // namespace

Prover::Prover(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(dynamic_cast<VirtualClock*>(clock)) {}

Prover::~Prover() = default;

void Prover::buildTree(const SlotDataSource& source, const QObject* context,
                       RootCallback callback) {
    Work work = [source] {
        JobOutcome outcome;
        QElapsedTimer timer;
        timer.start();
        if (source.kind == ProofSource::Generator) {
            outcome.root =
                SlotDataGenerator::slotRoot(source.requestId, source.slotIndex, source.slotSize);
        } else if (auto tree = SlotFileReader::buildTree(source.filePath, source.slotSize);
                   tree.ok()) {
            outcome.builtTree = std::make_shared<const MerkleTree>(std::move(tree).value());
            outcome.root = outcome.builtTree->root();
        } else {
            outcome.error = tree.error();
        }
        outcome.elapsedMs = timer.elapsed();
        return outcome;
    };
    launch(HashingPool::instance(), source, context, std::move(work),
           [callback = std::move(callback)](JobOutcome& done) {
               if (done.error)
                   callback(*done.error);
               else
                   callback(done.root);
           });
}

void Prover::prove(const SlotDataSource& source, const Hash32& challenge, const QObject* context,
                   ProofCallback callback) {
    std::shared_ptr<const MerkleTree> kept;
    if (source.kind == ProofSource::Disk)
        kept = m_trees.find(source.slotId, source.slotSize);
    Work work = [source, challenge, kept] {
        JobOutcome outcome;
        QElapsedTimer timer;
        timer.start();
        if (source.kind == ProofSource::Generator) {
            outcome.proof =
                proveFromGenerator(source.requestId, source.slotIndex, source.slotSize, challenge);
            outcome.elapsedMs = timer.elapsed();
            return outcome;
        }
        std::shared_ptr<const MerkleTree> tree = kept;
        if (!tree) {
            auto built = SlotFileReader::buildTree(source.filePath, source.slotSize);
            if (!built.ok()) {
                outcome.error = built.error();
                return outcome;
            }
            tree = std::make_shared<const MerkleTree>(std::move(built).value());
            outcome.builtTree = tree;
        }
        outcome.root = tree->root();
        auto proof = ProofBuilder::fromFile(*tree, source.filePath, source.slotSize, challenge);
        if (!proof.ok()) {
            outcome.error = proof.error();
        } else {
            for (const BlockOpening& opening : proof->openings)
                if (opening.blockHash != tree->leaves()[opening.blockIndex])
                    outcome.damagedBlocks.push_back(opening.blockIndex);
            outcome.proof = std::move(proof).value();
        }
        outcome.elapsedMs = timer.elapsed();
        return outcome;
    };
    // On the global pool, which bulk hashing leaves alone (HashingPool).
    launch(*QThreadPool::globalInstance(), source, context, std::move(work),
           [callback = std::move(callback)](JobOutcome& done) {
               if (done.error)
                   callback(*done.error);
               else
                   callback(std::move(*done.proof));
           });
}

void Prover::forget(const SlotId& slot) {
    m_trees.remove(slot);
    m_generations[slot] = generationOf(slot) + 1;
}

std::optional<Hash32> Prover::keptRoot(const SlotId& slot, quint64 slotSize) const {
    if (auto tree = m_trees.find(slot, slotSize))
        return tree->root();
    return std::nullopt;
}

void Prover::launch(QThreadPool& pool, const SlotDataSource& source, const QObject* context,
                    Work work, Deliver deliver) {
    // Released when the callback has run, when the context turned out to be gone, or when the
    // Prover is destroyed first (the watcher and this connection go with it).
    auto hold = std::make_shared<VirtualClock::Hold>();
    if (m_clock)
        *hold = VirtualClock::Hold(*m_clock);
    const bool hasContext = context != nullptr;
    const QPointer<const QObject> guard(context);
    const quint64 generation = generationOf(source.slotId);
    ++m_outstanding;

    auto* watcher = new QFutureWatcher<JobOutcome>(this);
    connect(
        watcher, &QFutureWatcherBase::finished, this,
        [this, watcher, source, generation, hasContext, guard, hold, deliver = std::move(deliver)] {
            JobOutcome outcome = watcher->result();
            watcher->deleteLater();
            --m_outstanding;
            finish(source, generation, outcome);
            if (!hasContext || !guard.isNull())
                deliver(outcome);
            else
                qCDebug(lcProver).noquote()
                    << "result dropped, its receiver is gone: slotId=" + source.slotId.toHex();
            hold->release();
        });
    watcher->setFuture(QtConcurrent::run(&pool, std::move(work)));
}

void Prover::finish(const SlotDataSource& source, quint64 generation, JobOutcome& outcome) {
    const QString slot = source.slotId.toHex();
    if (outcome.builtTree) {
        if (generation == generationOf(source.slotId)) {
            m_trees.insert(source.slotId, source.slotSize, outcome.builtTree);
            qCInfo(lcProver).noquote()
                << QStringLiteral("tree built slotId=%1 blocks=%2 root=%3 in %4 ms")
                       .arg(slot)
                       .arg(outcome.builtTree->leafCount())
                       .arg(outcome.builtTree->root().toHex())
                       .arg(outcome.elapsedMs);
        } else {
            qCInfo(lcProver).noquote()
                << QStringLiteral("tree of slotId=%1 not kept: the slot was forgotten meanwhile")
                       .arg(slot);
        }
    }
    if (outcome.error) {
        qCWarning(lcProver).noquote()
            << QStringLiteral("%1 job failed slotId=%2: %3")
                   .arg(kindName(source.kind), slot, outcome.error->message);
        return;
    }
    for (const quint64 block : outcome.damagedBlocks)
        qCWarning(lcProver).noquote()
            << QStringLiteral("block %1 of slotId=%2 no longer matches its hash from when it was "
                              "stored: the data is damaged and the proof will not verify")
                   .arg(block)
                   .arg(slot);
    if (outcome.proof)
        qCDebug(lcProver).noquote()
            << QStringLiteral("proof slotId=%1 challenge=%2 (%3) in %4 ms")
                   .arg(slot, outcome.proof->challenge.toShortHex(), kindName(source.kind))
                   .arg(outcome.elapsedMs);
}

} // namespace salesdesk::proofs
