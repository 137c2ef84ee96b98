#pragma once

#include "core/chain/crypto/Keystore.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;

namespace salesdesk {

class Wallet;

namespace ui {

// Gives a data directory that has none its wallet: a new account (the passphrase twice, with a
// hint of its strength), an existing key from a key file (hex) with a new passphrase, or a
// keystore file (geth, foundry…) with its own passphrase. The scrypt work runs on a worker thread
// (QtConcurrent); the wallet is then unlocked with the same passphrase, so that Sales Desk can
// sign at once. Accepted with the wallet unlocked; rejected when the user gives up.
class CreateWalletDialog : public QDialog {
    Q_OBJECT
public:
    enum class Source { New, KeyFile, Keystore };

    // `params`: the scrypt cost of a new keystore (tests use light ones).
    explicit CreateWalletDialog(std::shared_ptr<Wallet> wallet, Keystore::ScryptParams params = {},
                                QWidget* parent = nullptr);
    ~CreateWalletDialog() override;

    // A hint of how hard `passphrase` is to guess, in plain words; empty for an empty one.
    static QString strengthHint(const QString& passphrase);
    // Whether a new passphrase is long enough to be accepted.
    static bool isAcceptable(const QString& passphrase);

    QString message() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void attemptFinished(bool created);

private:
    void create();
    void updateSource();
    void browse(QLineEdit* into, const QString& title, const QString& filter);
    void finish(const QString& error);
    void setBusy(bool busy, const QString& status);
    void showMessage(const QString& text);
    Source source() const;

    std::shared_ptr<Wallet> m_wallet;
    Keystore::ScryptParams m_params;
    QButtonGroup* m_sources = nullptr;
    QWidget* m_fileRow = nullptr;
    QLineEdit* m_file = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QLabel* m_passphraseLabel = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace ui
} // namespace salesdesk
