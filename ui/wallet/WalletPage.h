#pragma once

#include "core/domain/UInt256.h"
#include "ui/common/LiveRefresh.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace salesdesk {

class ChainWatch;
class Desk;
struct ChainBooks;
struct LedgerTotals;
struct TransactionOutcome;

namespace ui {

class NextPayoutsModel;
class WalletTransactionsModel;

// The host's wallet on the chain the desk sells on (listed only then): its address (with a Copy
// button), its gas balance in ETH and token balance, the collateral locked in hosted slots and
// the payouts they will bring (the dashboard's figures), what may be withdrawn, whether the books
// equal the chain (ChainBooks: the token followed to and from the Marketplace against the
// ledger, with the exact difference when they do not) and the ledger's figures kind by kind with
// the change they make against the chain's; a form that sends
// tokens to an address the user types (checked, confirmed, sent once through the transaction
// manager); on a chain with a DirectDeals contract, the escrow there (DealEscrowBox: seen,
// deposited and withdrawn); and the wallet's transactions. Everything the node is asked is asked in
// the background (ChainWatch): a slow or dead node shows as "not answering since …". While the page
// is hidden, changes only mark it stale: it reads the books and its transactions again when it
// is shown, so a desk with many sales does not re-read them for a screen nobody looks at.
class WalletPage : public QWidget {
    Q_OBJECT
public:
    explicit WalletPage(Desk& desk, QWidget* parent = nullptr);
    ~WalletPage() override;

    QString addressText() const;
    QString gasBalanceText() const;
    QString tokenBalanceText() const;
    QString connectionText() const;
    // The books against the chain: "Books match the chain", or each difference, then the figures.
    QString booksText() const;
    // What the ledger books, kind by kind (deposits, returned collateral, payouts, slashed), and
    // whether the change in tokens it makes equals the chain's (what the Marketplace sent the
    // wallet less what the wallet sent it).
    QString ledgerText() const;
    // What may be withdrawn now: the token balance minus the collateral the open sales still
    // need (nullopt while the balance is unknown).
    std::optional<UInt256> withdrawable() const;
    WalletTransactionsModel* transactionsModel() const { return m_transactions; }

public Q_SLOTS:
    // Re-reads the figures now instead of waiting for the batch.
    void refreshNow();
    // Checks the form, asks for confirmation and sends; does nothing more when the form is wrong
    // (the errors show under the fields) or the user cancels.
    void withdraw();

Q_SIGNALS:
    // A withdrawal reached its end (mined, failed, or not sent).
    void withdrawalFinished(const salesdesk::TransactionOutcome& outcome);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void read();
    void showFigures();
    void showBooks();
    void showLedger(const LedgerTotals& totals, const ChainBooks& books);
    void finishWithdrawal(const TransactionOutcome& outcome);

    Desk& m_desk;
    ChainWatch& m_watch;
    NextPayoutsModel* m_payouts = nullptr;
    WalletTransactionsModel* m_transactions = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_gas = nullptr;
    QLabel* m_token = nullptr;
    QLabel* m_locked = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_withdrawable = nullptr;
    QLabel* m_connection = nullptr;
    QLabel* m_books = nullptr;
    QLabel* m_ledger = nullptr;
    QLineEdit* m_recipient = nullptr;
    QLabel* m_recipientError = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_amountError = nullptr;
    QPushButton* m_withdrawButton = nullptr;
    QLabel* m_withdrawStatus = nullptr;
    QTableView* m_table = nullptr;
    std::optional<UInt256> m_needed; // collateral the open sales still need
    QString m_booksError;
    bool m_sending = false;
    LiveRefresh m_refresh; // live while the page is shown
};

} // namespace ui
} // namespace salesdesk
