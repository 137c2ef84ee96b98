set(FOLDER_SOURCES
    Desk.h Desk.cpp
    LocalChainSide.h LocalChainSide.cpp
    DemoOptions.h DemoOptions.cpp
    DemoTimeKeeper.h DemoTimeKeeper.cpp
)
