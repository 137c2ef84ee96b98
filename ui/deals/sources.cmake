set(FOLDER_SOURCES
    DealsModel.h DealsModel.cpp
    DealsPage.h DealsPage.cpp
)
