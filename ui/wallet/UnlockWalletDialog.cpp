#include "ui/wallet/UnlockWalletDialog.h"

#include "core/chain/crypto/Eip55.h"
#include "core/chain/wallet/PassphraseKeyring.h"
#include "core/chain/wallet/Wallet.h"
#include "ui/common/DialogFit.h"
#include "ui/common/FieldLabels.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace salesdesk::ui {

UnlockWalletDialog::UnlockWalletDialog(std::shared_ptr<Wallet> wallet, PassphraseKeyring* keyring,
                                       QWidget* parent)
    : QDialog(parent)
    , m_wallet(std::move(wallet))
    , m_keyring(keyring) {
    setWindowTitle(tr("Unlock the wallet"));
    auto address = m_wallet->address();
    if (address.ok())
        m_address = *address;
    auto* intro = new QLabel(tr("Sales Desk signs its transactions on the network with the wallet "
                                "of its data directory. Enter its passphrase to unlock it."),
                             this);
    intro->setWordWrap(true);
    auto* addressLabel = new QLabel(address.ok() ? eip55::toChecksumHex(*address)
                                                 : tr("unknown (%1)").arg(address.message()),
                                    this);
    addressLabel->setObjectName(QStringLiteral("walletAddress"));
    addressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* file = new QLabel(QDir::toNativeSeparators(m_wallet->filePath()), this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember the passphrase in the desktop keyring"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setToolTip(tr("Then Sales Desk unlocks the wallet at start without asking. The "
                              "passphrase is kept by the desktop's keyring, never in a file."));
    m_remember->setVisible(m_keyring != nullptr);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_message = problemMessageLabel(QStringLiteral("message"), this);
    m_buttons = new QDialogButtonBox(this);
    QPushButton* unlock = m_buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setObjectName(QStringLiteral("unlock"));
    unlock->setDefault(true);
    m_buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_passphrase->text().isEmpty()) {
            showMessage(tr("Enter the wallet's passphrase."));
            return;
        }
        unlockWith(m_passphrase->text(), false);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout();
    form->addRow(tr("Account:"), addressLabel);
    form->addRow(tr("Keystore:"), file);
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(QString(), m_remember);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    m_passphrase->setFocus();
}

UnlockWalletDialog::~UnlockWalletDialog() = default;

QString UnlockWalletDialog::message() const {
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void UnlockWalletDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    if (!m_keyringTried)
        tryKeyring();
}

void UnlockWalletDialog::tryKeyring() {
    m_keyringTried = true;
    if (!m_keyring || m_address == Address())
        return;
    setBusy(true, tr("Looking for the passphrase in the keyring…"));
    m_keyring->read(m_address, this, [this](const Result<std::optional<QString>>& kept) {
        setBusy(false, QString());
        if (!kept.ok()) {
            qInfo().noquote() << "no passphrase from the keyring:" << kept.message();
            m_keyringWorks = false;
            m_remember->setChecked(false);
            m_remember->setEnabled(false);
            m_status->setText(tr("No desktop keyring answers: the passphrase cannot be "
                                 "remembered."));
            growToFitContents(*this);
            return;
        }
        if (*kept)
            unlockWith(**kept, true);
    });
}

void UnlockWalletDialog::unlockWith(const QString& passphrase, bool fromKeyring) {
    if (m_busy)
        return;
    m_message->hide();
    setBusy(true, fromKeyring ? tr("Unlocking with the passphrase kept in the keyring…")
                              : tr("Unlocking… (this takes a second or two)"));
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this,
            [this, watcher, passphrase, fromKeyring] {
                watcher->deleteLater();
                finish(watcher->result(), passphrase, fromKeyring);
            });
    // The wallet is the worker's alone until it answers; it keeps it alive if the dialog goes.
    watcher->setFuture(QtConcurrent::run([wallet = m_wallet, passphrase] {
        auto unlocked = wallet->unlock(passphrase);
        return unlocked.ok() ? QString() : unlocked.message();
    }));
}

void UnlockWalletDialog::finish(const QString& error, const QString& passphrase, bool fromKeyring) {
    if (!error.isEmpty()) {
        setBusy(false, QString());
        showMessage(fromKeyring ? tr("The passphrase kept in the keyring does not unlock the "
                                     "wallet (%1): enter it.")
                                      .arg(error)
                                : error);
        m_passphrase->selectAll();
        m_passphrase->setFocus();
        Q_EMIT attemptFinished(false);
        return;
    }
    Q_EMIT attemptFinished(true);
    if (!fromKeyring && m_keyring && m_remember->isChecked()) {
        setBusy(true, tr("Keeping the passphrase in the keyring…"));
        m_keyring->store(m_address, passphrase, this, [this](const Result<void>& stored) {
            if (!stored.ok())
                qWarning().noquote()
                    << "the keyring did not keep the passphrase:" << stored.message();
            accept();
        });
        return;
    }
    accept();
}

void UnlockWalletDialog::setBusy(bool busy, const QString& status) {
    m_busy = busy;
    m_passphrase->setEnabled(!busy);
    m_remember->setEnabled(!busy && m_keyringWorks);
    for (QAbstractButton* button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!busy);
    m_status->setText(status);
    growToFitContents(*this);
}

void UnlockWalletDialog::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    growToFitContents(*this);
}

} // namespace salesdesk::ui
