# Direct storage deals, the provider's side (docs/deals.md).
set(FOLDER_SOURCES
    DealProposal.h DealProposal.cpp
    DealAsk.h DealAsk.cpp
    SignedDealAsk.h SignedDealAsk.cpp
    DealAcceptance.h DealAcceptance.cpp
    DealBook.h DealBook.cpp
    DirectDealsContract.h DirectDealsContract.cpp
    DealServer.h DealServer.cpp
    DealRunner.h DealRunner.cpp
    DealService.h DealService.cpp
    DealClient.h DealClient.cpp
    DealTerms.h DealTerms.cpp
    DemoDealClients.h DemoDealClients.cpp
)
