set(FOLDER_SOURCES HostEngine.h HostEngine.cpp Desk.h Desk.cpp DemoTimeKeeper.h DemoTimeKeeper.cpp DemoOptions.h DemoOptions.cpp)
