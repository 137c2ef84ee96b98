#pragma once

#include "core/sales/SaleStateKind.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

namespace salesdesk::ui {

// How the sales and events screens name and mark the states of a sale.

// "Proving", "Reserving slot", …: the state as a provider reads it (translated).
QString saleStateName(SaleStateKind kind);
// An accent for the state that reads on light and dark palettes (a timeline dot, a list icon).
QColor saleStateAccent(SaleStateKind kind);
// A round dot of the state's accent, for lists and timelines.
QIcon saleStateIcon(SaleStateKind kind);
// The running states in the order a sale passes them. Proving stands for ProvingSimulated too
// (the demo's proving with deliberate failures is proving to the user).
QList<SaleStateKind> runningSaleStates();
// "0x1a2b3c…7e8f": a 0x-prefixed hex id shortened for a table cell (the full id is the tooltip).
QString shortHexId(const QString& hex);

} // namespace salesdesk::ui
