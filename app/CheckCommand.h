#pragma once

#include <QStringList>

namespace salesdesk::app {

// `salesdesk-cli check --data-dir DIR`: the books of a data directory checked from outside
// (BooksCheck). Exit 0: they reconcile; 1: violations (listed on stdout); 2: bad input.
int runCheckCommand(const QStringList& arguments);

} // namespace salesdesk::app
