#include "core/stats/Ledger.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

class TestLedger : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Ledger> m_ledger;
    const RequestId m_request = RequestId::fromBytes(QByteArray(32, '\x11'));
    const RequestId m_other = RequestId::fromBytes(QByteArray(32, '\x22'));

private Q_SLOTS:
    void init() {
        auto db = Database::open(
            m_dir.filePath(QStringLiteral("ledger-%1.sqlite").arg(QTest::currentTestFunction())),
            Database::kHostApplicationId);
        SD_VERIFY_OK(db);
        m_db = std::move(*db);
        m_ledger = std::make_unique<Ledger>(*m_db);
    }
    void cleanup() {
        m_ledger.reset();
        m_db.reset();
    }

    void recordsAndListsEntriesInOrder() {
        SD_VERIFY_OK(m_ledger->record(100, LedgerKind::CollateralDeposited, m_request, 2, 500));
        SD_VERIFY_OK(m_ledger->record(200, LedgerKind::Payout, m_request, 2, 70));
        auto entries = m_ledger->entries();
        SD_VERIFY_OK(entries);
        QCOMPARE(entries->size(), 2);
        QVERIFY(entries->at(0).kind == LedgerKind::CollateralDeposited);
        QCOMPARE(entries->at(0).amount, UInt256(500));
        QCOMPARE(entries->at(0).at, Timestamp(100));
        QVERIFY(entries->at(1).kind == LedgerKind::Payout);
        QCOMPARE(entries->at(1).slotIndex, quint64(2));
        QVERIFY(entries->at(0).id < entries->at(1).id);
    }

    void amountsBeyond64BitsRoundTrip() {
        const UInt256 huge = uint256::max() - 5;
        SD_VERIFY_OK(m_ledger->record(1, LedgerKind::Payout, m_request, 0, huge));
        auto entries = m_ledger->entries();
        SD_VERIFY_OK(entries);
        QCOMPARE(entries->first().amount, huge);
    }

    void totalsPerKindAndPerSlot() {
        SD_VERIFY_OK(m_ledger->record(1, LedgerKind::CollateralDeposited, m_request, 0, 100));
        SD_VERIFY_OK(m_ledger->record(2, LedgerKind::CollateralReturned, m_request, 0, 80));
        SD_VERIFY_OK(m_ledger->record(3, LedgerKind::CollateralLost, m_request, 0, 20));
        SD_VERIFY_OK(m_ledger->record(4, LedgerKind::Payout, m_request, 0, 9));
        SD_VERIFY_OK(m_ledger->record(5, LedgerKind::CollateralDeposited, m_other, 1, 300));
        auto all = m_ledger->totals();
        SD_VERIFY_OK(all);
        QCOMPARE(all->deposited, UInt256(400));
        QCOMPARE(all->returned, UInt256(80));
        QCOMPARE(all->lost, UInt256(20));
        QCOMPARE(all->payouts, UInt256(9));
        auto slot = m_ledger->totalsOf(m_request, 0);
        SD_VERIFY_OK(slot);
        QCOMPARE(slot->deposited, UInt256(100));
        auto none = m_ledger->totalsOf(m_request, 1);
        SD_VERIFY_OK(none);
        QCOMPARE(*none, LedgerTotals{});
    }

    void totalsThatOverflowAreAnError() {
        SD_VERIFY_OK(m_ledger->record(1, LedgerKind::Payout, m_request, 0, uint256::max()));
        SD_VERIFY_OK(m_ledger->record(2, LedgerKind::Payout, m_request, 0, 1));
        SD_VERIFY_ERROR(m_ledger->totals(), ErrorCode::Overflow);
    }

    void signalFollowsTheCommitAndRollbackRecordsNothing() {
        QSignalSpy spy(m_ledger.get(), &Ledger::recorded);
        {
            auto tx = m_db->begin();
            SD_VERIFY_OK(tx);
            SD_VERIFY_OK(m_ledger->record(1, LedgerKind::Payout, m_request, 0, 5));
            QCOMPARE(spy.count(), 0); // not before the commit
        }                             // rolled back
        QCOMPARE(spy.count(), 0);
        auto entries = m_ledger->entries();
        SD_VERIFY_OK(entries);
        QVERIFY(entries->isEmpty());
        {
            auto tx = m_db->begin();
            SD_VERIFY_OK(tx);
            SD_VERIFY_OK(m_ledger->record(1, LedgerKind::Payout, m_request, 0, 5));
            SD_VERIFY_OK(tx->commit());
        }
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<LedgerEntry>().amount, UInt256(5));
    }

    void survivesReopening() {
        SD_VERIFY_OK(m_ledger->record(7, LedgerKind::CollateralReturned, m_other, 3, 42));
        const QString path = m_db->filePath();
        m_ledger.reset();
        m_db.reset();
        auto db = Database::open(path, Database::kHostApplicationId);
        SD_VERIFY_OK(db);
        m_db = std::move(*db);
        m_ledger = std::make_unique<Ledger>(*m_db);
        auto entries = m_ledger->entries();
        SD_VERIFY_OK(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().requestId, m_other);
        QCOMPARE(entries->first().slotIndex, quint64(3));
        QCOMPARE(entries->first().amount, UInt256(42));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
