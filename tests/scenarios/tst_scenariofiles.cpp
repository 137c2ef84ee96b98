// The committed scenario files (tests/scenarios/*.json) and their expected outcomes
// (<name>.expect.json): each file is a valid scenario, its expectation names only what the file
// defines, salesdesk-cli simulate ends it as expected, and together they use every event kind.
#include "core/scenario/ScenarioParser.h"
#include "tests/scenarios/ScenarioExpectation.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

const QString kScenarios = QStringLiteral(SALESDESK_SCENARIOS);
const QString kExpectSuffix = QStringLiteral(".expect.json");

// Scenario names (file names without .json) that have an expectation.
QStringList scenarioNames() {
    QStringList names;
    const QStringList files =
        QDir(kScenarios).entryList({QLatin1Char('*') + kExpectSuffix}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        names << file.chopped(kExpectSuffix.size());
    return names;
}

QString scenarioPath(const QString& name) {
    return kScenarios + QLatin1Char('/') + name + QStringLiteral(".json");
}

} // namespace

class TestScenarioFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void thereAreEnoughScenarios() {
        QVERIFY2(scenarioNames().size() >= 25,
                 qPrintable(QStringLiteral("%1 scenarios with an expectation, want at least 25")
                                .arg(scenarioNames().size())));
    }

    void everyScenarioParsesAndItsExpectationFitsIt_data() {
        QTest::addColumn<QString>("name");
        for (const QString& name : scenarioNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void everyScenarioParsesAndItsExpectationFitsIt() {
        QFETCH(QString, name);
        const auto scenario = ScenarioParser::parseFile(scenarioPath(name));
        SD_VERIFY_OK(scenario);
        const auto expectation = ScenarioExpectation::fromJson(
            readFile(kScenarios + QLatin1Char('/') + name + kExpectSuffix));
        SD_VERIFY_OK(expectation);
        const QStringList unknown = expectation->unknownReferences(*scenario);
        QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QStringLiteral("; "))));
    }

    void everyScenarioEndsAsExpected_data() { everyScenarioParsesAndItsExpectationFitsIt_data(); }
    void everyScenarioEndsAsExpected() {
        QFETCH(QString, name);
        const auto expectation = ScenarioExpectation::fromJson(
            readFile(kScenarios + QLatin1Char('/') + name + kExpectSuffix));
        SD_VERIFY_OK(expectation);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString reportPath = dir.filePath(QStringLiteral("report.json"));
        QProcess cli;
        cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        cli.start(QStringLiteral(SALESDESK_CLI),
                  {QStringLiteral("simulate"), scenarioPath(name), QStringLiteral("--report"),
                   reportPath, QStringLiteral("--quiet")});
        // The test process has nothing else to do while the CLI runs.
        QVERIFY2(cli.waitForFinished(300'000), "salesdesk-cli did not finish");
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        const QJsonObject report = QJsonDocument::fromJson(readFile(reportPath)).object();
        QVERIFY2(!report.isEmpty(), "no report was written");
        const QStringList mismatches = expectation->mismatches(cli.exitCode(), report);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    }

    void theScenariosUseEveryEventKind() {
        QSet<QString> used;
        for (const QString& name : scenarioNames()) {
            const auto scenario = ScenarioParser::parseFile(scenarioPath(name));
            SD_VERIFY_OK(scenario);
            for (const ScenarioEvent& event : scenario->events)
                used.insert(scenarioEventKindName(event.kind));
        }
        QStringList missing;
        for (const QString& kind : ScenarioParser::eventKindNames())
            if (!used.contains(kind))
                missing << kind;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("unused: ") + missing.join(QStringLiteral(", "))));
    }

    // The matcher itself: each kind of difference is reported, a match reports nothing.
    void theExpectationMatcherReportsDifferences() {
        const auto expectation = ScenarioExpectation::fromJson(R"({
            "report": { "ok": true, "requests": { "r1": { "state": "Finished" } }, "agents": [] },
            "sales": { "r1:0": { "final": "SaleFinished" } },
            "finalCounts": { "SaleFinished": 1 },
            "filledBefore": [["r1", "r2"]],
            "absentSales": ["r2:1"] })");
        SD_VERIFY_OK(expectation);
        const auto report = [](const char* json) {
            return QJsonDocument::fromJson(QByteArray(json)).object();
        };
        const QJsonObject matching = report(R"({
            "ok": true, "agents": [], "requests": { "r1": { "state": "Finished", "slotsFilled": 1 } },
            "sales": [ { "request": "r1", "slotIndex": 0, "final": "SaleFinished", "filledAt": 5 },
                       { "request": "r2", "slotIndex": 0, "final": null, "filledAt": 9 } ] })");
        const QStringList none = expectation->mismatches(0, matching);
        // The running r2:0 is not in finalCounts: one difference, and only that one.
        QCOMPARE(none, QStringList{QStringLiteral("finalCounts.running: expected 0, got 1")});

        const QJsonObject different = report(R"({
            "ok": false, "agents": [ {} ], "requests": { "r1": { "state": "Cancelled" } },
            "sales": [ { "request": "r1", "slotIndex": 0, "final": "SaleErrored", "filledAt": 9 },
                       { "request": "r2", "slotIndex": 1, "final": "SaleFinished", "filledAt": 5 } ] })");
        const QStringList found = expectation->mismatches(1, different);
        const QString all = found.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("exit code: expected 0, got 1")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("report.ok: expected true, got false")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("report.agents: expected 0 elements")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("report.requests.r1.state: expected \"Finished\"")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("sales[r1:0].final")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("sales[r2:1]: expected no entry")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("finalCounts.SaleErrored: expected 0, got 1")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("filledBefore: r1's last slot was filled at 9")),
                 qPrintable(all));
    }

    void unknownKeysInAnExpectationAreRejected() {
        SD_VERIFY_ERROR(ScenarioExpectation::fromJson(R"({ "exitcode": 0 })"),
                        ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(ScenarioExpectation::fromJson(R"({ "filledBefore": [["r1"]] })"),
                        ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestScenarioFiles)
#include "tst_scenariofiles.moc"
