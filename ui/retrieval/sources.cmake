set(FOLDER_SOURCES
    RetrievalsModel.h RetrievalsModel.cpp
    ChannelsModel.h ChannelsModel.cpp
    RetrievalsPage.h RetrievalsPage.cpp
)
