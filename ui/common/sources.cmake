set(FOLDER_SOURCES Formatting.h Formatting.cpp AmountCopy.h AmountCopy.cpp TokenAxis.h
    TokenAxis.cpp DemoSpeeds.h DemoSpeeds.cpp ColumnSizing.h
    ColumnSizing.cpp ContentsSizingPause.h ContentsSizingPause.cpp ThemedIcon.h ThemedIcon.cpp BatchedTableModel.h ChainText.h ChainText.cpp DialogFit.h DialogFit.cpp FieldLabels.h
    FieldLabels.cpp LiveRefresh.h LiveRefresh.cpp MarketTotals.h MarketTotals.cpp MarketsWatch.h
    MarketsWatch.cpp ServicePage.h ServicePage.cpp)
