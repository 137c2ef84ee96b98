// The GUI's start over a data directory it must refuse: the message the user gets (what file,
// why, what to do) and every file of the directory left as it was. Runs the real `salesdesk`
// binary (offscreen, where it prints the message box's text to stderr and exits 1).
#include "core/clock/VirtualClock.h"
#include "core/desk/Desk.h"
#include "core/storage/Database.h"
#include "tests/support/FolderSnapshot.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

namespace {

// A data directory as the GUI leaves it when killed at work: both databases with changes still
// in their logs. `hostSchema` (when set) is written into the host's books first.
bool makeCrashImage(const QString& live, const QString& crash, int hostSchema) {
    VirtualClock clock(1'760'000'000);
    SimulatedDeskOptions options;
    options.engine.dataDirectory = live;
    options.initialHostFunds = 1000;
    auto desk = Desk::openSimulated(clock, options);
    if (!desk.ok())
        return false;
    if (hostSchema > 0 && !(*desk)
                               ->engine()
                               .database()
                               .execute(QStringLiteral("PRAGMA user_version=%1").arg(hostSchema))
                               .ok())
        return false;
    return test::copyFiles(live, crash);
}

struct Run {
    int exitCode = -1;
    QString stderrText;
};

Run runGui(const QString& dataDirectory, const QString& home, const QStringList& more = {}) {
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home); // its settings, not the user's
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(SALESDESK_GUI),
              QStringList{QStringLiteral("--data-dir"), dataDirectory,
                          QStringLiteral("--quit-after-start")} +
                  more);
    Run run;
    if (!gui.waitForFinished(60'000)) {
        gui.kill();
        gui.waitForFinished();
        return run;
    }
    run.exitCode = gui.exitStatus() == QProcess::NormalExit ? gui.exitCode() : -1;
    run.stderrText = QString::fromUtf8(gui.readAllStandardError());
    return run;
}

} // namespace

class TestGuiMain : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private Q_SLOTS:
    // A bad option is reported before a display is needed: exit 2 with the message, no abort.
    void unknownOptionWithoutADisplayExitsTwo() {
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        gui.setProcessEnvironment(env);
        for (const QStringList& arguments :
             {QStringList{QStringLiteral("--bogus")}, QStringList{QStringLiteral("--data-dir")},
              QStringList{QStringLiteral("stray-argument")}}) {
            gui.start(QStringLiteral(SALESDESK_GUI), arguments);
            QVERIFY(gui.waitForFinished(30'000));
            QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
            QCOMPARE(gui.exitCode(), 2);
            const QString err = QString::fromUtf8(gui.readAllStandardError());
            QVERIFY2(err.startsWith(QStringLiteral("salesdesk: ")), qPrintable(err));
            QVERIFY2(err.contains(QStringLiteral("see salesdesk --help")), qPrintable(err));
        }
    }

    // An unknown market is refused before a display is needed, naming the choices.
    void unknownMarketExitsTwo() {
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(SALESDESK_GUI),
                  {QStringLiteral("--market"), QStringLiteral("mainnet")});
        QVERIFY(gui.waitForFinished(30'000));
        QCOMPARE(gui.exitCode(), 2);
        const QString err = QString::fromUtf8(gui.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("--market must be demo, local-chain or network, "
                                             "not \"mainnet\"")),
                 qPrintable(err));
    }

    // --market network is accepted; with no network in the settings it says what is missing and
    // exits 1, before any wallet is made.
    void networkWithoutAProfileSaysWhatIsMissing() {
        QTemporaryDir data;
        const Run run = runGui(data.path(), m_home.path(),
                               {QStringLiteral("--market"), QStringLiteral("network")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.stderrText.contains(QStringLiteral("Settings → Market cannot be used")),
                 qPrintable(run.stderrText));
        QVERIFY(!QFile::exists(data.filePath(QStringLiteral("wallet.json"))));
    }

    // Qt's own options (-platform name …) are still accepted next to ours.
    void qtOptionsAreAccepted() {
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(SALESDESK_GUI),
                  {QStringLiteral("-platform"), QStringLiteral("offscreen"),
                   QStringLiteral("--version")});
        QVERIFY(gui.waitForFinished(30'000));
        QCOMPARE(gui.exitCode(), 0);
        QVERIFY(gui.readAllStandardOutput().startsWith("salesdesk "));
    }

    // A first start with --quit-after-start ends by itself: the window's Quit, not a close that
    // asks (the package check timed out on it once the close dialog came).
    void firstStartQuitsByItself() {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const Run run = runGui(data.path(), m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText.right(2000)));
    }

    // The log goes to logs/salesdesk.log in the data directory, with what was logged before the
    // directory was opened (the language chosen at start); stderr gets warnings only.
    void aStartWritesItsLogToTheDataDirectory() {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const Run run = runGui(data.path(), m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText.right(2000)));
        const QByteArray log = test::readFile(data.filePath(QStringLiteral("logs/salesdesk.log")));
        QVERIFY2(log.contains(" info salesdesk.app.translations: "), log.left(2000).constData());
        QVERIFY(!run.stderrText.contains(QStringLiteral("salesdesk.app.translations")));
        QVERIFY(!run.stderrText.contains(QStringLiteral(" info ")));
    }

    void newerBooksAreRefusedWithTheReasonAndLeftUntouched() {
        QTemporaryDir live, crash;
        QVERIFY(makeCrashImage(live.path(), crash.path(), 999));
        const auto before = test::FolderSnapshot::take(crash.path());
        const Run run = runGui(crash.path(), m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.stderrText.contains(QStringLiteral("cannot open its data")),
                 qPrintable(run.stderrText));
        QVERIFY2(run.stderrText.contains(QStringLiteral("newer Sales Desk (schema 999")),
                 qPrintable(run.stderrText));
        SD_VERIFY_FOLDER_UNCHANGED(before, crash.path());
    }

    void emptyBooksNextToALogAreRefusedAndLeftUntouched() {
        QTemporaryDir live, crash;
        QVERIFY(makeCrashImage(live.path(), crash.path(), 0));
        const QString books = crash.filePath(QStringLiteral("salesdesk.sqlite"));
        QVERIFY(QFile(books).resize(0));
        const auto before = test::FolderSnapshot::take(crash.path());
        const Run run = runGui(crash.path(), m_home.path());
        QCOMPARE(run.exitCode, 1);
        // What file, why, what the user can do.
        QVERIFY2(run.stderrText.contains(books + QStringLiteral(" is empty")),
                 qPrintable(run.stderrText));
        QVERIFY2(run.stderrText.contains(books + QStringLiteral("-wal")),
                 qPrintable(run.stderrText));
        QVERIFY2(run.stderrText.contains(QStringLiteral("Restore")), qPrintable(run.stderrText));
        SD_VERIFY_FOLDER_UNCHANGED(before, crash.path());
    }

    void readOnlyBooksAreRefusedAtStart() {
        QTemporaryDir live, crash;
        QVERIFY(makeCrashImage(live.path(), crash.path(), 0));
        const QString books = crash.filePath(QStringLiteral("salesdesk.sqlite"));
        const auto before = test::FolderSnapshot::take(crash.path());
        {
            test::Unwritable readOnly(books);
            if (!readOnly.ok())
                QSKIP(qPrintable(QStringLiteral("cannot make a file read-only here: ") +
                                 readOnly.why()));
            const Run run = runGui(crash.path(), m_home.path());
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.stderrText.contains(books + QStringLiteral(" is read-only")),
                     qPrintable(run.stderrText));
        }
        SD_VERIFY_FOLDER_UNCHANGED(before, crash.path());
    }

    void readOnlyDataDirectoryIsNamedAsSuch() {
        QTemporaryDir live, crash;
        QVERIFY(makeCrashImage(live.path(), crash.path(), 0));
        const auto before = test::FolderSnapshot::take(crash.path());
        {
            test::Unwritable readOnly(crash.path());
            if (!readOnly.ok())
                QSKIP(qPrintable(QStringLiteral("cannot make a folder read-only here: ") +
                                 readOnly.why()));
            const Run run = runGui(crash.path(), m_home.path());
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(!run.stderrText.contains(QStringLiteral("in use by another")),
                     qPrintable(run.stderrText));
            QVERIFY2(run.stderrText.contains(QStringLiteral("the folder ") + crash.path() +
                                             QStringLiteral(" is read-only")),
                     qPrintable(run.stderrText));
        }
        SD_VERIFY_FOLDER_UNCHANGED(before, crash.path());
    }
};

QTEST_GUILESS_MAIN(TestGuiMain)
#include "tst_guimain.moc"
