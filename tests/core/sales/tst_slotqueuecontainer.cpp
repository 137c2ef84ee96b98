#include "core/sales/SlotQueueContainer.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <optional>
#include <vector>

using namespace salesdesk;

namespace salesdesk {
char* toString(const SlotQueueItem& item) {
    return qstrdup(qPrintable(item.describe()));
}
} // namespace salesdesk

namespace {

RequestId requestId(int n) {
    QByteArray raw(32, '\0');
    raw[0] = static_cast<char>(n);
    raw[31] = static_cast<char>(n >> 8);
    return RequestId::fromBytes(raw);
}

// Few distinct values, so that ties (and the insertion-order rule) are common.
SlotQueueItem randomItem(QRandomGenerator& random) {
    const std::optional<Timestamp> expiry =
        random.bounded(4) == 0 ? std::nullopt : std::optional<Timestamp>(random.bounded(3));
    return SlotQueueItem(requestId(static_cast<int>(random.bounded(8))), random.bounded(6),
                         1 + random.bounded(2), 1 + random.bounded(2), 1 + random.bounded(2),
                         random.bounded(3), expiry, random.bounded(3) == 0);
}

// The obvious model: a vector of entries kept sorted by SlotQueueOrder.
struct Model {
    std::vector<SlotQueueEntry> entries;
    quint64 nextSequence = 0;

    bool insert(const SlotQueueItem& item) {
        if (std::any_of(entries.begin(), entries.end(),
                        [&](const SlotQueueEntry& e) { return e.item == item; }))
            return false;
        entries.push_back({item, nextSequence++});
        std::sort(entries.begin(), entries.end(), SlotQueueOrder{});
        return true;
    }
    QList<SlotQueueItem> items() const {
        QList<SlotQueueItem> out;
        for (const SlotQueueEntry& e : entries)
            out.append(e.item);
        return out;
    }
};

// Compares every field that matters for the order, not only the slot.
bool sameItems(const QList<SlotQueueItem>& a, const QList<SlotQueueItem>& b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (!(a[i] == b[i]) || a[i].seen() != b[i].seen() ||
            SlotQueueItem::comparePriority(a[i], b[i]) != std::weak_ordering::equivalent)
            return false;
    return true;
}

} // namespace

class TestSlotQueueContainer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyContainer() {
        SlotQueueContainer container;
        QVERIFY(container.isEmpty());
        QCOMPARE(container.size(), 0);
        QVERIFY(!container.contains(requestId(1), 0));
        QVERIFY(!container.find(requestId(1), 0).has_value());
        QVERIFY(!container.remove(requestId(1), 0));
        QVERIFY(container.removeRequest(requestId(1)).isEmpty());
        QCOMPARE(container.clearSeenFlags(), 0);
    }

    void findReturnsTheStoredItem() {
        SlotQueueContainer container;
        QVERIFY(container.insert(SlotQueueItem(requestId(1), 4, 10, 20, 30, 40, 50, true)));
        QVERIFY(!container.insert(SlotQueueItem(requestId(1), 4, 1, 1, 1, 1, 1, false)));
        const auto found = container.find(requestId(1), 4);
        QVERIFY(found.has_value());
        QCOMPARE(found->slotSize(), quint64(10));
        QVERIFY(found->seen());
        QCOMPARE(container.size(), 1);
    }

    // Random operations against the sorted-vector model; the order must match after each one.
    void matchesASortedModel() {
        QRandomGenerator random(2024);
        SlotQueueContainer container;
        Model model;
        for (int step = 0; step < 3000; ++step) {
            const quint32 op = random.bounded(100);
            if (op < 45) {
                const SlotQueueItem item = randomItem(random);
                QCOMPARE(container.insert(item), model.insert(item));
            } else if (op < 60 && !model.entries.empty()) {
                QCOMPARE(container.takeFirst(), model.entries.front().item);
                model.entries.erase(model.entries.begin());
            } else if (op < 75 && !model.entries.empty()) {
                QCOMPARE(container.takeLast(), model.entries.back().item);
                model.entries.pop_back();
            } else if (op < 85) {
                const SlotQueueItem probe = randomItem(random);
                const auto it =
                    std::find_if(model.entries.begin(), model.entries.end(),
                                 [&](const SlotQueueEntry& e) { return e.item == probe; });
                QCOMPARE(container.contains(probe.requestId(), probe.slotIndex()),
                         it != model.entries.end());
                QCOMPARE(container.remove(probe.requestId(), probe.slotIndex()),
                         it != model.entries.end());
                if (it != model.entries.end())
                    model.entries.erase(it);
            } else if (op < 92) {
                const RequestId request = requestId(static_cast<int>(random.bounded(8)));
                const auto removedFromModel =
                    std::erase_if(model.entries, [&](const SlotQueueEntry& e) {
                        return e.item.requestId() == request;
                    });
                QCOMPARE(container.removeRequest(request).size(),
                         static_cast<qsizetype>(removedFromModel));
            } else {
                qsizetype seen = 0;
                for (SlotQueueEntry& e : model.entries) {
                    seen += e.item.seen() ? 1 : 0;
                    e.item.setSeen(false);
                }
                std::sort(model.entries.begin(), model.entries.end(), SlotQueueOrder{});
                QCOMPARE(container.clearSeenFlags(), seen);
            }
            QCOMPARE(container.size(), static_cast<qsizetype>(model.entries.size()));
            if (!sameItems(container.items(), model.items()))
                QFAIL(qPrintable(
                    QStringLiteral("order differs from the model after step %1").arg(step)));
            if (!model.entries.empty()) {
                QCOMPARE(container.first(), model.entries.front().item);
                QCOMPARE(container.last(), model.entries.back().item);
            }
        }
    }

    void reserveKeepsContents() {
        SlotQueueContainer container;
        for (quint64 i = 0; i < 50; ++i)
            QVERIFY(container.insert(SlotQueueItem(requestId(1), i, 1, 1, 1 + i, 1, std::nullopt)));
        container.reserve(10); // below the size: must not lose anything
        container.reserve(1000);
        QCOMPARE(container.size(), 50);
        for (quint64 i = 0; i < 50; ++i)
            QVERIFY(container.contains(requestId(1), i));
        QCOMPARE(container.first().slotIndex(), quint64(49));
    }
};

QTEST_GUILESS_MAIN(TestSlotQueueContainer)
#include "tst_slotqueuecontainer.moc"
