set(FOLDER_SOURCES SettingsPage.h SettingsPage.cpp AboutDialog.h AboutDialog.cpp
    MarketSettingsBox.h MarketSettingsBox.cpp RetrievalSettings.h RetrievalSettings.cpp
    RetrievalSettingsBox.h RetrievalSettingsBox.cpp DealSettings.h DealSettings.cpp
    DealSettingsBox.h DealSettingsBox.cpp)
