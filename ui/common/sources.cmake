set(FOLDER_SOURCES Formatting.h Formatting.cpp)
