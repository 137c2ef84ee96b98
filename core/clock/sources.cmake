set(FOLDER_SOURCES
    Clock.h
    AcceleratedClock.h AcceleratedClock.cpp
    SystemClock.h SystemClock.cpp
    VirtualClock.h VirtualClock.cpp
)
