#include "core/desk/DemoOptions.h"

namespace salesdesk {

SimulatedDeskOptions demoDeskOptions(const QString& dataDirectory) {
    SimulatedDeskOptions options;
    options.engine.dataDirectory = dataDirectory;
    SimulatedClientsConfig clients;
    clients.seed = 2026;
    clients.meanIntervalSeconds = 180;
    clients.meanSlotSize = 256 * 1024;
    clients.meanSlots = 3;
    clients.meanDuration = 2 * 3600;
    clients.meanExpiry = 10 * 60;
    clients.meanPricePerBytePerSecond = 1000;
    clients.collateralPerByte = 1;
    clients.proofProbability = 4;
    options.demoClients = clients;
    return options;
}

NewAvailability demoAvailability(quint64 bytes) {
    NewAvailability offer;
    offer.totalSize = bytes;
    offer.duration = 7 * 24 * 3600;
    offer.minPricePerBytePerSecond = 500;
    offer.totalCollateral = UInt256(bytes) * 2;
    return offer;
}

} // namespace salesdesk
