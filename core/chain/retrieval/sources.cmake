set(FOLDER_SOURCES
    Voucher.h Voucher.cpp
    VoucherCheck.h VoucherCheck.cpp
    VoucherBook.h VoucherBook.cpp
)
