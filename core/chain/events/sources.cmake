set(FOLDER_SOURCES
    ChainLog.h ChainLog.cpp
    ChainBlockHeader.h ChainBlockHeader.cpp
    EventCursorState.h
    EventCursorStatus.h
    EventCursorStore.h EventCursorStore.cpp
    LogRangeReader.h LogRangeReader.cpp
    EventFilterKey.h EventFilterKey.cpp
    EventCursor.h EventCursor.cpp
)
