#pragma once

#include "core/domain/Result.h"
#include "core/scenario/Scenario.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace salesdesk::test {

// The expected outcome of a scenario file: its sidecar `<name>.expect.json` (tests/scenarios/
// README.md). All keys are optional:
//   exitCode      salesdesk-cli's exit code (default 0)
//   report        a partial report: an object matches when each of its keys matches; an array
//                 when it has the same length and matches element by element; a scalar when
//                 equal (amounts are decimal strings, as in the report)
//   sales         {"<request>:<slotIndex>": partial sales entry} for the entry of that slot
//   finalCounts   {"<state>": n}: exactly n sales entries end in that state ("running" counts
//                 entries whose final is null), and none ends in a state not listed
//   filledBefore  [["a", "b"], …]: every slot of request a was filled before any slot of b
//   absentSales   ["<request>:<slotIndex>", …]: the host never ran an agent for those slots
//   description   what the scenario shows (not checked)
class ScenarioExpectation {
public:
    static Result<ScenarioExpectation> fromJson(const QByteArray& json);

    // Names and slot indices used by the expectation that the scenario does not define.
    QStringList unknownReferences(const Scenario& scenario) const;
    // Every way the CLI's outcome differs from the expectation; empty when it matches.
    QStringList mismatches(int exitCode, const QJsonObject& report) const;

    int exitCode() const { return m_exitCode; }

private:
    int m_exitCode = 0;
    QJsonObject m_report;
    QJsonObject m_sales;
    QJsonObject m_finalCounts;
    QJsonArray m_filledBefore;
    QJsonArray m_absentSales;
};

} // namespace salesdesk::test
