set(FOLDER_SOURCES
    MarketRecords.h LedgerErrors.h
    TokenBalances.h TokenBalances.cpp
    ProofSchedule.h ProofSchedule.cpp
    MarketBooks.h MarketBooks.cpp
    RequestFunctions.h RequestFunctions.cpp
    SlotFunctions.h SlotFunctions.cpp
    MarketLedger.h MarketLedger.cpp
    CompetingHosts.h CompetingHosts.cpp
    FaultInjector.h FaultInjector.cpp
    SimulatedValidator.h SimulatedValidator.cpp
    MarketSchema.h MarketSchema.cpp
    SimulatedMarketStore.h SimulatedMarketStore.cpp
    SimulatedMarket.h SimulatedMarket.cpp
    SimulatedMarketLoader.h SimulatedMarketLoader.cpp
    SimulationControl.h SimulationControl.cpp
    SimulatedClients.h SimulatedClients.cpp
)
