// VoucherBook: the best voucher per retrieval channel, stored in the transaction that accepts it.
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/retrieval/VoucherBook.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace salesdesk;

namespace {

constexpr Timestamp kNow = 1'800'000'000;
constexpr qint64 kMargin = 600;

PrivateKey key(char fill) {
    return PrivateKey::fromBytes(QByteArray(32, fill)).value();
}

Address address(char fill) {
    return Address::fromBytes(QByteArray(20, fill));
}

Hash32 hash(char fill) {
    return Hash32::fromBytes(QByteArray(32, fill));
}

} // namespace

class TestVoucherBook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        open();
    }
    void cleanup() {
        m_book.reset();
        m_db.reset();
        m_dir.reset();
    }

    void anAcceptedVoucherIsTheChannelsBest() {
        track(channelOnChain(UInt256(1'000), UInt256(0)));
        QVERIFY(!m_book->best(m_key).value().has_value());
        const Voucher voucher = sign(UInt256(300));
        const auto verdict = m_book->accept(m_domain, voucher, kNow, kMargin);
        SD_VERIFY_OK(verdict);
        QVERIFY2(verdict->accepted(), qPrintable(verdict->reason));
        QCOMPARE(verdict->newlyPaid, UInt256(300));
        const auto best = m_book->best(m_key).value();
        QVERIFY(best.has_value());
        QCOMPARE(best->cumulativeAmount, UInt256(300));
        QCOMPARE(best->signature, voucher.signature);
        QCOMPARE(m_book->channel(m_key).value().value().bestAccepted, UInt256(300));
        // The next one pays the difference only.
        QCOMPARE(m_book->accept(m_domain, sign(UInt256(450)), kNow, kMargin)->newlyPaid,
                 UInt256(150));
    }

    // A voucher paid for before a restart pays nothing after it: the book was written in the
    // transaction that accepted it.
    void aReplayAfterARestartPaysNothing() {
        track(channelOnChain(UInt256(1'000), UInt256(0)));
        const Voucher voucher = sign(UInt256(700));
        QVERIFY(m_book->accept(m_domain, voucher, kNow, kMargin)->accepted());
        open(); // as after a crash: the database file read again
        const auto again = m_book->accept(m_domain, voucher, kNow, kMargin);
        SD_VERIFY_OK(again);
        QCOMPARE(again->refusal, VoucherCheck::Refusal::Stale);
        QCOMPARE(m_book->best(m_key).value()->cumulativeAmount, UInt256(700));
    }

    // A refused voucher changes nothing: the best stays the one accepted before.
    void aRefusalLeavesTheBookAsItWas() {
        track(channelOnChain(UInt256(1'000), UInt256(0)));
        QVERIFY(m_book->accept(m_domain, sign(UInt256(200)), kNow, kMargin)->accepted());
        const Voucher stranger = Voucher::sign(key(7), m_domain, m_key.channelId, UInt256(900));
        QCOMPARE(m_book->accept(m_domain, stranger, kNow, kMargin)->refusal,
                 VoucherCheck::Refusal::WrongSigner);
        QCOMPARE(m_book->accept(m_domain, sign(UInt256(1'001)), kNow, kMargin)->refusal,
                 VoucherCheck::Refusal::AboveDeposit);
        QCOMPARE(m_book->best(m_key).value()->cumulativeAmount, UInt256(200));
    }

    void anUnknownChannelIsNotFound() {
        SD_VERIFY_ERROR(m_book->accept(m_domain, sign(UInt256(1)), kNow, kMargin),
                        ErrorCode::NotFound);
        // Known on another contract is not known here.
        VoucherBook::Key elsewhere = m_key;
        elsewhere.contract = address(0x44);
        VoucherCheck::Channel onChain = channelOnChain(UInt256(10), UInt256(0));
        SD_VERIFY_OK(m_book->track(elsewhere, address(0x22), onChain, kNow));
        SD_VERIFY_ERROR(m_book->accept(m_domain, sign(UInt256(1)), kNow, kMargin),
                        ErrorCode::NotFound);
        VoucherCheck::Channel wrongId = onChain;
        wrongId.id = hash(0x55);
        SD_VERIFY_ERROR(m_book->track(m_key, address(0x22), wrongId, kNow),
                        ErrorCode::InvalidArgument);
    }

    // What the chain says changes (a top-up, a claim, a close request); the best stays, and a
    // claim above it (another copy of the voucher) makes the next voucher pay from the claim.
    void newsFromTheChainKeepsTheBest() {
        track(channelOnChain(UInt256(1'000), UInt256(0)));
        QVERIFY(m_book->accept(m_domain, sign(UInt256(300)), kNow, kMargin)->accepted());
        VoucherCheck::Channel news = channelOnChain(UInt256(2'000), UInt256(500));
        news.closesAt = kNow + 3'600;
        track(news);
        const VoucherCheck::Channel known = m_book->channel(m_key).value().value();
        QCOMPARE(known.deposit, UInt256(2'000));
        QCOMPARE(known.claimed, UInt256(500));
        QCOMPARE(known.closesAt, kNow + 3'600);
        QCOMPARE(known.bestAccepted, UInt256(300));
        QCOMPARE(m_book->accept(m_domain, sign(UInt256(400)), kNow, kMargin)->refusal,
                 VoucherCheck::Refusal::Stale);
        QCOMPARE(m_book->accept(m_domain, sign(UInt256(1'500)), kNow, kMargin)->newlyPaid,
                 UInt256(1'000));
        // Too close to the close time: refused.
        QCOMPARE(m_book->accept(m_domain, sign(UInt256(1'600)), kNow + 3'000, kMargin)->refusal,
                 VoucherCheck::Refusal::Closing);
    }

    // The claims owed: best above claimed and not finalized, the soonest close first.
    void theUnclaimedAreListedSoonestCloseFirst() {
        const auto keyOf = [&](char fill) {
            return VoucherBook::Key{m_key.chainId, m_key.contract, hash(fill)};
        };
        const auto openChannel = [&](char fill, Timestamp closesAt) {
            VoucherCheck::Channel c = channelOnChain(UInt256(1'000), UInt256(0));
            c.id = hash(fill);
            c.closesAt = closesAt;
            SD_VERIFY_OK(m_book->track(keyOf(fill), address(0x22), c, kNow));
            const Voucher v = Voucher::sign(m_payer, m_domain, c.id, UInt256(100));
            QVERIFY(m_book->accept(m_domain, v, kNow, kMargin)->accepted());
        };
        openChannel(1, 0);
        openChannel(2, kNow + 9'000);
        openChannel(3, kNow + 4'000);
        VoucherCheck::Channel none = channelOnChain(UInt256(1'000), UInt256(0));
        none.id = hash(4); // tracked, no voucher: owes nothing
        SD_VERIFY_OK(m_book->track(keyOf(4), address(0x22), none, kNow));
        QCOMPARE(m_book->unclaimed().value(),
                 (QList<VoucherBook::Key>{keyOf(3), keyOf(2), keyOf(1)}));
        // Claimed on chain: no longer owed. Finalized: neither.
        VoucherCheck::Channel claimed = channelOnChain(UInt256(1'000), UInt256(100));
        claimed.id = hash(3);
        claimed.closesAt = kNow + 4'000;
        SD_VERIFY_OK(m_book->track(keyOf(3), address(0x22), claimed, kNow));
        VoucherCheck::Channel finalized = channelOnChain(UInt256(1'000), UInt256(0));
        finalized.id = hash(2);
        finalized.finalized = true;
        SD_VERIFY_OK(m_book->track(keyOf(2), address(0x22), finalized, kNow));
        QCOMPARE(m_book->unclaimed().value(), (QList<VoucherBook::Key>{keyOf(1)}));
        // Listed whole, those with a voucher first; open ones by id.
        const auto all = m_book->channels(m_key.chainId, m_key.contract).value();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.back().id, hash(4));
        QCOMPARE(all.front().bestAccepted, UInt256(100));
        QCOMPARE(m_book->openChannels(m_key.chainId, m_key.contract).value(),
                 (QList<Hash32>{hash(1), hash(3), hash(4)}));
    }

private:
    void open() {
        m_book.reset();
        m_db.reset();
        auto db = Database::open(m_dir->filePath(QStringLiteral("salesdesk.sqlite")),
                                 Database::kHostApplicationId);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
        m_db = std::move(*db);
        m_book = std::make_unique<VoucherBook>(*m_db);
    }
    VoucherCheck::Channel channelOnChain(const UInt256& deposit, const UInt256& claimed) const {
        VoucherCheck::Channel channel;
        channel.id = m_key.channelId;
        channel.payer = m_payer.address();
        channel.deposit = deposit;
        channel.claimed = claimed;
        return channel;
    }
    void track(const VoucherCheck::Channel& onChain) {
        SD_VERIFY_OK(m_book->track(m_key, address(0x22), onChain, kNow));
    }
    Voucher sign(const UInt256& amount) const {
        return Voucher::sign(m_payer, m_domain, m_key.channelId, amount);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<VoucherBook> m_book;
    const PrivateKey m_payer = key(5);
    const Eip712Domain m_domain = Voucher::domain(31337, address(0x33));
    const VoucherBook::Key m_key{31337, address(0x33), hash(0x11)};
};

QTEST_GUILESS_MAIN(TestVoucherBook)
#include "tst_voucherbook.moc"
