set(FOLDER_SOURCES
    EventLogEntry.h EventLogEntry.cpp
    EngineEventCollector.h EngineEventCollector.cpp
    EventLogModel.h EventLogModel.cpp
    EventHistory.h EventHistory.cpp
    EventFilterProxy.h EventFilterProxy.cpp
    AlertBanner.h AlertBanner.cpp
    EventsPage.h EventsPage.cpp)
