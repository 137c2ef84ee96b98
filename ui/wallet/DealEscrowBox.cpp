#include "ui/wallet/DealEscrowBox.h"

#include "core/chain/crypto/Eip55.h"
#include "core/chain/deals/DirectDealsContract.h"
#include "core/chain/market/ChainMarket.h"
#include "core/chain/market/Erc20.h"
#include "core/chain/tx/OutgoingTransaction.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/chain/tx/TransactionOutcome.h"
#include "core/desk/ChainHostSide.h"
#include "core/desk/ChainWatch.h"
#include "core/desk/Desk.h"
#include "core/desk/Withdrawal.h"
#include "core/domain/TokenAmount.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/FieldLabels.h"
#include "ui/common/Formatting.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QUuid>
#include <QVBoxLayout>

#include <utility>

namespace salesdesk::ui {

Q_LOGGING_CATEGORY(lcDealEscrowBox, "salesdesk.ui.dealescrowbox")

namespace {

constexpr char kBaseTip[] = "escrowBaseToolTip";

void showError(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// A fresh key for one confirmed move, so that the transaction manager sends it once however
// often it is asked: "<kind>:<uuid>".
QString newIntentKey(const QString& kind) {
    return kind + QLatin1Char(':') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The amount in the transactions table's labels: every digit, "." as the decimal point.
QString plain(const UInt256& amount, const TokenInfo& token) {
    return tokens::toPlainDecimal(amount, token) + QLatin1Char(' ') + token.symbol;
}

} // namespace

bool DealEscrowBox::available(const Desk& desk) {
    const ChainHostSide* side = desk.chainHost();
    return side && !side->options().directDeals.isZero();
}

DealEscrowBox::DealEscrowBox(Desk& desk, QWidget* parent)
    : QGroupBox(tr("Direct deals escrow"), parent)
    , m_desk(desk)
    , m_watch(*desk.chainWatch()) {
    setObjectName(QStringLiteral("dealEscrowBox"));
    ChainHostSide& side = m_watch.side();
    m_contract = new DirectDealsContract(side.rpc(), side.options().directDeals, this);
    const TokenInfo token = side.market().config().token;

    auto* form = new QFormLayout(this);
    m_balance = new QLabel(tr("not known yet"), this);
    m_balance->setObjectName(QStringLiteral("escrowBalance"));
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_balance->setToolTip(tr("The %1 of this wallet held free in the DirectDeals contract (%2): "
                             "what direct deals paid and what the next deals' collateral is "
                             "taken from")
                              .arg(token.symbol, eip55::toChecksumHex(m_contract->address())));
    m_balance->setProperty(kBaseTip, m_balance->toolTip());
    form->addRow(tr("Free escrow:"), m_balance);

    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("escrowAmount"));
    m_amount->setPlaceholderText(tr("Amount in %1").arg(token.symbol));
    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(new QLabel(token.symbol, this));
    m_amountError = problemMessageLabel(QStringLiteral("escrowAmountError"), this);
    auto* amountBox = new QVBoxLayout;
    amountBox->addLayout(amountRow);
    amountBox->addWidget(m_amountError);
    form->addRow(tr("Amount:"), amountBox);
    connect(m_amount, &QLineEdit::textEdited, this, [this] { showError(m_amountError, {}); });

    m_withdrawButton = new QPushButton(tr("Withdraw to wallet"), this);
    m_withdrawButton->setObjectName(QStringLiteral("escrowWithdrawButton"));
    m_withdrawButton->setToolTip(tr("Send the amount from the free escrow to this wallet"));
    connect(m_withdrawButton, &QPushButton::clicked, this, &DealEscrowBox::withdrawToWallet);
    m_depositButton = new QPushButton(tr("Deposit from wallet"), this);
    m_depositButton->setObjectName(QStringLiteral("escrowDepositButton"));
    m_depositButton->setToolTip(tr("Approve the amount for the DirectDeals contract, then "
                                   "deposit it into the escrow (two transactions)"));
    connect(m_depositButton, &QPushButton::clicked, this, &DealEscrowBox::depositFromWallet);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_withdrawButton);
    buttonRow->addWidget(m_depositButton);
    buttonRow->addStretch(1);
    form->addRow(buttonRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("escrowStatus"));
    m_status->setWordWrap(true);
    form->addRow(m_status);

    // Deals are published, paid and closed in blocks: a new head may have moved the escrow.
    connect(&m_watch, &ChainWatch::headChanged, this, [this] {
        if (isVisible())
            readEscrow();
    });
    readEscrow();
}

DealEscrowBox::~DealEscrowBox() = default;

void DealEscrowBox::showEvent(QShowEvent* event) {
    QGroupBox::showEvent(event);
    readEscrow();
}

std::optional<UInt256> DealEscrowBox::depositable() const {
    const std::optional<UInt256> balance = m_watch.tokenBalance();
    if (!balance)
        return std::nullopt;
    auto needed = Withdrawal::collateralStillNeeded(m_desk.engine());
    if (!needed.ok())
        return std::nullopt;
    return Withdrawal::withdrawable(*balance, *needed);
}

QString DealEscrowBox::escrowText() const {
    return m_balance->text();
}

QString DealEscrowBox::statusText() const {
    return m_status->text();
}

QString DealEscrowBox::exact(const UInt256& amount) const {
    return tokens::formatExact(amount, m_watch.side().market().config().token);
}

void DealEscrowBox::readEscrow() {
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    m_contract->balanceOf(m_watch.side().address(), this,
                          [this](const Result<UInt256>& balance) { escrowAnswered(balance); });
}

void DealEscrowBox::escrowAnswered(const Result<UInt256>& balance) {
    m_reading = false;
    if (balance.ok()) {
        m_escrow = *balance;
        m_escrowError.clear();
    } else {
        m_escrowError = balance.message();
        qCWarning(lcDealEscrowBox).noquote() << "escrow not read:" << m_escrowError;
    }
    showEscrow();
    Q_EMIT escrowRead();
    if (std::exchange(m_readAgain, false))
        readEscrow();
}

void DealEscrowBox::showEscrow() {
    if (!m_escrow) {
        m_balance->setText(m_escrowError.isEmpty() ? tr("not known yet") : m_escrowError);
        return;
    }
    AmountCopy::setAmount(m_balance, *m_escrow);
    QString tip =
        m_balance->property(kBaseTip).toString() + QLatin1Char('\n') + amountToolTip(*m_escrow);
    if (!m_escrowError.isEmpty())
        tip += QLatin1Char('\n') + tr("The last read failed: %1").arg(m_escrowError);
    m_balance->setToolTip(tip);
}

Result<UInt256> DealEscrowBox::checkAmount(Move move) const {
    const TokenInfo token = m_watch.side().market().config().token;
    // The amount's own checks (empty, not a number, too many decimals, zero) without a limit;
    // each move names its own limit below.
    Result<UInt256> amount = Withdrawal::parseAmount(m_amount->text(), token, uint256::max(), 0);
    if (!amount.ok())
        return amount;
    if (move == Move::Withdraw) {
        if (!m_escrow)
            return makeError(ErrorCode::NotFound,
                             tr("The free escrow is not known yet: the node has not answered"));
        if (*amount > *m_escrow)
            return makeError(ErrorCode::OutOfBounds,
                             tr("%1 is more than the free escrow: at most %2 can be withdrawn")
                                 .arg(exact(*amount), exact(*m_escrow)));
        return amount;
    }
    const std::optional<UInt256> balance = m_watch.tokenBalance();
    if (!balance)
        return makeError(ErrorCode::NotFound,
                         tr("The wallet's balance is not known yet: the node has not answered"));
    Result<UInt256> needed = Withdrawal::collateralStillNeeded(m_desk.engine());
    if (!needed.ok())
        return needed.error();
    const UInt256 limit = Withdrawal::withdrawable(*balance, *needed);
    if (*amount > limit)
        return makeError(ErrorCode::OutOfBounds,
                         tr("%1 is more than you can deposit: at most %2 (the wallet's balance, "
                            "%3, minus %4 of collateral the open sales still need)")
                             .arg(exact(*amount), exact(limit), exact(*balance), exact(*needed)));
    return amount;
}

bool DealEscrowBox::confirm(Move move, const UInt256& amount) {
    const TokenInfo token = m_watch.side().market().config().token;
    const QString digits = tokens::formatExact(amount, token, QLocale(), false);
    QMessageBox box(this);
    box.setIcon(QMessageBox::Question);
    QPushButton* go = nullptr;
    if (move == Move::Withdraw) {
        box.setObjectName(QStringLiteral("escrowWithdrawConfirmation"));
        box.setWindowTitle(tr("Withdraw from the escrow"));
        box.setText(tr("<b>Withdraw %1 from the direct deals escrow to this wallet?</b>")
                        .arg(exact(amount).toHtmlEscaped()));
        box.setInformativeText(
            tr("%1 %2 leave the free escrow in the DirectDeals contract for this wallet. The "
               "deals you take next need their collateral in the escrow. The transaction costs "
               "some ETH for gas.")
                .arg(digits, token.symbol));
        go = box.addButton(tr("Withdraw"), QMessageBox::AcceptRole);
        go->setObjectName(QStringLiteral("confirmEscrowWithdraw"));
    } else {
        box.setObjectName(QStringLiteral("escrowDepositConfirmation"));
        box.setWindowTitle(tr("Deposit into the escrow"));
        box.setText(tr("<b>Deposit %1 from this wallet into the direct deals escrow?</b>")
                        .arg(exact(amount).toHtmlEscaped()));
        box.setInformativeText(
            tr("Two transactions: the token's approval of exactly %1 %2 for the DirectDeals "
               "contract (%3), then the deposit. The escrow holds the collateral of the deals "
               "you take; \"Withdraw to wallet\" takes back what is free. Each transaction costs "
               "some ETH for gas.")
                .arg(digits, token.symbol, eip55::toChecksumHex(m_contract->address())));
        go = box.addButton(tr("Deposit"), QMessageBox::AcceptRole);
        go->setObjectName(QStringLiteral("confirmEscrowDeposit"));
    }
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == go;
}

void DealEscrowBox::withdrawToWallet() {
    startMove(Move::Withdraw);
}

void DealEscrowBox::depositFromWallet() {
    startMove(Move::Deposit);
}

void DealEscrowBox::startMove(Move move) {
    if (m_sending)
        return;
    const Result<UInt256> amount = checkAmount(move);
    showError(m_amountError, amount.ok() ? QString() : amount.message());
    if (!amount.ok() || !confirm(move, *amount))
        return;
    if (move == Move::Withdraw)
        sendWithdrawal(*amount);
    else
        sendApproval(*amount); // the deposit follows once the approval is mined
}

void DealEscrowBox::sendWithdrawal(const UInt256& amount) {
    ChainHostSide& side = m_watch.side();
    const TokenInfo token = side.market().config().token;
    OutgoingTransaction transaction;
    transaction.to = m_contract->address();
    transaction.data = DirectDealsContract::withdraw(amount);
    transaction.label =
        QStringLiteral("withdraw %1 from the DirectDeals escrow").arg(plain(amount, token));
    const QString key = newIntentKey(QStringLiteral("escrow-withdraw"));
    qCInfo(lcDealEscrowBox).noquote() << "escrow withdrawal" << key << transaction.label;
    setSending(true);
    m_status->setText(tr("Withdrawing %1 to this wallet…").arg(formatAmount(amount)));
    side.transactions().send(key, transaction, this, [this](const TransactionOutcome& outcome) {
        finish(Move::Withdraw, outcome);
    });
}

void DealEscrowBox::sendApproval(const UInt256& amount) {
    ChainHostSide& side = m_watch.side();
    const TokenInfo token = side.market().config().token;
    // The contract pulls the deposit with transferFrom: it may take exactly this amount, once
    // the approval is mined (the deposit's gas estimate reverts before).
    OutgoingTransaction transaction;
    transaction.to = side.market().token();
    transaction.data = erc20::approve(m_contract->address(), amount);
    transaction.label = QStringLiteral("approve %1 for DirectDeals %2")
                            .arg(plain(amount, token), eip55::toChecksumHex(m_contract->address()));
    const QString key = newIntentKey(QStringLiteral("escrow-deposit"));
    qCInfo(lcDealEscrowBox).noquote() << "escrow deposit" << key << transaction.label;
    setSending(true);
    m_status->setText(
        tr("Approving %1 for the DirectDeals contract (1 of 2)…").arg(formatAmount(amount)));
    side.transactions().send(key + QStringLiteral(":approve"), transaction, this,
                             [this, key, amount](const TransactionOutcome& outcome) {
                                 approvalFinished(key, amount, outcome);
                             });
}

void DealEscrowBox::approvalFinished(const QString& depositKey, const UInt256& amount,
                                     const TransactionOutcome& outcome) {
    qCInfo(lcDealEscrowBox).noquote()
        << "escrow approval" << outcome.intentKey << outcome.describe();
    if (!outcome.succeeded()) {
        finish(Move::Deposit, outcome);
        return;
    }
    sendDeposit(depositKey, amount);
}

void DealEscrowBox::sendDeposit(const QString& key, const UInt256& amount) {
    ChainHostSide& side = m_watch.side();
    const TokenInfo token = side.market().config().token;
    OutgoingTransaction transaction;
    transaction.to = m_contract->address();
    transaction.data = DirectDealsContract::deposit(amount);
    transaction.label =
        QStringLiteral("deposit %1 into the DirectDeals escrow").arg(plain(amount, token));
    m_status->setText(tr("Depositing %1 into the escrow (2 of 2)…").arg(formatAmount(amount)));
    side.transactions().send(
        key + QStringLiteral(":deposit"), transaction, this,
        [this](const TransactionOutcome& outcome) { finish(Move::Deposit, outcome); });
}

void DealEscrowBox::finish(Move move, const TransactionOutcome& outcome) {
    setSending(false);
    const QString block = QString::number(outcome.receipt ? outcome.receipt->blockNumber : 0);
    const QString why = outcome.error ? outcome.error->message : outcome.describe();
    if (outcome.succeeded()) {
        m_status->setText(move == Move::Withdraw ? tr("Withdrawn: mined in block %1.").arg(block)
                                                 : tr("Deposited: mined in block %1.").arg(block));
        m_amount->clear();
    } else if (move == Move::Withdraw) {
        m_status->setText(tr("Not withdrawn: %1").arg(why));
    } else if (outcome.intentKey.endsWith(QStringLiteral(":approve"))) {
        m_status->setText(tr("Not deposited: the approval failed: %1").arg(why));
    } else {
        m_status->setText(
            tr("Not deposited: the approval went through, the deposit failed: %1").arg(why));
    }
    qCInfo(lcDealEscrowBox).noquote() << "escrow move" << outcome.intentKey << outcome.describe();
    readEscrow();
    m_watch.refresh();
    Q_EMIT moveFinished(outcome);
}

void DealEscrowBox::setSending(bool sending) {
    m_sending = sending;
    m_withdrawButton->setEnabled(!sending);
    m_depositButton->setEnabled(!sending);
}

} // namespace salesdesk::ui
