set(FOLDER_SOURCES MainWindow.h MainWindow.cpp SellingToolBar.h SellingToolBar.cpp DeskStatusBar.h DeskStatusBar.cpp ScreenshotRun.h ScreenshotRun.cpp ChainScreenshotRun.h ChainScreenshotRun.cpp)
