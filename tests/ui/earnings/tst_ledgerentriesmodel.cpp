// LedgerEntriesModel: loads the ledger, then follows it in batches; passes the model tester.
#include "core/stats/Ledger.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "ui/common/AmountCopy.h"
#include "ui/earnings/LedgerEntriesFilter.h"
#include "ui/earnings/LedgerEntriesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {
const RequestId kRequest = RequestId::fromBytes(QByteArray(32, '\x22'));
}

class TestLedgerEntriesModel : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Ledger> m_ledger;

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("desk.db")),
                                 Database::kHostApplicationId);
        SD_VERIFY_OK(db);
        m_db = std::move(*db);
        m_ledger = std::make_unique<Ledger>(*m_db);
    }
    void cleanup() {
        m_ledger.reset();
        m_db.reset();
        m_dir.reset();
    }

    void loadsWhatIsThereThenAppendsInOneBatch() {
        SD_VERIFY_OK(m_ledger->record(100, LedgerKind::CollateralDeposited, kRequest, 0, 50));
        LedgerEntriesModel model(*m_ledger);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(LedgerEntriesModel::ColumnCount));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (quint64 slot = 0; slot < 5; ++slot)
            SD_VERIFY_OK(m_ledger->record(200 + qint64(slot), LedgerKind::Payout, kRequest, slot,
                                          1000 + slot));
        QCOMPARE(model.rowCount(), 1); // not yet: batched
        QTRY_COMPARE(model.rowCount(), 6);
        QCOMPARE(inserted.count(), 1); // five entries, one insert
        QCOMPARE(model.entryAt(5).amount, UInt256(1004));
        QCOMPARE(model.entryAt(5).slotIndex, quint64(4));
    }

    void showsEachColumn() {
        // 1,234.567 TST and one base unit.
        const UInt256 amount = UInt256(1234567) * 1'000'000'000'000'000ull + 1;
        SD_VERIFY_OK(
            m_ledger->record(1'760'000'000, LedgerKind::CollateralLost, kRequest, 2, amount));
        LedgerEntriesModel model(*m_ledger);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.index(0, LedgerEntriesModel::KindColumn).data().toString(),
                 QStringLiteral("Collateral lost"));
        QCOMPARE(model.index(0, LedgerEntriesModel::SlotColumn).data().toString(),
                 QStringLiteral("2"));
        // Rounded with the symbol; every digit on hover and for "Copy exact amount".
        const QModelIndex amountIndex = model.index(0, LedgerEntriesModel::AmountColumn);
        QCOMPARE(amountIndex.data().toString(),
                 QString(QStringLiteral("1") + QLocale().groupSeparator() + QStringLiteral("235") +
                         QStringLiteral(" TST")));
        const QString exact = QStringLiteral("1234") + QLocale().decimalPoint() +
                              QStringLiteral("567000000000000001 TST");
        QCOMPARE(amountIndex.data(Qt::ToolTipRole).toString(), QStringLiteral("Exact: ") + exact);
        QCOMPARE(amountIndex.data(AmountCopy::kExactAmountRole).toString(), exact);
        QCOMPARE(model.index(0, LedgerEntriesModel::RequestColumn).data(Qt::ToolTipRole).toString(),
                 kRequest.toHex());
        const int alignment =
            model.index(0, LedgerEntriesModel::AmountColumn).data(Qt::TextAlignmentRole).toInt();
        QCOMPARE(alignment & Qt::AlignHorizontal_Mask, int(Qt::AlignRight));
    }

    void filtersByKindAndTimeAndSortsAmountsAsNumbers() {
        SD_VERIFY_OK(m_ledger->record(100, LedgerKind::Payout, kRequest, 0, 9));
        SD_VERIFY_OK(m_ledger->record(200, LedgerKind::Payout, kRequest, 1, UInt256(1) << 70));
        SD_VERIFY_OK(m_ledger->record(300, LedgerKind::CollateralReturned, kRequest, 1, 100));
        LedgerEntriesModel model(*m_ledger);
        LedgerEntriesFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setKind(LedgerKind::Payout);
        QCOMPARE(filter.rowCount(), 2);
        filter.sort(LedgerEntriesModel::AmountColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(LedgerEntriesModel::TimeRole).toLongLong(), 200);
        filter.setSince(150);
        QCOMPARE(filter.rowCount(), 1);
        filter.setKind(std::nullopt);
        QCOMPARE(filter.rowCount(), 2);
        filter.setSince(0);
        QCOMPARE(filter.rowCount(), 3);
    }
};

QTEST_MAIN(TestLedgerEntriesModel)
#include "tst_ledgerentriesmodel.moc"
