#pragma once

#include "core/domain/FixedBytes.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace salesdesk {

class PassphraseKeyring;
class Wallet;

namespace ui {

// Asks for the passphrase of the data directory's wallet and unlocks it. The keystore's scrypt
// runs on a worker thread (QtConcurrent), so the window keeps answering; a wrong passphrase is
// said so and asked again. With a keyring, "Remember in the keyring" keeps the passphrase there
// once it has unlocked the wallet, and a passphrase already kept is tried first, without asking.
// Accepted once the wallet is unlocked; rejected when the user gives up.
class UnlockWalletDialog : public QDialog {
    Q_OBJECT
public:
    // `keyring` may be null (no keyring offered); it must outlive the dialog.
    UnlockWalletDialog(std::shared_ptr<Wallet> wallet, PassphraseKeyring* keyring,
                       QWidget* parent = nullptr);
    ~UnlockWalletDialog() override;

    // Tries the passphrase kept in the keyring, if any (called when the dialog is first shown).
    void tryKeyring();
    // The last message shown (a wrong passphrase, a keyring that failed), for tests.
    QString message() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // An unlock attempt ended (ok or not).
    void attemptFinished(bool unlocked);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void unlockWith(const QString& passphrase, bool fromKeyring);
    void finish(const QString& error, const QString& passphrase, bool fromKeyring);
    void setBusy(bool busy, const QString& status);
    void showMessage(const QString& text);

    std::shared_ptr<Wallet> m_wallet;
    PassphraseKeyring* m_keyring = nullptr;
    Address m_address;
    QLineEdit* m_passphrase = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
    bool m_keyringTried = false;
    bool m_keyringWorks = true;
};

} // namespace ui
} // namespace salesdesk
