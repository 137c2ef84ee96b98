#include "tests/support/chain/VirtualTimeDriver.h"

#include "core/chain/rpc/JsonRpcClient.h"
#include "core/clock/VirtualClock.h"

#include <QCoreApplication>
#include <QTest>

namespace salesdesk::test {

bool driveVirtualTime(JsonRpcClient& rpc, VirtualClock& clock, const std::function<bool()>& done,
                      int maxSteps, int waitMs) {
    for (int step = 0; step < maxSteps; ++step) {
        // Let the network and the posted work settle before time moves.
        for (int quiet = 0; quiet < 3;) {
            QCoreApplication::processEvents();
            if (rpc.requestsInFlight() > 0) {
                quiet = 0;
                if (!QTest::qWaitFor([&] { return rpc.requestsInFlight() == 0; }, waitMs))
                    return false;
            } else {
                ++quiet;
            }
        }
        if (done())
            return true;
        if (!clock.runNext())
            return done();
    }
    return done();
}

} // namespace salesdesk::test
