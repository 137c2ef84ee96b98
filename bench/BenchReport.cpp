#include "bench/BenchReport.h"

#include <QTextStream>

#include <algorithm>

namespace salesdesk::bench {

void BenchReport::figure(const QString& section, const QString& key, double value,
                         const QString& unit, const QString& label) {
    QJsonObject part = m_json.value(section).toObject();
    part.insert(key, value);
    m_json.insert(section, part);
    QTextStream(stdout) << "  " << label << ": " << QString::number(value, 'f', value < 10 ? 3 : 1)
                        << ' ' << unit << Qt::endl;
}

void BenchReport::note(const QString& text) {
    QTextStream(stdout) << text << Qt::endl;
}

LatencyStats latencyStats(std::vector<qint64> samplesNs) {
    LatencyStats stats;
    if (samplesNs.empty())
        return stats;
    std::sort(samplesNs.begin(), samplesNs.end());
    const auto at = [&](double q) {
        const auto index = static_cast<std::size_t>(q * static_cast<double>(samplesNs.size() - 1));
        return static_cast<double>(samplesNs[index]);
    };
    stats.medianNs = at(0.5);
    stats.p99Ns = at(0.99);
    stats.maxNs = static_cast<double>(samplesNs.back());
    return stats;
}

} // namespace salesdesk::bench
