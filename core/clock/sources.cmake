set(FOLDER_SOURCES
    Clock.h
    TimerQueue.h TimerQueue.cpp
    AcceleratedClock.h AcceleratedClock.cpp
    SystemClock.h SystemClock.cpp
    VirtualClock.h VirtualClock.cpp
)
