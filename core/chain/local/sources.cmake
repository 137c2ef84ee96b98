set(FOLDER_SOURCES
    AnvilLocator.h AnvilLocator.cpp
    AnvilProcess.h AnvilProcess.cpp
    LocalChain.h LocalChain.cpp
    LogEmitter.h LogEmitter.cpp
)
