set(FOLDER_SOURCES SettingsPage.h SettingsPage.cpp AboutDialog.h AboutDialog.cpp
    MarketSettingsBox.h MarketSettingsBox.cpp)
