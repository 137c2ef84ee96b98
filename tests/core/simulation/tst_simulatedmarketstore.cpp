#include "core/simulation/MarketLedger.h"
#include "core/simulation/SimulatedMarketStore.h"
#include "core/storage/Database.h"
#include "tests/core/simulation/SimulationTestSupport.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace salesdesk;
using namespace salesdesk::test;

// The simulated market's SQLite file: every row written, read back equal.
class TestSimulatedMarketStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void newFileHoldsNoMarket();
    void identityRoundTrips();
    void booksRoundTripRowForRow();
    void onlyChangedRowsAreWritten();
    void provenPeriodsOfASchema1FileMoveIntoTheSlotRows();
    void metaValuesAreSetAndRemoved();
    void hostDatabaseIsRefused();
    void marketFileIsRefusedAsHostDatabase();
    void fileInUseIsRefused();

private:
    // A ledger with every kind of row: requests in all stored states, slots with proofs and
    // missed periods, reservations, balances.
    void buildBooks(LedgerFixture& f);
    QString path() const { return m_dir->filePath(QStringLiteral("market.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSimulatedMarketStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSimulatedMarketStore::buildBooks(LedgerFixture& f) {
    const RequestId a = f.post(makeRequest(1));
    QVERIFY(f.fillAll(a));
    const RequestId b = f.post(makeRequest(2));
    SD_VERIFY_MARKET_OK(f.reserveAndFill(b, 0, kOtherHost()));
    SD_VERIFY_MARKET_OK(f.ledger.reserveSlot(kThirdHost(), b, 1, f.now));
    SD_VERIFY_MARKET_OK(f.ledger.reserveSlot(kHost(), b, 1, f.now));
    const SlotId slot = slotIdOf(a, 1);
    const Timestamp t = kStart + 130;
    SD_VERIFY_MARKET_OK(
        f.ledger.submitProof(kHost(), slot, validProof(f.ledger.books(), a, 1, t), t));
    const quint64 p = f.ledger.books().schedule().periodOf(kStart) + 2;
    SD_VERIFY_MARKET_OK(f.ledger.markProofAsMissing(kValidator(), slotIdOf(a, 2), p,
                                                    f.ledger.books().schedule().periodEnd(p) + 1));
    SD_VERIFY_MARKET_OK(f.ledger.forceFreeSlot(slotIdOf(a, 3), kStart + 400));
    const RequestId c = f.post(makeRequest(3));
    SD_VERIFY_MARKET_OK(f.ledger.failRequest(c, kStart + 10));
    f.ledger.setLastValidatedPeriod(p);
}

void TestSimulatedMarketStore::newFileHoldsNoMarket() {
    auto store = SimulatedMarketStore::open(path());
    SD_VERIFY_OK(store);
    auto snapshot = (*store)->load();
    SD_VERIFY_OK(snapshot);
    QVERIFY(!snapshot->hasMarket);
    QVERIFY(snapshot->requests.isEmpty());
    QVERIFY(snapshot->balances.isEmpty());
}

void TestSimulatedMarketStore::identityRoundTrips() {
    MarketConfig config;
    config.periodSeconds = 90;
    config.downtime = 96;
    config.downtimeProduct = 97;
    config.requestDurationLimit = 12345;
    {
        auto store = SimulatedMarketStore::open(path());
        SD_VERIFY_OK(store);
        LedgerFixture f;
        SD_VERIFY_OK((*store)->save(f.ledger.books(), {},
                                    SimulatedMarketStore::identityMeta(config, 77, kHost(), 9)));
    }
    auto store = SimulatedMarketStore::open(path());
    SD_VERIFY_OK(store);
    auto snapshot = (*store)->load();
    SD_VERIFY_OK(snapshot);
    QVERIFY(snapshot->hasMarket);
    QVERIFY(snapshot->config == config);
    QCOMPARE(snapshot->seed, quint64(77));
    QCOMPARE(snapshot->signer, kHost());
    QCOMPARE(snapshot->lastValidatedPeriod, quint64(9));
}

void TestSimulatedMarketStore::booksRoundTripRowForRow() {
    LedgerFixture f;
    buildBooks(f);
    {
        auto store = SimulatedMarketStore::open(path());
        SD_VERIFY_OK(store);
        SD_VERIFY_OK((*store)->save(
            f.ledger.books(), f.ledger.takeChanges(),
            SimulatedMarketStore::lastPeriodMeta(f.ledger.books().lastValidatedPeriod())));
    }
    auto store = SimulatedMarketStore::open(path());
    SD_VERIFY_OK(store);
    auto snapshot = (*store)->load();
    SD_VERIFY_OK(snapshot);
    QCOMPARE(snapshot->requests.size(), 3);
    for (const SimRequest& r : snapshot->requests)
        QVERIFY2(r == *f.ledger.books().request(r.id), qPrintable(r.id.toHex()));
    QCOMPARE(snapshot->slots.size(), f.ledger.books().slotIds().size());
    for (const SimSlot& s : snapshot->slots)
        QVERIFY2(s == *f.ledger.books().slot(s.id), qPrintable(s.id.toHex()));
    // The slot with a proof and the one marked missing kept those.
    const SimRequest& a = snapshot->requests.first();
    const auto slotOf = [&](quint64 index) {
        return *std::find_if(snapshot->slots.cbegin(), snapshot->slots.cend(),
                             [&](const SimSlot& s) { return s.id == slotIdOf(a.id, index); });
    };
    QCOMPARE(slotOf(1).provenPeriods.size(), 2);
    QCOMPARE(slotOf(2).missedPeriods.size(), 1);
    QCOMPARE(slotOf(2).missedProofs, quint64(1));
    const SlotId reserved = slotIdOf(snapshot->requests[1].id, 1);
    QCOMPARE(snapshot->reservations.value(reserved), (QList<Address>{kThirdHost(), kHost()}));
    for (const Address& address : f.ledger.books().tokens().addresses())
        QCOMPARE(snapshot->balances.value(address), f.ledger.books().tokens().balanceOf(address));
    QCOMPARE(snapshot->lastValidatedPeriod, f.ledger.books().lastValidatedPeriod());
    // Restored into a fresh ledger, every view agrees.
    MarketLedger restored(MarketConfig{}, kMarketplace());
    SD_VERIFY_OK(restored.restore(snapshot->requests, snapshot->slots, snapshot->reservations,
                                  snapshot->balances, snapshot->lastValidatedPeriod));
    QCOMPARE(restored.books().requestIds(), f.ledger.books().requestIds());
    QCOMPARE(restored.books().mySlots(kHost()), f.ledger.books().mySlots(kHost()));
    QCOMPARE(restored.books().tokens().totalSupply(), f.ledger.books().tokens().totalSupply());
}

void TestSimulatedMarketStore::onlyChangedRowsAreWritten() {
    LedgerFixture f;
    const RequestId id = f.post();
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 0));
    auto store = SimulatedMarketStore::open(path());
    SD_VERIFY_OK(store);
    SD_VERIFY_OK((*store)->save(f.ledger.books(), f.ledger.takeChanges(), {}));
    // Change the slot, but only report the request as changed: the slot row stays as it was.
    const Timestamp t = kStart + 130;
    SD_VERIFY_MARKET_OK(
        f.ledger.submitProof(kHost(), slotIdOf(id, 0), validProof(f.ledger.books(), id, 0, t), t));
    LedgerChanges partial;
    partial.requests.insert(id);
    f.ledger.takeChanges();
    SD_VERIFY_OK((*store)->save(f.ledger.books(), partial, {}));
    auto snapshot = (*store)->load();
    SD_VERIFY_OK(snapshot);
    QCOMPARE(snapshot->slots.size(), 1);
    QCOMPARE(snapshot->slots[0].provenPeriods.size(), 1); // not the new one
    LedgerChanges slotChange;
    slotChange.slots.insert(slotIdOf(id, 0));
    SD_VERIFY_OK((*store)->save(f.ledger.books(), slotChange, {}));
    QCOMPARE((*store)->load()->slots[0].provenPeriods.size(), 2);
    // An accepted proof changes only the slot's proven periods, and only those rows are written.
    const Timestamp later = t + 120;
    SD_VERIFY_MARKET_OK(f.ledger.submitProof(kHost(), slotIdOf(id, 0),
                                             validProof(f.ledger.books(), id, 0, later), later));
    const LedgerChanges proofOnly = f.ledger.takeChanges();
    QVERIFY(proofOnly.slots.isEmpty());
    QCOMPARE(proofOnly.proofs, QSet<SlotId>{slotIdOf(id, 0)});
    SD_VERIFY_OK((*store)->save(f.ledger.books(), proofOnly, {}));
    const auto reloaded = (*store)->load();
    SD_VERIFY_OK(reloaded);
    QVERIFY(reloaded->slots[0] == *f.ledger.books().slot(slotIdOf(id, 0)));
    QCOMPARE(reloaded->slots[0].provenPeriods.size(), 2); // the two newest periods
}

void TestSimulatedMarketStore::provenPeriodsOfASchema1FileMoveIntoTheSlotRows() {
    LedgerFixture f;
    const RequestId id = f.post();
    SD_VERIFY_MARKET_OK(f.reserveAndFill(id, 0));
    for (const Timestamp t : {kStart + 130, kStart + 250})
        SD_VERIFY_MARKET_OK(f.ledger.submitProof(kHost(), slotIdOf(id, 0),
                                                 validProof(f.ledger.books(), id, 0, t), t));
    {
        auto store = SimulatedMarketStore::open(path());
        SD_VERIFY_OK(store);
        SD_VERIFY_OK((*store)->save(f.ledger.books(), f.ledger.takeChanges(), {}));
    }
    // Turn the file back into what schema 1 wrote: proven periods as rows of their own.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char* sql :
             {"INSERT INTO market_slot_periods (slot_id, kind, period) SELECT s.id, 0, j.value"
              " FROM market_slots s, json_each('[' || s.proven_periods || ']') j",
              "ALTER TABLE market_slots DROP COLUMN proven_periods",
              "DROP TABLE market_settlements", "PRAGMA user_version = 1"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM market_slot_periods WHERE kind = 0")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    auto store = SimulatedMarketStore::open(path());
    SD_VERIFY_OK(store);
    auto snapshot = (*store)->load();
    SD_VERIFY_OK(snapshot);
    QCOMPARE(snapshot->slots.size(), 1);
    // Schema 1 and 2 kept no settlements: a migrated slot starts without them.
    SimSlot expected = *f.ledger.books().slot(slotIdOf(id, 0));
    QVERIFY(!expected.settlements.isEmpty());
    expected.settlements.clear();
    QVERIFY(snapshot->slots[0] == expected);
    QCOMPARE(snapshot->slots[0].provenPeriods.size(), 2);
}

void TestSimulatedMarketStore::metaValuesAreSetAndRemoved() {
    auto store = SimulatedMarketStore::open(path());
    SD_VERIFY_OK(store);
    LedgerFixture f;
    SD_VERIFY_OK((*store)->save(
        f.ledger.books(), {},
        {{QStringLiteral("ext.a"), 5}, {QStringLiteral("ext.b"), QStringLiteral("x")}}));
    SD_VERIFY_OK((*store)->save(f.ledger.books(), {}, {{QStringLiteral("ext.a"), QVariant()}}));
    auto snapshot = (*store)->load();
    SD_VERIFY_OK(snapshot);
    QVERIFY(!snapshot->meta.contains(QStringLiteral("ext.a")));
    QCOMPARE(snapshot->meta.value(QStringLiteral("ext.b")).toString(), QStringLiteral("x"));
}

void TestSimulatedMarketStore::hostDatabaseIsRefused() {
    {
        auto host = Database::open(path(), Database::kHostApplicationId);
        SD_VERIFY_OK(host);
    }
    auto store = SimulatedMarketStore::open(path());
    SD_VERIFY_ERROR(store, ErrorCode::DatabaseForeign);
}

void TestSimulatedMarketStore::marketFileIsRefusedAsHostDatabase() {
    {
        auto store = SimulatedMarketStore::open(path());
        SD_VERIFY_OK(store);
    }
    const QByteArray before = readFile(path());
    auto host = Database::open(path(), Database::kHostApplicationId);
    SD_VERIFY_ERROR(host, ErrorCode::DatabaseForeign);
    QCOMPARE(readFile(path()), before); // left untouched: no host migration ran on it
    auto again = SimulatedMarketStore::open(path());
    SD_VERIFY_OK(again);
}

void TestSimulatedMarketStore::fileInUseIsRefused() {
    auto first = SimulatedMarketStore::open(path());
    SD_VERIFY_OK(first);
    auto second = SimulatedMarketStore::open(path());
    SD_VERIFY_ERROR(second, ErrorCode::Conflict);
}

QTEST_GUILESS_MAIN(TestSimulatedMarketStore)
#include "tst_simulatedmarketstore.moc"
