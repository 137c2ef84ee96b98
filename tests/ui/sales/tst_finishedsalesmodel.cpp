// FinishedSalesModel: this session's ended sales and the ledger's earlier ones.
#include "tests/ui/sales/AgentBench.h"
#include "ui/common/Formatting.h"
#include "ui/sales/FinishedSalesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;
using salesdesk::ui::FinishedSalesModel;

class TestFinishedSalesModel : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<AgentBench> bench;

    void record(LedgerKind kind, quint64 slotIndex, quint64 amount) {
        SD_VERIFY_OK(bench->desk.ledger->record(bench->desk.clock.now(), kind,
                                                bench->desk.requestId, slotIndex, UInt256(amount)));
    }
    int rowOfSlot(const FinishedSalesModel& model, quint64 slotIndex) const {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, FinishedSalesModel::SlotColumn).data().toString() ==
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

    void readsEarlierSalesFromTheLedger() {
        // Slot 0 was paid, slot 1 lost its collateral, slot 2 still holds its collateral (running).
        record(LedgerKind::CollateralDeposited, 0, 100);
        record(LedgerKind::CollateralReturned, 0, 100);
        record(LedgerKind::Payout, 0, 42);
        record(LedgerKind::CollateralDeposited, 1, 100);
        record(LedgerKind::CollateralLost, 1, 100);
        record(LedgerKind::CollateralDeposited, 2, 100);
        FinishedSalesModel model(*bench->sales, *bench->desk.ledger, bench->desk.clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.sessionCount(), 0);
        const int paid = rowOfSlot(model, 0);
        const int lost = rowOfSlot(model, 1);
        QVERIFY(paid >= 0 && lost >= 0);
        QCOMPARE(rowOfSlot(model, 2), -1);
        QCOMPARE(model.payoutAt(paid), UInt256(42));
        QVERIFY(!model.outcomeAt(paid).has_value());
        QCOMPARE(model.index(paid, FinishedSalesModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Paid"));
        QCOMPARE(model.index(lost, FinishedSalesModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Collateral lost"));
        QCOMPARE(model.index(lost, FinishedSalesModel::LostColumn).data().toString(),
                 ui::formatAmount(100));
    }

    void addsTheSessionsEndedSalesWithTheirMoney() {
        FinishedSalesModel model(*bench->sales, *bench->desk.ledger, bench->desk.clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy batches(&model, &FinishedSalesModel::batchApplied);
        SalesAgent* paid = bench->start(3, SaleStateKind::Payout);
        SalesAgent* errored = bench->start(4, SaleStateKind::Proving);
        paid->recordProof(true);
        paid->recordProof(true);
        record(LedgerKind::CollateralDeposited, 3, 50);
        record(LedgerKind::Payout, 3, 7);
        bench->finish(paid, SaleStateKind::Finished);
        SaleOutcome failure;
        failure.state = SaleStateKind::Errored;
        failure.error = QStringLiteral("Slot was forcibly freed");
        errored->finish(failure);
        Q_EMIT bench->sales->agentFinished(errored, failure);
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE(batches.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.sessionCount(), 2);
        const int paidRow = rowOfSlot(model, 3);
        const int erroredRow = rowOfSlot(model, 4);
        QCOMPARE(model.outcomeAt(paidRow), std::optional(SaleStateKind::Finished));
        QCOMPARE(model.outcomeAt(erroredRow), std::optional(SaleStateKind::Errored));
        QCOMPARE(model.payoutAt(paidRow), UInt256(7));
        QCOMPARE(model.index(paidRow, FinishedSalesModel::ProofsColumn).data().toString(),
                 QStringLiteral("2"));
        QCOMPARE(model.index(erroredRow, FinishedSalesModel::NoteColumn).data().toString(),
                 failure.error);

        // Money recorded after the end (the collateral coming back) updates the row.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        record(LedgerKind::CollateralReturned, 3, 50);
        model.applyPendingChanges();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(paidRow, FinishedSalesModel::ReturnedColumn).data().toString(),
                 ui::formatAmount(50));
    }
};

QTEST_MAIN(TestFinishedSalesModel)
#include "tst_finishedsalesmodel.moc"
