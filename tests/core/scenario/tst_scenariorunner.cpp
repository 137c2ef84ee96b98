// ScenarioRunner: scenario files run against the real engine and the simulated market.
#include "core/scenario/ScenarioParser.h"
#include "core/scenario/ScenarioRunner.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

namespace {

constexpr Timestamp kStart = 1'760'000'000;

// A scenario with one availability that takes every slot of r1 (4 × 64 KiB, one hour, posted at
// t=60 with a 600 s expiry), running for two hours; `events` are appended after those two.
// `beforeRequest` goes between the two.
QByteArray scenarioWith(const QByteArray& events, const QByteArray& host = "{}",
                        quint64 runUntil = 7200, const QByteArray& beforeRequest = "") {
    return QByteArray(R"({"seed": 5, "start": 1760000000, "runUntil": )") +
           QByteArray::number(runUntil) + R"(, "host": )" + host + R"(, "events": [
  {"at": 0, "addAvailability": {"name": "a1", "totalSize": 1048576, "duration": 7200,
                                "minPricePerBytePerSecond": "1", "totalCollateral": "100000000"}},)" +
           beforeRequest + R"(
  {"at": 60, "request": {"name": "r1", "slots": 4, "slotSize": 65536, "duration": 3600,
                         "pricePerBytePerSecond": "2", "collateralPerByte": "1",
                         "expiry": 600, "maxSlotLoss": 1}})" +
           events + "]}";
}

Result<ScenarioReport> runScenario(const QByteArray& json, ScenarioRunner::Options options = {}) {
    auto scenario = ScenarioParser::parse(json);
    if (!scenario.ok())
        return scenario.error();
    ScenarioRunner runner(std::move(*scenario), std::move(options));
    return runner.run();
}

// The final state of each sale by name ("none" while it runs): QCOMPARE prints names.
QStringList finalStates(const ScenarioReport& report) {
    QStringList out;
    for (const auto& sale : report.sales)
        out.append(sale.finalState ? toString(*sale.finalState) : QStringLiteral("none"));
    return out;
}

const QStringList kFourFinished(4, QStringLiteral("SaleFinished"));

} // namespace

class TestScenarioRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sellsEverySlotAndLeavesTheBooksWhole() {
        auto report = runScenario(scenarioWith(""));
        SD_VERIFY_OK(report);
        QVERIFY2(report->ok(), report->toJson().constData());
        QCOMPARE(report->start, kStart);
        QCOMPARE(report->end, kStart + 7200);
        QVERIFY(report->errors.isEmpty());
        QCOMPARE(report->requests.size(), 1);
        QCOMPARE(report->requests[0].state, QStringLiteral("Finished"));
        QCOMPARE(report->requests[0].slotsFilled, quint64(4));
        QCOMPARE(report->requests[0].expiresAt, kStart + 660);
        QCOMPARE(report->requests[0].endsAt, kStart + 3660);
        QCOMPARE(finalStates(*report), kFourFinished);
        for (const auto& sale : report->sales) {
            QCOMPARE(sale.runs, 1);
            QVERIFY(sale.states.first() == SaleStateKind::Preparing);
            QVERIFY(sale.states.last() == SaleStateKind::Finished);
            QVERIFY(sale.states.contains(SaleStateKind::Proving));
            QVERIFY(sale.filledAt.has_value());
            QVERIFY(sale.payout > 0);
            QCOMPARE(sale.collateralDeposited, UInt256(65536));
            QCOMPARE(sale.collateralReturned, UInt256(65536));
            QCOMPARE(sale.slashed, UInt256(0));
            QVERIFY(sale.proofsSubmitted > 0);
        }
        QVERIFY(report->reservations.isEmpty());
        QVERIFY(report->agents.isEmpty());
        QVERIFY(report->mySlots.isEmpty());
        QCOMPARE(report->repo.usedBytes, quint64(0));
        QCOMPARE(report->availabilities[0].availability.freeSize, quint64(1048576));
        QVERIFY(report->host.earned > 0);
        QCOMPARE(report->host.balance, UInt256(report->host.startBalance + report->host.earned));
        QCOMPARE(report->host.collateralLocked, UInt256(0));
    }

    void theSameFileGivesTheSameBytes() {
        const QByteArray json = scenarioWith(R"(,
  {"at": 1800, "crash": {}},
  {"at": 1900, "pauseQueue": {}})");
        auto first = runScenario(json);
        auto second = runScenario(json);
        SD_VERIFY_OK(first);
        SD_VERIFY_OK(second);
        QCOMPARE(first->toJson(), second->toJson());
        QVERIFY(first->toJson().contains("\"SaleUnknown\""));
    }

    void aCrashWhileProvingRecoversEverySale() {
        auto report = runScenario(scenarioWith(R"(,
  {"at": 1800, "crash": {}})"));
        SD_VERIFY_OK(report);
        QVERIFY2(report->ok(), report->toJson().constData());
        QCOMPARE(finalStates(*report), kFourFinished);
        for (const auto& sale : report->sales) {
            QCOMPARE(sale.runs, 2);
            QVERIFY(sale.states.contains(SaleStateKind::Unknown));
            QCOMPARE(sale.collateralReturned, sale.collateralDeposited);
        }
        QVERIFY(report->reservations.isEmpty());
    }

    void aHostThatIsOfflineMissesProofsAndRefusesUserActions() {
        auto report = runScenario(scenarioWith(R"(,
  {"at": 1800, "offline": {"seconds": 600}},
  {"at": 2000, "addAvailability": {"name": "a2", "totalSize": 4096, "duration": 60,
                                   "minPricePerBytePerSecond": "1", "totalCollateral": "1"}})"));
        SD_VERIFY_OK(report);
        QVERIFY2(report->ok(), report->toJson().constData());
        QCOMPARE(report->errors.size(), 1);
        QCOMPARE(report->errors[0].event, 3);
        QCOMPARE(report->errors[0].at, kStart + 2000);
        QCOMPARE(report->errors[0].message,
                 QStringLiteral("The host is offline until %1").arg(kStart + 2400));
        QCOMPARE(report->availabilities.size(), 1);
        // Five periods passed without the host: the validator marked its proofs missing and the
        // market slashed it; the books are whole again at the end.
        QVERIFY(report->host.slashed > 0);
        QVERIFY(report->reservations.isEmpty());
        for (const auto& sale : report->sales)
            QVERIFY(sale.finalState.has_value() || sale.runs == 1);
    }

    void aRefusedUserActionIsReportedAndTheRunGoesOn() {
        auto report = runScenario(scenarioWith(R"(,
  {"at": 70, "addAvailability": {"name": "big", "totalSize": 1099511627776, "duration": 60,
                                 "minPricePerBytePerSecond": "1", "totalCollateral": "1"}},
  {"at": 80, "updateAvailability": {"name": "big", "duration": 120}})"));
        SD_VERIFY_OK(report);
        QVERIFY(report->ok());
        QCOMPARE(report->errors.size(), 2);
        QCOMPARE(report->errors[0].event, 2);
        QVERIFY2(report->errors[0].message.contains(QStringLiteral("quota")),
                 qPrintable(report->errors[0].message));
        QCOMPARE(report->errors[1].event, 3);
        QCOMPARE(finalStates(*report), kFourFinished);
    }

    void aUserPauseHoldsUntilResumed() {
        auto report = runScenario(scenarioWith("", "{}", 7200, R"({"at": 0, "pauseQueue": {}},)"));
        SD_VERIFY_OK(report);
        QVERIFY(report->sales.isEmpty());
        QVERIFY(report->queue.paused);
        QCOMPARE(report->queue.length, 4);

        auto resumed = runScenario(scenarioWith(R"(,
  {"at": 61, "crash": {}},
  {"at": 100, "resumeQueue": {}})",
                                                "{}", 200, R"({"at": 30, "pauseQueue": {}},)"));
        SD_VERIFY_OK(resumed);
        // Nothing was sold before the resume at 100, the crash notwithstanding.
        QVERIFY(!resumed->sales.isEmpty());
        for (const auto& sale : resumed->sales)
            QVERIFY(!sale.filledAt || *sale.filledAt >= kStart + 100);
        QVERIFY(resumed->ok());
    }

    void aHostOfflineAtTheEndIsReadFromItsFiles() {
        auto report = runScenario(scenarioWith(R"(,
  {"at": 1800, "offline": {"seconds": 100000}})"));
        SD_VERIFY_OK(report);
        QVERIFY(report->agents.isEmpty());
        QCOMPARE(report->reservations.size(), 4);
        QVERIFY(!report->mySlots.isEmpty());
        for (const auto& sale : report->sales)
            QVERIFY(!sale.finalState.has_value());
    }

    void aGivenDataDirectoryKeepsTheDatabase() {
        QTemporaryDir dir;
        ScenarioRunner::Options options;
        options.dataDirectory = dir.path() + QStringLiteral("/run");
        auto report = runScenario(scenarioWith(""), options);
        SD_VERIFY_OK(report);
        QVERIFY(QFile::exists(options.dataDirectory + QStringLiteral("/salesdesk.sqlite")));
        QVERIFY(QFile::exists(options.dataDirectory + QStringLiteral("/market.sqlite")));
        // A second run refuses the used directory rather than mixing two runs.
        SD_VERIFY_ERROR(runScenario(scenarioWith(""), options), ErrorCode::Conflict);
    }

    void progressIsReported() {
        QStringList lines;
        ScenarioRunner::Options options;
        options.progress = [&lines](const QString& line) {
            lines << line;
        };
        SD_VERIFY_OK(runScenario(scenarioWith(""), options));
        QVERIFY(lines.size() >= 2);
        QVERIFY2(lines.last().contains(QStringLiteral("SaleFinished 4")), qPrintable(lines.last()));
    }
};

QTEST_GUILESS_MAIN(TestScenarioRunner)
#include "tst_scenariorunner.moc"
