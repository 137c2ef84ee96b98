set(FOLDER_SOURCES
    SaleText.h SaleText.cpp
    RunningSalesModel.h RunningSalesModel.cpp
    SaleStatesModel.h SaleStatesModel.cpp
    FinishedSalesModel.h FinishedSalesModel.cpp
    SaleDetailsPane.h SaleDetailsPane.cpp
    SalesPage.h SalesPage.cpp)
