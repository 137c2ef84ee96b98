set(FOLDER_SOURCES
    AbiType.h AbiType.cpp
    AbiValue.h AbiValue.cpp
    AbiCodec.h AbiCodec.cpp
    AbiEntry.h
    ContractAbi.h ContractAbi.cpp
)
