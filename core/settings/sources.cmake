set(FOLDER_SOURCES
    Setting.h Setting.cpp
    Settings.h Settings.cpp
    NetworkProfile.h NetworkProfile.cpp
)
