#pragma once

#include <functional>

namespace salesdesk {
class JsonRpcClient;
class VirtualClock;
} // namespace salesdesk

namespace salesdesk::test {

// Runs code under test that talks to a node (real or fake) on a VirtualClock: per step, lets the
// network and the posted work settle (no request in flight for three event-loop turns; a request
// that does not end within `waitMs` fails the drive), then checks `done`, then fires the clock's
// next timer. True once `done` holds; false when it does not after `maxSteps` steps, when the
// clock has no timer left and `done` still fails, or when a request hangs.
bool driveVirtualTime(JsonRpcClient& rpc, VirtualClock& clock, const std::function<bool()>& done,
                      int maxSteps, int waitMs = 10'000);

} // namespace salesdesk::test
