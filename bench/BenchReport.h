#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

namespace salesdesk::bench {

// Figures of one run of salesdesk-bench: printed for people as they are measured, and collected
// into one JSON object printed as the last line.
class BenchReport {
public:
    // Adds `value` under section.key, printing "  label: value unit".
    void figure(const QString& section, const QString& key, double value, const QString& unit,
                const QString& label);
    void note(const QString& text);
    QJsonObject json() const { return m_json; }

private:
    QJsonObject m_json;
};

struct BenchOptions {
    bool quick = false;
    bool storeData = false; // scale: real slot data on disk
    quint64 slots = 0;      // chain-sell, chain-gui: how many slots to sell (0: their default)
    int speed = 0;          // chain-gui: the clock's speed (0: its default)
};

// Nanosecond statistics of a sample.
struct LatencyStats {
    double medianNs = 0;
    double p99Ns = 0;
    double maxNs = 0;
};
LatencyStats latencyStats(std::vector<qint64> samplesNs);

} // namespace salesdesk::bench
