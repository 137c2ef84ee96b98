set(FOLDER_SOURCES
    RlpItem.h RlpItem.cpp
    Rlp.h Rlp.cpp
    Signature.h
    SignatureBytes.h SignatureBytes.cpp
    Secp256k1.h Secp256k1.cpp
    PrivateKey.h PrivateKey.cpp
    Eip55.h Eip55.cpp
    Eip712Domain.h Eip712Domain.cpp
    Eip1559Transaction.h Eip1559Transaction.cpp
    Keystore.h Keystore.cpp
)
