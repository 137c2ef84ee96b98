set(FOLDER_SOURCES
    SlotQueueModel.h SlotQueueModel.cpp
    SlotQueueSortProxy.h SlotQueueSortProxy.cpp
    SlotQueuePage.h SlotQueuePage.cpp)
