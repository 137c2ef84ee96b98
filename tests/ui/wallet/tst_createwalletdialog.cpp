// CreateWalletDialog: a short passphrase or two different ones are refused without touching the
// data directory; a new account is created and left unlocked; a key file and a geth keystore are
// imported (the keystore with its own passphrase, a wrong one refused).
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/wallet/Wallet.h"
#include "tests/support/KeystoreFiles.h"
#include "tests/support/TestSupport.h"
#include "ui/wallet/CreateWalletDialog.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {
const Keystore::ScryptParams kLight{1024, 8, 1};
// Anvil's well-known first test key (never holds value anywhere else).
const QByteArray kKeyHex = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
} // namespace

class TestCreateWalletDialog : public QObject {
    Q_OBJECT

    template <typename T> static T* child(QWidget& dialog, const char* name) {
        auto* found = dialog.findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    static void fill(QWidget& dialog, const char* name, const QString& text) {
        auto* field = child<QLineEdit>(dialog, name);
        field->clear();
        QTest::keyClicks(field, text);
    }

    // Clicks Create/Import: nullopt when nothing was started, else whether it succeeded.
    static std::optional<bool> submit(CreateWalletDialog& dialog) {
        QSignalSpy finished(&dialog, &CreateWalletDialog::attemptFinished);
        child<QPushButton>(dialog, "create")->click();
        if (!dialog.isBusy())
            return std::nullopt;
        if (!finished.wait(30'000))
            qFatal("the wallet dialog did not finish");
        return finished.at(0).at(0).toBool();
    }

private Q_SLOTS:
    void strengthHintsGrowWithThePassphrase() {
        QVERIFY(CreateWalletDialog::strengthHint(QString()).isEmpty());
        QVERIFY(CreateWalletDialog::strengthHint(QStringLiteral("abc"))
                    .startsWith(QStringLiteral("Too short")));
        QVERIFY(CreateWalletDialog::strengthHint(QStringLiteral("abcdefgh"))
                    .startsWith(QStringLiteral("Weak")));
        QVERIFY(CreateWalletDialog::strengthHint(QStringLiteral("abcdefgh1234"))
                    .startsWith(QStringLiteral("Fair")));
        QVERIFY(CreateWalletDialog::strengthHint(QStringLiteral("four words make passphrases"))
                    .startsWith(QStringLiteral("Strong")));
    }

    // Tab goes from the passphrase to its repetition (the hidden file row is skipped).
    void tabGoesFromThePassphraseToItsRepetition() {
        QTemporaryDir dir;
        CreateWalletDialog dialog(std::make_shared<Wallet>(dir.path()), kLight);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* passphrase = child<QLineEdit>(dialog, "passphrase");
        passphrase->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return passphrase->hasFocus(); }));
        QTest::keyClick(&dialog, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "repeat"));
    }

    void badPassphrasesAreRefusedBeforeAnythingIsWritten() {
        QTemporaryDir dir;
        auto wallet = std::make_shared<Wallet>(dir.path());
        CreateWalletDialog dialog(wallet, kLight);
        dialog.show();
        fill(dialog, "passphrase", QStringLiteral("short"));
        fill(dialog, "repeat", QStringLiteral("short"));
        QCOMPARE(submit(dialog), std::nullopt);
        QVERIFY(dialog.message().contains(QStringLiteral("at least")));
        fill(dialog, "passphrase", QStringLiteral("long enough one"));
        fill(dialog, "repeat", QStringLiteral("long enough two"));
        QCOMPARE(submit(dialog), std::nullopt);
        QVERIFY(dialog.message().contains(QStringLiteral("differ")));
        QVERIFY(!wallet->exists());
        QVERIFY(dialog.isVisible());
    }

    void createsANewAccountLeftUnlocked() {
        QTemporaryDir dir;
        auto wallet = std::make_shared<Wallet>(dir.path());
        CreateWalletDialog dialog(wallet, kLight);
        dialog.show();
        fill(dialog, "passphrase", QStringLiteral("a new passphrase"));
        fill(dialog, "repeat", QStringLiteral("a new passphrase"));
        QCOMPARE(submit(dialog), std::optional<bool>(true));
        QVERIFY(wallet->exists());
        QVERIFY(wallet->isUnlocked());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // It opens with that passphrase again.
        Wallet reread(dir.path());
        SD_VERIFY_OK(reread.unlock(QStringLiteral("a new passphrase")));
    }

    void importsAKeyFile() {
        QTemporaryDir dir;
        QTemporaryDir files;
        QFile key(files.filePath(QStringLiteral("key.hex")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(kKeyHex + '\n');
        key.close();
        auto wallet = std::make_shared<Wallet>(dir.path());
        CreateWalletDialog dialog(wallet, kLight);
        dialog.show();
        child<QRadioButton>(dialog, "sourceKeyFile")->click();
        fill(dialog, "file", key.fileName());
        fill(dialog, "passphrase", QStringLiteral("imported key pass"));
        fill(dialog, "repeat", QStringLiteral("imported key pass"));
        QCOMPARE(submit(dialog), std::optional<bool>(true));
        QVERIFY(wallet->isUnlocked());
        QCOMPARE(wallet->address()->toHex(), PrivateKey::fromHex(kKeyHex)->address().toHex());
    }

    void importsAKeystoreWithItsOwnPassphrase() {
        QTemporaryDir dir;
        QTemporaryDir files;
        QFile keystore(files.filePath(QStringLiteral("geth.json")));
        QVERIFY(keystore.open(QIODevice::WriteOnly));
        keystore.write(test::kGethKeystore);
        keystore.close();
        auto wallet = std::make_shared<Wallet>(dir.path());
        CreateWalletDialog dialog(wallet, kLight);
        dialog.show();
        child<QRadioButton>(dialog, "sourceKeystore")->click();
        QVERIFY(!child<QLineEdit>(dialog, "repeat")->isVisible());
        fill(dialog, "file", keystore.fileName());
        fill(dialog, "passphrase", QStringLiteral("not foobar"));
        QCOMPARE(submit(dialog), std::optional<bool>(false));
        QVERIFY(dialog.message().startsWith(QStringLiteral("Wrong passphrase")));
        QVERIFY(!wallet->exists());
        fill(dialog, "passphrase", QStringLiteral("foobar"));
        QCOMPARE(submit(dialog), std::optional<bool>(true));
        QVERIFY(wallet->isUnlocked());
        QCOMPARE(wallet->address()->toHex(),
                 QStringLiteral("0xf466859ead1932d743d622cb74fc058882e8648a"));
    }
};

QTEST_MAIN(TestCreateWalletDialog)
#include "tst_createwalletdialog.moc"
