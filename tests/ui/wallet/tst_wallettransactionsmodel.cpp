// The transactions table's figures: fee = gas used × effective gas price in ETH, confirmations
// head − block + 1, the states in words.
#include "core/domain/TokenAmount.h"
#include "ui/wallet/WalletTransactionsModel.h"

#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

class TestWalletTransactionsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void feeIsGasUsedTimesTheEffectivePrice() {
        TransactionReceipt receipt;
        receipt.gasUsed = 51'234;
        receipt.effectiveGasPrice = UInt256(1'000'000'007ULL);
        const UInt256 fee = WalletTransactionsModel::feeOf(receipt);
        QCOMPARE(uint256::toDecimal(fee), QStringLiteral("51234000358638"));
        QCOMPARE(tokens::formatExact(fee, WalletTransactionsModel::ether(), QLocale::c()),
                 QStringLiteral("0.000051234000358638 ETH"));
        QCOMPARE(tokens::formatRounded(fee, WalletTransactionsModel::ether(), QLocale::c()),
                 QStringLiteral("0.000051 ETH"));
    }

    void confirmationsCountTheBlockItself() {
        TransactionRecord record;
        QCOMPARE(WalletTransactionsModel::confirmations(record, 100), std::nullopt); // not mined
        record.receipt = TransactionReceipt{};
        record.receipt->blockNumber = 90;
        QCOMPARE(WalletTransactionsModel::confirmations(record, std::nullopt), std::nullopt);
        QCOMPARE(WalletTransactionsModel::confirmations(record, 90), std::optional<quint64>(1));
        QCOMPARE(WalletTransactionsModel::confirmations(record, 100), std::optional<quint64>(11));
        // A head behind the block (another node, a reorg): nothing claimed.
        QCOMPARE(WalletTransactionsModel::confirmations(record, 89), std::nullopt);
    }

    void statesInWords() {
        QCOMPARE(WalletTransactionsModel::stateText(TransactionState::Signed),
                 QStringLiteral("signed"));
        QCOMPARE(WalletTransactionsModel::stateText(TransactionState::Sent),
                 QStringLiteral("sent"));
        QCOMPARE(WalletTransactionsModel::stateText(TransactionState::Mined),
                 QStringLiteral("mined"));
        QCOMPARE(WalletTransactionsModel::stateText(TransactionState::Failed),
                 QStringLiteral("failed"));
        QCOMPARE(WalletTransactionsModel::stateText(TransactionState::Dropped),
                 QStringLiteral("dropped"));
    }
};

QTEST_MAIN(TestWalletTransactionsModel)
#include "tst_wallettransactionsmodel.moc"
