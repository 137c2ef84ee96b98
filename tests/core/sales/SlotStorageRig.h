#pragma once

#include "core/clock/VirtualClock.h"
#include "core/domain/Result.h"
#include "core/proofs/Prover.h"
#include "core/storage/Database.h"
#include "core/storage/Repo.h"

#include <QTemporaryDir>

#include <memory>

namespace salesdesk::test {

// What the tests of a host's slot storage (HostHooks, NetworkSlotStore) stand on: a temporary
// folder, a virtual clock, the host's database in it with its repo of slot files (`slots`), and a
// prover on that clock. Destroyed in the reverse order.
class SlotStorageRig {
public:
    static Result<std::unique_ptr<SlotStorageRig>> open(qint64 start);

    QTemporaryDir& dir() { return m_dir; }
    VirtualClock& clock() { return m_clock; }
    Database& database() { return *m_database; }
    Repo& repo() { return *m_repo; }
    proofs::Prover& prover() { return *m_prover; }

private:
    explicit SlotStorageRig(qint64 start);

    QTemporaryDir m_dir;
    VirtualClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repo> m_repo;
    std::unique_ptr<proofs::Prover> m_prover;
};

} // namespace salesdesk::test
