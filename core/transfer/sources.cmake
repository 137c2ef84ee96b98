set(FOLDER_SOURCES
    ContentRange.h ContentRange.cpp
    SlotFileAppender.h SlotFileAppender.cpp
    SlotDownload.h SlotDownload.cpp
    SlotRootCheck.h SlotRootCheck.cpp
)
