set(FOLDER_SOURCES
    Clock.h
    ClockHold.h ClockHold.cpp
    TurnSplitter.h TurnSplitter.cpp
    TimerQueue.h TimerQueue.cpp
    AcceleratedClock.h AcceleratedClock.cpp
    SystemClock.h SystemClock.cpp
    NodeWaitClock.h NodeWaitClock.cpp
    VirtualClock.h VirtualClock.cpp
)
