set(FOLDER_SOURCES
    Market.h MarketConfig.h MarketError.h MarketEventKind.h MarketResult.h
    RetryingMarket.h RetryingMarket.cpp
)
