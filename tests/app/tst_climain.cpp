// The salesdesk-cli binary's top level: what it prints and how it exits without a command, with
// an unknown command or option, and for --help and --version.
#include "tests/support/ProgramRun.h"

#include <QProcessEnvironment>
#include <QTest>

namespace {

using Run = salesdesk::test::ProgramRun;

Run runCli(const QStringList& arguments) {
    return salesdesk::test::runProgram(QStringLiteral(SALESDESK_CLI), arguments, 30'000);
}

} // namespace

class TestCliMain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Without a command it prints its usage and an error to stderr and exits 2, not silently 0.
    void noCommandIsAnErrorWithTheUsage() {
        const Run run = runCli({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("a command is required")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("simulate SCENARIO.json")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("chain start")), qPrintable(run.err));
    }

    void unknownCommandExitsTwo() {
        const Run run = runCli({QStringLiteral("sell")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("unknown command sell")), qPrintable(run.err));
    }

    void unknownOptionExitsTwo() {
        const Run run = runCli({QStringLiteral("--bogus")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("salesdesk: Unknown option 'bogus'")),
                 qPrintable(run.err));
    }

    // The top level has no --data-dir: no command reads the GUI's data directory.
    void helpListsTheCommandsAndNoDataDirectory() {
        const Run run = runCli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("simulate")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("chain start")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("--data-dir <dir>")), qPrintable(run.out));
    }

    // Messages follow the system's language (LC_ALL, LANG); English without one of ours.
    void messagesFollowTheSystemLanguage() {
        const QStringList arguments{QStringLiteral("check"), QStringLiteral("--help")};
        QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
        german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        german.remove(QStringLiteral("LANGUAGE"));
        const Run inGerman =
            salesdesk::test::runProgram(QStringLiteral(SALESDESK_CLI), arguments, german, 30'000);
        QCOMPARE(inGerman.exitCode, 0);
        QVERIFY2(inGerman.out.contains(QStringLiteral("Das zu prüfende Datenverzeichnis.")),
                 qPrintable(inGerman.out));
        QProcessEnvironment plain = german;
        plain.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        plain.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        const Run inEnglish =
            salesdesk::test::runProgram(QStringLiteral(SALESDESK_CLI), arguments, plain, 30'000);
        QCOMPARE(inEnglish.exitCode, 0);
        QVERIFY2(inEnglish.out.contains(QStringLiteral("The data directory to check.")),
                 qPrintable(inEnglish.out));
    }

    void versionPrintsTheVersion() {
        const Run run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("salesdesk-cli ")), qPrintable(run.out));
    }

    void simulateWithoutAScenarioExitsTwo() {
        const Run run = runCli({QStringLiteral("simulate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("one scenario file")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliMain)
#include "tst_climain.moc"
