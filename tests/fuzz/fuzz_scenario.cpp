// libFuzzer target: a whole scenario file (bytes) through ScenarioParser::parse, which reads the
// JSON and checks every field. Besides crashes, leaks and undefined behaviour (the sanitizers),
// it stops on what a parse must never do: accept a scenario past the runner's limits
// (ScenarioLimits), or give a message that is not one printable line (a NUL cut the CLI's
// message short once).
#include "core/scenario/ScenarioLimits.h"
#include "core/scenario/ScenarioParser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace salesdesk;

namespace {

[[noreturn]] void failWith(const char* what, const QString& detail) {
    std::fprintf(stderr, "fuzz_scenario: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

void checkMessage(const QString& message) {
    if (message.isEmpty())
        failWith("an error without a message", message);
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char16_t c = message.at(i).unicode();
        if (c < 0x20 || (c >= 0x7f && c < 0xa0))
            failWith("a message with a control character", JsonFields::printable(message));
        const bool high = QChar::isHighSurrogate(c);
        const bool low = QChar::isLowSurrogate(c);
        const bool pairedHigh =
            high && i + 1 < message.size() && message.at(i + 1).isLowSurrogate();
        const bool pairedLow = low && i > 0 && message.at(i - 1).isHighSurrogate();
        if ((high && !pairedHigh) || (low && !pairedLow))
            failWith("a message with a lone surrogate", JsonFields::printable(message));
    }
}

void checkLimits(const Scenario& s) {
    using L = ScenarioLimits;
    if (s.runUntil > L::kMaxRunSeconds || s.runUntil / s.market.periodSeconds > L::kMaxPeriods)
        failWith("runUntil past the limits accepted", QString::number(s.runUntil));
    if (static_cast<quint64>(s.events.size()) > L::kMaxEvents)
        failWith("too many events accepted", QString::number(s.events.size()));
    quint64 allData = 0;
    for (const ScenarioEvent& event : s.events)
        if (const auto* r = std::get_if<scenario::Request>(&event.details)) {
            if (r->slots > L::kMaxSlots || r->slotSize > L::kMaxSlotSize ||
                r->slots * r->slotSize > L::kMaxDatasetBytes)
                failWith("a request past the limits accepted", r->name);
            allData += r->slots * r->slotSize;
        }
    if (allData > L::kMaxAllDatasetsBytes)
        failWith("requests past the limit on all data accepted", QString::number(allData));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray json =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parsed = ScenarioParser::parse(json);
    if (parsed.ok())
        checkLimits(*parsed);
    else
        checkMessage(parsed.message());
    return 0;
}
