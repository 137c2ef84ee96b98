set(FOLDER_SOURCES
    SlotQueueItem.h SlotQueueItem.cpp
    SlotQueueContainer.h SlotQueueContainer.cpp
    SlotQueue.h SlotQueue.cpp
    SaleStateKind.h SaleStateKind.cpp
    SaleOutcome.h
    SalesData.h SalesData.cpp
    SalesHooks.h
    SalesContext.h
    ProofRounds.h ProofRounds.cpp
    SaleState.h SaleState.cpp
    ActiveSaleState.h ActiveSaleState.cpp
    SaleStateHelpers.h SaleStateHelpers.cpp
    SalesAgent.h SalesAgent.cpp
    OfflineSettlement.h OfflineSettlement.cpp
    Sales.h Sales.cpp
    CheckedSlotRoots.h CheckedSlotRoots.cpp
    SlotDataProtocol.h SlotDataProtocol.cpp
    NetworkSlotStore.h NetworkSlotStore.cpp
    HostHooks.h HostHooks.cpp
    states/SalePreparing.h states/SalePreparing.cpp
    states/SaleSlotReserving.h states/SaleSlotReserving.cpp
    states/SaleDownloading.h states/SaleDownloading.cpp
    states/SaleInitialProving.h states/SaleInitialProving.cpp
    states/SaleFilling.h states/SaleFilling.cpp
    states/SaleFilled.h states/SaleFilled.cpp
    states/SaleProving.h states/SaleProving.cpp
    states/SaleProvingSimulated.h states/SaleProvingSimulated.cpp
    states/SalePayout.h states/SalePayout.cpp
    states/SaleFinished.h states/SaleFinished.cpp
    states/SaleCancelled.h states/SaleCancelled.cpp
    states/SaleFailed.h states/SaleFailed.cpp
    states/SaleIgnored.h states/SaleIgnored.cpp
    states/SaleErrored.h states/SaleErrored.cpp
    states/SaleUnknown.h states/SaleUnknown.cpp
)
