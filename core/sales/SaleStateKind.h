#pragma once

#include <QString>

namespace salesdesk {

// The states of a sale (docs/architecture.md). Names as the reference prints them.
enum class SaleStateKind {
    Unknown,
    Preparing,
    SlotReserving,
    Downloading,
    InitialProving,
    Filling,
    Filled,
    Proving,
    ProvingSimulated,
    Payout,
    Finished,
    Cancelled,
    Failed,
    Ignored,
    Errored,
};

QString toString(SaleStateKind kind); // "SalePreparing", …
bool isTerminal(SaleStateKind kind);

} // namespace salesdesk
