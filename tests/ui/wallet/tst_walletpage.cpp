// The Wallet screen on a local test chain (anvil, started by the desk on a free loopback port):
// listed after the other screens, it shows the host's address and the balances the chain holds
// (read here independently of the desk), refuses a withdrawal above what may be withdrawn or to a
// mistyped address without asking anything, and sends one through the form: the recipient's
// balance rises by exactly the amount and the transaction shows as mined in the table.
// Its Ledger row shows the ledger kind by kind and whether the change it makes equals the
// chain's.
#include "core/chain/crypto/Eip55.h"
#include "core/chain/local/LocalChain.h"
#include "core/chain/market/ChainMarket.h"
#include "core/chain/market/Erc20.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/chain/tx/TransactionOutcome.h"
#include "core/clock/SystemClock.h"
#include "core/desk/Desk.h"
#include "core/desk/Withdrawal.h"
#include "core/domain/TokenAmount.h"
#include "core/stats/Ledger.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/DialogAnswer.h"
#include "tests/ui/LocalChainTestDesk.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"
#include "ui/mainwindow/DeskStatusBar.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/wallet/WalletPage.h"
#include "ui/wallet/WalletTransactionsModel.h"

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

class TestWalletPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    SystemClock m_clock;

    // What the chain says, asked over a client of our own.
    std::optional<UInt256> quantity(JsonRpcClient& rpc, const QString& method,
                                    const QJsonArray& params) {
        std::optional<RpcResult<UInt256>> answer;
        rpc.callQuantity(method, params, this,
                         [&](const RpcResult<UInt256>& result) { answer = result; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30'000) || !answer->ok())
            return std::nullopt;
        return answer->value();
    }
    std::optional<UInt256> tokenBalance(JsonRpcClient& rpc, const Address& token,
                                        const Address& holder) {
        const QJsonObject call{{QStringLiteral("to"), token.toHex()},
                               {QStringLiteral("data"), rpc::toData(erc20::balanceOf(holder))}};
        std::optional<RpcResult<QJsonValue>> answer;
        rpc.call(QStringLiteral("eth_call"), {call, QStringLiteral("latest")}, this,
                 [&](const RpcResult<QJsonValue>& result) { answer = result; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30'000) || !answer->ok())
            return std::nullopt;
        auto data = rpc::parseJsonData(answer->value());
        if (!data.ok())
            return std::nullopt;
        auto value = uint256::fromBigEndian(*data);
        return value.ok() ? std::optional<UInt256>(*value) : std::nullopt;
    }

private Q_SLOTS:
    void initTestCase() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SalesDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_walletpage"));
    }

    // The Ledger row shows the ledger's figures kind by kind, each where its name says, and the
    // change in tokens they make against the chain's: equal while both are nothing, and the
    // exact figures of both once the ledger books what the chain does not show.
    void showsTheLedgerKindByKindAgainstTheChain() {
        QTemporaryDir dir;
        std::unique_ptr<Desk> desk = test::startedLocalChainDesk(m_clock, dir.path());
        QVERIFY(desk);
        const TokenInfo info = desk->market().config().token;
        MainWindow window(*desk);
        window.show();
        window.showScreen(MainWindow::Screen::Wallet);
        auto* page = qobject_cast<WalletPage*>(window.page(MainWindow::Screen::Wallet));
        QVERIFY(page);
        const QString kinds = QStringLiteral("Deposited %1 · collateral returned %2 · paid out %3 "
                                             "· slashed %4");
        const QString zero = formatAmount(0);
        QTRY_COMPARE_WITH_TIMEOUT(page->ledgerText(),
                                  kinds.arg(zero, zero, zero, zero) +
                                      QStringLiteral("\nChange %1, equal to the chain's").arg(zero),
                                  20'000);

        // Hundredths of a token, distinct in every kind, so a figure in the wrong place shows.
        const auto hundredths = [&info](quint64 count) {
            UInt256 amount = count;
            for (int i = 2; i < info.decimals; ++i)
                amount *= 10;
            return amount;
        };
        const UInt256 deposited = hundredths(700);
        const UInt256 returned = hundredths(250);
        const UInt256 payout = hundredths(125);
        const UInt256 lost = hundredths(450);
        Ledger& ledger = desk->engine().ledger();
        const Timestamp now = m_clock.now();
        SD_VERIFY_OK(ledger.record(now, LedgerKind::CollateralDeposited, RequestId{}, 0,
                                   deposited - hundredths(300)));
        SD_VERIFY_OK(
            ledger.record(now, LedgerKind::CollateralDeposited, RequestId{}, 1, hundredths(300)));
        SD_VERIFY_OK(ledger.record(now, LedgerKind::CollateralReturned, RequestId{}, 1, returned));
        SD_VERIFY_OK(ledger.record(now, LedgerKind::Payout, RequestId{}, 1, payout));
        SD_VERIFY_OK(ledger.record(now, LedgerKind::CollateralLost, RequestId{}, 0, lost));
        auto totals = ledger.totals();
        SD_VERIFY_OK(totals);
        QCOMPARE(totals->deposited, deposited);
        QCOMPARE(totals->lost, lost);
        // The ledger's change: 2.50 + 1.25 − 7.00 = −3.25; the chain saw nothing.
        const QString expected = kinds.arg(formatAmount(deposited), formatAmount(returned),
                                           formatAmount(payout), formatAmount(lost)) +
                                 QStringLiteral("\nChange \u2212%1, but the chain's is %2")
                                     .arg(formatExactAmount(hundredths(325)), formatExactAmount(0));
        QTRY_COMPARE_WITH_TIMEOUT(page->ledgerText(), expected, 5'000);
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("walletLedger"))
                     ->property("ledgerEqualsChain")
                     .toBool(),
                 false);
        window.closeWithoutAsking();
        desk->stop();
    }

    void showsTheWalletAndWithdrawsThroughTheForm() {
        QTemporaryDir dir;
        std::unique_ptr<Desk> desk = test::startedLocalChainDesk(m_clock, dir.path());
        QVERIFY(desk);

        LocalChain& chain = desk->localChain()->chain();
        const Address host = chain.accounts().at(LocalChainSide::Options{}.hostAccount).address;
        const Address recipient = chain.accounts().last().address;
        QVERIFY(recipient != host);
        const Address token = desk->chainHost()->market().token();
        const TokenInfo info = desk->market().config().token;
        JsonRpcClient rpc(chain.rpcUrl(), m_clock);

        MainWindow window(*desk);
        window.show();
        // The Wallet comes after every other screen but Deals and Retrievals; theirs keep their
        // places.
        const QList<MainWindow::Screen> screens = window.screens();
        QCOMPARE(screens.size(), MainWindow::kScreenCount);
        QCOMPARE(screens.at(screens.size() - 3), MainWindow::Screen::Wallet);
        QCOMPARE(screens.at(screens.size() - 2), MainWindow::Screen::Deals);
        QCOMPARE(screens.last(), MainWindow::Screen::Retrievals);
        QCOMPARE(screens.indexOf(MainWindow::Screen::Settings), 7);
        QVERIFY(window.screenAction(MainWindow::Screen::Wallet) != nullptr);
        window.showScreen(MainWindow::Screen::Wallet);
        QCOMPARE(window.currentScreen(), MainWindow::Screen::Wallet);
        auto* page = qobject_cast<WalletPage*>(window.page(MainWindow::Screen::Wallet));
        QVERIFY(page);
        QCOMPARE(page->addressText(), eip55::toChecksumHex(host));

        // The balances the screen shows are the chain's.
        QTRY_VERIFY_WITH_TIMEOUT(page->withdrawable().has_value(), 30'000);
        const std::optional<UInt256> gas = quantity(rpc, QStringLiteral("eth_getBalance"),
                                                    {host.toHex(), QStringLiteral("latest")});
        const std::optional<UInt256> held = tokenBalance(rpc, token, host);
        QVERIFY(gas && held);
        QVERIFY(*held > 0);
        auto* gasLabel = page->findChild<QLabel*>(QStringLiteral("walletGasBalance"));
        auto* tokenLabel = page->findChild<QLabel*>(QStringLiteral("walletTokenBalance"));
        QVERIFY(gasLabel && tokenLabel);
        page->refreshNow();
        QCOMPARE(AmountCopy::exactTextOf(tokenLabel), formatExactAmount(*held));
        QCOMPARE(page->tokenBalanceText(), formatAmount(*held));
        QCOMPARE(AmountCopy::exactTextOf(gasLabel),
                 tokens::formatExact(*gas, WalletTransactionsModel::ether()));
        // No availability, so no sale needs collateral: all of it may be withdrawn.
        QCOMPARE(*page->withdrawable(), *held);
        QTRY_VERIFY_WITH_TIMEOUT(window.deskStatusBar()->chainText().startsWith(
                                     QStringLiteral("Local chain · node answering · block ")),
                                 10'000);
        QVERIFY2(window.deskStatusBar()->chainText().endsWith(QStringLiteral(" · 0 pending")),
                 qPrintable(window.deskStatusBar()->chainText()));

        auto* to = page->findChild<QLineEdit*>(QStringLiteral("withdrawRecipient"));
        auto* amount = page->findChild<QLineEdit*>(QStringLiteral("withdrawAmount"));
        auto* toError = page->findChild<QLabel*>(QStringLiteral("withdrawRecipientError"));
        auto* amountError = page->findChild<QLabel*>(QStringLiteral("withdrawAmountError"));
        auto* button = page->findChild<QPushButton*>(QStringLiteral("withdrawButton"));
        QVERIFY(to && amount && toError && amountError && button);

        // More than the balance, to a mistyped address: refused under the fields, nothing asked.
        QString checksummed = eip55::toChecksumHex(recipient);
        QString mistyped = checksummed;
        for (int i = 2; i < mistyped.size(); ++i)
            if (mistyped.at(i).isLetter()) {
                mistyped[i] =
                    mistyped.at(i).isUpper() ? mistyped.at(i).toLower() : mistyped.at(i).toUpper();
                break;
            }
        QVERIFY(mistyped != checksummed);
        to->setText(mistyped);
        amount->setText(tokens::formatExact(*held + 1, info, QLocale(), false));
        DialogAnswer guard{{}, {}, false}; // cancels a box that should not have come
        guard.armFor(this);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!toError->isHidden());
        QVERIFY2(!amountError->isHidden(), "an amount above the balance was taken");
        QVERIFY2(amountError->text().contains(QStringLiteral("more than you can withdraw")),
                 qPrintable(amountError->text()));
        QTest::qWait(50);
        QVERIFY2(guard.shown.isEmpty(), "a refused withdrawal asked for confirmation");
        QCOMPARE(page->transactionsModel()->rowCount(), 0);

        // A withdrawal through the form: confirmed, sent, mined.
        const std::optional<UInt256> before = tokenBalance(rpc, token, recipient);
        QVERIFY(before);
        auto exact = uint256::parse(u"12345678901234567891"); // 12.345678901234567891 TST
        SD_VERIFY_OK(exact);
        to->setText(checksummed);
        amount->setText(QLocale().toString(12) + QLocale().decimalPoint() +
                        QStringLiteral("345678901234567891"));
        std::optional<TransactionOutcome> finished;
        int finishedCount = 0;
        connect(page, &WalletPage::withdrawalFinished, this,
                [&](const TransactionOutcome& outcome) {
                    finished = outcome;
                    ++finishedCount;
                });
        DialogAnswer confirm{QStringLiteral("confirmWithdraw"), {}, true};
        confirm.armFor(this);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(confirm.shown, QStringLiteral("withdrawConfirmation"));
        QVERIFY(toError->isHidden());
        QVERIFY(amountError->isHidden());
        QVERIFY(QTest::qWaitFor([&] { return finished.has_value(); }, 60'000));
        const TransactionOutcome outcome = *finished;
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.describe()));
        const std::optional<UInt256> after = tokenBalance(rpc, token, recipient);
        QVERIFY(after);
        QCOMPARE(uint256::toDecimal(*after - *before), uint256::toDecimal(*exact));
        const std::optional<UInt256> hostAfter = tokenBalance(rpc, token, host);
        QVERIFY(hostAfter);
        QCOMPARE(uint256::toDecimal(*held - *hostAfter), uint256::toDecimal(*exact));

        // The table shows it mined, with the hash the chain has, its gas and fee.
        WalletTransactionsModel* model = page->transactionsModel();
        model->refreshNow();
        const int row = model->rowOfIntent(outcome.intentKey);
        QVERIFY(row >= 0);
        QVERIFY(outcome.hash && outcome.receipt);
        QCOMPARE(model->index(row, WalletTransactionsModel::StatusColumn).data().toString(),
                 QStringLiteral("mined"));
        QCOMPARE(model->index(row, WalletTransactionsModel::HashColumn)
                     .data(WalletTransactionsModel::HashRole)
                     .toString(),
                 outcome.hash->toHex());
        QCOMPARE(model->index(row, WalletTransactionsModel::HashColumn)
                     .data(AmountCopy::kExactAmountRole)
                     .toString(),
                 outcome.hash->toHex());
        QCOMPARE(model->index(row, WalletTransactionsModel::GasUsedColumn).data().toString(),
                 QLocale().toString(outcome.receipt->gasUsed));
        QCOMPARE(model->index(row, WalletTransactionsModel::FeeColumn)
                     .data(AmountCopy::kExactAmountRole)
                     .toString(),
                 tokens::formatExact(UInt256(outcome.receipt->gasUsed) *
                                         outcome.receipt->effectiveGasPrice,
                                     WalletTransactionsModel::ether()));
        QTRY_VERIFY_WITH_TIMEOUT(
            model->index(row, WalletTransactionsModel::ConfirmationsColumn).data().toString() !=
                QStringLiteral("—"),
            10'000);
        const quint64 shown = model->index(row, WalletTransactionsModel::ConfirmationsColumn)
                                  .data()
                                  .toString()
                                  .toULongLong();
        QVERIFY(shown >= 1);
        // The gas came out of the host's ETH: the screen shows the chain's new figure.
        const std::optional<UInt256> gasAfter = quantity(rpc, QStringLiteral("eth_getBalance"),
                                                         {host.toHex(), QStringLiteral("latest")});
        QVERIFY(gasAfter && *gasAfter < *gas);
        QTRY_COMPARE_WITH_TIMEOUT(AmountCopy::exactTextOf(gasLabel),
                                  tokens::formatExact(*gasAfter, WalletTransactionsModel::ether()),
                                  10'000);
        QVERIFY(to->text().isEmpty());
        QCOMPARE(finishedCount, 1); // sent once

        // The books against the chain: the withdrawal is no sale's, so they match (nothing with the
        // Marketplace on either side).
        QTRY_VERIFY_WITH_TIMEOUT(
            page->booksText().startsWith(QStringLiteral("Books match the chain\n")), 10'000);
        QVERIFY2(page->booksText().contains(
                     QStringLiteral("On chain: %1 out, %1 in").arg(formatAmount(0))),
                 qPrintable(page->booksText()));
        // A deposit the ledger books and the chain does not show: the exact difference.
        UInt256 deposit = 3;
        for (int i = 0; i < info.decimals; ++i)
            deposit *= 10;
        deposit += 7; // 3.000…007: the difference shows to the last base unit
        SD_VERIFY_OK(desk->engine().ledger().record(m_clock.now(), LedgerKind::CollateralDeposited,
                                                    RequestId{}, 0, deposit));
        const QString missing = QStringLiteral("The ledger books %1 more deposited than the chain "
                                               "shows sent to the Marketplace")
                                    .arg(tokens::formatExact(deposit, info));
        QTRY_VERIFY_WITH_TIMEOUT(page->booksText().startsWith(missing), 5'000);
        // The host sends that much to the Marketplace on chain, with another screen shown: the
        // hidden page reads nothing for it, and everything at once when it is shown again; the
        // follower reads the transfer, and the books match again.
        window.showScreen(MainWindow::Screen::Dashboard);
        QVERIFY(!model->isLive());
        const int readsWhileShown = model->readCount();
        std::optional<TransactionOutcome> toMarketplace;
        desk->chainHost()->transactions().send(
            QStringLiteral("test:to-marketplace"),
            Withdrawal::transaction(token, desk->chainHost()->options().marketplace, deposit, info),
            this, [&](const TransactionOutcome& sent) { toMarketplace = sent; });
        QVERIFY(QTest::qWaitFor([&] { return toMarketplace.has_value(); }, 60'000));
        QVERIFY2(toMarketplace->succeeded(), qPrintable(toMarketplace->describe()));
        QTest::qWait(2 * WalletTransactionsModel::kRefreshIntervalMs);
        QCOMPARE(model->readCount(), readsWhileShown);
        QCOMPARE(model->rowOfIntent(QStringLiteral("test:to-marketplace")), -1);
        window.showScreen(MainWindow::Screen::Wallet);
        QVERIFY(model->isLive());
        QCOMPARE(model->readCount(), readsWhileShown + 1);
        QVERIFY(model->rowOfIntent(QStringLiteral("test:to-marketplace")) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->booksText().startsWith(QStringLiteral("Books match the chain\n")), 20'000);
        QVERIFY2(page->booksText().contains(QStringLiteral("On chain: %1 out, %2 in")
                                                .arg(formatAmount(deposit), formatAmount(0))),
                 qPrintable(page->booksText()));

        // The node goes away: both say so within seconds, the last figures stay, and the event
        // loop keeps turning meanwhile (a 100 ms timer keeps firing).
        const QString lastTokens = page->tokenBalanceText();
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(100);
        chain.anvil().stop();
        QTRY_VERIFY_WITH_TIMEOUT(
            page->connectionText().startsWith(QStringLiteral("not answering since")), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(window.deskStatusBar()->chainText().startsWith(
                                     QStringLiteral("Local chain · node not answering since")),
                                 5'000);
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
        QCOMPARE(page->tokenBalanceText(), lastTokens);
        window.closeWithoutAsking();
        desk->stop();
    }
};

QTEST_MAIN(TestWalletPage)
#include "tst_walletpage.moc"
