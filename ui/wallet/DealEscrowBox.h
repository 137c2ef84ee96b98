#pragma once

#include "core/domain/Result.h"
#include "core/domain/UInt256.h"

#include <QGroupBox>
#include <QString>

#include <optional>

class QHideEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QShowEvent;

namespace salesdesk {

class ChainWatch;
class Desk;
class DirectDealsContract;
struct TransactionOutcome;

namespace ui {

// The host's escrow in the DirectDeals contract (contracts/DirectDeals.sol), on the Wallet screen
// of a chain that has one: direct deals pay into it, and a new deal's collateral is taken from
// it when the deal is published. The box shows the free escrow of the host's account (the
// contract's balanceOf, asked in the background when the box is shown, on every new head while it
// is, and after each move) and moves tokens both ways:
//
// - "Withdraw to wallet": withdraw(amount), at most the free escrow;
// - "Deposit from wallet": the token's approve(DirectDeals, amount) of exactly the amount, then
//   deposit(amount), at most the wallet's token balance minus the collateral the open sales still
//   need (Withdrawal::withdrawable), so a deposit never leaves a sale unable to fill.
//
// Each move is checked (the problem shows under the field, naming the limit, and nothing is
// sent), confirmed with the exact amount, and sent once through the transaction manager under a
// fresh intent key; its progress and outcome show beside the buttons.
class DealEscrowBox : public QGroupBox {
    Q_OBJECT
public:
    // Whether the desk's chain has a DirectDeals contract: the box is made only then.
    static bool available(const Desk& desk);

    explicit DealEscrowBox(Desk& desk, QWidget* parent = nullptr);
    ~DealEscrowBox() override;

    // The free escrow as the contract answered it last; nullopt before its first answer.
    std::optional<UInt256> escrowBalance() const { return m_escrow; }
    // What may be deposited now: the wallet's token balance minus the collateral the open sales
    // still need; nullopt while the balance is unknown.
    std::optional<UInt256> depositable() const;
    QString escrowText() const;
    QString statusText() const;

public Q_SLOTS:
    // Asks the contract for the free escrow now (once more after the answer when a question is
    // out, so a move just mined is never answered by an older question).
    void readEscrow();
    // Check, confirm and send; nothing more when the amount is refused or the user cancels.
    void withdrawToWallet();
    void depositFromWallet();

Q_SIGNALS:
    // The contract answered a question about the free escrow (or failed to).
    void escrowRead();
    // A move reached its end: the withdrawal's or the deposit's outcome, or the approval's when
    // it did not succeed (then no deposit was sent).
    void moveFinished(const salesdesk::TransactionOutcome& outcome);

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum class Move { Withdraw, Deposit };

    Result<UInt256> checkAmount(Move move) const;
    bool confirm(Move move, const UInt256& amount);
    // Checks the amount for `move`, asks for confirmation and sends.
    void startMove(Move move);
    void sendWithdrawal(const UInt256& amount);
    void sendApproval(const UInt256& amount);
    void sendDeposit(const QString& key, const UInt256& amount);
    void approvalFinished(const QString& depositKey, const UInt256& amount,
                          const TransactionOutcome& outcome);
    void finish(Move move, const TransactionOutcome& outcome);
    void escrowAnswered(const Result<UInt256>& balance);
    void showEscrow();
    void setSending(bool sending);
    QString exact(const UInt256& amount) const;

    Desk& m_desk;
    ChainWatch& m_watch;
    DirectDealsContract* m_contract = nullptr;
    QLabel* m_balance = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_amountError = nullptr;
    QPushButton* m_withdrawButton = nullptr;
    QPushButton* m_depositButton = nullptr;
    QLabel* m_status = nullptr;
    std::optional<UInt256> m_escrow;
    QString m_escrowError; // the last question's failure, empty once answered
    bool m_reading = false;
    bool m_readAgain = false;
    bool m_sending = false;
};

} // namespace ui
} // namespace salesdesk
