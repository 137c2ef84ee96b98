// RunningSalesModel: one row per running agent, fed by the Sales signals in batches.
#include "tests/ui/sales/AgentBench.h"
#include "ui/common/Formatting.h"
#include "ui/sales/RunningSalesModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;
using salesdesk::ui::RunningSalesModel;

class TestRunningSalesModel : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<AgentBench> bench;

    int rowOfSlot(const RunningSalesModel& model, quint64 slotIndex) const {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, RunningSalesModel::SlotColumn).data().toString() ==
                QString::number(slotIndex))
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void init() {
        bench = std::make_unique<AgentBench>();
        SD_VERIFY_OK(bench->open());
    }
    void cleanup() { bench.reset(); }

    void addsChangesAndRemovesInBatches() {
        RunningSalesModel model(*bench->sales);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy batches(&model, &RunningSalesModel::batchApplied);
        SalesAgent* first = bench->start(0);
        SalesAgent* second = bench->start(1);
        QVERIFY(model.hasPendingChanges());
        QCOMPARE(model.rowCount(), 0); // nothing until the batch
        QTRY_COMPARE(batches.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.countIn(SaleStateKind::Preparing), 2);

        bench->move(first, SaleStateKind::Downloading);
        bench->move(second, SaleStateKind::SlotReserving);
        bench->move(second, SaleStateKind::Filling);
        model.applyPendingChanges();
        QCOMPARE(batches.size(), 2);
        QCOMPARE(model.countIn(SaleStateKind::Preparing), 0);
        QCOMPARE(model.countIn(SaleStateKind::Downloading), 1);
        QCOMPARE(model.countIn(SaleStateKind::Filling), 1);
        const int row = rowOfSlot(model, 1);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, RunningSalesModel::StateColumn)
                     .data(RunningSalesModel::StateKindRole)
                     .toInt(),
                 static_cast<int>(SaleStateKind::Filling));
        QCOMPARE(model.agentAt(row), second);
        QCOMPARE(model.index(row, RunningSalesModel::SizeColumn).data().toString(),
                 ui::formatBytes(kSlotSize));

        bench->finish(first, SaleStateKind::Finished);
        model.applyPendingChanges();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.agentAt(0), second);
    }

    void anAgentStartedAndEndedWithinOneBatchNeverShows() {
        RunningSalesModel model(*bench->sales);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SalesAgent* agent = bench->start(2);
        bench->finish(agent, SaleStateKind::Ignored);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.applyPendingChanges();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(inserted.size(), 0);
    }

    void aDestroyedAgentLeaves() {
        RunningSalesModel model(*bench->sales);
        bench->start(0);
        bench->start(1);
        model.applyPendingChanges();
        QCOMPARE(model.rowCount(), 2);
        bench->agents.front().reset(); // stopped without finishing (shutdown)
        model.applyPendingChanges();
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.agentAt(0) != nullptr);
    }

    void proofsAreCountedFromTheAgentsSignal() {
        RunningSalesModel model(*bench->sales);
        SalesAgent* agent = bench->start(0, SaleStateKind::Proving);
        model.applyPendingChanges();
        agent->recordProof(true);
        agent->recordProof(false);
        QVERIFY(model.hasPendingChanges());
        model.applyPendingChanges();
        QCOMPARE(model.index(0, RunningSalesModel::ProofsColumn)
                     .data(RunningSalesModel::SortRole)
                     .toULongLong(),
                 quint64(1));
        QVERIFY(model.index(0, RunningSalesModel::ProofsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("1")));
        QVERIFY(model.index(0, RunningSalesModel::ProofsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("1 missed")));
    }

    // 1,000 agents change state at once: one batch applies it. The time is printed, not asserted.
    void aThousandAgentsChangingStateIsOneBatch() {
        // No QAbstractItemModelTester here: it re-checks the whole model on every signal, which
        // would be what is measured. A sorted, filtered view sits on the model instead, as in
        // the page.
        RunningSalesModel model(*bench->sales);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RunningSalesModel::SortRole);
        proxy.sort(RunningSalesModel::SlotColumn, Qt::DescendingOrder);
        constexpr int kAgents = 1000;
        QList<SalesAgent*> agents;
        for (int i = 0; i < kAgents; ++i)
            agents.append(bench->start(static_cast<quint64>(i)));
        QElapsedTimer timer;
        timer.start();
        model.applyPendingChanges();
        const qint64 insertNs = timer.nsecsElapsed();
        QCOMPARE(model.rowCount(), kAgents);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy batches(&model, &RunningSalesModel::batchApplied);
        for (SalesAgent* agent : agents)
            bench->move(agent, SaleStateKind::Proving);
        timer.restart();
        model.applyPendingChanges();
        const qint64 changeNs = timer.nsecsElapsed();
        QCOMPARE(batches.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.countIn(SaleStateKind::Proving), kAgents);
        QCOMPARE(model.countIn(SaleStateKind::Preparing), 0);

        for (int i = 0; i < kAgents; i += 2)
            bench->finish(agents.at(i), SaleStateKind::Finished);
        timer.restart();
        model.applyPendingChanges();
        const qint64 removeNs = timer.nsecsElapsed();
        QCOMPARE(model.rowCount(), kAgents / 2);
        QCOMPARE(proxy.rowCount(), kAgents / 2);
        qInfo("RunningSalesModel batch with %d agents: insert %.3f ms, %d state changes %.3f ms, "
              "%d removals %.3f ms",
              kAgents, insertNs / 1e6, kAgents, changeNs / 1e6, kAgents / 2, removeNs / 1e6);
    }
};

QTEST_MAIN(TestRunningSalesModel)
#include "tst_runningsalesmodel.moc"
