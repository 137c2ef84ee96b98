#include "bench/SlowDeliveryReport.h"

#include <QEvent>
#include <QMetaEnum>
#include <QStringList>

#include <algorithm>
#include <map>

namespace salesdesk::bench {

namespace {

constexpr std::size_t kShown = 6;

double ms(double nanoseconds) {
    return nanoseconds / 1e6;
}

QString describe(const BenchApplication::SlowDelivery& d) {
    return QStringLiteral("%1 ms %2 to %3%4")
        .arg(d.nanoseconds / 1e6, 0, 'f', 1)
        .arg(QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(d.eventType)),
             d.receiver,
             d.owner.isEmpty() ? QString() : QStringLiteral(" (%1's batch)").arg(d.owner));
}

} // namespace

// What the event loop was busy with: the receivers that took the most time in deliveries of
// kSlowDeliveryMs or more, and the deliveries inside the longest stalls.
void reportSlowDeliveries(BenchReport& report,
                          const std::vector<BenchApplication::SlowDelivery>& slow,
                          const StallProbe& probe, double slowDeliveryMs,
                          const std::function<QString(int label)>& labelName) {
    struct Busy {
        double ms = 0;
        int count = 0;
        double longest = 0;
    };
    std::map<QString, Busy> byReceiver;
    for (const BenchApplication::SlowDelivery& d : slow) {
        const QString key =
            QStringLiteral("%1 to %2%3")
                .arg(QString::fromLatin1(
                         QMetaEnum::fromType<QEvent::Type>().valueToKey(d.eventType)),
                     d.receiver,
                     d.owner.isEmpty() ? QString() : QStringLiteral(" (%1's batch)").arg(d.owner));
        Busy& busy = byReceiver[key];
        busy.ms += ms(static_cast<double>(d.nanoseconds));
        busy.longest = std::max(busy.longest, ms(static_cast<double>(d.nanoseconds)));
        ++busy.count;
    }
    std::vector<std::pair<QString, Busy>> busiest(byReceiver.begin(), byReceiver.end());
    std::sort(busiest.begin(), busiest.end(),
              [](const auto& a, const auto& b) { return a.second.ms > b.second.ms; });
    report.note(QStringLiteral("  busiest, in deliveries of %1 ms or more (total, count, longest):")
                    .arg(slowDeliveryMs));
    for (std::size_t i = 0; i < std::min(busiest.size(), kShown); ++i)
        report.note(QStringLiteral("    %1 ms, %2 x, %3 ms: %4")
                        .arg(busiest[i].second.ms, 0, 'f', 0)
                        .arg(busiest[i].second.count)
                        .arg(busiest[i].second.longest, 0, 'f', 1)
                        .arg(busiest[i].first));

    const std::vector<qint64>& gaps = probe.gapsNs();
    std::vector<std::size_t> order(gaps.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const std::size_t top = std::min<std::size_t>(3, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<qsizetype>(top), order.end(),
                      [&](std::size_t a, std::size_t b) { return gaps[a] > gaps[b]; });
    for (std::size_t k = 0; k < top; ++k) {
        const std::size_t i = order[k];
        const qint64 end = probe.endsNs()[i];
        const qint64 begin = end - gaps[i];
        QStringList inside;
        for (const BenchApplication::SlowDelivery& d : slow)
            if (d.startedNs < end && d.startedNs + d.nanoseconds > begin)
                inside << describe(d);
        report.note(QStringLiteral("  gap of %1 ms at %2 s (%3): %4")
                        .arg(ms(static_cast<double>(gaps[i])), 0, 'f', 1)
                        .arg(static_cast<double>(begin) / 1e9, 0, 'f', 2)
                        .arg(labelName(probe.labels()[i]))
                        .arg(inside.isEmpty() ? QStringLiteral("no delivery of 2 ms or more")
                                              : inside.join(QStringLiteral("; "))));
    }
}

} // namespace salesdesk::bench
