set(FOLDER_SOURCES MainWindow.h MainWindow.cpp DeskStatusBar.h DeskStatusBar.cpp ScreenshotRun.h ScreenshotRun.cpp)
