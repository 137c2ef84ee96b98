set(FOLDER_SOURCES
    ChainAccount.h ChainAccount.cpp
    Wallet.h Wallet.cpp
    PassphraseKeyring.h PassphraseKeyring.cpp
)
