set(FOLDER_SOURCES
    Desk.h Desk.cpp
    ChainHostSide.h ChainHostSide.cpp
    ChainBooksCheck.h ChainBooksCheck.cpp
    ChainBooks.h ChainBooks.cpp
    SaleGasEstimate.h SaleGasEstimate.cpp
    LocalChainSide.h LocalChainSide.cpp
    ChainClockKeeper.h ChainClockKeeper.cpp
    DemoOptions.h DemoOptions.cpp
    DemoTimeKeeper.h DemoTimeKeeper.cpp
    ChainWatch.h ChainWatch.cpp
    Withdrawal.h Withdrawal.cpp
    MarketEarningsReader.h MarketEarningsReader.cpp
)
