#pragma once

#include <QStringList>

namespace salesdesk::app {

// `salesdesk-cli demo`: the GUI's demo desk without a window (the demo market, its clients and
// the engine on an accelerated clock) over a data directory, for a given real time or until
// SIGINT/SIGTERM. Crash tests and the crash soak drive it.
int runDemoCommand(const QStringList& arguments);

} // namespace salesdesk::app
