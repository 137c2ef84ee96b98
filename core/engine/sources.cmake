set(FOLDER_SOURCES HostEngine.h HostEngine.cpp)
