// `salesdesk-cli wallet` as a real child process: new, import (key file, geth keystore), address,
// and the refusals (no wallet, an existing one, a wrong passphrase, no terminal, bad options).
#include "tests/support/FolderSnapshot.h"
#include "tests/support/KeystoreFiles.h"
#include "tests/support/ProgramRun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

using salesdesk::test::ProgramRun;

ProgramRun runCli(const QStringList& arguments) {
    return salesdesk::test::runProgram(QStringLiteral(SALESDESK_CLI), arguments);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    return salesdesk::test::writeFile(path, content) ? path : QString();
}

unsigned modeOf(const QString& path) {
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & 0777) : 0;
}

using salesdesk::test::kGethKeystore;

} // namespace

class TestWalletCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    // A new account: standard scrypt, a 0600 file, its address printed and read back.
    void newCreatesAnAccountAndPrintsItsAddress() {
        const QString data = m_dir.filePath(QStringLiteral("new"));
        const QString pass = writeFile(m_dir, QStringLiteral("new.pass"), "correct horse\n");
        const ProgramRun run =
            runCli({QStringLiteral("wallet"), QStringLiteral("new"), QStringLiteral("--data-dir"),
                    data, QStringLiteral("--passphrase-file"), pass});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Account 0x")), qPrintable(run.out));
        const QString wallet = data + QStringLiteral("/wallet.json");
        QCOMPARE(modeOf(wallet), 0600u);
        const ProgramRun address = runCli({QStringLiteral("wallet"), QStringLiteral("address"),
                                           QStringLiteral("--data-dir"), data});
        QCOMPARE(address.exitCode, 0);
        QCOMPARE(address.out.trimmed().size(), 42);
        QVERIFY2(run.out.contains(address.out.trimmed()), qPrintable(run.out + address.out));
        QFile file(wallet);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject kdf = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QLatin1String("crypto"))
                                    .toObject()
                                    .value(QLatin1String("kdfparams"))
                                    .toObject();
        QCOMPARE(kdf.value(QLatin1String("n")).toInt(), 262144);

        // A second account in the same directory is refused; the file stays.
        const ProgramRun again =
            runCli({QStringLiteral("wallet"), QStringLiteral("new"), QStringLiteral("--data-dir"),
                    data, QStringLiteral("--passphrase-file"), pass});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("never overwritten")), qPrintable(again.err));
    }

    // Import from a key file: the address is the key's, in EIP-55 case.
    void importsAKeyFile() {
        const QString data = m_dir.filePath(QStringLiteral("key"));
        const QString key =
            writeFile(m_dir, QStringLiteral("anvil0.key"),
                      "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n");
        const QString pass = writeFile(m_dir, QStringLiteral("key.pass"), "pw\n");
        const ProgramRun run = runCli(
            {QStringLiteral("wallet"), QStringLiteral("import"), QStringLiteral("--data-dir"), data,
             QStringLiteral("--key-file"), key, QStringLiteral("--passphrase-file"), pass});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")),
                 qPrintable(run.out));
        // The key never appears in what the command prints.
        QVERIFY(!run.out.contains(QStringLiteral("ac0974bec39a17e3")));
        QVERIFY(!run.err.contains(QStringLiteral("ac0974bec39a17e3")));
    }

    void importsAGethKeystore() {
        const QString data = m_dir.filePath(QStringLiteral("geth"));
        const QString keystore = writeFile(m_dir, QStringLiteral("aaa"), kGethKeystore);
        const QString wrong = writeFile(m_dir, QStringLiteral("geth.wrong"), "foobaz\n");
        const ProgramRun refused = runCli(
            {QStringLiteral("wallet"), QStringLiteral("import"), QStringLiteral("--data-dir"), data,
             QStringLiteral("--keystore"), keystore, QStringLiteral("--passphrase-file"), wrong});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.startsWith(QStringLiteral("salesdesk: Wrong passphrase")),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(data + QStringLiteral("/wallet.json")));

        const QString pass = writeFile(m_dir, QStringLiteral("geth.pass"), "foobar\n");
        const ProgramRun run = runCli(
            {QStringLiteral("wallet"), QStringLiteral("import"), QStringLiteral("--data-dir"), data,
             QStringLiteral("--keystore"), keystore, QStringLiteral("--passphrase-file"), pass});
        QCOMPARE(run.exitCode, 0);
        const ProgramRun address = runCli({QStringLiteral("wallet"), QStringLiteral("address"),
                                           QStringLiteral("--data-dir"), data});
        QCOMPARE(address.out.trimmed().toLower(),
                 QStringLiteral("0xf466859ead1932d743d622cb74fc058882e8648a"));
    }

    void addressWithoutAWalletSaysHowToMakeOne() {
        const ProgramRun run =
            runCli({QStringLiteral("wallet"), QStringLiteral("address"),
                    QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("none"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("wallet new")), qPrintable(run.err));
    }

    void refusesBadInvocations_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString data = m_dir.filePath(QStringLiteral("bad"));
        QTest::newRow("no action") << QStringList{QStringLiteral("wallet")}
                                   << QStringLiteral("usage: salesdesk-cli wallet");
        QTest::newRow("unknown action")
            << QStringList{QStringLiteral("wallet"), QStringLiteral("send"),
                           QStringLiteral("--data-dir"), data}
            << QStringLiteral("usage: salesdesk-cli wallet");
        QTest::newRow("no data dir")
            << QStringList{QStringLiteral("wallet"), QStringLiteral("address")}
            << QStringLiteral("--data-dir");
        QTest::newRow("import without a source")
            << QStringList{QStringLiteral("wallet"), QStringLiteral("import"),
                           QStringLiteral("--data-dir"), data}
            << QStringLiteral("either --key-file FILE or --keystore FILE");
        QTest::newRow("no terminal, no passphrase file")
            << QStringList{QStringLiteral("wallet"), QStringLiteral("new"),
                           QStringLiteral("--data-dir"), data}
            << QStringLiteral("--passphrase-file");
        QTest::newRow("a key on the command line is not an option")
            << QStringList{QStringLiteral("wallet"),     QStringLiteral("import"),
                           QStringLiteral("--data-dir"), data,
                           QStringLiteral("--key"),      QStringLiteral("0x01")}
            << QStringLiteral("Unknown option 'key'");
    }

    void refusesBadInvocations() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ProgramRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad/wallet.json"))));
    }
};

QTEST_GUILESS_MAIN(TestWalletCli)
#include "tst_walletcli.moc"
