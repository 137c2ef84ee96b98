set(FOLDER_SOURCES MainWindow.h MainWindow.cpp)
