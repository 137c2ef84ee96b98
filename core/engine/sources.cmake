set(FOLDER_SOURCES HostEngine.h HostEngine.cpp Desk.h Desk.cpp)
