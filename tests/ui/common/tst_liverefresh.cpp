// LiveRefresh: one refresh per batch of changes, none while the view is hidden.
#include "ui/common/LiveRefresh.h"

#include <QTest>

using namespace salesdesk::ui;

class TestLiveRefresh : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aBurstOfChangesRefreshesOnceAfterTheInterval() {
        int refreshes = 0;
        LiveRefresh refresh(30, true, [&refreshes] { ++refreshes; });
        for (int i = 0; i < 50; ++i)
            refresh.changed();
        QCOMPARE(refreshes, 0); // never inside changed()
        QVERIFY(refresh.isPending());
        QTRY_COMPARE(refreshes, 1);
        QTest::qWait(80);
        QCOMPARE(refreshes, 1);
        QVERIFY(!refresh.isPending());
        refresh.changed();
        QTRY_COMPARE(refreshes, 2);
    }

    void aHiddenViewRefreshesOnceWhenShown() {
        int refreshes = 0;
        LiveRefresh refresh(10, false, [&refreshes] { ++refreshes; });
        for (int i = 0; i < 5; ++i)
            refresh.changed();
        QTest::qWait(50);
        QCOMPARE(refreshes, 0);
        QVERIFY(refresh.isPending());
        refresh.setLive(true);
        QCOMPARE(refreshes, 1); // at once: the view is being shown
        QTest::qWait(50);
        QCOMPARE(refreshes, 1);
        // Shown and hidden again without a change: nothing to read.
        refresh.setLive(false);
        refresh.setLive(true);
        QCOMPARE(refreshes, 1);
    }

    // A batch under way when the view is hidden is not lost, and not read while hidden.
    void aBatchCutByHidingIsReadWhenShown() {
        int refreshes = 0;
        LiveRefresh refresh(20, true, [&refreshes] { ++refreshes; });
        refresh.changed();
        refresh.setLive(false);
        QTest::qWait(60);
        QCOMPARE(refreshes, 0);
        refresh.setLive(true);
        QCOMPARE(refreshes, 1);
    }

    void refreshNowEndsTheBatch() {
        int refreshes = 0;
        LiveRefresh refresh(20, true, [&refreshes] { ++refreshes; });
        refresh.changed();
        refresh.refreshNow();
        QCOMPARE(refreshes, 1);
        QTest::qWait(60);
        QCOMPARE(refreshes, 1);
    }
};

QTEST_GUILESS_MAIN(TestLiveRefresh)
#include "tst_liverefresh.moc"
