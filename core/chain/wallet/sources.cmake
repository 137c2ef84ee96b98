set(FOLDER_SOURCES
    Wallet.h Wallet.cpp
    PassphraseKeyring.h PassphraseKeyring.cpp
)
