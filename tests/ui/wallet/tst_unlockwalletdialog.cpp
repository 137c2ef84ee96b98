// UnlockWalletDialog: a wrong passphrase is refused with a message and the dialog stays open, the
// right one unlocks the wallet and accepts; the unlock runs off the GUI thread (the dialog is busy
// and its Unlock button disabled while the scrypt work runs, and the event loop keeps turning).
#include "core/chain/wallet/Wallet.h"
#include "tests/support/TestSupport.h"
#include "ui/wallet/UnlockWalletDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {
const Keystore::ScryptParams kLight{1024, 8, 1};
const QString kPassphrase = QStringLiteral("correct horse battery");
} // namespace

class TestUnlockWalletDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Wallet> m_wallet;

    template <typename T> static T* child(QWidget& dialog, const char* name) {
        auto* found = dialog.findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    // Types `passphrase`, clicks Unlock and waits for the attempt's end: whether it unlocked.
    static std::optional<bool> attempt(UnlockWalletDialog& dialog, const QString& passphrase) {
        QSignalSpy finished(&dialog, &UnlockWalletDialog::attemptFinished);
        auto* field = child<QLineEdit>(dialog, "passphrase");
        field->clear();
        QTest::keyClicks(field, passphrase);
        child<QPushButton>(dialog, "unlock")->click();
        // Still working when the click returns: the scrypt runs on a worker thread.
        if (!dialog.isBusy() || child<QPushButton>(dialog, "unlock")->isEnabled())
            return std::nullopt;
        if (!finished.wait(30'000))
            return std::nullopt;
        return finished.at(0).at(0).toBool();
    }

private Q_SLOTS:
    void init() {
        m_wallet = std::make_shared<Wallet>(m_dir.path());
        if (!m_wallet->exists())
            SD_VERIFY_OK(m_wallet->create(kPassphrase, kLight));
        m_wallet->lock();
    }

    void showsTheAccountAndNoKeyringWithoutOne() {
        UnlockWalletDialog dialog(m_wallet, nullptr);
        dialog.show();
        QCOMPARE(child<QLabel>(dialog, "walletAddress")->text().toLower(),
                 m_wallet->address()->toHex());
        QVERIFY(!child<QCheckBox>(dialog, "remember")->isVisible());
    }

    void aWrongPassphraseIsRefused() {
        UnlockWalletDialog dialog(m_wallet, nullptr);
        dialog.show();
        const std::optional<bool> unlocked = attempt(dialog, QStringLiteral("not it"));
        QVERIFY(unlocked.has_value());
        QVERIFY(!*unlocked);
        QVERIFY2(dialog.message().startsWith(QStringLiteral("Wrong passphrase")),
                 qPrintable(dialog.message()));
        QVERIFY(!m_wallet->isUnlocked());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        // Ready for another try.
        QVERIFY(!dialog.isBusy());
        QVERIFY(child<QPushButton>(dialog, "unlock")->isEnabled());
        QVERIFY(child<QLineEdit>(dialog, "passphrase")->isEnabled());
    }

    void anEmptyPassphraseIsNotTried() {
        UnlockWalletDialog dialog(m_wallet, nullptr);
        dialog.show();
        child<QPushButton>(dialog, "unlock")->click();
        QVERIFY(!dialog.isBusy());
        QVERIFY(!dialog.message().isEmpty());
        QVERIFY(dialog.isVisible());
    }

    void theRightPassphraseUnlocks() {
        UnlockWalletDialog dialog(m_wallet, nullptr);
        dialog.show();
        QCOMPARE(attempt(dialog, QStringLiteral("wrong")), std::optional<bool>(false));
        QCOMPARE(attempt(dialog, kPassphrase), std::optional<bool>(true));
        QVERIFY(m_wallet->isUnlocked());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.message(), QString());
    }
};

QTEST_MAIN(TestUnlockWalletDialog)
#include "tst_unlockwalletdialog.moc"
