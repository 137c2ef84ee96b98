set(FOLDER_SOURCES
    Desk.h Desk.cpp
    DemoOptions.h DemoOptions.cpp
    DemoTimeKeeper.h DemoTimeKeeper.cpp
)
