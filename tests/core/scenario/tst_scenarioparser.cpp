#include "core/scenario/ScenarioParser.h"
#include "tests/support/TestSupport.h"

#include <QByteArrayList>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace salesdesk;

namespace {

// The example of docs/scenario-format.md ("Example"), verbatim.
const QByteArray kDocExample = R"({
  "seed": 7,
  "start": 1760000000,
  "runUntil": 86400,
  "market": { "periodSeconds": 120, "proofTimeout": 30, "downtime": 64, "downtimeProduct": 67,
              "maxReservations": 3, "repairRewardPercentage": 10, "slashPercentage": 20,
              "maxNumberOfSlashes": 2, "validatorRewardPercentage": 20,
              "requestDurationLimit": 2592000 },
  "host": { "quotaBytes": 1073741824, "maxWorkers": 3, "queueMaxSize": 128,
            "balance": "1000000000", "failEveryNProofs": 0, "storeData": true,
            "downloadBytesPerSecond": 0 },
  "events": [
    { "at": 0,  "addAvailability": { "name": "a1", "totalSize": 4096, "duration": 7200,
                                      "minPricePerBytePerSecond": "1", "totalCollateral": "100000" } },
    { "at": 60, "request": { "name": "r1", "slots": 4, "slotSize": 1024, "duration": 3600,
                             "pricePerBytePerSecond": "2", "collateralPerByte": "1",
                             "proofProbability": "1", "expiry": 600, "maxSlotLoss": 1 } },
    { "at": 61, "othersFill": { "request": "r1", "slots": [0, 1, 2] } }
  ]
})";

const QString kTwoPow256 = QStringLiteral(
    "115792089237316195423570985008687907853269984665640564039457584007913129639936");
const QString kMaxUInt256 = QStringLiteral(
    "115792089237316195423570985008687907853269984665640564039457584007913129639935");

// A scenario around `events` (a JSON array), with nothing else but the required keys.
QByteArray withEvents(const QByteArray& events) {
    return R"({"seed": 1, "start": 1000, "runUntil": 1000, "events": )" + events + "}";
}

// events[0] adds availability "a1", events[1] posts request "r1" with 4 slots; `more` follows.
QByteArray afterBase(const QByteArray& more) {
    return withEvents(
        R"([{"at": 0, "addAvailability": {"name": "a1", "totalSize": 4096, "duration": 7200,
                "minPricePerBytePerSecond": "1", "totalCollateral": "100000"}},
            {"at": 0, "request": {"name": "r1", "slots": 4, "slotSize": 1024, "duration": 3600,
                "pricePerBytePerSecond": "2", "collateralPerByte": "1", "expiry": 600}})" +
        (more.isEmpty() ? QByteArray() : ", " + more) + "]");
}

// events[2]: a request "r2" (4 slots of 1024 bytes for 3600 s, expiry 600) at 10, with `key` set
// to the JSON text `value` (replacing or adding that key).
QByteArray requestWith(const QByteArray& key, const QByteArray& value) {
    QList<std::pair<QByteArray, QByteArray>> fields{{"name", "\"r2\""},
                                                    {"slots", "4"},
                                                    {"slotSize", "1024"},
                                                    {"duration", "3600"},
                                                    {"pricePerBytePerSecond", "\"2\""},
                                                    {"collateralPerByte", "\"1\""},
                                                    {"expiry", "600"}};
    bool replaced = false;
    for (auto& field : fields) {
        if (field.first == key) {
            field.second = value;
            replaced = true;
        }
    }
    if (!replaced)
        fields.append({key, value});
    QByteArrayList members;
    for (const auto& [name, text] : fields)
        members.append('"' + name + "\": " + text);
    return afterBase(R"({"at": 10, "request": {)" + members.join(", ") + "}}");
}

template <typename T> const T& detailsOf(const Scenario& s, qsizetype index) {
    const T* details = std::get_if<T>(&s.events.at(index).details);
    if (!details)
        qFatal("event %lld has other details", static_cast<long long>(index));
    return *details;
}

} // namespace

class TestScenarioParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void docExampleParses();
    void defaultsAreTheDocumentedOnes();
    void everyEventKindParsesWithItsOptionalFields();
    void emptyEventListIsAllowed();
    void namesMayHoldAnyCharacters();
    void eventsAtTheSameTimeKeepFileOrder();
    void amountsAsJsonIntegersAreAccepted();
    void amountsUpTo256BitsAreAccepted();
    void everyMarketMethodIsAcceptedForFaults();
    void parseFileReadsAFile();
    void parseFileOfAMissingFileIsAnIoError();
    void invalidJsonNamesTheByteOffset();
    void rejected_data();
    void rejected();
};

void TestScenarioParser::docExampleParses() {
    const auto parsed = ScenarioParser::parse(kDocExample);
    SD_VERIFY_OK(parsed);
    const Scenario& s = *parsed;
    QCOMPARE(s.seed, 7u);
    QCOMPARE(s.start, Timestamp(1760000000));
    QCOMPARE(s.runUntil, 86400u);
    QCOMPARE(s.absolute(60), Timestamp(1760000060));
    QVERIFY(s.market == MarketConfig{});
    QVERIFY(s.host == ScenarioHostConfig{});
    QCOMPARE(s.events.size(), 3);

    QCOMPARE(s.events[0].at, 0u);
    QCOMPARE(s.events[0].kind, ScenarioEventKind::AddAvailability);
    scenario::AddAvailability a1;
    a1.name = QStringLiteral("a1");
    a1.totalSize = 4096;
    a1.duration = 7200;
    a1.minPricePerBytePerSecond = 1;
    a1.totalCollateral = 100000;
    QVERIFY(detailsOf<scenario::AddAvailability>(s, 0) == a1);

    QCOMPARE(s.events[1].at, 60u);
    QCOMPARE(s.events[1].kind, ScenarioEventKind::Request);
    scenario::Request r1;
    r1.name = QStringLiteral("r1");
    r1.slots = 4;
    r1.slotSize = 1024;
    r1.duration = 3600;
    r1.pricePerBytePerSecond = 2;
    r1.collateralPerByte = 1;
    r1.proofProbability = 1;
    r1.expiry = 600;
    r1.maxSlotLoss = 1;
    QVERIFY(detailsOf<scenario::Request>(s, 1) == r1);

    QCOMPARE(s.events[2].at, 61u);
    QCOMPARE(s.events[2].kind, ScenarioEventKind::OthersFill);
    const auto& fill = detailsOf<scenario::OthersFill>(s, 2);
    QCOMPARE(fill.request, QStringLiteral("r1"));
    QCOMPARE(fill.slots, (QList<quint64>{0, 1, 2}));
}

void TestScenarioParser::defaultsAreTheDocumentedOnes() {
    // Without market and host, and without the optional event fields, the values are the
    // documented defaults (the doc example's values).
    const auto parsed = ScenarioParser::parse(withEvents(R"([
        {"at": 0, "addAvailability": {"name": "a1", "totalSize": 4096, "duration": 7200,
            "minPricePerBytePerSecond": "1", "totalCollateral": "100000"}},
        {"at": 0, "request": {"name": "r1", "slots": 4, "slotSize": 1024, "duration": 3600,
            "pricePerBytePerSecond": "2", "collateralPerByte": "1", "expiry": 600}}])"));
    SD_VERIFY_OK(parsed);
    const MarketConfig& m = parsed->market;
    QCOMPARE(m.periodSeconds, 120u);
    QCOMPARE(m.proofTimeout, 30u);
    QCOMPARE(m.downtime, quint8(64));
    QCOMPARE(m.downtimeProduct, quint8(67));
    QCOMPARE(m.maxReservations, quint8(3));
    QCOMPARE(m.repairRewardPercentage, quint8(10));
    QCOMPARE(m.slashPercentage, quint8(20));
    QCOMPARE(m.maxNumberOfSlashes, quint8(2));
    QCOMPARE(m.validatorRewardPercentage, quint8(20));
    QCOMPARE(m.requestDurationLimit, 2592000u);
    const ScenarioHostConfig& h = parsed->host;
    QCOMPARE(h.quotaBytes, 1073741824u);
    QCOMPARE(h.maxWorkers, 3);
    QCOMPARE(h.queueMaxSize, 128);
    QCOMPARE(h.balance, UInt256(1000000000));
    QCOMPARE(h.failEveryNProofs, 0u);
    QCOMPARE(h.storeData, true);
    QCOMPARE(h.downloadBytesPerSecond, 0u);

    const auto& a1 = detailsOf<scenario::AddAvailability>(*parsed, 0);
    QCOMPARE(a1.enabled, true);
    QCOMPARE(a1.until, 0u);
    const auto& r1 = detailsOf<scenario::Request>(*parsed, 1);
    QCOMPARE(r1.proofProbability, UInt256(1));
    QCOMPARE(r1.maxSlotLoss, 0u);

    // A partial market or host object keeps the defaults of the keys it leaves out.
    const auto partial = ScenarioParser::parse(
        R"({"seed": 1, "start": 0, "runUntil": 5, "market": {"periodSeconds": 60},
            "host": {"storeData": false}, "events": []})");
    SD_VERIFY_OK(partial);
    MarketConfig expectedMarket;
    expectedMarket.periodSeconds = 60;
    QVERIFY(partial->market == expectedMarket);
    ScenarioHostConfig expectedHost;
    expectedHost.storeData = false;
    QVERIFY(partial->host == expectedHost);
}

void TestScenarioParser::everyEventKindParsesWithItsOptionalFields() {
    const QByteArray json = R"({
      "seed": 18446744, "start": 0, "runUntil": 100000,
      "market": {"periodSeconds": 90, "proofTimeout": 20, "downtime": 96, "downtimeProduct": 97,
                 "maxReservations": 5, "repairRewardPercentage": 0, "slashPercentage": 10,
                 "maxNumberOfSlashes": 10, "validatorRewardPercentage": 100,
                 "requestDurationLimit": 86400},
      "host": {"quotaBytes": 65536, "maxWorkers": 2, "queueMaxSize": 2, "balance": 0,
               "failEveryNProofs": 3, "storeData": false, "downloadBytesPerSecond": 512},
      "events": [
        {"at": 0, "addAvailability": {"name": "a1", "totalSize": 8192, "duration": 7200,
            "minPricePerBytePerSecond": "0", "totalCollateral": 5, "enabled": false,
            "until": 50000}},
        {"at": 1, "updateAvailability": {"name": "a1", "totalSize": 4096, "duration": 3600,
            "minPricePerBytePerSecond": "3", "totalCollateral": "7", "enabled": true,
            "until": 0}},
        {"at": 2, "updateAvailability": {"name": "a1", "enabled": false}},
        {"at": 3, "request": {"name": "r1", "slots": 3, "slotSize": 2048, "duration": 4000,
            "pricePerBytePerSecond": "5", "collateralPerByte": 6, "proofProbability": "4",
            "expiry": 3999, "maxSlotLoss": 3}},
        {"at": 4, "othersFill": {"request": "r1", "slots": [2, 0]}},
        {"at": 5, "othersReserve": {"request": "r1", "slotIndex": 1, "count": 2}},
        {"at": 6, "forceFree": {"request": "r1", "slotIndex": 2}},
        {"at": 7, "failRequest": {"request": "r1"}},
        {"at": 8, "withdraw": {"request": "r1"}},
        {"at": 9, "restart": {}},
        {"at": 10, "crash": {}},
        {"at": 11, "offline": {"seconds": 300}},
        {"at": 12, "marketFaults": {"method": "fillSlot", "probability": 0.25, "seconds": 60}},
        {"at": 12, "marketFaults": {"method": "*", "probability": 1, "seconds": 1}},
        {"at": 13, "corruptSlotData": {"request": "r1", "slotIndex": 0}},
        {"at": 14, "pauseQueue": {}},
        {"at": 100000, "resumeQueue": {}}
      ]
    })";
    const auto parsed = ScenarioParser::parse(json);
    SD_VERIFY_OK(parsed);
    const Scenario& s = *parsed;
    QCOMPARE(s.seed, 18446744u);

    MarketConfig market;
    market.periodSeconds = 90;
    market.proofTimeout = 20;
    market.downtime = 96;
    market.downtimeProduct = 97;
    market.maxReservations = 5;
    market.repairRewardPercentage = 0;
    market.slashPercentage = 10;
    market.maxNumberOfSlashes = 10;
    market.validatorRewardPercentage = 100;
    market.requestDurationLimit = 86400;
    QVERIFY(s.market == market);

    ScenarioHostConfig host;
    host.quotaBytes = 65536;
    host.maxWorkers = 2;
    host.queueMaxSize = 2;
    host.balance = 0;
    host.failEveryNProofs = 3;
    host.storeData = false;
    host.downloadBytesPerSecond = 512;
    QVERIFY(s.host == host);

    const QList<ScenarioEventKind> kinds{ScenarioEventKind::AddAvailability,
                                         ScenarioEventKind::UpdateAvailability,
                                         ScenarioEventKind::UpdateAvailability,
                                         ScenarioEventKind::Request,
                                         ScenarioEventKind::OthersFill,
                                         ScenarioEventKind::OthersReserve,
                                         ScenarioEventKind::ForceFree,
                                         ScenarioEventKind::FailRequest,
                                         ScenarioEventKind::Withdraw,
                                         ScenarioEventKind::Restart,
                                         ScenarioEventKind::Crash,
                                         ScenarioEventKind::Offline,
                                         ScenarioEventKind::MarketFaults,
                                         ScenarioEventKind::MarketFaults,
                                         ScenarioEventKind::CorruptSlotData,
                                         ScenarioEventKind::PauseQueue,
                                         ScenarioEventKind::ResumeQueue};
    QCOMPARE(s.events.size(), kinds.size());
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        QCOMPARE(s.events[i].kind, kinds[i]);
        QCOMPARE(s.events[i].details.index(), static_cast<std::size_t>(kinds[i]));
    }
    QCOMPARE(s.events[16].at, 100000u);

    scenario::AddAvailability add;
    add.name = QStringLiteral("a1");
    add.totalSize = 8192;
    add.duration = 7200;
    add.minPricePerBytePerSecond = 0;
    add.totalCollateral = 5;
    add.enabled = false;
    add.until = 50000;
    QVERIFY(detailsOf<scenario::AddAvailability>(s, 0) == add);

    scenario::UpdateAvailability update;
    update.name = QStringLiteral("a1");
    update.totalSize = 4096;
    update.duration = 3600;
    update.minPricePerBytePerSecond = UInt256(3);
    update.totalCollateral = UInt256(7);
    update.enabled = true;
    update.until = 0;
    QVERIFY(detailsOf<scenario::UpdateAvailability>(s, 1) == update);

    scenario::UpdateAvailability onlyEnabled;
    onlyEnabled.name = QStringLiteral("a1");
    onlyEnabled.enabled = false;
    QVERIFY(detailsOf<scenario::UpdateAvailability>(s, 2) == onlyEnabled);
    QVERIFY(!detailsOf<scenario::UpdateAvailability>(s, 2).totalSize.has_value());

    scenario::Request request;
    request.name = QStringLiteral("r1");
    request.slots = 3;
    request.slotSize = 2048;
    request.duration = 4000;
    request.pricePerBytePerSecond = 5;
    request.collateralPerByte = 6;
    request.proofProbability = 4;
    request.expiry = 3999;
    request.maxSlotLoss = 3;
    QVERIFY(detailsOf<scenario::Request>(s, 3) == request);

    QVERIFY(detailsOf<scenario::OthersFill>(s, 4) ==
            (scenario::OthersFill{QStringLiteral("r1"), {2, 0}}));
    QVERIFY(detailsOf<scenario::OthersReserve>(s, 5) ==
            (scenario::OthersReserve{QStringLiteral("r1"), 1, 2}));
    QVERIFY(detailsOf<scenario::ForceFree>(s, 6) == (scenario::ForceFree{QStringLiteral("r1"), 2}));
    QCOMPARE(detailsOf<scenario::FailRequest>(s, 7).request, QStringLiteral("r1"));
    QCOMPARE(detailsOf<scenario::Withdraw>(s, 8).request, QStringLiteral("r1"));
    QCOMPARE(detailsOf<scenario::Offline>(s, 11).seconds, 300u);
    QVERIFY(detailsOf<scenario::MarketFaults>(s, 12) ==
            (scenario::MarketFaults{QStringLiteral("fillSlot"), 0.25, 60}));
    QVERIFY(detailsOf<scenario::MarketFaults>(s, 13) ==
            (scenario::MarketFaults{QStringLiteral("*"), 1.0, 1}));
    QVERIFY(detailsOf<scenario::CorruptSlotData>(s, 14) ==
            (scenario::CorruptSlotData{QStringLiteral("r1"), 0}));

    // The kinds' names are the file's keys.
    QCOMPARE(scenarioEventKindName(ScenarioEventKind::CorruptSlotData),
             QStringLiteral("corruptSlotData"));
    QCOMPARE(ScenarioParser::eventKindNames().size(), 15);
    QCOMPARE(ScenarioParser::eventKindNames().at(int(ScenarioEventKind::OthersReserve)),
             QStringLiteral("othersReserve"));
}

void TestScenarioParser::emptyEventListIsAllowed() {
    const auto parsed =
        ScenarioParser::parse(R"({"seed": 0, "start": 0, "runUntil": 1, "events": []})");
    SD_VERIFY_OK(parsed);
    QVERIFY(parsed->events.isEmpty());
    QCOMPARE(parsed->runUntil, 1u);
}

void TestScenarioParser::namesMayHoldAnyCharacters() {
    // Quotes, brackets and escapes in strings neither confuse the check for repeated keys nor
    // the references; names are compared exactly.
    const auto parsed = ScenarioParser::parse(withEvents(R"([
        {"at": 0, "request": {"name": "r \"1\" {}[],:", "slots": 2, "slotSize": 1,
            "duration": 10, "pricePerBytePerSecond": "1", "collateralPerByte": "1", "expiry": 5}},
        {"at": 0, "request": {"name": "R \"1\" {}[],:", "slots": 3, "slotSize": 1,
            "duration": 10, "pricePerBytePerSecond": "1", "collateralPerByte": "1", "expiry": 5}},
        {"at": 1, "forceFree": {"request": "r \u0022\u0031\" {}[],:", "slotIndex": 1}},
        {"at": 1, "addAvailability": {"name": "é", "totalSize": 1, "duration": 1,
            "minPricePerBytePerSecond": "0", "totalCollateral": "0"}},
        {"at": 2, "updateAvailability": {"name": "\u00e9", "until": 5}}])"));
    SD_VERIFY_OK(parsed);
    QCOMPARE(detailsOf<scenario::Request>(*parsed, 0).name, QStringLiteral("r \"1\" {}[],:"));
    QCOMPARE(detailsOf<scenario::ForceFree>(*parsed, 2).request, QStringLiteral("r \"1\" {}[],:"));
    QCOMPARE(detailsOf<scenario::UpdateAvailability>(*parsed, 4).name, QString(QChar(0xe9)));
    QCOMPARE(detailsOf<scenario::UpdateAvailability>(*parsed, 4).until, std::optional<quint64>(5));
}

void TestScenarioParser::eventsAtTheSameTimeKeepFileOrder() {
    const auto parsed = ScenarioParser::parse(withEvents(
        R"([{"at": 5, "pauseQueue": {}}, {"at": 5, "crash": {}}, {"at": 5, "resumeQueue": {}}])"));
    SD_VERIFY_OK(parsed);
    QCOMPARE(parsed->events.size(), 3);
    QCOMPARE(parsed->events[0].kind, ScenarioEventKind::PauseQueue);
    QCOMPARE(parsed->events[1].kind, ScenarioEventKind::Crash);
    QCOMPARE(parsed->events[2].kind, ScenarioEventKind::ResumeQueue);
}

void TestScenarioParser::amountsAsJsonIntegersAreAccepted() {
    const auto parsed = ScenarioParser::parse(
        R"({"seed": 1, "start": 0, "runUntil": 10,
            "host": {"balance": 9007199254740993},
            "events": [{"at": 0, "request": {"name": "r", "slots": 1, "slotSize": 1,
                "duration": 10, "pricePerBytePerSecond": 2, "collateralPerByte": 9223372036854775807,
                "proofProbability": 1.0, "expiry": 5}}]})");
    SD_VERIFY_OK(parsed);
    // 2^53 + 1 is not a double: exactness shows that the integer was kept as such.
    QCOMPARE(parsed->host.balance, UInt256(9007199254740993ULL));
    const auto& r = detailsOf<scenario::Request>(*parsed, 0);
    QCOMPARE(r.pricePerBytePerSecond, UInt256(2));
    QCOMPARE(r.collateralPerByte, UInt256(9223372036854775807ULL));
    QCOMPARE(r.proofProbability, UInt256(1));
}

void TestScenarioParser::amountsUpTo256BitsAreAccepted() {
    const auto parsed =
        ScenarioParser::parse(R"({"seed": 1, "start": 0, "runUntil": 10, "host": {"balance": ")" +
                              kMaxUInt256.toLatin1() + R"("}, "events": []})");
    SD_VERIFY_OK(parsed);
    QCOMPARE(parsed->host.balance, uint256::max());
    QCOMPARE(uint256::toDecimal(parsed->host.balance), kMaxUInt256);

    // Beyond 64 bits, with leading zeros.
    const auto big = ScenarioParser::parse(
        R"({"seed": 1, "start": 0, "runUntil": 10,
            "host": {"balance": "00018446744073709551616"}, "events": []})");
    SD_VERIFY_OK(big);
    QCOMPARE(uint256::toDecimal(big->host.balance), QStringLiteral("18446744073709551616"));
}

void TestScenarioParser::everyMarketMethodIsAcceptedForFaults() {
    QVERIFY(ScenarioParser::marketMethodNames().contains(QStringLiteral("fillSlot")));
    QVERIFY(ScenarioParser::marketMethodNames().contains(QStringLiteral("getRequest")));
    QVERIFY(!ScenarioParser::marketMethodNames().contains(QStringLiteral("signer")));
    QByteArray events = "[";
    for (const QString& method : ScenarioParser::marketMethodNames())
        events += R"({"at": 0, "marketFaults": {"method": ")" + method.toLatin1() +
                  R"(", "probability": 0.5, "seconds": 10}},)";
    events.chop(1);
    events += "]";
    const auto parsed = ScenarioParser::parse(withEvents(events));
    SD_VERIFY_OK(parsed);
    QCOMPARE(parsed->events.size(), ScenarioParser::marketMethodNames().size());
    QCOMPARE(detailsOf<scenario::MarketFaults>(*parsed, 0).method,
             ScenarioParser::marketMethodNames().front());
}

void TestScenarioParser::parseFileReadsAFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("scenario.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(kDocExample), kDocExample.size());
    file.close();
    const auto parsed = ScenarioParser::parseFile(path);
    SD_VERIFY_OK(parsed);
    QCOMPARE(parsed->events.size(), 3);
    QVERIFY(*parsed == *ScenarioParser::parse(kDocExample));
}

void TestScenarioParser::parseFileOfAMissingFileIsAnIoError() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing.json"));
    const auto parsed = ScenarioParser::parseFile(path);
    SD_VERIFY_ERROR(parsed, ErrorCode::Io);
    QVERIFY2(parsed.message().startsWith(QStringLiteral("cannot read the scenario file ") + path +
                                         QStringLiteral(": ")),
             qPrintable(parsed.message()));
}

void TestScenarioParser::invalidJsonNamesTheByteOffset() {
    // The missing comma after "start": 0 is noticed at the next key: byte 26, line 3, column 3.
    const QByteArray json = "{\"seed\": 1,\n \"start\": 0\n \"runUntil\": 5, \"events\": []}";
    const auto parsed = ScenarioParser::parse(json);
    SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
    QCOMPARE(parsed.message(),
             QStringLiteral("invalid JSON at byte 26 (line 3, column 3): unterminated object"));

    const auto empty = ScenarioParser::parse(QByteArray());
    SD_VERIFY_ERROR(empty, ErrorCode::InvalidArgument);
    QVERIFY2(
        empty.message().startsWith(QStringLiteral("invalid JSON at byte 0 (line 1, column 1): ")),
        qPrintable(empty.message()));
}

void TestScenarioParser::rejected_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    const auto row = [](const char* name, const QByteArray& json, const QString& message) {
        QTest::newRow(name) << json << message;
    };

    // The document as a whole
    row("root is an array", "[]", QStringLiteral("a scenario must be a JSON object"));
    row("duplicate top-level key",
        R"({"seed": 1, "seed": 2, "start": 0, "runUntil": 1, "events": []})",
        QStringLiteral("seed: duplicate key"));
    row("duplicate key in an event body",
        afterBase(R"({"at": 1, "forceFree": {"request": "r1", "slotIndex": 0, "slotIndex": 1}})"),
        QStringLiteral("events[2].forceFree.slotIndex: duplicate key"));
    row("duplicate key spelled with an escape",
        R"({"seed": 1, "start": 0, "runUntil": 1, "events": [], "s\u0065ed": 2})",
        QStringLiteral("seed: duplicate key"));
    row("duplicate key in a later event",
        withEvents(
            R"([{"at": 0, "crash": {}}, {"at": 1, "offline": {"seconds": 1, "seconds": 2}}])"),
        QStringLiteral("events[1].offline.seconds: duplicate key"));
    row("two event kinds under the same key", afterBase(R"({"at": 1, "crash": {}, "crash": {}})"),
        QStringLiteral("events[2].crash: duplicate key"));

    // Unknown keys at every level
    row("unknown top-level key",
        R"({"seed": 1, "start": 0, "runUntil": 1, "events": [], "runUntl": 5})",
        QStringLiteral("runUntl: unknown key (expected one of: seed, start, runUntil, market, "
                       "host, events)"));
    row("unknown market key",
        R"({"seed": 1, "start": 0, "runUntil": 1, "market": {"period": 5}, "events": []})",
        QStringLiteral("market.period: unknown key (expected one of: periodSeconds, proofTimeout, "
                       "downtime, downtimeProduct, maxReservations, repairRewardPercentage, "
                       "slashPercentage, maxNumberOfSlashes, validatorRewardPercentage, "
                       "requestDurationLimit)"));
    row("unknown host key",
        R"({"seed": 1, "start": 0, "runUntil": 1, "host": {"workers": 5}, "events": []})",
        QStringLiteral("host.workers: unknown key (expected one of: quotaBytes, maxWorkers, "
                       "queueMaxSize, balance, failEveryNProofs, storeData, "
                       "downloadBytesPerSecond)"));
    row("unknown event key", withEvents(R"([{"at": 0, "crash": {}, "when": 3}])"),
        QStringLiteral("events[0].when: unknown key (expected one of: at, addAvailability, "
                       "updateAvailability, request, othersFill, othersReserve, forceFree, "
                       "failRequest, withdraw, restart, crash, offline, marketFaults, "
                       "corruptSlotData, pauseQueue, resumeQueue)"));
    row("unknown event body key",
        afterBase(R"({"at": 1, "request": {"name": "r2", "slotsize": 1024}})"),
        QStringLiteral("events[2].request.slotsize: unknown key (expected one of: name, slots, "
                       "slotSize, duration, pricePerBytePerSecond, collateralPerByte, "
                       "proofProbability, expiry, maxSlotLoss)"));
    row("key in an event without fields", withEvents(R"([{"at": 0, "restart": {"now": true}}])"),
        QStringLiteral("events[0].restart.now: unknown key (no keys are expected here)"));

    // Missing required fields
    row("missing seed", R"({"start": 0, "runUntil": 1, "events": []})",
        QStringLiteral("seed: is required"));
    row("missing start", R"({"seed": 0, "runUntil": 1, "events": []})",
        QStringLiteral("start: is required"));
    row("missing runUntil", R"({"seed": 0, "start": 0, "events": []})",
        QStringLiteral("runUntil: is required"));
    row("missing events", R"({"seed": 0, "start": 0, "runUntil": 1})",
        QStringLiteral("events: is required"));
    row("missing at", withEvents(R"([{"crash": {}}])"),
        QStringLiteral("events[0].at: is required"));
    row("missing event kind", withEvents(R"([{"at": 0}])"),
        QStringLiteral("events[0]: must have an event kind besides \"at\" (one of: "
                       "addAvailability, updateAvailability, request, othersFill, othersReserve, "
                       "forceFree, failRequest, withdraw, restart, crash, offline, marketFaults, "
                       "corruptSlotData, pauseQueue, resumeQueue)"));
    row("two event kinds", withEvents(R"([{"at": 0, "restart": {}, "crash": {}}])"),
        QStringLiteral("events[0]: must have exactly one event kind, got restart and crash"));
    row("missing request slotSize",
        afterBase(R"({"at": 1, "request": {"name": "r2", "slots": 4, "duration": 3600}})"),
        QStringLiteral("events[2].request.slotSize: is required"));
    row("missing availability name",
        withEvents(R"([{"at": 0, "addAvailability": {"totalSize": 1}}])"),
        QStringLiteral("events[0].addAvailability.name: is required"));
    row("missing othersFill slots", afterBase(R"({"at": 1, "othersFill": {"request": "r1"}})"),
        QStringLiteral("events[2].othersFill.slots: is required"));
    row("missing othersReserve count",
        afterBase(R"({"at": 1, "othersReserve": {"request": "r1", "slotIndex": 0}})"),
        QStringLiteral("events[2].othersReserve.count: is required"));
    row("missing offline seconds", withEvents(R"([{"at": 0, "offline": {}}])"),
        QStringLiteral("events[0].offline.seconds: is required"));
    row("missing marketFaults probability",
        withEvents(R"([{"at": 0, "marketFaults": {"method": "*", "seconds": 5}}])"),
        QStringLiteral("events[0].marketFaults.probability: is required"));
    row("update without changes", afterBase(R"({"at": 1, "updateAvailability": {"name": "a1"}})"),
        QStringLiteral("events[2].updateAvailability: must change at least one of: totalSize, "
                       "duration, minPricePerBytePerSecond, totalCollateral, enabled, until"));

    // Wrong types
    row("seed as a string", R"({"seed": "7", "start": 0, "runUntil": 1, "events": []})",
        QStringLiteral("seed: must be a non-negative integer"));
    row("start as a fraction", R"({"seed": 7, "start": 0.5, "runUntil": 1, "events": []})",
        QStringLiteral("start: must be a non-negative integer"));
    row("market not an object",
        R"({"seed": 7, "start": 0, "runUntil": 1, "market": [], "events": []})",
        QStringLiteral("market: must be an object"));
    row("host null", R"({"seed": 7, "start": 0, "runUntil": 1, "host": null, "events": []})",
        QStringLiteral("host: must be an object"));
    row("storeData as a string",
        R"({"seed": 7, "start": 0, "runUntil": 1, "host": {"storeData": "yes"}, "events": []})",
        QStringLiteral("host.storeData: must be true or false"));
    row("events an object", R"({"seed": 7, "start": 0, "runUntil": 1, "events": {}})",
        QStringLiteral("events: must be an array"));
    row("event not an object", withEvents(R"([{"at": 0, "crash": {}}, 5])"),
        QStringLiteral("events[1]: must be an object"));
    row("event body not an object", withEvents(R"([{"at": 0, "restart": true}])"),
        QStringLiteral("events[0].restart: must be an object"));
    row("at as a string", withEvents(R"([{"at": "0", "crash": {}}])"),
        QStringLiteral("events[0].at: must be a non-negative integer"));
    row("name as a number",
        withEvents(R"([{"at": 0, "addAvailability": {"name": 1, "totalSize": 1}}])"),
        QStringLiteral("events[0].addAvailability.name: must be a non-empty string"));
    row("empty name", withEvents(R"([{"at": 0, "addAvailability": {"name": "", "totalSize": 1}}])"),
        QStringLiteral("events[0].addAvailability.name: must be a non-empty string"));
    row("enabled as a number",
        afterBase(R"({"at": 1, "updateAvailability": {"name": "a1", "enabled": 1}})"),
        QStringLiteral("events[2].updateAvailability.enabled: must be true or false"));
    row("othersFill slots not an array",
        afterBase(R"({"at": 1, "othersFill": {"request": "r1", "slots": 1}})"),
        QStringLiteral("events[2].othersFill.slots: must be an array of slot indices"));
    row("othersFill slot not an integer",
        afterBase(R"({"at": 1, "othersFill": {"request": "r1", "slots": [0, "1"]}})"),
        QStringLiteral("events[2].othersFill.slots[1]: must be a non-negative integer"));
    row("probability as a string",
        withEvents(
            R"([{"at": 0, "marketFaults": {"method": "*", "probability": "0.5", "seconds": 5}}])"),
        QStringLiteral("events[0].marketFaults.probability: must be a number from 0 to 1"));
    row("amount as a boolean", requestWith("proofProbability", "true"),
        QStringLiteral("events[2].request.proofProbability: must be a token amount: a decimal "
                       "string or a non-negative integer"));

    // Sizes and counts must be positive
    row("zero slotSize", requestWith("slotSize", "0"),
        QStringLiteral("events[2].request.slotSize: must be a positive integer"));
    row("negative slotSize", requestWith("slotSize", "-1024"),
        QStringLiteral("events[2].request.slotSize: must be a positive integer"));
    row("fractional slots", requestWith("slots", "1.5"),
        QStringLiteral("events[2].request.slots: must be a positive integer"));
    row("zero slots", requestWith("slots", "0"),
        QStringLiteral("events[2].request.slots: must be a positive integer"));
    row("zero totalSize",
        withEvents(R"([{"at": 0, "addAvailability": {"name": "a", "totalSize": 0}}])"),
        QStringLiteral("events[0].addAvailability.totalSize: must be a positive integer"));
    row("negative update totalSize",
        afterBase(R"({"at": 1, "updateAvailability": {"name": "a1", "totalSize": -5}})"),
        QStringLiteral("events[2].updateAvailability.totalSize: must be a positive integer"));
    row("zero quotaBytes",
        R"({"seed": 7, "start": 0, "runUntil": 1, "host": {"quotaBytes": 0}, "events": []})",
        QStringLiteral("host.quotaBytes: must be a positive integer"));
    row("size beyond 63 bits", requestWith("slotSize", "1e30"),
        QStringLiteral("events[2].request.slotSize: must be at most 1073741824 (the runner's "
                       "limit on a slot: 1 GiB), got 1e+30"));
    row("zero othersReserve count",
        afterBase(R"({"at": 1, "othersReserve": {"request": "r1", "slotIndex": 0, "count": 0}})"),
        QStringLiteral("events[2].othersReserve.count: must be a positive integer"));
    row("negative failEveryNProofs",
        R"({"seed": 7, "start": 0, "runUntil": 1, "host": {"failEveryNProofs": -1}, "events": []})",
        QStringLiteral("host.failEveryNProofs: must be a non-negative integer"));

    // Times
    row("zero runUntil", R"({"seed": 7, "start": 0, "runUntil": 0, "events": []})",
        QStringLiteral("runUntil: must be a positive integer"));
    row("runUntil past the end of time",
        R"({"seed": 7, "start": 9223372036854775000, "runUntil": 1000, "events": []})",
        QStringLiteral("runUntil: must be at most 807 (start + runUntil must be a valid unix "
                       "time), got 1000"));
    row("negative at", withEvents(R"([{"at": -1, "crash": {}}])"),
        QStringLiteral("events[0].at: must be a non-negative integer"));
    row("at after runUntil", withEvents(R"([{"at": 1001, "crash": {}}])"),
        QStringLiteral("events[0].at: must not be after runUntil (1000), got 1001"));
    row("out-of-order events",
        withEvents(
            R"([{"at": 10, "crash": {}}, {"at": 20, "crash": {}}, {"at": 15, "crash": {}}])"),
        QStringLiteral("events[2].at: must not be before the previous event's time (20), got 15: "
                       "events are applied in file order"));
    row("zero offline seconds", withEvents(R"([{"at": 0, "offline": {"seconds": 0}}])"),
        QStringLiteral("events[0].offline.seconds: must be a positive integer"));
    row("zero marketFaults seconds",
        withEvents(R"([{"at": 0, "marketFaults": {"method": "*", "probability": 0.5,
                      "seconds": 0}}])"),
        QStringLiteral("events[0].marketFaults.seconds: must be a positive integer"));

    // Request rules (the contract's requestStorage)
    row("zero expiry", requestWith("expiry", "0"),
        QStringLiteral("events[2].request.expiry: must be a positive integer"));
    row("expiry equal to duration", requestWith("expiry", "3600"),
        QStringLiteral("events[2].request.expiry: must be less than duration (3600), got 3600"));
    row("expiry beyond duration", requestWith("expiry", "4000"),
        QStringLiteral("events[2].request.expiry: must be less than duration (3600), got 4000"));
    row("duration beyond the market's limit", requestWith("duration", "2592001"),
        QStringLiteral("events[2].request.duration: must be at most market.requestDurationLimit "
                       "(2592000), got 2592001"));
    row("maxSlotLoss beyond slots", requestWith("maxSlotLoss", "5"),
        QStringLiteral("events[2].request.maxSlotLoss: must be at most slots (4), got 5"));
    row("zero price", requestWith("pricePerBytePerSecond", R"("0")"),
        QStringLiteral("events[2].request.pricePerBytePerSecond: must be at least 1"));
    row("zero collateral", requestWith("collateralPerByte", "0"),
        QStringLiteral("events[2].request.collateralPerByte: must be at least 1"));
    row("zero proofProbability", requestWith("proofProbability", R"("0")"),
        QStringLiteral("events[2].request.proofProbability: must be at least 1"));
    row("total price beyond 256 bits",
        requestWith("pricePerBytePerSecond", R"(")" + kMaxUInt256.toLatin1() + R"(")"),
        QStringLiteral("events[2].request.pricePerBytePerSecond: the total price "
                       "(pricePerBytePerSecond * slotSize * duration * slots) must fit in 256 "
                       "bits"));
    row("collateral per slot beyond 256 bits",
        requestWith("collateralPerByte", R"(")" + kMaxUInt256.toLatin1() + R"(")"),
        QStringLiteral("events[2].request.collateralPerByte: the collateral per slot "
                       "(collateralPerByte * slotSize) must fit in 256 bits"));

    // Amounts
    row("amount of 2^256", requestWith("proofProbability", R"(")" + kTwoPow256.toLatin1() + R"(")"),
        QStringLiteral("events[2].request.proofProbability: must fit in 256 bits (at most 2^256 - "
                       "1)"));
    row("balance of 2^256",
        R"({"seed": 7, "start": 0, "runUntil": 1, "host": {"balance": ")" + kTwoPow256.toLatin1() +
            R"("}, "events": []})",
        QStringLiteral("host.balance: must fit in 256 bits (at most 2^256 - 1)"));
    row("hexadecimal amount", requestWith("pricePerBytePerSecond", R"("0x10")"),
        QStringLiteral("events[2].request.pricePerBytePerSecond: must be a decimal integer, got "
                       "\"0x10\""));
    row("negative amount string", requestWith("pricePerBytePerSecond", R"("-2")"),
        QStringLiteral("events[2].request.pricePerBytePerSecond: must be a decimal integer, got "
                       "\"-2\""));
    row("empty amount string", requestWith("pricePerBytePerSecond", R"("")"),
        QStringLiteral("events[2].request.pricePerBytePerSecond: must be a decimal integer, got "
                       "\"\""));
    row("amount with spaces", requestWith("pricePerBytePerSecond", R"(" 2")"),
        QStringLiteral("events[2].request.pricePerBytePerSecond: must be a decimal integer, got "
                       "\" 2\""));
    row("fractional amount number", requestWith("pricePerBytePerSecond", "2.5"),
        QStringLiteral("events[2].request.pricePerBytePerSecond: must be a whole number, got 2.5"));
    row("negative amount number", requestWith("collateralPerByte", "-3"),
        QStringLiteral("events[2].request.collateralPerByte: must not be negative"));
    row("negative fractional amount number", requestWith("collateralPerByte", "-0.5"),
        QStringLiteral("events[2].request.collateralPerByte: must not be negative"));
    row("amount number too large to be exact",
        R"({"seed": 7, "start": 0, "runUntil": 1, "host": {"balance": 18446744073709551615},
            "events": []})",
        QStringLiteral("host.balance: must be a decimal string when above 9223372036854775807 (a "
                       "JSON number that large is not exact)"));

    // Names
    row("unknown request", afterBase(R"({"at": 1, "othersFill": {"request": "r9", "slots": [0]}})"),
        QStringLiteral("events[2].othersFill.request: unknown request \"r9\": no earlier request "
                       "event has that name"));
    row("request used before it is defined",
        withEvents(R"([{"at": 0, "withdraw": {"request": "r1"}},
            {"at": 0, "request": {"name": "r1", "slots": 4, "slotSize": 1024, "duration": 3600,
                "pricePerBytePerSecond": "2", "collateralPerByte": "1", "expiry": 600}}])"),
        QStringLiteral("events[0].withdraw.request: unknown request \"r1\": no earlier request "
                       "event has that name"));
    row("unknown availability",
        afterBase(R"({"at": 1, "updateAvailability": {"name": "a2", "enabled": false}})"),
        QStringLiteral("events[2].updateAvailability.name: unknown availability \"a2\": no "
                       "earlier addAvailability event has that name"));
    row("request name is not an availability name",
        afterBase(R"({"at": 1, "updateAvailability": {"name": "r1", "enabled": false}})"),
        QStringLiteral("events[2].updateAvailability.name: unknown availability \"r1\": no "
                       "earlier addAvailability event has that name"));
    row("duplicate request name", requestWith("name", R"("r1")"),
        QStringLiteral("events[2].request.name: duplicate request name \"r1\" (already used by "
                       "events[1])"));
    row("duplicate availability name",
        afterBase(R"({"at": 1, "addAvailability": {"name": "a1", "totalSize": 1, "duration": 1,
                  "minPricePerBytePerSecond": "1", "totalCollateral": "1"}})"),
        QStringLiteral("events[2].addAvailability.name: duplicate availability name \"a1\" "
                       "(already added by events[0])"));
    row("failRequest of an unknown request",
        afterBase(R"({"at": 1, "failRequest": {"request": "R1"}})"),
        QStringLiteral("events[2].failRequest.request: unknown request \"R1\": no earlier request "
                       "event has that name"));

    // Slot indices
    row("slot index out of range",
        afterBase(R"({"at": 1, "forceFree": {"request": "r1", "slotIndex": 4}})"),
        QStringLiteral("events[2].forceFree.slotIndex: must be less than the request's slots (4), "
                       "got 4"));
    row("othersFill slot out of range",
        afterBase(R"({"at": 1, "othersFill": {"request": "r1", "slots": [3, 7]}})"),
        QStringLiteral("events[2].othersFill.slots[1]: must be less than the request's slots "
                       "(4), got 7"));
    row("othersFill slot twice",
        afterBase(R"({"at": 1, "othersFill": {"request": "r1", "slots": [1, 2, 1]}})"),
        QStringLiteral("events[2].othersFill.slots[2]: slot index 1 is already listed"));
    row("othersFill without slots",
        afterBase(R"({"at": 1, "othersFill": {"request": "r1", "slots": []}})"),
        QStringLiteral("events[2].othersFill.slots: must list at least one slot index"));
    row("corruptSlotData negative slot",
        afterBase(R"({"at": 1, "corruptSlotData": {"request": "r1", "slotIndex": -1}})"),
        QStringLiteral("events[2].corruptSlotData.slotIndex: must be a non-negative integer"));

    // marketFaults
    row("unknown market method",
        withEvents(R"([{"at": 0, "marketFaults": {"method": "fillslot", "probability": 0.5,
                      "seconds": 5}}])"),
        QStringLiteral("events[0].marketFaults.method: must be a Market method name (such as "
                       "\"fillSlot\") or \"*\", got \"fillslot\""));
    row("probability above 1",
        withEvents(R"([{"at": 0, "marketFaults": {"method": "*", "probability": 1.5,
                      "seconds": 5}}])"),
        QStringLiteral("events[0].marketFaults.probability: must be a number from 0 to 1, got "
                       "1.5"));
    row("negative probability",
        withEvents(R"([{"at": 0, "marketFaults": {"method": "*", "probability": -0.1,
                      "seconds": 5}}])"),
        QStringLiteral("events[0].marketFaults.probability: must be a number from 0 to 1, got "
                       "-0.1"));

    // Market rules (the contract's constructor and the simulated market's limits)
    const auto market = [](const QByteArray& fields) -> QByteArray {
        return R"({"seed": 7, "start": 0, "runUntil": 1, "market": {)" + fields +
               R"(}, "events": []})";
    };
    row("slashPercentage above 100", market(R"("slashPercentage": 101, "maxNumberOfSlashes": 0)"),
        QStringLiteral("market.slashPercentage: must be at most 100, got 101"));
    row("repairRewardPercentage above 100", market(R"("repairRewardPercentage": 150)"),
        QStringLiteral("market.repairRewardPercentage: must be at most 100, got 150"));
    row("validatorRewardPercentage above 100", market(R"("validatorRewardPercentage": 101)"),
        QStringLiteral("market.validatorRewardPercentage: must be at most 100, got 101"));
    row("slashes beyond the whole collateral",
        market(R"("slashPercentage": 30, "maxNumberOfSlashes": 4)"),
        QStringLiteral("market.maxNumberOfSlashes: maxNumberOfSlashes * slashPercentage must be at "
                       "most 100, got 4 * 30 = 120"));
    row("downtime beyond a byte", market(R"("downtime": 256)"),
        QStringLiteral("market.downtime: must be at most 255, got 256"));
    row("zero periodSeconds", market(R"("periodSeconds": 0)"),
        QStringLiteral("market.periodSeconds: must be a positive integer"));
    row("zero proofTimeout", market(R"("proofTimeout": 0)"),
        QStringLiteral("market.proofTimeout: must be a positive integer"));
    row("zero maxReservations", market(R"("maxReservations": 0)"),
        QStringLiteral("market.maxReservations: must be a positive integer"));
    row("requestDurationLimit beyond 32 bits", market(R"("requestDurationLimit": 2147483648)"),
        QStringLiteral("market.requestDurationLimit: must be at most 2147483647, got 2147483648"));

    // Host rules (the slot queue's limits)
    const auto host = [](const QByteArray& fields) -> QByteArray {
        return R"({"seed": 7, "start": 0, "runUntil": 1, "host": {)" + fields +
               R"(}, "events": []})";
    };
    row("maxWorkers above queueMaxSize", host(R"("maxWorkers": 5, "queueMaxSize": 4)"),
        QStringLiteral("host.maxWorkers: must be at most queueMaxSize (4), got 5"));
    row("maxWorkers above the default queueMaxSize", host(R"("maxWorkers": 129)"),
        QStringLiteral("host.maxWorkers: must be at most queueMaxSize (128), got 129"));
    row("zero maxWorkers", host(R"("maxWorkers": 0)"),
        QStringLiteral("host.maxWorkers: must be a positive integer"));
    row("queueMaxSize beyond the runner's limit", host(R"("queueMaxSize": 2147483648)"),
        QStringLiteral("host.queueMaxSize: must be at most 1000000 (the runner's limit on the "
                       "slot queue), got 2147483648"));

    // The runner's limits (ScenarioLimits, docs/scenario-runner.md): every numeric field
    const QString int64Max = QStringLiteral("9223372036854775807");
    row("slots beyond the limit", requestWith("slots", "9223372036854775807"),
        QStringLiteral("events[2].request.slots: must be at most 256 (the runner's limit on "
                       "slots), got ") +
            int64Max);
    row("slotSize beyond the limit", requestWith("slotSize", "9223372036854775807"),
        QStringLiteral("events[2].request.slotSize: must be at most 1073741824 (the runner's "
                       "limit on a slot: 1 GiB), got ") +
            int64Max);
    row("one request's data beyond the limit",
        afterBase(R"({"at": 10, "request": {"name": "r2", "slots": 5, "slotSize": 1073741824,
                  "duration": 3600, "pricePerBytePerSecond": "2", "collateralPerByte": "1",
                  "expiry": 600}})"),
        QStringLiteral("events[2].request.slotSize: slots * slotSize must be at most 4294967296 "
                       "(the runner's limit on one request's data: 4 GiB), got 5 * 1073741824 = "
                       "5368709120"));
    const QByteArray bigRequest = R"({"at": 10, "request": {"name": "%1", "slots": 4,
        "slotSize": 1073741824, "duration": 3600, "pricePerBytePerSecond": "1",
        "collateralPerByte": "1", "expiry": 600}})";
    row("all requests' data beyond the limit",
        afterBase(QByteArray(bigRequest).replace("%1", "big1") + ", " +
                  QByteArray(bigRequest).replace("%1", "big2")),
        QStringLiteral("events[3].request.slotSize: the requests' data together must be at most "
                       "8589934592 bytes (the runner's limit: 8 GiB), got 8589938688 with this "
                       "request"));
    row("runUntil beyond the limit",
        R"({"seed": 7, "start": 0, "runUntil": 9223372036854775807, "events": []})",
        QStringLiteral("runUntil: must be at most 31622400 (the runner's limit on simulated time: "
                       "366 days), got ") +
            int64Max);
    row("too many proof periods",
        R"({"seed": 7, "start": 0, "runUntil": 2000000, "market": {"periodSeconds": 1},
            "events": []})",
        QStringLiteral("runUntil: must be at most 1000000 proof periods of market.periodSeconds "
                       "(1 s), so at most 1000000, got 2000000"));
    row("periodSeconds beyond a day", market(R"("periodSeconds": 86401)"),
        QStringLiteral("market.periodSeconds: must be at most 86400 (the runner's limit on a proof "
                       "period: a day), got 86401"));
    row("proofTimeout beyond a day", market(R"("proofTimeout": 9223372036854775807)"),
        QStringLiteral("market.proofTimeout: must be at most 86400 (the runner's limit on a proof "
                       "period: a day), got ") +
            int64Max);
    row("quotaBytes beyond a petabyte", host(R"("quotaBytes": 9223372036854775807)"),
        QStringLiteral("host.quotaBytes: must be at most 1125899906842624 (the runner's limit on a "
                       "size: 1 PiB), got ") +
            int64Max);
    row("maxWorkers beyond the limit", host(R"("maxWorkers": 1001, "queueMaxSize": 2000)"),
        QStringLiteral("host.maxWorkers: must be at most 1000 (the runner's limit on queue "
                       "workers), got 1001"));
    row("failEveryNProofs beyond the limit", host(R"("failEveryNProofs": 9223372036854775807)"),
        QStringLiteral("host.failEveryNProofs: must be at most 1000000 (the runner's limit on "
                       "failEveryNProofs), got ") +
            int64Max);
    row("download rate beyond the limit", host(R"("downloadBytesPerSecond": 9223372036854775807)"),
        QStringLiteral("host.downloadBytesPerSecond: must be at most 1099511627776 (the runner's "
                       "limit on a rate: 1 TiB per second), got ") +
            int64Max);
    row("availability totalSize beyond a petabyte",
        withEvents(
            R"([{"at": 0, "addAvailability": {"name": "a", "totalSize": 1125899906842625}}])"),
        QStringLiteral("events[0].addAvailability.totalSize: must be at most 1125899906842624 (the "
                       "runner's limit on a size: 1 PiB), got 1125899906842625"));
    row("availability duration beyond 32 bits",
        withEvents(R"([{"at": 0, "addAvailability": {"name": "a", "totalSize": 1,
                      "duration": 2147483648}}])"),
        QStringLiteral("events[0].addAvailability.duration: must be at most 2147483647 (the market "
                       "keeps durations in 32-bit seconds), got 2147483648"));
    row("update duration beyond 32 bits",
        afterBase(R"({"at": 1, "updateAvailability": {"name": "a1", "duration": 2147483648}})"),
        QStringLiteral("events[2].updateAvailability.duration: must be at most 2147483647 (the "
                       "market keeps durations in 32-bit seconds), got 2147483648"));
    row("othersReserve count beyond the limit",
        afterBase(R"({"at": 1, "othersReserve": {"request": "r1", "slotIndex": 0, "count": 256}})"),
        QStringLiteral("events[2].othersReserve.count: must be at most 255 (a slot takes at most "
                       "255 reservations), got 256"));
    row("offline beyond the limit",
        withEvents(R"([{"at": 0, "offline": {"seconds": 9223372036854775807}}])"),
        QStringLiteral("events[0].offline.seconds: must be at most 31622400 (the runner's limit on "
                       "simulated time), got ") +
            int64Max);
    row("marketFaults beyond the limit",
        withEvents(R"([{"at": 0, "marketFaults": {"method": "*", "probability": 0.5,
                      "seconds": 31622401}}])"),
        QStringLiteral("events[0].marketFaults.seconds: must be at most 31622400 (the runner's "
                       "limit on simulated time), got 31622401"));
    QByteArray manyEvents = "[";
    for (int i = 0; i <= 10'000; ++i)
        manyEvents += QByteArray(i ? ", " : "") + R"({"at": 0, "pauseQueue": {}})";
    row("too many events", withEvents(manyEvents + "]"),
        QStringLiteral("events: must have at most 10000 events (the runner's limit), got 10001"));

    // What the file holds is echoed escaped: one line, never cut at a NUL
    row("NUL inside a key",
        R"({"seed": 1, "start": 0, "runUntil": 1, "events": [], "ho\u0000st": 1})",
        QStringLiteral("ho\\u0000st: unknown key (expected one of: seed, start, runUntil, market, "
                       "host, events)"));
    row("control characters and a lone surrogate inside a key",
        R"({"seed": 1, "start": 0, "runUntil": 1, "events": [], "a\n\u0007\ud800\"": 1})",
        QStringLiteral("a\\n\\u0007\\ud800\\\": unknown key (expected one of: seed, start, "
                       "runUntil, market, host, events)"));
    row("NUL inside a duplicate key",
        R"({"seed": 1, "start": 0, "runUntil": 1, "events": [], "x\u0000": 1, "x\u0000": 2})",
        QStringLiteral("x\\u0000: duplicate key"));
    row("NUL inside an amount", requestWith("collateralPerByte", R"("1\u0000")"),
        QStringLiteral("events[2].request.collateralPerByte: must be a decimal integer, got "
                       "\"1\\u0000\""));
    row("NUL inside a method name",
        withEvents(R"([{"at": 0, "marketFaults": {"method": "fill\u0000Slot", "probability": 0.5,
                      "seconds": 5}}])"),
        QStringLiteral("events[0].marketFaults.method: must be a Market method name (such as "
                       "\"fillSlot\") or \"*\", got \"fill\\u0000Slot\""));

    // The first problem wins
    row("first problem in key order", R"({"seed": -1, "start": -1, "runUntil": 0, "events": 5})",
        QStringLiteral("seed: must be a non-negative integer"));
    row("unknown key before a wrong value",
        afterBase(R"({"at": 1, "request": {"name": "r2", "slots": 0, "zz": 1}})"),
        QStringLiteral("events[2].request.zz: unknown key (expected one of: name, slots, "
                       "slotSize, duration, pricePerBytePerSecond, collateralPerByte, "
                       "proofProbability, expiry, maxSlotLoss)"));
    row("earlier event first",
        afterBase(R"({"at": 1, "offline": {"seconds": 0}}, {"at": 2, "offline": {"seconds": -1}})"),
        QStringLiteral("events[2].offline.seconds: must be a positive integer"));
}

void TestScenarioParser::rejected() {
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto parsed = ScenarioParser::parse(json);
    SD_VERIFY_ERROR(parsed, ErrorCode::InvalidArgument);
    QCOMPARE(parsed.message(), message);
}

QTEST_GUILESS_MAIN(TestScenarioParser)
#include "tst_scenarioparser.moc"
