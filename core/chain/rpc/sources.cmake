set(FOLDER_SOURCES
    RpcHex.h RpcHex.cpp
    RpcError.h RpcError.cpp
    RpcResult.h
    RpcBackoff.h RpcBackoff.cpp
    RpcAnswerParser.h RpcAnswerParser.cpp
    JsonRpcClient.h JsonRpcClient.cpp
    RevertData.h RevertData.cpp
    ContractErrorTable.h ContractErrorTable.cpp
    ChainIdCheck.h ChainIdCheck.cpp
    NewHeadsWatcher.h NewHeadsWatcher.cpp
)
