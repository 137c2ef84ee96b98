set(FOLDER_SOURCES
    Clock.h
    SystemClock.h SystemClock.cpp
    VirtualClock.h VirtualClock.cpp
)
