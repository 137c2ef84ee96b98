set(FOLDER_SOURCES
    RotatingLogFile.h RotatingLogFile.cpp
    Logging.h Logging.cpp
)
