set(FOLDER_SOURCES
    DashboardPage.h DashboardPage.cpp
    DashboardFigures.h DashboardFigures.cpp
    DashboardCharts.h DashboardCharts.cpp
    SeriesThinning.h SeriesThinning.cpp
    FigureCard.h FigureCard.cpp
    NextPayoutsModel.h NextPayoutsModel.cpp
)
