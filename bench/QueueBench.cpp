#include "bench/QueueBench.h"

#include "core/sales/SlotQueueContainer.h"
#include "core/sales/SlotQueueItem.h"

#include <QElapsedTimer>
#include <QHashFunctions>
#include <QRandomGenerator>
#include <queue>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace salesdesk::bench {

namespace {

constexpr Timestamp kNow = 1'750'000'000;

// Items as the market would offer them: requests of 1 .. 20 slots, slot sizes from 1 MiB to
// 64 GiB, durations from a day to half a year, prices and collateral over several orders of
// magnitude; 10% of the slots were freed (repair-discounted collateral, no expiry) and 5% were
// already seen.
std::vector<SlotQueueItem> makeItems(int count) {
    QRandomGenerator random(20240601);
    std::vector<SlotQueueItem> items;
    items.reserve(static_cast<std::size_t>(count));
    while (items.size() < static_cast<std::size_t>(count)) {
        const RequestId request = RequestId::random(random);
        const quint64 slots = 1 + random.bounded(20);
        const quint64 slotSize = quint64(1) << (20 + random.bounded(17));
        const quint64 duration = 86'400 * (1 + random.bounded(180));
        const UInt256 price = UInt256(1 + random.bounded(1000)) * (1 + random.bounded(1000));
        const UInt256 collateralPerSlot = UInt256(slotSize) * (1 + random.bounded(100));
        const Timestamp expiry = kNow + 600 + random.bounded(7 * 86'400);
        for (quint64 index = 0; index < slots && items.size() < static_cast<std::size_t>(count);
             ++index) {
            const bool freed = random.bounded(10) == 0;
            const bool seen = random.bounded(20) == 0;
            items.emplace_back(request, index, slotSize, duration, price,
                               freed ? collateralPerSlot / 2 : collateralPerSlot,
                               freed ? std::nullopt : std::optional<Timestamp>(expiry), seen);
        }
    }
    return items;
}

// Order-sensitive fingerprint of the sequence of slots taken, to check both give the same order.
void mix(std::size_t& fingerprint, const SlotQueueItem& item) {
    fingerprint = fingerprint * 1'000'003 ^ qHash(item.requestId(), item.slotIndex());
}

struct Timing {
    double pushNs = 0;
    double popNs = 0;
    std::size_t fingerprint = 0;
};

Timing measureContainer(const std::vector<SlotQueueItem>& items) {
    Timing timing;
    SlotQueueContainer container;
    container.reserve(static_cast<qsizetype>(items.size()));
    QElapsedTimer timer;
    timer.start();
    for (const SlotQueueItem& item : items)
        container.insert(item);
    timing.pushNs = static_cast<double>(timer.nsecsElapsed()) / static_cast<double>(items.size());
    timer.start();
    while (!container.isEmpty())
        mix(timing.fingerprint, container.takeFirst());
    timing.popNs = static_cast<double>(timer.nsecsElapsed()) / static_cast<double>(items.size());
    return timing;
}

// std::priority_queue is a max-heap: give it the reversed order so its top is our first.
struct TakenLast {
    bool operator()(const SlotQueueEntry& a, const SlotQueueEntry& b) const {
        return SlotQueueOrder{}(b, a);
    }
};

Timing measurePriorityQueue(const std::vector<SlotQueueItem>& items) {
    Timing timing;
    std::vector<SlotQueueEntry> storage;
    storage.reserve(items.size()); // favours std: no reallocation while pushing
    std::priority_queue<SlotQueueEntry, std::vector<SlotQueueEntry>, TakenLast> queue(
        TakenLast{}, std::move(storage));
    quint64 sequence = 0;
    QElapsedTimer timer;
    timer.start();
    for (const SlotQueueItem& item : items)
        queue.push(SlotQueueEntry{item, sequence++});
    timing.pushNs = static_cast<double>(timer.nsecsElapsed()) / static_cast<double>(items.size());
    timer.start();
    while (!queue.empty()) {
        const SlotQueueItem item = queue.top().item;
        queue.pop();
        mix(timing.fingerprint, item);
    }
    timing.popNs = static_cast<double>(timer.nsecsElapsed()) / static_cast<double>(items.size());
    return timing;
}

// Median of the rounds, per figure.
Timing median(std::vector<Timing> rounds) {
    const auto mid = rounds.size() / 2;
    Timing out = rounds.front();
    std::nth_element(rounds.begin(), rounds.begin() + static_cast<std::ptrdiff_t>(mid),
                     rounds.end(),
                     [](const Timing& a, const Timing& b) { return a.pushNs < b.pushNs; });
    out.pushNs = rounds[mid].pushNs;
    std::nth_element(rounds.begin(), rounds.begin() + static_cast<std::ptrdiff_t>(mid),
                     rounds.end(),
                     [](const Timing& a, const Timing& b) { return a.popNs < b.popNs; });
    out.popNs = rounds[mid].popNs;
    return out;
}

} // namespace

bool runQueueBench(const BenchOptions& options, BenchReport& report) {
    const int count = options.quick ? 20'000 : 1'000'000;
    constexpr int kRounds = 3;
    report.note(QStringLiteral("queue: push %1 slot queue items, then take them all in priority "
                               "order; SlotQueueContainer vs std::priority_queue (same entries, "
                               "same order, both sized in advance); median of %2 interleaved "
                               "rounds")
                    .arg(count)
                    .arg(kRounds));
    const std::vector<SlotQueueItem> items = makeItems(count);
    std::vector<Timing> ourRounds;
    std::vector<Timing> theirRounds;
    bool sameOrder = true;
    for (int round = 0; round < kRounds; ++round) {
        ourRounds.push_back(measureContainer(items));
        theirRounds.push_back(measurePriorityQueue(items));
        sameOrder = sameOrder && ourRounds.back().fingerprint == theirRounds.back().fingerprint;
    }
    const Timing ours = median(ourRounds);
    const Timing theirs = median(theirRounds);

    const QString section = QStringLiteral("queue");
    report.figure(section, QStringLiteral("items"), count, QString(), QStringLiteral("items"));
    report.figure(section, QStringLiteral("pushNs"), ours.pushNs, QStringLiteral("ns"),
                  QStringLiteral("SlotQueueContainer push"));
    report.figure(section, QStringLiteral("popNs"), ours.popNs, QStringLiteral("ns"),
                  QStringLiteral("SlotQueueContainer pop"));
    report.figure(section, QStringLiteral("stdPushNs"), theirs.pushNs, QStringLiteral("ns"),
                  QStringLiteral("std::priority_queue push"));
    report.figure(section, QStringLiteral("stdPopNs"), theirs.popNs, QStringLiteral("ns"),
                  QStringLiteral("std::priority_queue pop"));
    report.figure(section, QStringLiteral("pushRatio"), ours.pushNs / theirs.pushNs, QString(),
                  QStringLiteral("push: ours / std"));
    report.figure(section, QStringLiteral("popRatio"), ours.popNs / theirs.popNs, QString(),
                  QStringLiteral("pop: ours / std"));
    report.figure(section, QStringLiteral("ratio"),
                  (ours.pushNs + ours.popNs) / (theirs.pushNs + theirs.popNs), QString(),
                  QStringLiteral("push + pop: ours / std (goal <= 2)"));
    report.figure(section, QStringLiteral("sameOrder"), sameOrder ? 1 : 0, QString(),
                  QStringLiteral("both took the items in the same order (1 = yes)"));
    if (!sameOrder)
        report.note(QStringLiteral("queue: the two containers took the items in different orders"));
    return sameOrder;
}

} // namespace salesdesk::bench
