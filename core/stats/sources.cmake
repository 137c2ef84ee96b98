set(FOLDER_SOURCES LedgerEntry.h Ledger.h Ledger.cpp)
