#include "core/scenario/ScenarioEventReader.h"

#include "core/scenario/ScenarioLimits.h"
#include "core/scenario/ScenarioParser.h"

#include <QJsonArray>
#include <QSet>

#include <limits>
#include <utility>

namespace salesdesk {

namespace {

Error fail(const QString& path, const QString& message) {
    return JsonFields::error(path, message);
}

QString quoted(const QString& text) {
    return JsonFields::quoted(text);
}

using L = ScenarioLimits;
constexpr JsonFields::IntegerRange kAccountedBytes =
    L::range(1, L::kMaxAccountedBytes, "the runner's limit on a size: 1 PiB");
constexpr JsonFields::IntegerRange kDuration =
    L::range(1, L::kMaxDurationSeconds, "the market keeps durations in 32-bit seconds");

} // namespace

void ScenarioEventReader::Definitions::define(const ScenarioEvent& event, qsizetype index) {
    if (const auto* a = std::get_if<scenario::AddAvailability>(&event.details)) {
        availabilities.insert(a->name, index);
    } else if (const auto* r = std::get_if<scenario::Request>(&event.details)) {
        requests.insert(r->name, RequestInfo{r->slots, index});
        datasetBytes += r->slots * r->slotSize; // each at most kMaxDatasetBytes: no overflow
    }
}

ScenarioEventReader::ScenarioEventReader(const Scenario& scenario, const Definitions& definitions)
    : m_scenario(scenario)
    , m_definitions(definitions) {}

Result<ScenarioEvent::Details> ScenarioEventReader::read(ScenarioEventKind kind,
                                                         const JsonFields& body) const {
    switch (kind) {
    case ScenarioEventKind::AddAvailability:
        return addAvailability(body);
    case ScenarioEventKind::UpdateAvailability:
        return updateAvailability(body);
    case ScenarioEventKind::Request:
        return request(body);
    case ScenarioEventKind::OthersFill:
        return othersFill(body);
    case ScenarioEventKind::OthersReserve:
        return othersReserve(body);
    case ScenarioEventKind::ForceFree:
        return requestAndSlot<scenario::ForceFree>(body);
    case ScenarioEventKind::FailRequest:
        return requestOnly<scenario::FailRequest>(body);
    case ScenarioEventKind::Withdraw:
        return requestOnly<scenario::Withdraw>(body);
    case ScenarioEventKind::Restart:
        return noFields<scenario::Restart>(body);
    case ScenarioEventKind::Crash:
        return noFields<scenario::Crash>(body);
    case ScenarioEventKind::Offline:
        return offline(body);
    case ScenarioEventKind::MarketFaults:
        return marketFaults(body);
    case ScenarioEventKind::CorruptSlotData:
        return requestAndSlot<scenario::CorruptSlotData>(body);
    case ScenarioEventKind::PauseQueue:
        return noFields<scenario::PauseQueue>(body);
    case ScenarioEventKind::ResumeQueue:
        return noFields<scenario::ResumeQueue>(body);
    }
    return fail(body.path(), QStringLiteral("unknown event kind"));
}

// `until` is relative to start; start + until must stay a valid unix time.
JsonFields::IntegerRange ScenarioEventReader::untilRange() const {
    return {0, static_cast<quint64>(std::numeric_limits<Timestamp>::max() - m_scenario.start)};
}

Result<ScenarioEvent::Details> ScenarioEventReader::addAvailability(const JsonFields& body) const {
    SD_TRY(body.rejectUnknownKeys(
        {QStringLiteral("name"), QStringLiteral("totalSize"), QStringLiteral("duration"),
         QStringLiteral("minPricePerBytePerSecond"), QStringLiteral("totalCollateral"),
         QStringLiteral("enabled"), QStringLiteral("until")}));
    scenario::AddAvailability a;
    SD_TRY_READ(a.name, body.nonEmptyString(QStringLiteral("name")));
    const auto earlier = m_definitions.availabilities.constFind(a.name);
    if (earlier != m_definitions.availabilities.cend())
        return fail(body.pathOf(QStringLiteral("name")),
                    QStringLiteral("duplicate availability name %1 (already added by "
                                   "events[%2])")
                        .arg(quoted(a.name))
                        .arg(earlier.value()));
    SD_TRY_READ(a.totalSize, body.integer(QStringLiteral("totalSize"), kAccountedBytes));
    SD_TRY_READ(a.duration, body.integer(QStringLiteral("duration"), kDuration));
    SD_TRY_READ(a.minPricePerBytePerSecond,
                body.amount(QStringLiteral("minPricePerBytePerSecond")));
    SD_TRY_READ(a.totalCollateral, body.amount(QStringLiteral("totalCollateral")));
    if (body.has(QStringLiteral("enabled")))
        SD_TRY_READ(a.enabled, body.boolean(QStringLiteral("enabled")));
    if (body.has(QStringLiteral("until")))
        SD_TRY_READ(a.until, body.integer(QStringLiteral("until"), untilRange()));
    return Details(std::move(a));
}

Result<ScenarioEvent::Details>
ScenarioEventReader::updateAvailability(const JsonFields& body) const {
    const QStringList changeable{QStringLiteral("totalSize"),
                                 QStringLiteral("duration"),
                                 QStringLiteral("minPricePerBytePerSecond"),
                                 QStringLiteral("totalCollateral"),
                                 QStringLiteral("enabled"),
                                 QStringLiteral("until")};
    SD_TRY(body.rejectUnknownKeys(QStringList{QStringLiteral("name")} + changeable));
    scenario::UpdateAvailability u;
    SD_TRY_READ(u.name, body.nonEmptyString(QStringLiteral("name")));
    if (!m_definitions.availabilities.contains(u.name))
        return fail(body.pathOf(QStringLiteral("name")),
                    QStringLiteral("unknown availability %1: no earlier addAvailability event "
                                   "has that name")
                        .arg(quoted(u.name)));
    if (body.has(QStringLiteral("totalSize")))
        SD_TRY_READ(u.totalSize, body.integer(QStringLiteral("totalSize"), kAccountedBytes));
    if (body.has(QStringLiteral("duration")))
        SD_TRY_READ(u.duration, body.integer(QStringLiteral("duration"), kDuration));
    if (body.has(QStringLiteral("minPricePerBytePerSecond")))
        SD_TRY_READ(u.minPricePerBytePerSecond,
                    body.amount(QStringLiteral("minPricePerBytePerSecond")));
    if (body.has(QStringLiteral("totalCollateral")))
        SD_TRY_READ(u.totalCollateral, body.amount(QStringLiteral("totalCollateral")));
    if (body.has(QStringLiteral("enabled")))
        SD_TRY_READ(u.enabled, body.boolean(QStringLiteral("enabled")));
    if (body.has(QStringLiteral("until")))
        SD_TRY_READ(u.until, body.integer(QStringLiteral("until"), untilRange()));
    if (body.object().size() == 1)
        return fail(body.path(), QStringLiteral("must change at least one of: ") +
                                     changeable.join(QStringLiteral(", ")));
    return Details(std::move(u));
}

// An amount the contract requires to be at least 1.
Result<UInt256> ScenarioEventReader::positiveAmount(const JsonFields& body, const QString& key) {
    auto value = body.amount(key);
    if (value.ok() && *value == 0)
        return fail(body.pathOf(key), QStringLiteral("must be at least 1"));
    return value;
}

Result<ScenarioEvent::Details> ScenarioEventReader::request(const JsonFields& body) const {
    SD_TRY(body.rejectUnknownKeys(
        {QStringLiteral("name"), QStringLiteral("slots"), QStringLiteral("slotSize"),
         QStringLiteral("duration"), QStringLiteral("pricePerBytePerSecond"),
         QStringLiteral("collateralPerByte"), QStringLiteral("proofProbability"),
         QStringLiteral("expiry"), QStringLiteral("maxSlotLoss")}));
    scenario::Request r;
    SD_TRY_READ(r.name, body.nonEmptyString(QStringLiteral("name")));
    const auto earlier = m_definitions.requests.constFind(r.name);
    if (earlier != m_definitions.requests.cend())
        return fail(body.pathOf(QStringLiteral("name")),
                    QStringLiteral("duplicate request name %1 (already used by events[%2])")
                        .arg(quoted(r.name))
                        .arg(earlier->event));
    SD_TRY_READ(r.slots, body.integer(QStringLiteral("slots"),
                                      L::range(1, L::kMaxSlots, "the runner's limit on slots")));
    SD_TRY_READ(r.slotSize,
                body.integer(QStringLiteral("slotSize"),
                             L::range(1, L::kMaxSlotSize, "the runner's limit on a slot: 1 GiB")));
    // The client hashes the whole dataset when it posts (ScenarioLimits): bounded here.
    const quint64 dataset = r.slots * r.slotSize;
    if (dataset > L::kMaxDatasetBytes)
        return fail(body.pathOf(QStringLiteral("slotSize")),
                    QStringLiteral("slots * slotSize must be at most %1 (the runner's limit on "
                                   "one request's data: 4 GiB), got %2 * %3 = %4")
                        .arg(L::kMaxDatasetBytes)
                        .arg(r.slots)
                        .arg(r.slotSize)
                        .arg(dataset));
    if (m_definitions.datasetBytes + dataset > L::kMaxAllDatasetsBytes)
        return fail(body.pathOf(QStringLiteral("slotSize")),
                    QStringLiteral("the requests' data together must be at most %1 bytes (the "
                                   "runner's limit: 8 GiB), got %2 with this request")
                        .arg(L::kMaxAllDatasetsBytes)
                        .arg(m_definitions.datasetBytes + dataset));
    SD_TRY_READ(r.duration, body.integer(QStringLiteral("duration"), kDuration));
    const quint64 limit = m_scenario.market.requestDurationLimit;
    if (r.duration > limit)
        return fail(body.pathOf(QStringLiteral("duration")),
                    QStringLiteral("must be at most market.requestDurationLimit (%1), got %2")
                        .arg(limit)
                        .arg(r.duration));
    SD_TRY_READ(r.pricePerBytePerSecond,
                positiveAmount(body, QStringLiteral("pricePerBytePerSecond")));
    SD_TRY_READ(r.collateralPerByte, positiveAmount(body, QStringLiteral("collateralPerByte")));
    if (body.has(QStringLiteral("proofProbability")))
        SD_TRY_READ(r.proofProbability, positiveAmount(body, QStringLiteral("proofProbability")));
    SD_TRY_READ(r.expiry, body.integer(QStringLiteral("expiry"), JsonFields::kPositive));
    if (r.expiry >= r.duration)
        return fail(body.pathOf(QStringLiteral("expiry")),
                    QStringLiteral("must be less than duration (%1), got %2")
                        .arg(r.duration)
                        .arg(r.expiry));
    if (body.has(QStringLiteral("maxSlotLoss")))
        SD_TRY_READ(r.maxSlotLoss,
                    body.integer(QStringLiteral("maxSlotLoss"), JsonFields::kNonNegative));
    if (r.maxSlotLoss > r.slots)
        return fail(
            body.pathOf(QStringLiteral("maxSlotLoss")),
            QStringLiteral("must be at most slots (%1), got %2").arg(r.slots).arg(r.maxSlotLoss));
    // The contract's maxPrice and collateral per slot must be representable.
    const auto perSecond = uint256::checkedMul(r.pricePerBytePerSecond, r.slotSize);
    const auto perSlot = perSecond.ok() ? uint256::checkedMul(*perSecond, r.duration) : perSecond;
    const auto total = perSlot.ok() ? uint256::checkedMul(*perSlot, r.slots) : perSlot;
    if (!total.ok())
        return fail(body.pathOf(QStringLiteral("pricePerBytePerSecond")),
                    QStringLiteral("the total price (pricePerBytePerSecond * slotSize * "
                                   "duration * slots) must fit in 256 bits"));
    if (!uint256::checkedMul(r.collateralPerByte, r.slotSize).ok())
        return fail(body.pathOf(QStringLiteral("collateralPerByte")),
                    QStringLiteral("the collateral per slot (collateralPerByte * slotSize) "
                                   "must fit in 256 bits"));
    return Details(std::move(r));
}

// The "request" field: the name of a request posted by an earlier event.
Result<ScenarioEventReader::RequestInfo>
ScenarioEventReader::requestReference(const JsonFields& body, QString& name) const {
    SD_TRY_READ(name, body.nonEmptyString(QStringLiteral("request")));
    const auto it = m_definitions.requests.constFind(name);
    if (it == m_definitions.requests.cend())
        return fail(body.pathOf(QStringLiteral("request")),
                    QStringLiteral("unknown request %1: no earlier request event has that name")
                        .arg(quoted(name)));
    return it.value();
}

Result<quint64> ScenarioEventReader::slotIndex(const QJsonValue& value, const QString& path,
                                               const RequestInfo& request) {
    auto index = JsonFields::readInteger(value, path, JsonFields::kNonNegative);
    if (index.ok() && *index >= request.slots)
        return fail(path, QStringLiteral("must be less than the request's slots (%1), got %2")
                              .arg(request.slots)
                              .arg(*index));
    return index;
}

Result<ScenarioEvent::Details> ScenarioEventReader::othersFill(const JsonFields& body) const {
    SD_TRY(body.rejectUnknownKeys({QStringLiteral("request"), QStringLiteral("slots")}));
    scenario::OthersFill f;
    RequestInfo request;
    SD_TRY_READ(request, requestReference(body, f.request));
    QJsonValue slots;
    SD_TRY_READ(slots, body.required(QStringLiteral("slots")));
    const QString slotsPath = body.pathOf(QStringLiteral("slots"));
    if (!slots.isArray())
        return fail(slotsPath, QStringLiteral("must be an array of slot indices"));
    const QJsonArray array = slots.toArray();
    if (array.isEmpty())
        return fail(slotsPath, QStringLiteral("must list at least one slot index"));
    QSet<quint64> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = JsonFields::indexPath(slotsPath, i);
        quint64 index = 0;
        SD_TRY_READ(index, slotIndex(array.at(i), path, request));
        if (seen.contains(index))
            return fail(path, QStringLiteral("slot index %1 is already listed").arg(index));
        seen.insert(index);
        f.slots.append(index);
    }
    return Details(std::move(f));
}

Result<ScenarioEvent::Details> ScenarioEventReader::othersReserve(const JsonFields& body) const {
    SD_TRY(body.rejectUnknownKeys(
        {QStringLiteral("request"), QStringLiteral("slotIndex"), QStringLiteral("count")}));
    scenario::OthersReserve o;
    RequestInfo request;
    SD_TRY_READ(request, requestReference(body, o.request));
    QJsonValue index;
    SD_TRY_READ(index, body.required(QStringLiteral("slotIndex")));
    SD_TRY_READ(o.slotIndex, slotIndex(index, body.pathOf(QStringLiteral("slotIndex")), request));
    SD_TRY_READ(o.count, body.integer(QStringLiteral("count"),
                                      L::range(1, L::kMaxCompetingReservations,
                                               "a slot takes at most 255 reservations")));
    return Details(std::move(o));
}

template <typename T>
Result<ScenarioEvent::Details> ScenarioEventReader::requestAndSlot(const JsonFields& body) const {
    SD_TRY(body.rejectUnknownKeys({QStringLiteral("request"), QStringLiteral("slotIndex")}));
    T event;
    RequestInfo request;
    SD_TRY_READ(request, requestReference(body, event.request));
    QJsonValue index;
    SD_TRY_READ(index, body.required(QStringLiteral("slotIndex")));
    SD_TRY_READ(event.slotIndex,
                slotIndex(index, body.pathOf(QStringLiteral("slotIndex")), request));
    return Details(std::move(event));
}

template <typename T>
Result<ScenarioEvent::Details> ScenarioEventReader::requestOnly(const JsonFields& body) const {
    SD_TRY(body.rejectUnknownKeys({QStringLiteral("request")}));
    T event;
    SD_TRY(requestReference(body, event.request));
    return Details(std::move(event));
}

template <typename T>
Result<ScenarioEvent::Details> ScenarioEventReader::noFields(const JsonFields& body) {
    SD_TRY(body.rejectUnknownKeys({}));
    return Details(T{});
}

Result<ScenarioEvent::Details> ScenarioEventReader::offline(const JsonFields& body) {
    SD_TRY(body.rejectUnknownKeys({QStringLiteral("seconds")}));
    scenario::Offline o;
    SD_TRY_READ(o.seconds, body.integer(QStringLiteral("seconds"),
                                        L::range(1, L::kMaxRunSeconds,
                                                 "the runner's limit on simulated time")));
    return Details(o);
}

Result<ScenarioEvent::Details> ScenarioEventReader::marketFaults(const JsonFields& body) {
    SD_TRY(body.rejectUnknownKeys(
        {QStringLiteral("method"), QStringLiteral("probability"), QStringLiteral("seconds")}));
    scenario::MarketFaults m;
    SD_TRY_READ(m.method, body.nonEmptyString(QStringLiteral("method")));
    if (m.method != u'*' && !ScenarioParser::marketMethodNames().contains(m.method))
        return fail(body.pathOf(QStringLiteral("method")),
                    QStringLiteral("must be a Market method name (such as \"fillSlot\") or "
                                   "\"*\", got %1")
                        .arg(quoted(m.method)));
    SD_TRY_READ(m.probability, body.probability(QStringLiteral("probability")));
    SD_TRY_READ(m.seconds, body.integer(QStringLiteral("seconds"),
                                        L::range(1, L::kMaxRunSeconds,
                                                 "the runner's limit on simulated time")));
    return Details(std::move(m));
}

} // namespace salesdesk
