set(FOLDER_SOURCES
    Error.h
    Result.h
    FixedBytes.h
    UInt256.h UInt256.cpp
)
