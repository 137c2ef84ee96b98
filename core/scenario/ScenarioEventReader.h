#pragma once

#include "core/domain/Result.h"
#include "core/scenario/JsonFields.h"
#include "core/scenario/Scenario.h"

#include <QHash>
#include <QString>

namespace salesdesk {

// Reads the body of one scenario event (the object under its kind's key) for ScenarioParser:
// checks its keys and fields and resolves the names it uses against what earlier events
// defined. Errors are ScenarioParser's: "<path>: <message>", ErrorCode::InvalidArgument.
class ScenarioEventReader {
public:
    // What the events before the current one defined, by name. Requests and availabilities
    // have separate names.
    struct Definitions {
        struct RequestInfo {
            quint64 slots = 0;
            qsizetype event = 0; // its index in "events"
        };
        QHash<QString, RequestInfo> requests;
        QHash<QString, qsizetype> availabilities; // name -> index in "events"
        quint64 datasetBytes = 0;                 // slots * slotSize of every request so far

        // Records the names `event` (at `index` in "events") defines.
        void define(const ScenarioEvent& event, qsizetype index);
    };

    // `scenario` holds what the file says before "events" (start, market, …).
    ScenarioEventReader(const Scenario& scenario, const Definitions& definitions);

    Result<ScenarioEvent::Details> read(ScenarioEventKind kind, const JsonFields& body) const;

private:
    using Details = ScenarioEvent::Details;
    using RequestInfo = Definitions::RequestInfo;

    JsonFields::IntegerRange untilRange() const;
    Result<Details> addAvailability(const JsonFields& body) const;
    Result<Details> updateAvailability(const JsonFields& body) const;
    static Result<UInt256> positiveAmount(const JsonFields& body, const QString& key);
    Result<Details> request(const JsonFields& body) const;
    Result<RequestInfo> requestReference(const JsonFields& body, QString& name) const;
    static Result<quint64> slotIndex(const QJsonValue& value, const QString& path,
                                     const RequestInfo& request);
    Result<Details> othersFill(const JsonFields& body) const;
    Result<Details> othersReserve(const JsonFields& body) const;
    template <typename T> Result<Details> requestAndSlot(const JsonFields& body) const;
    template <typename T> Result<Details> requestOnly(const JsonFields& body) const;
    template <typename T> static Result<Details> noFields(const JsonFields& body);
    static Result<Details> offline(const JsonFields& body);
    static Result<Details> marketFaults(const JsonFields& body);

    const Scenario& m_scenario;
    const Definitions& m_definitions;
};

} // namespace salesdesk
