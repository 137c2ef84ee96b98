set(FOLDER_SOURCES
    Error.h
    Result.h
    ContextGuard.h
    FixedBytes.h
    UInt256.h UInt256.cpp
    TotalSteps.h
    TokenInfo.h
    TokenAmount.h TokenAmount.cpp
    PriceUnits.h PriceUnits.cpp
    AbiEncoder.h AbiEncoder.cpp
    MarketStates.h MarketStates.cpp
    StorageAsk.h
    StorageContent.h
    StorageRequest.h StorageRequest.cpp
    Slot.h Slot.cpp
    Availability.h
    Reservation.h
    CrashPoint.h CrashPoint.cpp
)
