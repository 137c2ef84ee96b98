set(FOLDER_SOURCES
    Migration.h Schema.cpp
    Statement.h Statement.cpp
    Transaction.h Transaction.cpp
    DatabaseFileCheck.h DatabaseFileCheck.cpp
    Database.h Database.cpp
    SlotDataFiles.h SlotDataFiles.cpp
    SlotDataSweeper.h SlotDataSweeper.cpp
    RepoQuota.h RepoQuota.cpp
    Repo.h Repo.cpp
    QuotaDiskCheck.h QuotaDiskCheck.cpp
    HistoryStore.h HistoryStore.cpp
)
