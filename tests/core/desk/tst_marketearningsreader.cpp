// MarketEarningsReader: when the direct deals and the paid retrieval paid. A deal's payments are
// the steps of the paid totals the chain reported, dated when first heard; a channel's claims the
// same of its claimed totals; a window keeps the steps dated in it (not the totals); a total that
// goes back (a reorg) takes the payments above it back; both markets merge in time order; the
// totals from before schema 16 are dated at the deal's last change and the channel's newest
// voucher. A deal's collateral losses are the steps down of what the chain says is left of its
// collateral, from the proposal's, and those from before schema 17 are dated at the deal's last
// change.
#include "core/chain/crypto/PrivateKey.h"
#include "core/desk/MarketEarningsReader.h"
#include "core/storage/Database.h"
#include "core/storage/Migration.h"
#include "core/storage/Statement.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace salesdesk;

namespace {

constexpr Timestamp kNow = 1'800'000'000;
constexpr quint64 kChainId = 31337;

using Market = MarketEarning::Market;

Address address(char fill) {
    return Address::fromBytes(QByteArray(20, fill));
}

Hash32 hash(char fill) {
    return Hash32::fromBytes(QByteArray(32, fill));
}

MarketEarning deal(const Hash32& id, Timestamp at, quint64 amount) {
    return MarketEarning{Market::DirectDeals, at, id, UInt256(amount)};
}

MarketEarning dealLoss(const Hash32& id, Timestamp at, quint64 amount) {
    return MarketEarning{Market::DirectDeals, at, id, UInt256(amount),
                         MarketEarning::Kind::CollateralLost};
}

MarketEarning claim(const Hash32& id, Timestamp at, quint64 amount) {
    return MarketEarning{Market::PaidRetrieval, at, id, UInt256(amount)};
}

QString describe(const QList<MarketEarning>& earnings) {
    QStringList lines;
    for (const MarketEarning& e : earnings)
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(e.market == Market::PaidRetrieval ? QStringLiteral("claim")
                          : e.kind == MarketEarning::Kind::CollateralLost
                              ? QStringLiteral("deal-lost")
                              : QStringLiteral("deal"))
                     .arg(e.at - kNow)
                     .arg(e.source.toHex().left(8), uint256::toDecimal(e.amount));
    return lines.join(QStringLiteral("; "));
}

} // namespace

#define COMPARE_EARNINGS(actual, expected)                                                         \
    QVERIFY2(                                                                                      \
        (actual) == (expected),                                                                    \
        qPrintable(                                                                                \
            QStringLiteral("got [%1], expected [%2]").arg(describe(actual), describe(expected))))

class TestMarketEarningsReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        open(schemaMigrations());
    }
    void cleanup() {
        m_vouchers.reset();
        m_deals.reset();
        m_db.reset();
        m_dir.reset();
    }

    // Each new paid total is a payment of the difference, dated when it was reported; a report of
    // the same total (a proof counted) pays nothing.
    void aDealsPaymentsAreTheStepsOfItsPaidTotal() {
        const Hash32 a = createDeal(1);
        const Hash32 b = createDeal(2);
        progress(a, 100, kNow + 10);
        progress(a, 100, kNow + 15, 2); // another proof, the same paid
        progress(b, 40, kNow + 20);
        progress(a, 250, kNow + 30);
        const QList<MarketEarning> expected{deal(a, kNow + 10, 100), deal(b, kNow + 20, 40),
                                            deal(a, kNow + 30, 150)};
        COMPARE_EARNINGS(readAll().earnings, expected);
        QCOMPARE(MarketEarningsReader::total(readAll().earnings, Market::DirectDeals).value(),
                 m_deals->totalPaid().value());
    }

    // A window holds the payments dated in it: the step, not the total reported then.
    void aWindowKeepsThePaymentsDatedInIt() {
        const Hash32 a = createDeal(1);
        progress(a, 100, kNow + 10);
        progress(a, 250, kNow + 30);
        COMPARE_EARNINGS(read(kNow + 30, kNow + 31).earnings,
                         QList<MarketEarning>{deal(a, kNow + 30, 150)});
        COMPARE_EARNINGS(read(kNow, kNow + 30).earnings,
                         QList<MarketEarning>{deal(a, kNow + 10, 100)});
        QVERIFY(read(kNow + 11, kNow + 30).earnings.isEmpty());
        QVERIFY(read(kNow + 31, MarketEarningsReader::kEndOfTime).earnings.isEmpty());
    }

    // A paid total that goes back (a reorg replaced the settling block) takes back the payments
    // above it; the next total is a payment dated when it came.
    void aPaidTotalThatGoesBackTakesThePaymentsAboveIt() {
        const Hash32 a = createDeal(1);
        progress(a, 100, kNow + 10);
        progress(a, 250, kNow + 30);
        progress(a, 180, kNow + 40);
        COMPARE_EARNINGS(readAll().earnings,
                         (QList<MarketEarning>{deal(a, kNow + 10, 100), deal(a, kNow + 40, 80)}));
        progress(a, 100, kNow + 50);
        COMPARE_EARNINGS(readAll().earnings, QList<MarketEarning>{deal(a, kNow + 10, 100)});
        progress(a, 300, kNow + 60);
        COMPARE_EARNINGS(readAll().earnings,
                         (QList<MarketEarning>{deal(a, kNow + 10, 100), deal(a, kNow + 60, 200)}));
        progress(a, 0, kNow + 70);
        QVERIFY(readAll().earnings.isEmpty());
    }

    // A channel's claims are the steps of its claimed total on chain, only on the channels
    // contract the desk is paid on; news without a new total claims nothing.
    void aChannelsClaimsAreTheStepsOfItsClaimedTotal() {
        const VoucherBook::Key one{kChainId, m_channels, hash(0x01)};
        const VoucherBook::Key two{kChainId, m_channels, hash(0x02)};
        const VoucherBook::Key elsewhere{kChainId, address(0x77), hash(0x03)};
        track(one, 0, kNow + 5);
        track(one, 70, kNow + 10);
        track(elsewhere, 500, kNow + 12);
        track(two, 30, kNow + 15);
        track(one, 70, kNow + 20); // topped up, say: the same claimed total
        track(one, 120, kNow + 25);
        const QList<MarketEarning> expected{claim(one.channelId, kNow + 10, 70),
                                            claim(two.channelId, kNow + 15, 30),
                                            claim(one.channelId, kNow + 25, 50)};
        COMPARE_EARNINGS(readAll().earnings, expected);
        COMPARE_EARNINGS(read(kNow + 20, kNow + 30).earnings,
                         QList<MarketEarning>{claim(one.channelId, kNow + 25, 50)});
        // A reorg took the second claim back.
        track(one, 70, kNow + 35);
        COMPARE_EARNINGS(readAll().earnings,
                         (QList<MarketEarning>{claim(one.channelId, kNow + 10, 70),
                                               claim(two.channelId, kNow + 15, 30)}));
    }

    // Both markets in one list, oldest first, a deal before a claim of the same second; each
    // market's total is its own; a market that does not run is not read.
    void bothMarketsMergeInTimeOrder() {
        const Hash32 a = createDeal(1);
        const VoucherBook::Key one{kChainId, m_channels, hash(0x01)};
        track(one, 70, kNow + 10);
        progress(a, 100, kNow + 10);
        progress(a, 130, kNow + 40);
        track(one, 90, kNow + 20);
        const MarketEarningsReader::Read all = readAll();
        QVERIFY(all.dealsRunning);
        QVERIFY(all.retrievalRunning);
        QVERIFY(all.problems.isEmpty());
        const QList<MarketEarning> expected{
            deal(a, kNow + 10, 100), claim(one.channelId, kNow + 10, 70),
            claim(one.channelId, kNow + 20, 20), deal(a, kNow + 40, 30)};
        COMPARE_EARNINGS(all.earnings, expected);
        QCOMPARE(MarketEarningsReader::total(all.earnings, Market::DirectDeals).value(),
                 UInt256(130));
        QCOMPARE(MarketEarningsReader::total(all.earnings, Market::PaidRetrieval).value(),
                 UInt256(90));

        const auto dealsOnly =
            MarketEarningsReader::read(m_deals.get(), nullptr, kChainId, m_channels, 0);
        QVERIFY(dealsOnly.dealsRunning);
        QVERIFY(!dealsOnly.retrievalRunning);
        COMPARE_EARNINGS(dealsOnly.earnings,
                         (QList<MarketEarning>{deal(a, kNow + 10, 100), deal(a, kNow + 40, 30)}));
    }

    void aTotalThatWouldOverflowIsAnError() {
        const QList<MarketEarning> earnings{
            MarketEarning{Market::DirectDeals, kNow, hash(1), ~UInt256(0)},
            MarketEarning{Market::PaidRetrieval, kNow, hash(2), UInt256(5)},
            MarketEarning{Market::DirectDeals, kNow + 1, hash(1), UInt256(1)}};
        QVERIFY(!MarketEarningsReader::total(earnings, Market::DirectDeals).ok());
        QCOMPARE(MarketEarningsReader::total(earnings, Market::PaidRetrieval).value(), UInt256(5));
    }

    // Books of schema 15 knew only the totals: schema 16 dates a deal's at its last change and a
    // channel's at its newest voucher (unknown, 0, without one), and later totals step from them.
    void totalsFromBeforeSchema16AreDatedAtTheirLastNews() {
        m_vouchers.reset();
        m_deals.reset();
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        const std::vector<Migration> upTo15(schemaMigrations().begin(),
                                            schemaMigrations().begin() + 15);
        QCOMPARE(upTo15.back().version, 15);
        open(upTo15);
        const Hash32 a = createDeal(1);
        const Hash32 unpaid = createDeal(2);
        Statement& paid = m_db->statement(
            QStringLiteral("UPDATE deals SET paid = ?, updated_at = ? WHERE id = ?"));
        SD_VERIFY_OK(paid.bind(0, uint256::toBigEndian32(UInt256(400)))
                         .bind(1, static_cast<qint64>(kNow + 100))
                         .bind(2, a.toByteArray())
                         .exec());
        insertOldChannel(hash(0x01), 60, QVariant(static_cast<qint64>(kNow + 50)));
        insertOldChannel(hash(0x02), 25, QVariant(QMetaType(QMetaType::LongLong)));
        insertOldChannel(hash(0x03), 0, QVariant(static_cast<qint64>(kNow + 70)));

        m_vouchers.reset();
        m_deals.reset();
        m_db.reset();
        open(schemaMigrations());
        QCOMPARE(m_db->schemaVersion(), schemaMigrations().back().version);
        const QList<MarketEarning> expected{
            claim(hash(0x02), 0, 25), claim(hash(0x01), kNow + 50, 60), deal(a, kNow + 100, 400)};
        COMPARE_EARNINGS(readAll().earnings, expected);
        progress(a, 450, kNow + 200);
        progress(unpaid, 0, kNow + 200, 1);
        COMPARE_EARNINGS(read(kNow + 150, MarketEarningsReader::kEndOfTime).earnings,
                         QList<MarketEarning>{deal(a, kNow + 200, 50)});
    }

    // What the chain says is left of a deal's collateral (1,000 in its proposal) falls with each
    // slash: each step down is a loss dated when it was reported, the first from the proposal's
    // amount; a report of the same amount loses nothing; payments and losses of a deal merge in
    // time order, and each total counts its kind only.
    void aDealsLossesAreTheStepsDownOfItsCollateralLeft() {
        const Hash32 a = createDeal(1);
        const Hash32 b = createDeal(2);
        collateral(a, 0, 1'000, kNow + 10);
        collateral(b, 0, 800, kNow + 15); // slashed before the desk first heard of it
        collateral(a, 0, 900, kNow + 20);
        collateral(a, 50, 900, kNow + 25); // a payment, nothing more lost
        collateral(a, 50, 0, kNow + 30);   // slashed: the rest goes to the client
        const QList<MarketEarning> expected{dealLoss(b, kNow + 15, 200),
                                            dealLoss(a, kNow + 20, 100), deal(a, kNow + 25, 50),
                                            dealLoss(a, kNow + 30, 900)};
        const auto all = readAll().earnings;
        COMPARE_EARNINGS(all, expected);
        QCOMPARE(MarketEarningsReader::total(all, Market::DirectDeals).value(), UInt256(50));
        QCOMPARE(MarketEarningsReader::total(all, Market::DirectDeals,
                                             MarketEarning::Kind::CollateralLost)
                     .value(),
                 UInt256(1'200));
        // A window keeps the losses dated in it, each the step from the amount before.
        COMPARE_EARNINGS(read(kNow + 30, kNow + 31).earnings,
                         QList<MarketEarning>{dealLoss(a, kNow + 30, 900)});
        COMPARE_EARNINGS(read(kNow + 16, kNow + 25).earnings,
                         QList<MarketEarning>{dealLoss(a, kNow + 20, 100)});
    }

    // An amount left that goes up again (a reorg took the slash back) takes the losses below it
    // back; the next fall is a loss dated when it came.
    void collateralLeftThatGoesUpTakesTheLossesBelowIt() {
        const Hash32 a = createDeal(1);
        collateral(a, 0, 1'000, kNow + 10);
        collateral(a, 0, 900, kNow + 20);
        collateral(a, 0, 800, kNow + 30);
        collateral(a, 0, 900, kNow + 40);
        COMPARE_EARNINGS(readAll().earnings, QList<MarketEarning>{dealLoss(a, kNow + 20, 100)});
        collateral(a, 0, 1'000, kNow + 50);
        QVERIFY(readAll().earnings.isEmpty());
        collateral(a, 0, 950, kNow + 60);
        COMPARE_EARNINGS(readAll().earnings, QList<MarketEarning>{dealLoss(a, kNow + 60, 50)});
    }

    // Books of schema 16 knew only what was left: schema 17 dates a loss at the deal's last change,
    // for the deals the chain had reported on (active, expired, slashed); a deal still waiting for
    // its data, or failed (its collateral never locked, or taken unknown to the books), has none.
    void lossesFromBeforeSchema17AreDatedAtTheLastChange() {
        m_vouchers.reset();
        m_deals.reset();
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        const std::vector<Migration> upTo16(schemaMigrations().begin(),
                                            schemaMigrations().begin() + 16);
        QCOMPARE(upTo16.back().version, 16);
        open(upTo16);
        const Hash32 active = createDeal(1);
        const Hash32 slashed = createDeal(2);
        const Hash32 waiting = createDeal(3);
        const Hash32 failed = createDeal(4);
        const Hash32 whole = createDeal(5);
        setOld(active, QStringLiteral("active"), 700, kNow + 100);
        setOld(slashed, QStringLiteral("slashed"), 0, kNow + 200);
        setOld(waiting, QStringLiteral("awaiting-data"), 0, kNow + 300);
        setOld(failed, QStringLiteral("failed"), 0, kNow + 400);
        setOld(whole, QStringLiteral("expired"), 1'000, kNow + 500);

        m_vouchers.reset();
        m_deals.reset();
        m_db.reset();
        open(schemaMigrations());
        QCOMPARE(m_db->schemaVersion(), schemaMigrations().back().version);
        COMPARE_EARNINGS(readAll().earnings,
                         (QList<MarketEarning>{dealLoss(active, kNow + 100, 300),
                                               dealLoss(slashed, kNow + 200, 1'000)}));
        // The next report steps from the backfilled amount.
        collateral(active, 0, 600, kNow + 600);
        COMPARE_EARNINGS(read(kNow + 150, MarketEarningsReader::kEndOfTime).earnings,
                         (QList<MarketEarning>{dealLoss(slashed, kNow + 200, 1'000),
                                               dealLoss(active, kNow + 600, 100)}));
    }

private:
    void open(const std::vector<Migration>& migrations) {
        auto db = Database::open(m_dir->filePath(QStringLiteral("salesdesk.sqlite")),
                                 Database::kHostApplicationId, migrations);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
        m_db = std::move(*db);
        m_deals = std::make_unique<DealBook>(*m_db);
        m_vouchers = std::make_unique<VoucherBook>(*m_db);
    }

    Hash32 createDeal(quint64 salt) {
        const PrivateKey client = PrivateKey::fromBytes(QByteArray(32, 0x11)).value();
        DealProposal p;
        p.client = client.address();
        p.provider = address(0x22);
        p.dataRoot = hash(0x33);
        p.size = 1000;
        p.chunkCount = DealProposal::chunkCountOf(p.size);
        p.start = kNow + 600;
        p.end = kNow + 600 + 86'400;
        p.pricePerSecond = UInt256(7);
        p.providerCollateral = UInt256(1'000);
        p.salt = UInt256(salt);
        const Eip712Domain domain = DealProposal::domain(kChainId, m_dealsContract);
        auto created = m_deals->create(kChainId, m_dealsContract, p, p.sign(client, domain),
                                       std::nullopt, kNow);
        if (!created.ok())
            qFatal("create: %s", qPrintable(created.message()));
        return created->id;
    }

    void progress(const Hash32& id, quint64 paid, Timestamp at, quint64 proofs = 1) {
        SD_VERIFY_OK(m_deals->recordProgress(id, proofs, 0, UInt256(paid), UInt256(1'000), at));
    }

    void collateral(const Hash32& id, quint64 paid, quint64 left, Timestamp at) {
        SD_VERIFY_OK(m_deals->recordProgress(id, 1, 0, UInt256(paid), UInt256(left), at));
    }

    // A deal's row as schema 16 left it.
    void setOld(const Hash32& id, const QString& state, quint64 left, Timestamp at) {
        Statement& update = m_db->statement(QStringLiteral(
            "UPDATE deals SET state = ?, collateral_left = ?, updated_at = ? WHERE id = ?"));
        SD_VERIFY_OK(update.bind(0, state)
                         .bind(1, uint256::toBigEndian32(UInt256(left)))
                         .bind(2, static_cast<qint64>(at))
                         .bind(3, id.toByteArray())
                         .exec());
    }

    void track(const VoucherBook::Key& key, quint64 claimed, Timestamp at) {
        VoucherCheck::Channel channel;
        channel.id = key.channelId;
        channel.payer = address(0x44);
        channel.deposit = UInt256(10'000);
        channel.claimed = UInt256(claimed);
        SD_VERIFY_OK(m_vouchers->track(key, address(0x55), channel, at));
    }

    // A channel row as schema 13 to 15 wrote it.
    void insertOldChannel(const Hash32& id, quint64 claimed, const QVariant& acceptedAt) {
        Statement& insert = m_db->statement(QStringLiteral(
            "INSERT INTO retrieval_channels (chain_id, contract, channel_id, payer, payee,"
            " deposit, claimed, closes_at, finalized, best_amount, best_signature, accepted_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, NULL, ?)"));
        SD_VERIFY_OK(insert.bind(0, static_cast<qint64>(kChainId))
                         .bind(1, m_channels.toByteArray())
                         .bind(2, id.toByteArray())
                         .bind(3, address(0x44).toByteArray())
                         .bind(4, address(0x55).toByteArray())
                         .bind(5, uint256::toBigEndian32(UInt256(10'000)))
                         .bind(6, uint256::toBigEndian32(UInt256(claimed)))
                         .bind(7, uint256::toBigEndian32(UInt256(claimed)))
                         .bind(8, acceptedAt)
                         .exec());
    }

    MarketEarningsReader::Read read(Timestamp since, Timestamp until) const {
        return MarketEarningsReader::read(m_deals.get(), m_vouchers.get(), kChainId, m_channels,
                                          since, until);
    }
    MarketEarningsReader::Read readAll() const { return read(0, MarketEarningsReader::kEndOfTime); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DealBook> m_deals;
    std::unique_ptr<VoucherBook> m_vouchers;
    const Address m_dealsContract = address(0x66);
    const Address m_channels = address(0x68);
};

QTEST_GUILESS_MAIN(TestMarketEarningsReader)
#include "tst_marketearningsreader.moc"
