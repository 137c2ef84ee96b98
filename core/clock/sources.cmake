set(FOLDER_SOURCES
    Clock.h
    ClockHold.h ClockHold.cpp
    TimerQueue.h TimerQueue.cpp
    AcceleratedClock.h AcceleratedClock.cpp
    SystemClock.h SystemClock.cpp
    VirtualClock.h VirtualClock.cpp
)
