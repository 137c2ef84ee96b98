#include "core/scenario/ScenarioParser.h"

#include "core/scenario/JsonDuplicateKeys.h"
#include "core/scenario/JsonFields.h"
#include "core/scenario/ScenarioEventReader.h"
#include "core/scenario/ScenarioLimits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <limits>
#include <utility>

namespace salesdesk {

namespace {

using IntegerRange = JsonFields::IntegerRange;
using Details = ScenarioEvent::Details;

constexpr quint64 kMaxTimestamp = static_cast<quint64>(std::numeric_limits<Timestamp>::max());
constexpr IntegerRange kUInt8{0, 255};
constexpr IntegerRange kPercentage{0, 100};
using L = ScenarioLimits;
constexpr IntegerRange kPeriod =
    L::range(1, L::kMaxPeriodSeconds, "the runner's limit on a proof period: a day");

Error fail(const QString& path, const QString& message) {
    return JsonFields::error(path, message);
}

Result<MarketConfig> readMarket(const QJsonValue& value) {
    const auto opened = JsonFields::open(value, QStringLiteral("market"));
    if (!opened.ok())
        return opened.error();
    const JsonFields& market = *opened;
    SD_TRY(market.rejectUnknownKeys(
        {QStringLiteral("periodSeconds"), QStringLiteral("proofTimeout"),
         QStringLiteral("downtime"), QStringLiteral("downtimeProduct"),
         QStringLiteral("maxReservations"), QStringLiteral("repairRewardPercentage"),
         QStringLiteral("slashPercentage"), QStringLiteral("maxNumberOfSlashes"),
         QStringLiteral("validatorRewardPercentage"), QStringLiteral("requestDurationLimit")}));
    MarketConfig c;
    const auto read64 = [&](const QString& key, quint64& target,
                            IntegerRange range) -> Result<void> {
        if (market.has(key))
            SD_TRY_READ(target, market.integer(key, range));
        return {};
    };
    const auto read8 = [&](const QString& key, quint8& target, IntegerRange range) -> Result<void> {
        quint64 wide = target;
        SD_TRY(read64(key, wide, range));
        target = static_cast<quint8>(wide); // range.max <= 255
        return {};
    };
    SD_TRY(read64(QStringLiteral("periodSeconds"), c.periodSeconds, kPeriod));
    SD_TRY(read64(QStringLiteral("proofTimeout"), c.proofTimeout, kPeriod));
    SD_TRY(read8(QStringLiteral("downtime"), c.downtime, kUInt8));
    SD_TRY(read8(QStringLiteral("downtimeProduct"), c.downtimeProduct, kUInt8));
    SD_TRY(read8(QStringLiteral("maxReservations"), c.maxReservations, {1, 255}));
    SD_TRY(read8(QStringLiteral("repairRewardPercentage"), c.repairRewardPercentage, kPercentage));
    SD_TRY(read8(QStringLiteral("slashPercentage"), c.slashPercentage, kPercentage));
    SD_TRY(read8(QStringLiteral("maxNumberOfSlashes"), c.maxNumberOfSlashes, kUInt8));
    SD_TRY(read8(QStringLiteral("validatorRewardPercentage"), c.validatorRewardPercentage,
                 kPercentage));
    // The simulated market keeps durations within 32-bit seconds (MarketBooks::validateConfig).
    SD_TRY(read64(QStringLiteral("requestDurationLimit"), c.requestDurationLimit,
                  {1, static_cast<quint64>(std::numeric_limits<qint32>::max())}));
    // The contract's constructor rule: all slashes together take at most the whole collateral.
    const int slashable = int(c.maxNumberOfSlashes) * int(c.slashPercentage);
    if (slashable > 100)
        return fail(market.pathOf(QStringLiteral("maxNumberOfSlashes")),
                    QStringLiteral("maxNumberOfSlashes * slashPercentage must be at most 100, got "
                                   "%1 * %2 = %3")
                        .arg(c.maxNumberOfSlashes)
                        .arg(c.slashPercentage)
                        .arg(slashable));
    return c;
}

Result<ScenarioHostConfig> readHost(const QJsonValue& value) {
    const auto opened = JsonFields::open(value, QStringLiteral("host"));
    if (!opened.ok())
        return opened.error();
    const JsonFields& host = *opened;
    SD_TRY(host.rejectUnknownKeys({QStringLiteral("quotaBytes"), QStringLiteral("maxWorkers"),
                                   QStringLiteral("queueMaxSize"), QStringLiteral("balance"),
                                   QStringLiteral("failEveryNProofs"), QStringLiteral("storeData"),
                                   QStringLiteral("downloadBytesPerSecond")}));
    ScenarioHostConfig h;
    if (host.has(QStringLiteral("quotaBytes")))
        SD_TRY_READ(h.quotaBytes, host.integer(QStringLiteral("quotaBytes"),
                                               L::range(1, L::kMaxAccountedBytes,
                                                        "the runner's limit on a size: 1 PiB")));
    if (host.has(QStringLiteral("maxWorkers"))) {
        quint64 workers = 0;
        SD_TRY_READ(workers, host.integer(QStringLiteral("maxWorkers"),
                                          L::range(1, L::kMaxWorkers,
                                                   "the runner's limit on queue workers")));
        h.maxWorkers = static_cast<int>(workers);
    }
    if (host.has(QStringLiteral("queueMaxSize"))) {
        quint64 size = 0;
        SD_TRY_READ(size, host.integer(QStringLiteral("queueMaxSize"),
                                       L::range(1, L::kMaxQueueSize,
                                                "the runner's limit on the slot queue")));
        h.queueMaxSize = static_cast<int>(size);
    }
    if (host.has(QStringLiteral("balance")))
        SD_TRY_READ(h.balance, host.amount(QStringLiteral("balance")));
    if (host.has(QStringLiteral("failEveryNProofs")))
        SD_TRY_READ(h.failEveryNProofs,
                    host.integer(QStringLiteral("failEveryNProofs"),
                                 L::range(0, L::kMaxFailEveryNProofs,
                                          "the runner's limit on failEveryNProofs")));
    if (host.has(QStringLiteral("storeData")))
        SD_TRY_READ(h.storeData, host.boolean(QStringLiteral("storeData")));
    if (host.has(QStringLiteral("downloadBytesPerSecond")))
        SD_TRY_READ(h.downloadBytesPerSecond,
                    host.integer(QStringLiteral("downloadBytesPerSecond"),
                                 L::range(0, L::kMaxDownloadBytesPerSecond,
                                          "the runner's limit on a rate: 1 TiB per second")));
    // The slot queue's rule: 1 <= maxWorkers <= maxSize.
    if (h.maxWorkers > h.queueMaxSize)
        return fail(host.pathOf(QStringLiteral("maxWorkers")),
                    QStringLiteral("must be at most queueMaxSize (%1), got %2")
                        .arg(h.queueMaxSize)
                        .arg(h.maxWorkers));
    return h;
}

// One element of "events". `previousAt` is the time of the event before it (0 for the first).
Result<ScenarioEvent> readEvent(const QJsonValue& value, const QString& path,
                                const Scenario& scenario,
                                const ScenarioEventReader::Definitions& definitions,
                                quint64 previousAt) {
    const auto opened = JsonFields::open(value, path);
    if (!opened.ok())
        return opened.error();
    const JsonFields& fields = *opened;
    const QStringList& kinds = ScenarioParser::eventKindNames();
    SD_TRY(fields.rejectUnknownKeys(QStringList{QStringLiteral("at")} + kinds));

    ScenarioEvent event;
    SD_TRY_READ(event.at, fields.integer(QStringLiteral("at"), JsonFields::kNonNegative));
    if (event.at > scenario.runUntil)
        return fail(fields.pathOf(QStringLiteral("at")),
                    QStringLiteral("must not be after runUntil (%1), got %2")
                        .arg(scenario.runUntil)
                        .arg(event.at));
    if (event.at < previousAt)
        return fail(fields.pathOf(QStringLiteral("at")),
                    QStringLiteral("must not be before the previous event's time (%1), got %2: "
                                   "events are applied in file order")
                        .arg(previousAt)
                        .arg(event.at));

    QStringList present;
    for (const QString& kind : kinds)
        if (fields.has(kind))
            present.append(kind);
    if (present.isEmpty())
        return fail(path, QStringLiteral("must have an event kind besides \"at\" (one of: ") +
                              kinds.join(QStringLiteral(", ")) + u')');
    if (present.size() > 1)
        return fail(path, QStringLiteral("must have exactly one event kind, got %1 and %2")
                              .arg(present.at(0), present.at(1)));

    event.kind = static_cast<ScenarioEventKind>(kinds.indexOf(present.front()));
    const auto body =
        JsonFields::open(fields.object().value(present.front()), fields.pathOf(present.front()));
    if (!body.ok())
        return body.error();
    SD_TRY_READ(event.details, ScenarioEventReader(scenario, definitions).read(event.kind, *body));
    return event;
}

Result<Scenario> readScenario(const QJsonObject& object) {
    const JsonFields root = *JsonFields::open(object, QString());
    SD_TRY(root.rejectUnknownKeys({QStringLiteral("seed"), QStringLiteral("start"),
                                   QStringLiteral("runUntil"), QStringLiteral("market"),
                                   QStringLiteral("host"), QStringLiteral("events")}));
    Scenario s;
    SD_TRY_READ(s.seed, root.integer(QStringLiteral("seed"), JsonFields::kNonNegative));
    quint64 start = 0;
    SD_TRY_READ(start, root.integer(QStringLiteral("start"), JsonFields::kNonNegative));
    s.start = static_cast<Timestamp>(start);
    SD_TRY_READ(s.runUntil,
                root.integer(QStringLiteral("runUntil"),
                             L::range(1, L::kMaxRunSeconds,
                                      "the runner's limit on simulated time: 366 days")));
    if (s.runUntil > kMaxTimestamp - start)
        return fail(QStringLiteral("runUntil"),
                    QStringLiteral("must be at most %1 (start + runUntil must be a valid unix "
                                   "time), got %2")
                        .arg(kMaxTimestamp - start)
                        .arg(s.runUntil));
    if (root.has(QStringLiteral("market")))
        SD_TRY_READ(s.market, readMarket(root.object().value(QStringLiteral("market"))));
    if (root.has(QStringLiteral("host")))
        SD_TRY_READ(s.host, readHost(root.object().value(QStringLiteral("host"))));
    // A run costs its number of proof periods (ScenarioLimits).
    if (s.runUntil / s.market.periodSeconds > L::kMaxPeriods)
        return fail(QStringLiteral("runUntil"),
                    QStringLiteral("must be at most %1 proof periods of market.periodSeconds "
                                   "(%2 s), so at most %3, got %4")
                        .arg(L::kMaxPeriods)
                        .arg(s.market.periodSeconds)
                        .arg(L::kMaxPeriods * s.market.periodSeconds)
                        .arg(s.runUntil));

    QJsonValue events;
    SD_TRY_READ(events, root.required(QStringLiteral("events")));
    if (!events.isArray())
        return fail(QStringLiteral("events"), QStringLiteral("must be an array"));
    const QJsonArray array = events.toArray();
    if (static_cast<quint64>(array.size()) > L::kMaxEvents)
        return fail(QStringLiteral("events"),
                    QStringLiteral("must have at most %1 events (the runner's limit), got %2")
                        .arg(L::kMaxEvents)
                        .arg(array.size()));
    ScenarioEventReader::Definitions definitions;
    quint64 previousAt = 0;
    for (qsizetype i = 0; i < array.size(); ++i) {
        ScenarioEvent event;
        SD_TRY_READ(event,
                    readEvent(array.at(i), JsonFields::indexPath(QStringLiteral("events"), i), s,
                              definitions, previousAt));
        definitions.define(event, i);
        previousAt = event.at;
        s.events.append(std::move(event));
    }
    return s;
}

// "invalid JSON at byte 17 (line 2, column 5): unterminated object"
Error invalidJson(const QByteArray& json, const QJsonParseError& parseError) {
    const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, json.size());
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("invalid JSON at byte %1 (line %2, column %3): %4")
                         .arg(offset)
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString()));
}

} // namespace

const QStringList& ScenarioParser::marketMethodNames() {
    static const QStringList names{
        QStringLiteral("getRequest"),        QStringLiteral("requestState"),
        QStringLiteral("slotState"),         QStringLiteral("requestEnd"),
        QStringLiteral("requestExpiresAt"),  QStringLiteral("getHost"),
        QStringLiteral("currentCollateral"), QStringLiteral("slotCollateral"),
        QStringLiteral("getActiveSlot"),     QStringLiteral("mySlots"),
        QStringLiteral("openRequests"),      QStringLiteral("balance"),
        QStringLiteral("isProofRequired"),   QStringLiteral("willProofBeRequired"),
        QStringLiteral("getChallenge"),      QStringLiteral("getPointer"),
        QStringLiteral("missingProofs"),     QStringLiteral("canReserveSlot"),
        QStringLiteral("reserveSlot"),       QStringLiteral("fillSlot"),
        QStringLiteral("freeSlot"),          QStringLiteral("submitProof"),
        QStringLiteral("slotSummaries")};
    return names;
}

const QStringList& ScenarioParser::eventKindNames() {
    static const QStringList names = [] {
        QStringList out;
        for (std::size_t i = 0; i < std::variant_size_v<Details>; ++i)
            out.append(scenarioEventKindName(static_cast<ScenarioEventKind>(i)));
        return out;
    }();
    return names;
}

Result<Scenario> ScenarioParser::parse(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidJson(json, parseError);
    if (const auto duplicate = json::firstDuplicateKeyPath(json))
        return fail(*duplicate, QStringLiteral("duplicate key"));
    if (!document.isObject())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a scenario must be a JSON object"));
    return readScenario(document.object());
}

Result<Scenario> ScenarioParser::parseFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read the scenario file %1: %2")
                                            .arg(JsonFields::printable(path), file.errorString()));
    const QByteArray json = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, QStringLiteral("cannot read the scenario file %1: %2")
                                            .arg(JsonFields::printable(path), file.errorString()));
    return parse(json);
}

} // namespace salesdesk
