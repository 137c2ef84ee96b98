// CheckedSlotRoots: the slot roots a host checked its downloads against, by request, for the
// market's fills; read from other threads, bounded.
#include "core/sales/CheckedSlotRoots.h"
#include "tests/support/TestSupport.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace salesdesk;

namespace {

RequestId requestOf(quint32 n) {
    QByteArray bytes(32, '\0');
    for (int i = 0; i < 4; ++i)
        bytes[i] = char((n >> (8 * i)) & 0xff);
    return RequestId::fromBytes(bytes);
}

Hash32 hashOf(char fill) {
    return Hash32::fromBytes(QByteArray(32, fill));
}

} // namespace

class TestCheckedSlotRoots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsTheRootsByRequest() {
        CheckedSlotRoots roots;
        QCOMPARE(roots.find(requestOf(1)), std::nullopt);
        roots.add(requestOf(1), {hashOf('a'), hashOf('b')});
        roots.add(requestOf(2), {hashOf('c')});
        QCOMPARE(roots.find(requestOf(1)),
                 std::optional<std::vector<Hash32>>({hashOf('a'), hashOf('b')}));
        QCOMPARE(roots.find(requestOf(2)), std::optional<std::vector<Hash32>>({hashOf('c')}));
        roots.add(requestOf(1), {hashOf('d')}); // a later check replaces
        QCOMPARE(roots.find(requestOf(1)), std::optional<std::vector<Hash32>>({hashOf('d')}));
        QCOMPARE(roots.size(), 2);
    }

    void readsFromAnotherThread() {
        CheckedSlotRoots roots;
        roots.add(requestOf(7), {hashOf('x')});
        auto found = QtConcurrent::run([&roots] { return roots.find(requestOf(7)); }).result();
        QCOMPARE(found, std::optional<std::vector<Hash32>>({hashOf('x')}));
    }

    void startsOverPastItsBound() {
        CheckedSlotRoots roots;
        for (quint32 n = 0; n < quint32(CheckedSlotRoots::kMaxRequests); ++n)
            roots.add(requestOf(n), {hashOf('r')});
        QCOMPARE(roots.size(), CheckedSlotRoots::kMaxRequests);
        roots.add(requestOf(0), {hashOf('s')}); // one it holds: replaced, nothing dropped
        QCOMPARE(roots.size(), CheckedSlotRoots::kMaxRequests);
        roots.add(requestOf(999'999), {hashOf('t')});
        QCOMPARE(roots.size(), 1);
        QCOMPARE(roots.find(requestOf(999'999)), std::optional<std::vector<Hash32>>({hashOf('t')}));
        QCOMPARE(roots.find(requestOf(1)), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestCheckedSlotRoots)
#include "tst_checkedslotroots.moc"
