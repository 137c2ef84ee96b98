# The Marketplace contract from the client's side: call data, decoded answers and errors.
set(FOLDER_SOURCES
    FillProof.h FillProof.cpp
    MarketplaceCalls.h MarketplaceCalls.cpp
    MarketplaceAnswers.h MarketplaceAnswers.cpp
    MarketplaceEvent.h MarketplaceEvent.cpp
    MarketplaceRevert.h MarketplaceRevert.cpp
    MarketplaceCheck.h MarketplaceCheck.cpp
)
