# The Marketplace contract from the client's side: call data, decoded answers and errors; and
# ChainMarket, the engine's Market over them (reads, transactions, events).
set(FOLDER_SOURCES
    FillProof.h FillProof.cpp
    MarketplaceCalls.h MarketplaceCalls.cpp
    MarketplaceAnswers.h MarketplaceAnswers.cpp
    MarketplaceEvent.h MarketplaceEvent.cpp
    MarketplaceRevert.h MarketplaceRevert.cpp
    MarketplaceCheck.h MarketplaceCheck.cpp
    Erc20.h Erc20.cpp
    TokenTransferFollower.h TokenTransferFollower.cpp
    TransferTotalsReader.h TransferTotalsReader.cpp
    MarketReply.h
    ChainMarketRpc.h ChainMarketRpc.cpp
    ChainIntentKeys.h ChainIntentKeys.cpp
    ChainMarketTransactions.h ChainMarketTransactions.cpp
    ChainMarketEvents.h ChainMarketEvents.cpp
    ChainMarket.h ChainMarket.cpp
)
