set(FOLDER_SOURCES
    Market.h MarketConfig.h MarketError.h MarketResult.h
    RetryingMarket.h RetryingMarket.cpp
)
