set(FOLDER_SOURCES Formatting.h Formatting.cpp DemoSpeeds.h DemoSpeeds.cpp ColumnSizing.h
    ColumnSizing.cpp)
