// The Wallet screen's "Direct deals escrow" box on a local test chain (anvil, started by the
// desk, with the DirectDeals contract deployed): it shows the free escrow the contract reports
// (read here independently of the desk), refuses bad amounts and amounts above each move's limit
// under the field, naming the limit, without asking or sending anything, sends nothing when the
// confirmation is cancelled, and moves exact amounts both ways: a deposit raises the escrow and
// lowers the wallet's token balance by exactly the amount, a withdrawal does the reverse.
#include "core/chain/abi/AbiValue.h"
#include "core/chain/local/LocalChain.h"
#include "core/chain/market/ChainMarket.h"
#include "core/chain/market/Erc20.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/chain/tx/TransactionOutcome.h"
#include "core/chain/tx/TransactionStore.h"
#include "core/clock/SystemClock.h"
#include "core/desk/ChainHostSide.h"
#include "core/desk/Desk.h"
#include "core/desk/LocalChainSide.h"
#include "core/domain/AbiEncoder.h"
#include "core/domain/TokenAmount.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/DialogAnswer.h"
#include "tests/ui/LocalChainTestDesk.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/wallet/DealEscrowBox.h"
#include "ui/wallet/WalletPage.h"

#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace salesdesk;
using namespace salesdesk::ui;
using salesdesk::test::DialogAnswer;

class TestDealEscrowBox : public QObject {
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    SystemClock m_clock;

    // One word a contract answers to eth_call at the latest block, asked over a client of our own.
    std::optional<UInt256> callWord(JsonRpcClient& rpc, const Address& contract,
                                    const QByteArray& data) {
        const QJsonObject call{{QStringLiteral("to"), contract.toHex()},
                               {QStringLiteral("data"), rpc::toData(data)}};
        std::optional<RpcResult<QJsonValue>> answer;
        rpc.call(QStringLiteral("eth_call"), {call, QStringLiteral("latest")}, this,
                 [&](const RpcResult<QJsonValue>& result) { answer = result; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30'000) || !answer->ok())
            return std::nullopt;
        auto bytes = rpc::parseJsonData(answer->value());
        if (!bytes.ok())
            return std::nullopt;
        auto value = uint256::fromBigEndian(*bytes);
        return value.ok() ? std::optional<UInt256>(*value) : std::nullopt;
    }
    // The free escrow of `account` in the DirectDeals contract, as the contract answers it.
    std::optional<UInt256> escrowOf(JsonRpcClient& rpc, const Address& directDeals,
                                    const Address& account) {
        return callWord(rpc, directDeals,
                        abi::encodeCall("balanceOf(address)", {abi::address(account)}));
    }
    // Every intent the host's transaction manager stored, and those it has queued or in flight.
    static int transactionCount(ChainHostSide& side) {
        TransactionStore store(side.database());
        auto records = store.recent(side.address(), side.transactions().options().chainId, 10'000);
        return records.ok()
                   ? static_cast<int>(records->size()) + side.transactions().activeIntents()
                   : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SalesDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dealescrowbox"));
    }

    void showsRefusesAndMovesTheEscrowExactly() {
        QTemporaryDir dir;
        std::unique_ptr<Desk> desk = test::startedLocalChainDesk(m_clock, dir.path());
        QVERIFY(desk);
        ChainHostSide& side = *desk->chainHost();
        const Address host = side.address();
        const Address token = side.market().token();
        const Address directDeals = side.options().directDeals;
        const TokenInfo info = desk->market().config().token;
        QVERIFY(!directDeals.isZero());
        QVERIFY(DealEscrowBox::available(*desk));
        JsonRpcClient rpc(desk->localChain()->chain().rpcUrl(), m_clock);

        MainWindow window(*desk);
        window.show();
        window.showScreen(MainWindow::Screen::Wallet);
        auto* page = qobject_cast<WalletPage*>(window.page(MainWindow::Screen::Wallet));
        QVERIFY(page);
        auto* box = page->findChild<DealEscrowBox*>(QStringLiteral("dealEscrowBox"));
        QVERIFY2(box, "the Wallet screen of a chain with DirectDeals has no escrow box");
        QVERIFY(box->isVisible());
        auto* balance = box->findChild<QLabel*>(QStringLiteral("escrowBalance"));
        auto* amount = box->findChild<QLineEdit*>(QStringLiteral("escrowAmount"));
        auto* amountError = box->findChild<QLabel*>(QStringLiteral("escrowAmountError"));
        auto* withdrawButton = box->findChild<QPushButton*>(QStringLiteral("escrowWithdrawButton"));
        auto* depositButton = box->findChild<QPushButton*>(QStringLiteral("escrowDepositButton"));
        QVERIFY(balance && amount && amountError && withdrawButton && depositButton);

        // The box shows the free escrow the contract reports, and the wallet's balance is known.
        QTRY_VERIFY_WITH_TIMEOUT(box->escrowBalance().has_value(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(box->depositable().has_value(), 30'000);
        const std::optional<UInt256> escrowAtStart = escrowOf(rpc, directDeals, host);
        const std::optional<UInt256> walletAtStart = callWord(rpc, token, erc20::balanceOf(host));
        QVERIFY(escrowAtStart && walletAtStart);
        QVERIFY(*walletAtStart > 0);
        QCOMPARE(uint256::toDecimal(*box->escrowBalance()), uint256::toDecimal(*escrowAtStart));
        QCOMPARE(AmountCopy::exactTextOf(balance), formatExactAmount(*escrowAtStart));
        // No availability, so no sale needs collateral: all of the wallet may be deposited.
        QCOMPARE(uint256::toDecimal(*box->depositable()), uint256::toDecimal(*walletAtStart));

        const int sentAtStart = transactionCount(side);
        QVERIFY(sentAtStart >= 0);
        // Types `text`, clicks `button` and expects a refusal under the field containing
        // `expected`, with no box asked and nothing sent.
        const auto refused = [&](QPushButton* button, const QString& text,
                                 const QString& expected) {
            amount->setText(text);
            const int sentBefore = transactionCount(side);
            DialogAnswer guard{{}, {}, false}; // cancels a box that should not have come
            guard.armFor(this);
            QTest::mouseClick(button, Qt::LeftButton);
            QTest::qWait(50);
            if (guard.shown.isEmpty() && !amountError->isHidden() &&
                amountError->text().contains(expected) && transactionCount(side) == sentBefore)
                return QString();
            return QStringLiteral("\"%1\" via %2: box %3, error shown %4 (\"%5\"), %6 sent")
                .arg(text, button->objectName(), guard.shown)
                .arg(!amountError->isHidden())
                .arg(amountError->text())
                .arg(transactionCount(side) - sentBefore);
        };
        const QString decimalPoint = QLocale().decimalPoint();
        QString problem;
        // Bad input, either way.
        problem = refused(depositButton, QString(), QStringLiteral("Enter the amount"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = refused(withdrawButton, QStringLiteral("abc"), QString());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = refused(depositButton,
                          QStringLiteral("0") + decimalPoint +
                              QString(info.decimals, QLatin1Char('0')) + QStringLiteral("1"),
                          QString());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = refused(depositButton, QStringLiteral("0"), QStringLiteral("more than zero"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // One base unit above the wallet's balance: refused, naming the limit exactly.
        problem =
            refused(depositButton, tokens::formatExact(*walletAtStart + 1, info, QLocale(), false),
                    QStringLiteral("at most %1").arg(tokens::formatExact(*walletAtStart, info)));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // One base unit above the free escrow.
        problem =
            refused(withdrawButton, tokens::formatExact(*escrowAtStart + 1, info, QLocale(), false),
                    QStringLiteral("at most %1").arg(tokens::formatExact(*escrowAtStart, info)));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // An exact amount, to the last base unit: 7.000000000000000013 tokens.
        UInt256 deposit = 7;
        for (int i = 0; i < info.decimals; ++i)
            deposit *= 10;
        deposit += 13;
        QVERIFY(deposit < *walletAtStart);
        const QString depositText = tokens::formatExact(deposit, info, QLocale(), false);

        // The deposit confirmed, then cancelled: nothing is sent, the escrow does not move.
        amount->setText(depositText);
        DialogAnswer cancel{{}, {}, true};
        cancel.armFor(this);
        QTest::mouseClick(depositButton, Qt::LeftButton);
        QCOMPARE(cancel.shown, QStringLiteral("escrowDepositConfirmation"));
        QVERIFY(amountError->isHidden());
        QTest::qWait(50);
        QCOMPARE(transactionCount(side), sentAtStart);
        QVERIFY(box->statusText().isEmpty());
        const std::optional<UInt256> escrowCancelled = escrowOf(rpc, directDeals, host);
        QVERIFY(escrowCancelled);
        QCOMPARE(uint256::toDecimal(*escrowCancelled), uint256::toDecimal(*escrowAtStart));

        std::optional<TransactionOutcome> finished;
        int finishedCount = 0;
        connect(box, &DealEscrowBox::moveFinished, this, [&](const TransactionOutcome& outcome) {
            finished = outcome;
            ++finishedCount;
        });

        // The deposit confirmed: approve, then deposit; the escrow rises and the wallet falls by
        // exactly the amount.
        amount->setText(depositText);
        DialogAnswer confirmDeposit{QStringLiteral("confirmEscrowDeposit"), {}, true};
        confirmDeposit.armFor(this);
        QTest::mouseClick(depositButton, Qt::LeftButton);
        QCOMPARE(confirmDeposit.shown, QStringLiteral("escrowDepositConfirmation"));
        QVERIFY(!depositButton->isEnabled()); // no second move while one is under way
        QVERIFY(QTest::qWaitFor([&] { return finished.has_value(); }, 90'000));
        QVERIFY2(finished->succeeded(), qPrintable(finished->describe()));
        QVERIFY2(finished->intentKey.startsWith(QStringLiteral("escrow-deposit:")),
                 qPrintable(finished->intentKey));
        QCOMPARE(finishedCount, 1);
        QCOMPARE(transactionCount(side), sentAtStart + 2); // the approval and the deposit
        const std::optional<UInt256> escrowDeposited = escrowOf(rpc, directDeals, host);
        const std::optional<UInt256> walletDeposited = callWord(rpc, token, erc20::balanceOf(host));
        QVERIFY(escrowDeposited && walletDeposited);
        QCOMPARE(uint256::toDecimal(*escrowDeposited - *escrowAtStart),
                 uint256::toDecimal(deposit));
        QCOMPARE(uint256::toDecimal(*walletAtStart - *walletDeposited),
                 uint256::toDecimal(deposit));
        // Exactly the amount was approved, and the deposit used all of it.
        const std::optional<UInt256> allowance =
            callWord(rpc, token, erc20::allowance(host, directDeals));
        QVERIFY(allowance);
        QCOMPARE(uint256::toDecimal(*allowance), QStringLiteral("0"));
        QTRY_COMPARE_WITH_TIMEOUT(AmountCopy::exactTextOf(balance),
                                  formatExactAmount(*escrowDeposited), 10'000);
        QVERIFY(box->statusText().startsWith(QStringLiteral("Deposited: mined in block ")));
        QVERIFY(amount->text().isEmpty());

        // Now one base unit above the (non-zero) free escrow is refused, naming it.
        problem = refused(
            withdrawButton, tokens::formatExact(*escrowDeposited + 1, info, QLocale(), false),
            QStringLiteral("at most %1").arg(tokens::formatExact(*escrowDeposited, info)));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(transactionCount(side), sentAtStart + 2);

        // A withdrawal of part of it: the escrow falls and the wallet rises by exactly that.
        UInt256 withdrawal = 2;
        for (int i = 0; i < info.decimals; ++i)
            withdrawal *= 10;
        withdrawal += 5; // 2.000000000000000005
        finished.reset();
        amount->setText(tokens::formatExact(withdrawal, info, QLocale(), false));
        DialogAnswer confirmWithdrawal{QStringLiteral("confirmEscrowWithdraw"), {}, true};
        confirmWithdrawal.armFor(this);
        QTest::mouseClick(withdrawButton, Qt::LeftButton);
        QCOMPARE(confirmWithdrawal.shown, QStringLiteral("escrowWithdrawConfirmation"));
        QVERIFY(QTest::qWaitFor([&] { return finished.has_value(); }, 90'000));
        QVERIFY2(finished->succeeded(), qPrintable(finished->describe()));
        QVERIFY2(finished->intentKey.startsWith(QStringLiteral("escrow-withdraw:")),
                 qPrintable(finished->intentKey));
        QCOMPARE(finishedCount, 2);
        QCOMPARE(transactionCount(side), sentAtStart + 3);
        const std::optional<UInt256> escrowWithdrawn = escrowOf(rpc, directDeals, host);
        const std::optional<UInt256> walletWithdrawn = callWord(rpc, token, erc20::balanceOf(host));
        QVERIFY(escrowWithdrawn && walletWithdrawn);
        QCOMPARE(uint256::toDecimal(*escrowDeposited - *escrowWithdrawn),
                 uint256::toDecimal(withdrawal));
        QCOMPARE(uint256::toDecimal(*walletWithdrawn - *walletDeposited),
                 uint256::toDecimal(withdrawal));
        QTRY_COMPARE_WITH_TIMEOUT(AmountCopy::exactTextOf(balance),
                                  formatExactAmount(*escrowWithdrawn), 10'000);
        QVERIFY(box->statusText().startsWith(QStringLiteral("Withdrawn: mined in block ")));

        window.closeWithoutAsking();
        desk->stop();
    }
};

QTEST_MAIN(TestDealEscrowBox)
#include "tst_dealescrowbox.moc"
