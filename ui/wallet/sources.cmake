set(FOLDER_SOURCES
    UnlockWalletDialog.h UnlockWalletDialog.cpp
    CreateWalletDialog.h CreateWalletDialog.cpp
    WalletTransactionsModel.h WalletTransactionsModel.cpp
    WalletPage.h WalletPage.cpp
    DealEscrowBox.h DealEscrowBox.cpp
)
