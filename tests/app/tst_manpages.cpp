// The man pages and the programs agree: every option and command that `--help` lists is in the
// man page, and the default data directory the GUI names is the one its man page names.
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The man page's text with roff's escaped hyphens made plain.
QString manPage(const QString& name) {
    QFile file(QStringLiteral(SALESDESK_MAN_DIR "/") + name + QStringLiteral(".1.in"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

QString help(const QString& program, const QStringList& arguments, const QString& home) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QSet<QString> longOptions(const QString& text) {
    QSet<QString> options;
    static const QRegularExpression option(QStringLiteral("--[a-z][a-z-]+"));
    for (auto it = option.globalMatch(text); it.hasNext();)
        options.insert(it.next().captured());
    return options;
}

} // namespace

class TestManPages : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private Q_SLOTS:
    void everyOptionOfTheGuiIsInItsManPage() {
        const QString page = manPage(QStringLiteral("salesdesk"));
        QVERIFY(!page.isEmpty());
        // The help wraps long lines: compare with the white space made single.
        const QString text =
            help(QStringLiteral(SALESDESK_GUI), {QStringLiteral("--help")}, m_home.path())
                .simplified();
        QVERIFY(text.contains(QStringLiteral("--screenshots")));
        for (const QString& option : longOptions(text))
            QVERIFY2(page.contains(option), qPrintable(option + QStringLiteral(" is not in the "
                                                                               "man page")));
    }

    // `salesdesk --help` and `man salesdesk` name the same default data directory.
    void theGuiNamesTheDefaultDataDirectoryAsTheManPageDoes() {
        // The help wraps long lines: compare with the white space made single.
        const QString text =
            help(QStringLiteral(SALESDESK_GUI), {QStringLiteral("--help")}, m_home.path())
                .simplified();
        const QString expected = QStringLiteral("~/.local/share/SalesDesk/salesdesk");
        QVERIFY2(text.contains(QStringLiteral("(default: ") + expected + QLatin1Char(')')),
                 qPrintable(text));
        QVERIFY(manPage(QStringLiteral("salesdesk")).contains(expected));
    }

    void everyCommandAndOptionOfTheCliIsInItsManPage() {
        const QString page = manPage(QStringLiteral("salesdesk-cli"));
        QVERIFY(!page.isEmpty());
        QString text =
            help(QStringLiteral(SALESDESK_CLI), {QStringLiteral("--help")}, m_home.path());
        QVERIFY(!text.isEmpty());
        for (const QString& command :
             {QStringLiteral("simulate"), QStringLiteral("chain"), QStringLiteral("wallet"),
              QStringLiteral("client"), QStringLiteral("host")}) {
            QVERIFY2(text.contains(command), qPrintable(command));
            QVERIFY2(page.contains(QStringLiteral(".B ") + command) ||
                         page.contains(QStringLiteral(".BI \"") + command),
                     qPrintable(command + QStringLiteral(" is not a command in the man page")));
            const QString sub = help(QStringLiteral(SALESDESK_CLI),
                                     {command, QStringLiteral("--help")}, m_home.path());
            QVERIFY2(!sub.isEmpty(), qPrintable(command));
            text += sub;
        }
        text += help(QStringLiteral(SALESDESK_CLI),
                     {QStringLiteral("chain"), QStringLiteral("deploy"), QStringLiteral("--help")},
                     m_home.path());
        QVERIFY(text.contains(QStringLiteral("--proof-timeout")));
        for (const QString& option : longOptions(text))
            QVERIFY2(page.contains(option), qPrintable(option + QStringLiteral(" is not in the "
                                                                               "man page")));
        // It does not claim a data directory of its own or the GUI's.
        QVERIFY(!page.contains(QStringLiteral("~/.local/share/SalesDesk")));
    }
};

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
