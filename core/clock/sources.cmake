set(FOLDER_SOURCES
    Clock.h
)
