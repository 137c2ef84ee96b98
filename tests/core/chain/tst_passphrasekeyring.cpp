// PassphraseKeyring against a real Secret Service: CTest runs this test inside a private D-Bus
// session with its own gnome-keyring-daemon and an empty home (tests/support/with-keyring.sh), so
// the user's own keyring is never touched. Without a keyring (a bus address that leads nowhere, in
// a child run of this program) every call answers an error that says so.
#include "core/chain/wallet/PassphraseKeyring.h"
#include "tests/support/ProgramRun.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace salesdesk;

namespace {

const Address kWallet = Address::fromBytes(QByteArray(20, '\x42'));
const Address kOtherWallet = Address::fromBytes(QByteArray(20, '\x43'));
constexpr int kWaitMs = 20'000;

// The environment variable that makes this program the child of noKeyringGivesAClearError.
constexpr char kChildMode[] = "SALESDESK_KEYRING_TEST_CHILD";

Result<void> storeAndWait(PassphraseKeyring& keyring, const Address& wallet, const QString& text) {
    std::optional<Result<void>> answer;
    keyring.store(wallet, text, nullptr, [&](const Result<void>& r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs))
        return makeError(ErrorCode::Io, QStringLiteral("no answer from the keyring"));
    return *answer;
}

Result<std::optional<QString>> readAndWait(PassphraseKeyring& keyring, const Address& wallet) {
    std::optional<Result<std::optional<QString>>> answer;
    keyring.read(wallet, nullptr, [&](const Result<std::optional<QString>>& r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs))
        return makeError(ErrorCode::Io, QStringLiteral("no answer from the keyring"));
    return *answer;
}

Result<void> forgetAndWait(PassphraseKeyring& keyring, const Address& wallet) {
    std::optional<Result<void>> answer;
    keyring.forget(wallet, nullptr, [&](const Result<void>& r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs))
        return makeError(ErrorCode::Io, QStringLiteral("no answer from the keyring"));
    return *answer;
}

// The child: one store with no keyring reachable; prints the error and exits 3, or exits 0 if
// the store succeeded (which would be wrong).
int runChild(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    PassphraseKeyring keyring(QStringLiteral("Sales Desk test"));
    const auto stored = storeAndWait(keyring, kWallet, QStringLiteral("secret"));
    if (stored.ok())
        return 0;
    std::fprintf(stdout, "%s\n", qPrintable(stored.message()));
    return 3;
}

} // namespace

class TestPassphraseKeyring : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsReadsAndForgetsAPassphrase() {
        PassphraseKeyring keyring(QStringLiteral("Sales Desk test"));
        const QString passphrase = QStringLiteral("correct horse battery stäple ☃");
        const auto stored = storeAndWait(keyring, kWallet, passphrase);
        SD_VERIFY_OK(stored);
        const auto read = readAndWait(keyring, kWallet);
        SD_VERIFY_OK(read);
        QCOMPARE(read->value_or(QString()), passphrase);

        QVERIFY(forgetAndWait(keyring, kWallet).ok());
        const auto gone = readAndWait(keyring, kWallet);
        SD_VERIFY_OK(gone);
        QVERIFY(!gone->has_value());
        // Forgetting what is not there is not an error.
        QVERIFY(forgetAndWait(keyring, kWallet).ok());
    }

    void keepsOneEntryPerWallet() {
        PassphraseKeyring keyring(QStringLiteral("Sales Desk test"));
        QVERIFY(storeAndWait(keyring, kWallet, QStringLiteral("first")).ok());
        QVERIFY(storeAndWait(keyring, kOtherWallet, QStringLiteral("second")).ok());
        QCOMPARE(readAndWait(keyring, kWallet)->value_or(QString()), QStringLiteral("first"));
        QCOMPARE(readAndWait(keyring, kOtherWallet)->value_or(QString()), QStringLiteral("second"));
        // A new passphrase replaces the old one.
        QVERIFY(storeAndWait(keyring, kWallet, QStringLiteral("changed")).ok());
        QCOMPARE(readAndWait(keyring, kWallet)->value_or(QString()), QStringLiteral("changed"));
        // Another service does not see them.
        PassphraseKeyring other(QStringLiteral("Sales Desk other test"));
        const auto unseen = readAndWait(other, kWallet);
        SD_VERIFY_OK(unseen);
        QVERIFY(!unseen->has_value());
        QVERIFY(forgetAndWait(keyring, kWallet).ok());
        QVERIFY(forgetAndWait(keyring, kOtherWallet).ok());
    }

    void noKeyringGivesAClearError() {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/salesdesk-test-bus");
        qputenv(kChildMode, "1");
        const test::ProgramRun run =
            test::runProgram(QCoreApplication::applicationFilePath(), {}, 60'000);
        qunsetenv(kChildMode);
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains(QStringLiteral("keeping the passphrase of 0x4242")),
                 qPrintable(run.out + run.err));
        QVERIFY2(!run.out.contains(QStringLiteral("secret")), qPrintable(run.out));
    }
};

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsSet(kChildMode))
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestPassphraseKeyring test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_passphrasekeyring.moc"
