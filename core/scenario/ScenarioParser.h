#pragma once

#include "core/domain/Result.h"
#include "core/scenario/Scenario.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace salesdesk {

// Reads and checks a scenario file (docs/scenario-format.md) for `salesdesk-cli
// simulate`. Nothing is run: a Scenario that comes back is complete (every default filled in)
// and consistent (every name it uses is defined earlier in the file, every slot index is within
// its request, events are in time order), so the runner only meets errors the engine itself
// reports.
//
// The error is ErrorCode::InvalidArgument with "<JSON path>: <message>" for the first problem,
// e.g. `events[3].request.slotSize: must be a positive integer`. The first problem is found by
// checking, in this order: the JSON syntax ("invalid JSON at byte N (line L, column C): …"),
// repeated keys in any object (document order), then the top-level keys in the order seed,
// start, runUntil, market, host, events, and within each object its unknown keys (alphabetical)
// before its fields in the order the format document lists them; cross-field rules come after
// the fields they involve.
class ScenarioParser {
public:
    static Result<Scenario> parse(const QByteArray& json);
    // ErrorCode::Io when the file cannot be read; otherwise as parse().
    static Result<Scenario> parseFile(const QString& path);

    // The Market methods that marketFaults.method may name (besides "*"): the asynchronous
    // calls of core/market/Market.h, which are the ones that can fail transiently.
    static const QStringList& marketMethodNames();
    // The event kinds' keys, in ScenarioEventKind order.
    static const QStringList& eventKindNames();
};

} // namespace salesdesk
