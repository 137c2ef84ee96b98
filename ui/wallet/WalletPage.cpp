#include "ui/wallet/WalletPage.h"

#include "core/chain/crypto/Eip55.h"
#include "core/chain/market/ChainMarket.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/desk/ChainBooks.h"
#include "core/desk/ChainHostSide.h"
#include "core/desk/ChainWatch.h"
#include "core/desk/Desk.h"
#include "core/desk/Withdrawal.h"
#include "core/domain/TokenAmount.h"
#include "core/reservations/Reservations.h"
#include "core/sales/Sales.h"
#include "core/sales/SalesAgent.h"
#include "core/stats/Ledger.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/ChainText.h"
#include "ui/common/ColumnSizing.h"
#include "ui/common/FieldLabels.h"
#include "ui/common/Formatting.h"
#include "ui/dashboard/NextPayoutsModel.h"
#include "ui/wallet/DealEscrowBox.h"
#include "ui/wallet/WalletTransactionsModel.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace salesdesk::ui {

Q_LOGGING_CATEGORY(lcWalletPage, "salesdesk.ui.walletpage")

namespace {

constexpr char kBaseTip[] = "walletBaseToolTip";

// The amount rounded, exactly on hover and copy, under what the figure is.
void showAmount(QLabel* label, const UInt256& amount) {
    AmountCopy::setAmount(label, amount);
    label->setToolTip(label->property(kBaseTip).toString() + QLatin1Char('\n') +
                      amountToolTip(amount));
}

void showError(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

WalletPage::WalletPage(Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_watch(*desk.chainWatch())
    // Changes are read in batches of 250 ms, and only while the page is shown.
    , m_refresh(250, false, [this] { read(); }) {
    setObjectName(QStringLiteral("walletPage"));
    ChainHostSide& side = m_watch.side();
    const TokenInfo token = side.market().config().token;

    auto* account = new QGroupBox(tr("Wallet"), this);
    auto* form = new QFormLayout(account);
    m_address = new QLabel(eip55::toChecksumHex(side.address()), account);
    m_address->setObjectName(QStringLiteral("walletAddress"));
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* copy = new QPushButton(tr("Copy"), account);
    copy->setObjectName(QStringLiteral("copyAddress"));
    copy->setToolTip(tr("Copy the address to the clipboard"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_address->text()); });
    auto* addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address);
    addressRow->addWidget(copy);
    addressRow->addStretch(1);
    form->addRow(tr("Address:"), addressRow);
    const auto figure = [&](const QString& name, const QString& label, const QString& tip) {
        auto* value = new QLabel(account);
        value->setObjectName(name);
        value->setToolTip(tip);
        value->setProperty(kBaseTip, tip);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, value);
        return value;
    };
    m_token = figure(QStringLiteral("walletTokenBalance"), tr("Token balance:"),
                     tr("The %1 this wallet holds (the token's balanceOf)").arg(token.symbol));
    m_gas = figure(QStringLiteral("walletGasBalance"), tr("Gas balance:"),
                   tr("The ETH this wallet holds to pay for transactions"));
    m_locked = figure(QStringLiteral("walletCollateralLocked"), tr("Collateral locked:"),
                      tr("Deposited in filled slots, returned at the end"));
    m_pending = figure(QStringLiteral("walletPayoutsPending"), tr("Payouts pending:"),
                       tr("What the hosted slots pay when their requests end"));
    m_withdrawable = figure(QStringLiteral("walletWithdrawable"), tr("Withdrawable:"),
                            tr("The token balance minus the collateral the open sales still need "
                               "to fill their slots"));
    m_books = figure(QStringLiteral("walletBooks"), tr("Books:"),
                     tr("The %1 this wallet sent to the Marketplace and received from it, "
                        "followed on the chain since this data folder was bound to it, against "
                        "the ledger's deposits (out) and its payouts and returned collateral (in)")
                         .arg(token.symbol));
    m_books->setWordWrap(true);
    m_ledger = figure(QStringLiteral("walletLedger"), tr("Ledger:"),
                      tr("What the ledger books: collateral deposited into slots, collateral "
                         "returned when they ended, payouts, and collateral slashed; then the "
                         "change in %1 they make, against the chain's change (what the "
                         "Marketplace sent this wallet less what the wallet sent it)")
                          .arg(token.symbol));
    m_ledger->setWordWrap(true);
    m_connection = figure(QStringLiteral("walletConnection"), tr("Node:"), QString());
    m_connection->setWordWrap(true);

    auto* send = new QGroupBox(tr("Withdraw tokens"), this);
    auto* sendForm = new QFormLayout(send);
    m_recipient = new QLineEdit(send);
    m_recipient->setObjectName(QStringLiteral("withdrawRecipient"));
    m_recipient->setPlaceholderText(tr("0x… (checksum case, or all lower case)"));
    m_recipient->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_recipientError = problemMessageLabel(QStringLiteral("withdrawRecipientError"), send);
    auto* recipientBox = new QVBoxLayout;
    recipientBox->addWidget(m_recipient);
    recipientBox->addWidget(m_recipientError);
    sendForm->addRow(tr("To address:"), recipientBox);
    m_amount = new QLineEdit(send);
    m_amount->setObjectName(QStringLiteral("withdrawAmount"));
    m_amount->setPlaceholderText(tr("Amount in %1").arg(token.symbol));
    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(new QLabel(token.symbol, send));
    m_amountError = problemMessageLabel(QStringLiteral("withdrawAmountError"), send);
    auto* amountBox = new QVBoxLayout;
    amountBox->addLayout(amountRow);
    amountBox->addWidget(m_amountError);
    sendForm->addRow(tr("Amount:"), amountBox);
    m_withdrawButton = new QPushButton(tr("Withdraw…"), send);
    m_withdrawButton->setObjectName(QStringLiteral("withdrawButton"));
    connect(m_withdrawButton, &QPushButton::clicked, this, &WalletPage::withdraw);
    m_withdrawStatus = new QLabel(send);
    m_withdrawStatus->setObjectName(QStringLiteral("withdrawStatus"));
    m_withdrawStatus->setWordWrap(true);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_withdrawButton);
    buttonRow->addWidget(m_withdrawStatus, 1);
    sendForm->addRow(buttonRow);
    connect(m_recipient, &QLineEdit::textEdited, this, [this] { showError(m_recipientError, {}); });
    connect(m_amount, &QLineEdit::textEdited, this, [this] { showError(m_amountError, {}); });

    // The DirectDeals escrow under the form, on a chain that has the contract.
    auto* forms = new QVBoxLayout;
    forms->addWidget(send);
    if (DealEscrowBox::available(desk))
        forms->addWidget(new DealEscrowBox(desk, this));
    forms->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(account, 3);
    top->addLayout(forms, 2);

    auto* history = new QGroupBox(tr("Transactions"), this);
    auto* historyLayout = new QVBoxLayout(history);
    m_transactions = new WalletTransactionsModel(m_watch, this);
    m_transactions->setLive(false); // until the page is shown (showEvent)
    m_table = new QTableView(history);
    m_table->setObjectName(QStringLiteral("walletTransactions"));
    m_table->setModel(m_transactions);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    fitColumnsToContents(*m_table->horizontalHeader());
    m_table->horizontalHeader()->setSectionResizeMode(WalletTransactionsModel::LabelColumn,
                                                      QHeaderView::Stretch);
    // The confirmations are computed from the head as the rows are painted: a new head repaints
    // the rows in view, nothing more.
    connect(&m_watch, &ChainWatch::headChanged, m_table, [this] {
        if (m_table->isVisible())
            m_table->viewport()->update();
    });
    AmountCopy::install(m_table);
    auto* copyHash = new QAction(tr("Copy transaction hash"), m_table);
    copyHash->setObjectName(QStringLiteral("copyTransactionHash"));
    connect(copyHash, &QAction::triggered, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            QGuiApplication::clipboard()->setText(
                current.data(WalletTransactionsModel::HashRole).toString());
    });
    m_table->addAction(copyHash);
    historyLayout->addWidget(m_table);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(history, 1);

    m_payouts = new NextPayoutsModel(desk, this);
    connect(&m_watch, &ChainWatch::changed, &m_refresh, &LiveRefresh::changed);
    connect(m_payouts, &NextPayoutsModel::expectedEarningsChanged, &m_refresh,
            &LiveRefresh::changed);
    connect(&desk.engine().ledger(), &Ledger::recorded, &m_refresh, &LiveRefresh::changed);
    Sales* sales = &desk.engine().sales();
    connect(sales, &Sales::agentStateChanged, &m_refresh, &LiveRefresh::changed);
    connect(sales, &Sales::agentFinished, &m_refresh, &LiveRefresh::changed);
    read();
}

WalletPage::~WalletPage() = default;

void WalletPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_transactions->setLive(true);
    m_refresh.setLive(true);
}

void WalletPage::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    m_transactions->setLive(false);
    m_refresh.setLive(false);
}

void WalletPage::refreshNow() {
    m_refresh.refreshNow();
}

void WalletPage::read() {
    auto needed = Withdrawal::collateralStillNeeded(m_desk.engine());
    if (needed.ok()) {
        m_needed = *needed;
        m_booksError.clear();
    } else {
        m_needed.reset();
        m_booksError = needed.message();
    }
    showFigures();
}

QString WalletPage::addressText() const {
    return m_address->text();
}

QString WalletPage::gasBalanceText() const {
    return m_gas->text();
}

QString WalletPage::tokenBalanceText() const {
    return m_token->text();
}

QString WalletPage::connectionText() const {
    return m_connection->text();
}

QString WalletPage::booksText() const {
    return m_books->text();
}

QString WalletPage::ledgerText() const {
    return m_ledger->text();
}

std::optional<UInt256> WalletPage::withdrawable() const {
    const std::optional<UInt256> balance = m_watch.tokenBalance();
    if (!balance || !m_needed)
        return std::nullopt;
    return Withdrawal::withdrawable(*balance, *m_needed);
}

void WalletPage::showFigures() {
    const QString unknown = tr("not known yet");
    if (const auto balance = m_watch.tokenBalance())
        showAmount(m_token, *balance);
    else
        m_token->setText(unknown);
    if (const auto gas = m_watch.gasBalance()) {
        const TokenInfo ether = WalletTransactionsModel::ether();
        AmountCopy::setExact(m_gas, tokens::formatRounded(*gas, ether),
                             tokens::formatExact(*gas, ether),
                             m_gas->property(kBaseTip).toString() + QLatin1Char('\n') +
                                 tr("Exact: %1").arg(tokens::formatExact(*gas, ether)));
    } else {
        m_gas->setText(unknown);
    }
    if (auto totals = m_desk.engine().ledger().totals(); totals.ok())
        showAmount(m_locked, totals->collateralLocked());
    else
        m_locked->setText(totals.message());
    showAmount(m_pending, m_payouts->expectedEarnings());
    if (const auto amount = withdrawable()) {
        showAmount(m_withdrawable, *amount);
        m_withdrawable->setToolTip(
            m_withdrawable->toolTip() + QLatin1Char('\n') +
            tr("Collateral the open sales still need: %1").arg(formatExactAmount(*m_needed)));
    } else {
        m_withdrawable->setText(m_booksError.isEmpty() ? unknown : m_booksError);
    }
    showBooks();
    QString node = ChainText::connection(m_watch);
    if (const auto head = m_watch.headBlock())
        node = tr("%1, block %2").arg(node).arg(*head);
    m_connection->setText(node);
    m_connection->setToolTip(m_watch.side().rpc().endpoint().toString());
}

void WalletPage::showBooks() {
    auto books = ChainBooks::read(m_watch.side(), m_desk.engine().ledger());
    if (!books.ok()) {
        m_books->setText(books.message());
        m_ledger->setText(books.message());
        return;
    }
    if (auto totals = m_desk.engine().ledger().totals(); totals.ok())
        showLedger(*totals, *books);
    else
        m_ledger->setText(totals.message());
    const TokenInfo token = m_watch.side().market().config().token;
    const auto exact = [&token](const UInt256& amount) {
        return tokens::formatExact(amount, token);
    };
    QStringList lines;
    if (books->agree()) {
        lines << tr("Books match the chain");
    } else {
        if (books->chainOut > books->ledgerOut)
            lines << tr("The chain shows %1 more sent to the Marketplace than the ledger books "
                        "deposited")
                         .arg(exact(books->chainOut - books->ledgerOut));
        else if (books->chainOut < books->ledgerOut)
            lines << tr("The ledger books %1 more deposited than the chain shows sent to the "
                        "Marketplace")
                         .arg(exact(books->ledgerOut - books->chainOut));
        if (books->chainIn > books->ledgerIn)
            lines << tr("The chain shows %1 more received from the Marketplace than the ledger "
                        "books paid out and returned")
                         .arg(exact(books->chainIn - books->ledgerIn));
        else if (books->chainIn < books->ledgerIn)
            lines << tr("The ledger books %1 more paid out and returned than the chain shows "
                        "received from the Marketplace")
                         .arg(exact(books->ledgerIn - books->chainIn));
    }
    lines << tr("On chain: %1 out, %2 in · ledger: %3 out, %4 in")
                 .arg(formatAmount(books->chainOut), formatAmount(books->chainIn),
                      formatAmount(books->ledgerOut), formatAmount(books->ledgerIn));
    lines << (books->readUpTo
                  ? tr("Chain read from block %1 to block %2")
                        .arg(books->sinceBlock)
                        .arg(*books->readUpTo)
                  : tr("Not read from the chain yet (from block %1)").arg(books->sinceBlock));
    m_books->setText(lines.join(QLatin1Char('\n')));
    m_books->setProperty("booksAgree", books->agree());
}

void WalletPage::showLedger(const LedgerTotals& totals, const ChainBooks& books) {
    // A change in tokens, signed: what came in less what went out.
    const auto change = [](const UInt256& in, const UInt256& out, bool exact) -> QString {
        // Exact where rounding would say only "< 0.000001 TST".
        const auto format = [exact](const UInt256& amount) {
            const QString rounded = formatAmount(amount);
            return exact || rounded.startsWith(u'<') ? formatExactAmount(amount) : rounded;
        };
        if (in == out)
            return format(0);
        if (in > out)
            return QStringLiteral("+") + format(in - out);
        return QStringLiteral("\u2212") + format(out - in);
    };
    const UInt256 ledgerIn = totals.payouts + totals.returned;
    QStringList lines;
    lines << tr("Deposited %1 · collateral returned %2 · paid out %3 · slashed %4")
                 .arg(formatAmount(totals.deposited), formatAmount(totals.returned),
                      formatAmount(totals.payouts), formatAmount(totals.lost));
    const bool equal = ledgerIn + books.chainOut == totals.deposited + books.chainIn;
    if (!books.readUpTo)
        lines << tr("Change %1; the chain is not read yet")
                     .arg(change(ledgerIn, totals.deposited, false));
    else if (equal)
        lines
            << tr("Change %1, equal to the chain's").arg(change(ledgerIn, totals.deposited, false));
    else
        lines << tr("Change %1, but the chain's is %2")
                     .arg(change(ledgerIn, totals.deposited, true),
                          change(books.chainIn, books.chainOut, true));
    m_ledger->setText(lines.join(QLatin1Char('\n')));
    m_ledger->setProperty("ledgerEqualsChain", books.readUpTo.has_value() && equal);
}

void WalletPage::withdraw() {
    if (m_sending)
        return;
    ChainHostSide& side = m_watch.side();
    const TokenInfo token = side.market().config().token;
    auto recipient = Withdrawal::parseRecipient(m_recipient->text(), side.address());
    showError(m_recipientError, recipient.ok() ? QString() : recipient.message());
    refreshNow();
    const std::optional<UInt256> balance = m_watch.tokenBalance();
    Result<UInt256> amount =
        !balance || !m_needed
            ? Result<UInt256>(
                  makeError(ErrorCode::NotFound,
                            tr("The balance is not known yet: the node has not answered")))
            : Withdrawal::parseAmount(m_amount->text(), token, *balance, *m_needed);
    showError(m_amountError, amount.ok() ? QString() : amount.message());
    if (!recipient.ok() || !amount.ok())
        return;

    const QString to = eip55::toChecksumHex(*recipient);
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("withdrawConfirmation"));
    box.setWindowTitle(tr("Withdraw tokens"));
    box.setIcon(QMessageBox::Question);
    box.setText(
        tr("<b>Send %1 to %2?</b>").arg(tokens::formatExact(*amount, token).toHtmlEscaped(), to));
    box.setInformativeText(
        tr("%1 %2 leave this wallet for the address above. A transaction on the chain cannot be "
           "undone; it costs some ETH for gas.")
            .arg(tokens::formatExact(*amount, token, QLocale(), false), token.symbol));
    QPushButton* sendButton = box.addButton(tr("Send"), QMessageBox::AcceptRole);
    sendButton->setObjectName(QStringLiteral("confirmWithdraw"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != sendButton)
        return;

    const QString key = Withdrawal::newIntentKey();
    const OutgoingTransaction transaction =
        Withdrawal::transaction(side.market().token(), *recipient, *amount, token);
    qCInfo(lcWalletPage).noquote() << "withdrawal" << key << transaction.label;
    m_sending = true;
    m_withdrawButton->setEnabled(false);
    m_withdrawStatus->setText(tr("Sending %1 to %2…").arg(formatAmount(*amount), to));
    side.transactions().send(key, transaction, this, [this](const TransactionOutcome& outcome) {
        finishWithdrawal(outcome);
    });
    m_transactions->refreshNow();
}

void WalletPage::finishWithdrawal(const TransactionOutcome& outcome) {
    m_sending = false;
    m_withdrawButton->setEnabled(true);
    if (outcome.succeeded()) {
        m_withdrawStatus->setText(
            tr("Sent: mined in block %1.").arg(outcome.receipt ? outcome.receipt->blockNumber : 0));
        m_recipient->clear();
        m_amount->clear();
    } else {
        m_withdrawStatus->setText(
            tr("Not sent: %1").arg(outcome.error ? outcome.error->message : outcome.describe()));
    }
    qCInfo(lcWalletPage).noquote() << "withdrawal" << outcome.intentKey << outcome.describe();
    m_transactions->refreshNow();
    m_watch.refresh();
    Q_EMIT withdrawalFinished(outcome);
}

} // namespace salesdesk::ui
