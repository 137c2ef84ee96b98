// `salesdesk-cli simulate` end to end: the binary runs scenario files and reports as documented.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kCli = QStringLiteral(SALESDESK_CLI);
const QString kScenarios = QStringLiteral(SALESDESK_SCENARIOS);

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& arguments) {
    QProcess process;
    process.start(kCli, arguments);
    CliRun run;
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString scenario(const QString& name) {
    return kScenarios + QLatin1Char('/') + name;
}

QJsonObject readReport(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestSimulateCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void aSaleRunsToTheEndAndExitsZero() {
        const QString reportPath = m_dir.filePath(QStringLiteral("basic.json"));
        const CliRun run =
            runCli({QStringLiteral("simulate"), scenario(QStringLiteral("runner-basic-sale.json")),
                    QStringLiteral("--report"), reportPath});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains("t+7200s"));
        const QJsonObject report = readReport(reportPath);
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("end")).toInteger(), qint64(1760007200));
        const QJsonObject r1 = report.value(QStringLiteral("requests"))
                                   .toObject()
                                   .value(QStringLiteral("r1"))
                                   .toObject();
        QCOMPARE(r1.value(QStringLiteral("state")).toString(), QStringLiteral("Finished"));
        QCOMPARE(r1.value(QStringLiteral("slotsFilled")).toInt(), 4);
        const QJsonArray sales = report.value(QStringLiteral("sales")).toArray();
        QCOMPARE(sales.size(), 4);
        for (const QJsonValue& sale : sales) {
            QCOMPARE(sale.toObject().value(QStringLiteral("final")).toString(),
                     QStringLiteral("SaleFinished"));
            QVERIFY(sale.toObject().value(QStringLiteral("payout")).toString() !=
                    QStringLiteral("0"));
        }
        QCOMPARE(report.value(QStringLiteral("repo"))
                     .toObject()
                     .value(QStringLiteral("usedBytes"))
                     .toInt(),
                 0);
        QVERIFY(report.value(QStringLiteral("agents")).toArray().isEmpty());
    }

    void theSameFileGivesByteIdenticalReports() {
        const QString first = m_dir.filePath(QStringLiteral("first.json"));
        const QString second = m_dir.filePath(QStringLiteral("second.json"));
        const QString file = scenario(QStringLiteral("runner-crash-while-proving.json"));
        QCOMPARE(runCli({QStringLiteral("simulate"), file, QStringLiteral("--report"), first,
                         QStringLiteral("--quiet")})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("simulate"), file, QStringLiteral("--report"), second,
                         QStringLiteral("--quiet")})
                     .exitCode,
                 0);
        QFile a(first);
        QFile b(second);
        QVERIFY(a.open(QIODevice::ReadOnly));
        QVERIFY(b.open(QIODevice::ReadOnly));
        const QByteArray bytes = a.readAll();
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(bytes, b.readAll());
        const QJsonArray sales =
            QJsonDocument::fromJson(bytes).object().value(QStringLiteral("sales")).toArray();
        QCOMPARE(sales.size(), 2);
        for (const QJsonValue& sale : sales)
            QCOMPARE(sale.toObject().value(QStringLiteral("runs")).toInt(), 2);
    }

    void aRefusedActionIsAnErrorNotAFailure() {
        const CliRun run = runCli({QStringLiteral("simulate"),
                                   scenario(QStringLiteral("runner-refused-availability.json")),
                                   QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("event")).toInt(), 0);
        QVERIFY(errors.at(0)
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("quota")));
        QCOMPARE(report.value(QStringLiteral("queue"))
                     .toObject()
                     .value(QStringLiteral("paused"))
                     .toBool(),
                 true);
    }

    void anInvalidFileExitsTwoWithTheJsonPathAndRunsNothing() {
        const QString reportPath = m_dir.filePath(QStringLiteral("invalid.json"));
        const QString dataDir = m_dir.filePath(QStringLiteral("invalid-data"));
        const CliRun run = runCli(
            {QStringLiteral("simulate"), scenario(QStringLiteral("invalid/zero-slot-size.json")),
             QStringLiteral("--report"), reportPath, QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("events[1].request.slotSize: must be a positive integer"),
                 run.err.constData());
        QVERIFY(!QFile::exists(reportPath));
        QVERIFY(!QFile::exists(dataDir));
    }

    void badOptionsExitTwo() {
        QCOMPARE(runCli({QStringLiteral("simulate")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("simulate"), QStringLiteral("--no-such-option"),
                         scenario(QStringLiteral("runner-basic-sale.json"))})
                     .exitCode,
                 2);
        QCOMPARE(
            runCli({QStringLiteral("simulate"), m_dir.filePath(QStringLiteral("missing.json"))})
                .exitCode,
            2);
        QCOMPARE(runCli({QStringLiteral("no-such-command")}).exitCode, 2);
    }

    void helpAndVersionStillWork() {
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("simulate SCENARIO.json"));
        const CliRun simulateHelp = runCli({QStringLiteral("simulate"), QStringLiteral("--help")});
        QCOMPARE(simulateHelp.exitCode, 0);
        QVERIFY(simulateHelp.out.contains("--report"));
        QVERIFY(simulateHelp.out.contains("--quiet"));
        const CliRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("salesdesk-cli "));
    }
};

QTEST_GUILESS_MAIN(TestSimulateCli)
#include "tst_simulatecli.moc"
