set(FOLDER_SOURCES
    OutgoingTransaction.h
    TransactionReceipt.h TransactionReceipt.cpp
    TransactionSender.h
    ReceiptWaiter.h ReceiptWaiter.cpp
    UnlockedAccountSender.h UnlockedAccountSender.cpp
    TransactionState.h TransactionState.cpp
    TransactionRecord.h
    TransactionOutcome.h TransactionOutcome.cpp
    TransactionStore.h TransactionStore.cpp
    TransactionFees.h TransactionFees.cpp
    BroadcastAnswer.h BroadcastAnswer.cpp
    TransactionRpc.h TransactionRpc.cpp
    ReceiptPoller.h ReceiptPoller.cpp
    PendingTransaction.h PendingTransaction.cpp
    TransactionManager.h TransactionManager.cpp
)
