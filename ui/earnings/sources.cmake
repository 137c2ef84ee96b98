set(FOLDER_SOURCES
    EarningsChartView.h EarningsChartView.cpp
    EarningsPage.h EarningsPage.cpp
    EarningsSeries.h EarningsSeries.cpp
    LedgerCsvWriter.h LedgerCsvWriter.cpp
    LedgerEntriesFilter.h LedgerEntriesFilter.cpp
    LedgerEntriesModel.h LedgerEntriesModel.cpp
)
