#include "ui/wallet/CreateWalletDialog.h"

#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/wallet/Wallet.h"
#include "ui/common/DialogFit.h"
#include "ui/common/FieldLabels.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace salesdesk::ui {

namespace {

constexpr int kMinPassphraseLength = 8;
// A key file or keystore is a few hundred bytes; anything far larger is not one.
constexpr qint64 kMaxFileBytes = 64 * 1024;

// The file's bytes, or an error message.
std::pair<QByteArray, QString> readSmallFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{},
                CreateWalletDialog::tr("Cannot read %1: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString())};
    if (file.size() > kMaxFileBytes)
        return {{},
                CreateWalletDialog::tr("%1 is too large to be a key file or a keystore.")
                    .arg(QDir::toNativeSeparators(path))};
    return {file.readAll(), QString()};
}

} // namespace

CreateWalletDialog::CreateWalletDialog(std::shared_ptr<Wallet> wallet,
                                       Keystore::ScryptParams params, QWidget* parent)
    : QDialog(parent)
    , m_wallet(std::move(wallet))
    , m_params(params) {
    setWindowTitle(tr("A wallet for this data directory"));
    auto* intro = new QLabel(tr("Selling on a network needs an account that pays collateral and "
                                "fees and receives payments. This data directory has none yet: "
                                "create one, or bring one you have. It is kept encrypted with "
                                "your passphrase in %1.")
                                 .arg(QDir::toNativeSeparators(m_wallet->filePath())),
                             this);
    intro->setWordWrap(true);
    auto* fresh = new QRadioButton(tr("Create a new account"), this);
    fresh->setObjectName(QStringLiteral("sourceNew"));
    auto* keyFile = new QRadioButton(tr("Import a private key from a file (hex)"), this);
    keyFile->setObjectName(QStringLiteral("sourceKeyFile"));
    auto* keystore = new QRadioButton(tr("Import a keystore file (geth, foundry, …)"), this);
    keystore->setObjectName(QStringLiteral("sourceKeystore"));
    m_sources = new QButtonGroup(this);
    m_sources->addButton(fresh, int(Source::New));
    m_sources->addButton(keyFile, int(Source::KeyFile));
    m_sources->addButton(keystore, int(Source::Keystore));
    fresh->setChecked(true);
    connect(m_sources, &QButtonGroup::idToggled, this, &CreateWalletDialog::updateSource);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("file"));
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, [this] {
        const bool isKeystore = source() == Source::Keystore;
        browse(m_file, isKeystore ? tr("Choose the keystore") : tr("Choose the key file"),
               isKeystore ? tr("Keystores (*.json);;All files (*)") : tr("All files (*)"));
    });
    m_fileRow = new QWidget(this);
    auto* fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browseButton);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_strength = new QLabel(this);
    m_strength->setObjectName(QStringLiteral("strength"));
    m_strength->setForegroundRole(QPalette::PlaceholderText);
    connect(m_passphrase, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_strength->setText(source() == Source::Keystore ? QString() : strengthHint(text));
        m_strength->setVisible(!m_strength->text().isEmpty());
        growToFitContents(*this);
    });
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_message = problemMessageLabel(QStringLiteral("message"), this);
    m_buttons = new QDialogButtonBox(this);
    QPushButton* ok = m_buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("create"));
    ok->setDefault(true);
    m_buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateWalletDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout();
    m_fileLabel = new QLabel(tr("File:"), this);
    m_passphraseLabel = new QLabel(this);
    m_repeatLabel = new QLabel(tr("Repeat it:"), this);
    form->addRow(m_fileLabel, m_fileRow);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(QString(), m_strength);
    form->addRow(m_repeatLabel, m_repeat);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(fresh);
    layout->addWidget(keyFile);
    layout->addWidget(keystore);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    setTabOrder(m_file, browseButton);
    setTabOrder(browseButton, m_passphrase);
    setTabOrder(m_passphrase, m_repeat);
    updateSource();
    m_passphrase->setFocus();
}

CreateWalletDialog::~CreateWalletDialog() = default;

CreateWalletDialog::Source CreateWalletDialog::source() const {
    return Source(m_sources->checkedId());
}

QString CreateWalletDialog::message() const {
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

bool CreateWalletDialog::isAcceptable(const QString& passphrase) {
    return passphrase.size() >= kMinPassphraseLength;
}

QString CreateWalletDialog::strengthHint(const QString& passphrase) {
    if (passphrase.isEmpty())
        return QString();
    if (!isAcceptable(passphrase))
        return tr("Too short: at least %1 characters.").arg(kMinPassphraseLength);
    int kinds = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : passphrase) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        other = other || !c.isLetterOrNumber();
    }
    kinds = int(lower) + int(upper) + int(digit) + int(other);
    if (passphrase.size() >= 20 || (passphrase.size() >= 14 && kinds >= 3))
        return tr("Strong.");
    if (passphrase.size() >= 12 || kinds >= 3)
        return tr("Fair: longer is better; several words make a good passphrase.");
    return tr("Weak: easy to guess. Use a longer one, e.g. several words.");
}

void CreateWalletDialog::updateSource() {
    const Source chosen = source();
    m_fileRow->setVisible(chosen != Source::New);
    m_fileLabel->setVisible(chosen != Source::New);
    m_repeat->setVisible(chosen != Source::Keystore);
    m_repeatLabel->setVisible(chosen != Source::Keystore);
    m_passphraseLabel->setText(chosen == Source::Keystore ? tr("Its passphrase:")
                                                          : tr("New passphrase:"));
    m_strength->setText(chosen == Source::Keystore ? QString()
                                                   : strengthHint(m_passphrase->text()));
    m_strength->setVisible(!m_strength->text().isEmpty());
    if (QPushButton* ok = findChild<QPushButton*>(QStringLiteral("create")))
        ok->setText(chosen == Source::New ? tr("Create") : tr("Import"));
}

void CreateWalletDialog::browse(QLineEdit* into, const QString& title, const QString& filter) {
    const QString chosen = QFileDialog::getOpenFileName(this, title, QDir::homePath(), filter);
    if (!chosen.isEmpty())
        into->setText(chosen);
}

void CreateWalletDialog::create() {
    if (m_busy)
        return;
    const Source chosen = source();
    const QString passphrase = m_passphrase->text();
    if (chosen != Source::Keystore) {
        if (!isAcceptable(passphrase)) {
            showMessage(
                tr("The passphrase must have at least %1 characters.").arg(kMinPassphraseLength));
            return;
        }
        if (m_repeat->text() != passphrase) {
            showMessage(tr("The two passphrases differ: type the same one twice."));
            return;
        }
    } else if (passphrase.isEmpty()) {
        showMessage(tr("Enter the keystore's passphrase."));
        return;
    }
    QByteArray contents;
    if (chosen != Source::New) {
        if (m_file->text().trimmed().isEmpty()) {
            showMessage(tr("Choose the file to import."));
            return;
        }
        QString error;
        std::tie(contents, error) = readSmallFile(m_file->text().trimmed());
        if (!error.isEmpty()) {
            showMessage(error);
            return;
        }
    }
    m_message->hide();
    setBusy(true, chosen == Source::New ? tr("Creating the account… (a few seconds)")
                                        : tr("Importing… (a few seconds)"));
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        finish(watcher->result());
    });
    // The wallet is the worker's alone until it answers; it keeps it alive if the dialog goes.
    watcher->setFuture(QtConcurrent::run(
        [wallet = m_wallet, params = m_params, chosen, passphrase, contents]() mutable {
            Result<Address> made = makeError(ErrorCode::InvalidArgument, QString());
            if (chosen == Source::New) {
                made = wallet->create(passphrase, params);
            } else if (chosen == Source::KeyFile) {
                auto key = PrivateKey::fromHex(contents.trimmed());
                contents.fill('\0');
                if (!key.ok())
                    return key.message();
                made = wallet->importKey(*key, passphrase, params);
            } else {
                made = wallet->importKeystore(contents, passphrase);
            }
            if (!made.ok())
                return made.message();
            auto unlocked = wallet->unlock(passphrase);
            return unlocked.ok() ? QString() : unlocked.message();
        }));
}

void CreateWalletDialog::finish(const QString& error) {
    setBusy(false, QString());
    if (!error.isEmpty()) {
        showMessage(error);
        Q_EMIT attemptFinished(false);
        return;
    }
    Q_EMIT attemptFinished(true);
    accept();
}

void CreateWalletDialog::setBusy(bool busy, const QString& status) {
    m_busy = busy;
    for (QWidget* field : {static_cast<QWidget*>(m_passphrase), static_cast<QWidget*>(m_repeat),
                           static_cast<QWidget*>(m_fileRow)})
        field->setEnabled(!busy);
    for (QAbstractButton* button : m_sources->buttons())
        button->setEnabled(!busy);
    for (QAbstractButton* button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!busy);
    m_status->setText(status);
}

void CreateWalletDialog::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    growToFitContents(*this);
}

} // namespace salesdesk::ui
