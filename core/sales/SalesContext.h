#pragma once

#include "core/sales/SalesHooks.h"

namespace salesdesk {

class Clock;
class Database;
class Ledger;
class Market;
class ProofRounds;
class Repo;
class Reservations;
class SlotQueue;

// What every sale needs: the market, time, the books, the repo, the queue, the ledger and the
// host hooks. Owned by HostEngine, which outlives Sales; Sales, agents and states hold a
// reference.
struct SalesContext {
    Database& database; // cleanup runs as one transaction over books, repo and ledger
    Market& market;
    Clock& clock;
    Reservations& reservations;
    Repo& repo;
    SlotQueue& queue;
    Ledger& ledger;
    ProofRounds& proofRounds; // the proving slots' periodic checks
    SalesHooks hooks;
    // Every Nth proof is deliberately invalid (SaleProvingSimulated); 0: off.
    int simulateProofFailures = 0;
};

} // namespace salesdesk
