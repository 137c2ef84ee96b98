// MatchingRequestsModel: requests from the market's signals and open requests, verdicts that follow
// the availabilities, batched updates; passes the model tester.
#include "tests/support/ScriptedDesk.h"
#include "tests/support/TestSupport.h"
#include "ui/matching/MatchingRequestsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;
using salesdesk::test::ScriptedDesk;

class TestMatchingRequestsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsOpenRequestsAndNewOnesInBatches() {
        ScriptedDesk d;
        QVERIFY(d.open());
        auto before = d.clients->post(ScriptedDesk::ask(), 3600);
        SD_VERIFY_OK(before);
        d.clock.advanceBy(60);

        MatchingRequestsModel model(*d.desk);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(model.rowCount(), 0); // the market answers later, and then in a batch
        QTRY_COMPARE(model.rowCount(), 1);
        const SeenRequest& open = model.requestAt(0);
        QCOMPARE(open.id, *before);
        QVERIFY(open.endKnown);
        QCOMPARE(open.endsAt, ScriptedDesk::kStart + Timestamp(4 * 3600));

        QList<RequestId> posted;
        const Timestamp postedAt = d.clock.now();
        for (int i = 0; i < 3; ++i) {
            auto id = d.clients->post(ScriptedDesk::ask(1), 600);
            SD_VERIFY_OK(id);
            posted.append(*id);
        }
        d.clock.advanceBy(1);
        QCOMPARE(model.rowCount(), 1);
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.count(), 2); // the open one, then the three new ones together
        for (const RequestId& id : posted) {
            const int row = model.rowOf(id);
            QVERIFY(row >= 0);
            QCOMPARE(model.requestAt(row).endsAt, postedAt + Timestamp(4 * 3600));
            QCOMPARE(model.index(row, MatchingRequestsModel::MatchColumn).data().toString(),
                     QStringLiteral("No — no storage offered"));
            QCOMPARE(model.index(row, MatchingRequestsModel::SlotSizeColumn)
                         .data(MatchingRequestsModel::SortRole)
                         .toULongLong(),
                     ScriptedDesk::kSlotSize);
        }
    }

    void verdictsFollowTheAvailabilities() {
        ScriptedDesk d;
        QVERIFY(d.open());
        MatchingRequestsModel model(*d.desk);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto id = d.clients->post(ScriptedDesk::ask(1), 600);
        SD_VERIFY_OK(id);
        d.clock.advanceBy(1);
        model.flushPending();
        const int row = model.rowOf(*id);
        QVERIFY(row >= 0);
        QVERIFY(!model.requestAt(row).explanation.chosen);
        QCOMPARE(model.index(row, 0).data(MatchingRequestsModel::MatchedRole).toString(),
                 QStringLiteral("0"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto offered = d.books().createAvailability(ScriptedDesk::offer());
        SD_VERIFY_OK(offered);
        QTRY_VERIFY(changed.count() > 0);
        QCOMPARE(model.requestAt(row).explanation.chosen, std::optional(offered->id));
        QCOMPARE(model.index(row, 0).data(MatchingRequestsModel::MatchedRole).toString(),
                 QStringLiteral("1"));
        QCOMPARE(model.availabilities().size(), 1);
    }
};

QTEST_MAIN(TestMatchingRequestsModel)
#include "tst_matchingrequestsmodel.moc"
