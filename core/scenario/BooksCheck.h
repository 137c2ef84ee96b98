#pragma once

#include "core/domain/Result.h"

#include <QString>
#include <QStringList>

namespace salesdesk {

// The books of a desk's data directory checked from outside, while no Sales Desk has it open
// (salesdesk-cli check): the host's database and the simulated market's file are read without
// writing (Database::openReadOnly), and the slot data folder is only listed.
//
// Violations:
// - the invariants of InvariantChecker::checkStored: per availability bytes and collateral, the
//   repo's quota, every slot of ours backed by a reservation, and the host's balance on the
//   market == what desks minted to it (Desk::hostFunds) − Σ deposited + Σ returned + Σ payout as
//   the ledger books them;
// - a slot_data record whose file is missing or shorter than recorded (data lost);
// - a record of generated data (Repo::recordGeneratedSlotData: the host does not store data, so
//   no file is expected) above its slot's size (from the slot's reservation or the market).
// Notes (not violations): what a crash leaves and the repo tidies when it next opens (a file
// without a record, a file longer than its record: Repo::open).
//
// An error (not a verdict) when the directory holds no desk, or is in use, or a file cannot be
// read.
class BooksCheck {
public:
    struct Findings {
        QStringList violations;
        QStringList notes;
        bool ok() const { return violations.isEmpty(); }
    };

    static Result<Findings> run(const QString& dataDirectory);
};

} // namespace salesdesk
