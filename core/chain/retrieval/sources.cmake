set(FOLDER_SOURCES
    Voucher.h Voucher.cpp
    VoucherCheck.h VoucherCheck.cpp
    VoucherBook.h VoucherBook.cpp
    RetrievalTerms.h RetrievalTerms.cpp
    SignedRetrievalTerms.h SignedRetrievalTerms.cpp
    RetrievableData.h
    RepoRetrievableData.h RepoRetrievableData.cpp
    RetrievalBook.h RetrievalBook.cpp
    RetrievalServer.h RetrievalServer.cpp
    RetrievalClient.h RetrievalClient.cpp
    ChannelFollower.h ChannelFollower.cpp
    ChannelClaimer.h ChannelClaimer.cpp
    RetrievalService.h RetrievalService.cpp
    RetrievalChannelsAbi.h RetrievalChannelsAbi.cpp
)
