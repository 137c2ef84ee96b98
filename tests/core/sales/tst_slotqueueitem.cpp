#include "core/domain/StorageRequest.h"
#include "core/sales/SlotQueueItem.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <limits>
#include <optional>

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

struct Fields {
    quint64 slotSize = 1024;
    quint64 duration = 3600;
    UInt256 price = 10;
    UInt256 collateral = 100;
    std::optional<Timestamp> expiry = std::nullopt;
    bool seen = false;
};

SlotQueueItem item(int request, quint64 slotIndex, const Fields& f) {
    return SlotQueueItem(requestId(request), slotIndex, f.slotSize, f.duration, f.price,
                         f.collateral, f.expiry, f.seen);
}

StorageAsk ask(quint64 slots) {
    StorageAsk a;
    a.slots = slots;
    a.slotSize = 4096;
    a.duration = 7200;
    a.pricePerBytePerSecond = 3;
    a.collateralPerByte = 1;
    a.proofProbability = 5;
    return a;
}

QList<quint64> indicesOf(const QList<SlotQueueItem>& items) {
    QList<quint64> out;
    for (const SlotQueueItem& i : items)
        out.append(i.slotIndex());
    return out;
}

} // namespace

class TestSlotQueueItem : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Items compare by price, collateral and expiry, the same way in both directions.
    void correctlyComparesItems() {
        // B: higher price per slot, lower collateral, earlier expiry; the first two decide.
        const SlotQueueItem a = item(1, 0, {.price = 2, .collateral = 200, .expiry = 30});
        const SlotQueueItem b = item(2, 0, {.price = 3, .collateral = 100, .expiry = 20});
        QVERIFY(SlotQueueItem::hasPriorityOver(b, a));
        QVERIFY(!SlotQueueItem::hasPriorityOver(a, b));
        QVERIFY(SlotQueueItem::comparePriority(b, a) == std::weak_ordering::less);
        QVERIFY(SlotQueueItem::comparePriority(a, b) == std::weak_ordering::greater);
    }

    // An unseen item ranks before a seen one, even a more profitable one.
    void prioritizesUnseenOverSeen() {
        const SlotQueueItem seenRich = item(1, 0, {.price = 1000, .seen = true});
        const SlotQueueItem unseenPoor = item(2, 0, {.price = 1});
        QVERIFY(SlotQueueItem::hasPriorityOver(unseenPoor, seenRich));
        QVERIFY(!SlotQueueItem::hasPriorityOver(seenRich, unseenPoor));
    }

    // A higher reward outranks a lower collateral.
    void prioritizesProfitabilityOverCollateral() {
        const SlotQueueItem richer = item(1, 0, {.price = 20, .collateral = 1000});
        const SlotQueueItem cheaper = item(2, 0, {.price = 10, .collateral = 1});
        QVERIFY(SlotQueueItem::hasPriorityOver(richer, cheaper));
        QVERIFY(!SlotQueueItem::hasPriorityOver(cheaper, richer));
    }

    // A lower collateral outranks a longer expiry.
    void prioritizesCollateralOverExpiry() {
        const SlotQueueItem lowCollateral = item(1, 0, {.collateral = 50, .expiry = 10});
        const SlotQueueItem laterExpiry = item(2, 0, {.collateral = 60, .expiry = 1000});
        QVERIFY(SlotQueueItem::hasPriorityOver(lowCollateral, laterExpiry));
        QVERIFY(!SlotQueueItem::hasPriorityOver(laterExpiry, lowCollateral));
    }

    // A longer expiry ranks first.
    void prioritizesExpiry() {
        // The reference's test: the item with the longer expiry and the bigger slot (hence more
        // profitable) has priority.
        const SlotQueueItem longer = item(1, 0, {.slotSize = 2048, .expiry = 500});
        const SlotQueueItem shorter = item(2, 0, {.slotSize = 1024, .expiry = 100});
        QVERIFY(SlotQueueItem::hasPriorityOver(longer, shorter));
        // And expiry alone decides between otherwise equal items.
        const SlotQueueItem later = item(3, 0, {.expiry = 500});
        const SlotQueueItem earlier = item(4, 0, {.expiry = 100});
        QVERIFY(SlotQueueItem::hasPriorityOver(later, earlier));
        QVERIFY(!SlotQueueItem::hasPriorityOver(earlier, later));
    }

    // A bigger slot, being more profitable, ranks first.
    void prioritizesSlotSize() {
        const SlotQueueItem bigger = item(1, 0, {.slotSize = 4096});
        const SlotQueueItem smaller = item(2, 0, {.slotSize = 1024});
        QVERIFY(SlotQueueItem::hasPriorityOver(bigger, smaller));
        QVERIFY(!SlotQueueItem::hasPriorityOver(smaller, bigger));
    }

    // A request gives exactly one item per slot index.
    void expandsAllSlotIndicesOnInit() {
        QRandomGenerator random(7);
        auto items = SlotQueueItem::forRequest(requestId(1), ask(12), 50, std::nullopt, random);
        SD_VERIFY_OK(items);
        QCOMPARE(items->size(), 12);
        QList<quint64> indices = indicesOf(*items);
        std::sort(indices.begin(), indices.end());
        QList<quint64> expected;
        for (quint64 i = 0; i < 12; ++i)
            expected.append(i);
        QCOMPARE(indices, expected);
        for (const SlotQueueItem& i : *items) {
            QCOMPARE(i.requestId(), requestId(1));
            QCOMPARE(i.slotSize(), quint64(4096));
            QCOMPARE(i.duration(), quint64(7200));
            QCOMPARE(i.pricePerBytePerSecond(), UInt256(3));
            QCOMPARE(i.collateral(), UInt256(50));
            QVERIFY(!i.expiry().has_value());
            QVERIFY(!i.seen());
        }
    }

    // A request may have as many slots as the queue supports.
    void supportsMaxSlots() {
        QRandomGenerator random(1);
        auto items = SlotQueueItem::forRequest(requestId(1), ask(65535), 1, 99, random);
        SD_VERIFY_OK(items);
        QCOMPARE(items->size(), 65535);
        QSet<quint64> distinct;
        for (const SlotQueueItem& i : *items)
            distinct.insert(i.slotIndex());
        QCOMPARE(distinct.size(), 65535);
        QCOMPARE(*std::max_element(distinct.begin(), distinct.end()), quint64(65534));
    }

    // A request with more slots than the queue supports is refused.
    void refusesMoreThanMaxSlots() {
        QRandomGenerator random(1);
        auto tooMany = SlotQueueItem::forRequest(requestId(1), ask(65536), 1, 99, random);
        SD_VERIFY_ERROR(tooMany, ErrorCode::InvalidArgument);
        QVERIFY2(tooMany.message().startsWith(QStringLiteral("Too many slots")),
                 qPrintable(tooMany.message()));
        QVERIFY(tooMany.message().contains(QStringLiteral("65536")));
    }

    void refusesZeroSlots() {
        QRandomGenerator random(1);
        auto none = SlotQueueItem::forRequest(requestId(1), ask(0), 1, 99, random);
        SD_VERIFY_ERROR(none, ErrorCode::InvalidArgument);
        QVERIFY2(none.message().startsWith(QStringLiteral("No slots")), qPrintable(none.message()));
    }

    // A higher price per byte per second ranks first.
    void sortsByPricePerBytePerSecondDescending() {
        const SlotQueueItem item0 = item(1, 0, {.price = 2});
        const SlotQueueItem item1 = item(1, 1, {.price = 5});
        QVERIFY(SlotQueueItem::hasPriorityOver(item1, item0));
        QVERIFY(!SlotQueueItem::hasPriorityOver(item0, item1));
    }

    // A higher collateral ranks last.
    void sortsByCollateralAscending() {
        const SlotQueueItem item0 = item(1, 0, {.collateral = 100});
        const SlotQueueItem item1 = item(1, 1, {.collateral = 101});
        QVERIFY(SlotQueueItem::hasPriorityOver(item0, item1));
        QVERIFY(!SlotQueueItem::hasPriorityOver(item1, item0));
    }

    // A longer expiry ranks first.
    void sortsByExpiryDescending() {
        const SlotQueueItem item0 = item(1, 0, {.expiry = 3});
        const SlotQueueItem item1 = item(1, 1, {.expiry = 7});
        QVERIFY(SlotQueueItem::hasPriorityOver(item1, item0));
        QVERIFY(!SlotQueueItem::hasPriorityOver(item0, item1));
    }

    // A bigger slot ranks first.
    void sortsBySlotSizeDescending() {
        const SlotQueueItem item0 = item(1, 0, {.slotSize = 1000});
        const SlotQueueItem item1 = item(1, 1, {.slotSize = 1001});
        QVERIFY(SlotQueueItem::hasPriorityOver(item1, item0));
        QVERIFY(!SlotQueueItem::hasPriorityOver(item0, item1));
    }

    void profitabilityIsDurationTimesPriceTimesSlotSize() {
        const SlotQueueItem i = item(1, 0, {.slotSize = 1000, .duration = 60, .price = 7});
        QCOMPARE(i.profitability(), UInt256(1000 * 60 * 7));
        // Swapping duration and slot size keeps the same profitability, so neither wins.
        const SlotQueueItem j = item(2, 0, {.slotSize = 60, .duration = 1000, .price = 7});
        QVERIFY(SlotQueueItem::comparePriority(i, j) == std::weak_ordering::equivalent);
    }

    void profitabilitySaturatesInsteadOfOverflowing() {
        const quint64 big = std::numeric_limits<quint64>::max();
        const SlotQueueItem absurd =
            item(1, 0, {.slotSize = big, .duration = big, .price = uint256::max()});
        QCOMPARE(absurd.profitability(), uint256::max());
        const SlotQueueItem normal = item(2, 0, {});
        QVERIFY(SlotQueueItem::hasPriorityOver(absurd, normal));
    }

    void itemWithoutExpiryCountsAsLatest() {
        // Transitivity across a missing expiry: none > 500 > 100.
        const SlotQueueItem none = item(1, 0, {});
        const SlotQueueItem late = item(2, 0, {.expiry = 500});
        const SlotQueueItem early = item(3, 0, {.expiry = 100});
        QVERIFY(SlotQueueItem::hasPriorityOver(none, late));
        QVERIFY(SlotQueueItem::hasPriorityOver(late, early));
        QVERIFY(SlotQueueItem::hasPriorityOver(none, early));
        QVERIFY(!SlotQueueItem::hasPriorityOver(early, none));
    }

    void equalityIsBySlot() {
        const SlotQueueItem a = item(1, 2, {.price = 1});
        const SlotQueueItem sameSlot = item(1, 2, {.price = 99, .seen = true});
        const SlotQueueItem otherIndex = item(1, 3, {.price = 1});
        const SlotQueueItem otherRequest = item(2, 2, {.price = 1});
        QVERIFY(a == sameSlot);
        QVERIFY(!(a == otherIndex));
        QVERIFY(!(a == otherRequest));
    }

    void shuffleIsReproducibleForASeed() {
        QRandomGenerator first(42);
        QRandomGenerator second(42);
        QRandomGenerator other(43);
        auto a = SlotQueueItem::forRequest(requestId(1), ask(50), 1, 99, first);
        auto b = SlotQueueItem::forRequest(requestId(1), ask(50), 1, 99, second);
        auto c = SlotQueueItem::forRequest(requestId(1), ask(50), 1, 99, other);
        SD_VERIFY_OK(a);
        SD_VERIFY_OK(b);
        SD_VERIFY_OK(c);
        QCOMPARE(indicesOf(*a), indicesOf(*b));
        QVERIFY(indicesOf(*a) != indicesOf(*c));
        QList<quint64> sorted;
        for (quint64 i = 0; i < 50; ++i)
            sorted.append(i);
        QVERIFY(indicesOf(*a) != sorted); // 1 in 50! that a shuffle leaves them in order
        QCOMPARE(a->front().expiry(), std::optional<Timestamp>(99));
    }

    void forStorageRequestUsesTheRequestId() {
        StorageRequest request;
        request.ask = ask(3);
        request.expiry = 600;
        QRandomGenerator random(5);
        auto items = SlotQueueItem::forRequest(request, 10, 1234, random);
        SD_VERIFY_OK(items);
        QCOMPARE(items->size(), 3);
        for (const SlotQueueItem& i : *items) {
            QCOMPARE(i.requestId(), request.id());
            QCOMPARE(i.expiry(), std::optional<Timestamp>(1234));
        }
    }

    void forSlotChecksTheIndex() {
        auto ok = SlotQueueItem::forSlot(requestId(1), ask(4), 3, 7, std::nullopt);
        SD_VERIFY_OK(ok);
        QCOMPARE(ok->slotIndex(), quint64(3));
        QCOMPARE(ok->collateral(), UInt256(7));
        QCOMPARE(ok->profitability(), UInt256(7200) * 3 * 4096);
        auto outOfRange = SlotQueueItem::forSlot(requestId(1), ask(4), 4, 7, std::nullopt);
        SD_VERIFY_ERROR(outOfRange, ErrorCode::InvalidArgument);
        QVERIFY(outOfRange.message().contains(QStringLiteral("4 slots")));
    }
};

QTEST_GUILESS_MAIN(TestSlotQueueItem)
#include "tst_slotqueueitem.moc"
