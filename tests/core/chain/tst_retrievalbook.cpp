// RetrievalBook: paid retrievals in the host database. A voucher credited to a retrieval is its
// channel's best in the same transaction; the states follow from what went out and was paid.
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/retrieval/RetrievalBook.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace salesdesk;

namespace {

constexpr Timestamp kNow = 1'800'000'000;
constexpr qint64 kMargin = 600;

Address address(char fill) {
    return Address::fromBytes(QByteArray(20, fill));
}

Hash32 hash(char fill) {
    return Hash32::fromBytes(QByteArray(32, fill));
}

RetrievalTerms terms() {
    RetrievalTerms t;
    t.pricePerByte = UInt256(2);
    t.paymentInterval = 100;
    t.paymentIntervalIncrease = 100; // chunks of 100, 200, 300 … bytes
    return t;
}

} // namespace

class TestRetrievalBook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        open();
        VoucherCheck::Channel channel;
        channel.id = m_key.channelId;
        channel.payer = m_payer.address();
        channel.deposit = UInt256(10'000);
        SD_VERIFY_OK(m_vouchers->track(m_key, address(0x22), channel, kNow));
    }
    void cleanup() {
        m_book.reset();
        m_vouchers.reset();
        m_db.reset();
        m_dir.reset();
    }

    void aNewRetrievalIsFoundByItsId() {
        const auto created = m_book->create(m_key, slot(), 600, terms(), kNow);
        SD_VERIFY_OK(created);
        QCOMPARE(created->token.size(), 16);
        QCOMPARE(created->state, Retrieval::State::New);
        const auto found = m_book->findById(created->id());
        SD_VERIFY_OK(found);
        QCOMPARE(found->size, quint64(600));
        QCOMPARE(found->slot, slot());
        QVERIFY(found->channel == m_key);
        QCOMPARE(found->terms.pricePerByte, UInt256(2));
        QCOMPARE(found->terms.paymentIntervalIncrease, quint64(100));
        QCOMPARE(found->total().value(), UInt256(1'200));
        // Two retrievals never share a name.
        QVERIFY(m_book->create(m_key, slot(), 600, terms(), kNow)->token != created->token);
        SD_VERIFY_ERROR(m_book->findById(QStringLiteral("00")), ErrorCode::NotFound);
        SD_VERIFY_ERROR(m_book->findById(QString(32, QLatin1Char('z'))), ErrorCode::NotFound);
        SD_VERIFY_ERROR(m_book->findById(QString(32, QLatin1Char('0'))), ErrorCode::NotFound);
    }

    // The states from start to completion, with a stop for funds on the way.
    void statesFollowWhatWentOutAndWasPaid() {
        const Retrieval r = m_book->create(m_key, slot(), 600, terms(), kNow).value();
        QCOMPARE(m_book->recordSent(r.token, 100, kNow)->state, Retrieval::State::Ongoing);
        QCOMPARE(m_book->find(r.token)->owed().value(), UInt256(200));
        QCOMPARE(m_book->recordFundsNeeded(r.token, kNow)->state, Retrieval::State::FundsNeeded);
        // Paying less than owed leaves it waiting; paying the rest resumes it.
        auto part = m_book->pay(r.token, m_domain, sign(UInt256(150)), kNow, kMargin);
        SD_VERIFY_OK(part);
        QVERIFY(part->verdict.accepted());
        QCOMPARE(part->retrieval.state, Retrieval::State::FundsNeeded);
        QCOMPARE(part->retrieval.paid, UInt256(150));
        QCOMPARE(m_book->pay(r.token, m_domain, sign(UInt256(200)), kNow, kMargin)->retrieval.state,
                 Retrieval::State::Ongoing);
        QCOMPARE(m_book->recordSent(r.token, 300, kNow)->bytesSent, quint64(300));
        QCOMPARE(m_book->recordSent(r.token, 600, kNow)->state, Retrieval::State::Ongoing);
        SD_VERIFY_ERROR(m_book->recordSent(r.token, 601, kNow), ErrorCode::OutOfBounds);
        // All out, all paid: completed, and it takes no more money.
        const auto last = m_book->pay(r.token, m_domain, sign(UInt256(1'200)), kNow + 5, kMargin);
        QCOMPARE(last->retrieval.state, Retrieval::State::Completed);
        QCOMPARE(last->retrieval.paid, UInt256(1'200));
        QCOMPARE(last->retrieval.updatedAt, kNow + 5);
        const auto after = m_book->pay(r.token, m_domain, sign(UInt256(1'300)), kNow, kMargin);
        QVERIFY(!after->verdict.accepted());
        QCOMPARE(m_vouchers->best(m_key).value()->cumulativeAmount, UInt256(1'200));
        SD_VERIFY_ERROR(m_book->cancel(r.token, kNow), ErrorCode::Conflict);
    }

    // What a retrieval counts as paid is backed by the stored voucher, after a restart too.
    void aCreditedVoucherIsTheChannelsBestAfterARestart() {
        const Retrieval r = m_book->create(m_key, slot(), 600, terms(), kNow).value();
        QVERIFY(
            m_book->pay(r.token, m_domain, sign(UInt256(400)), kNow, kMargin)->verdict.accepted());
        open();
        QCOMPARE(m_book->find(r.token)->paid, UInt256(400));
        QCOMPARE(m_vouchers->best(m_key).value()->cumulativeAmount, UInt256(400));
        // Presented again (on this retrieval or another on the channel): pays nothing.
        const auto again = m_book->pay(r.token, m_domain, sign(UInt256(400)), kNow, kMargin);
        QCOMPARE(again->verdict.refusal, VoucherCheck::Refusal::Stale);
        const Retrieval other = m_book->create(m_key, slot(), 600, terms(), kNow).value();
        QCOMPARE(
            m_book->pay(other.token, m_domain, sign(UInt256(400)), kNow, kMargin)->verdict.refusal,
            VoucherCheck::Refusal::Stale);
        // The next voucher on the channel pays its rise only, to whichever retrieval it is for.
        const auto next = m_book->pay(other.token, m_domain, sign(UInt256(450)), kNow, kMargin);
        QCOMPARE(next->verdict.newlyPaid, UInt256(50));
        QCOMPARE(next->retrieval.paid, UInt256(50));
        QCOMPARE(m_book->find(r.token)->paid, UInt256(400));
    }

    void aRefusedVoucherChangesNothing() {
        const Retrieval r = m_book->create(m_key, slot(), 600, terms(), kNow).value();
        const auto above = m_book->pay(r.token, m_domain, sign(UInt256(10'001)), kNow, kMargin);
        SD_VERIFY_OK(above);
        QCOMPARE(above->verdict.refusal, VoucherCheck::Refusal::AboveDeposit);
        // Signed for another channel than the retrieval's.
        const Voucher elsewhere = Voucher::sign(m_payer, m_domain, hash(0x66), UInt256(10));
        QCOMPARE(m_book->pay(r.token, m_domain, elsewhere, kNow, kMargin)->verdict.refusal,
                 VoucherCheck::Refusal::WrongChannel);
        QCOMPARE(m_book->find(r.token)->paid, UInt256(0));
        QVERIFY(!m_vouchers->best(m_key).value().has_value());
        SD_VERIFY_ERROR(m_book->pay(QByteArray(16, 'x'), m_domain, sign(UInt256(1)), kNow, kMargin),
                        ErrorCode::NotFound);
    }

    // Per client: over every channel of the payer on the contract, not of another payer.
    void activeRetrievalsAreCountedPerClient() {
        const Retrieval a = m_book->create(m_key, slot(), 600, terms(), kNow).value();
        const Retrieval b = m_book->create(m_key, slot(), 100, terms(), kNow + 1).value();
        VoucherBook::Key other = m_key;
        other.channelId = hash(0x77);
        VoucherCheck::Channel second;
        second.id = other.channelId;
        second.payer = m_payer.address();
        second.deposit = UInt256(10'000);
        SD_VERIFY_OK(m_vouchers->track(other, address(0x22), second, kNow));
        SD_VERIFY_OK(m_book->create(other, slot(), 600, terms(), kNow + 2));
        VoucherBook::Key stranger = m_key;
        stranger.channelId = hash(0x78);
        VoucherCheck::Channel third = second;
        third.id = stranger.channelId;
        third.payer = address(0x55);
        SD_VERIFY_OK(m_vouchers->track(stranger, address(0x22), third, kNow));
        SD_VERIFY_OK(m_book->create(stranger, slot(), 600, terms(), kNow + 3));
        const auto activeOf = [&](const Address& payer) {
            return m_book->activeOf(m_key.chainId, m_key.contract, payer).value();
        };
        QCOMPARE(activeOf(m_payer.address()), 3);
        QCOMPARE(activeOf(address(0x55)), 1);
        QCOMPARE(m_book->activeOf(m_key.chainId + 1, m_key.contract, m_payer.address()).value(), 0);
        QCOMPARE(m_book->cancel(a.token, kNow)->state, Retrieval::State::Cancelled);
        QCOMPARE(activeOf(m_payer.address()), 2);
        const auto recent = m_book->recent(10).value();
        QCOMPARE(recent.size(), 4);
        QCOMPARE(recent.front().channel.channelId, hash(0x78));
        QCOMPARE(recent.back().token, a.token);
        QCOMPARE(recent.back().state, Retrieval::State::Cancelled);
        Q_UNUSED(b);
    }

    void badTermsAreRefused() {
        RetrievalTerms bad = terms();
        bad.paymentInterval = 0;
        SD_VERIFY_ERROR(m_book->create(m_key, slot(), 600, bad, kNow), ErrorCode::InvalidArgument);
        RetrievalTerms dear = terms();
        dear.pricePerByte = uint256::max();
        SD_VERIFY_ERROR(m_book->create(m_key, slot(), 600, dear, kNow), ErrorCode::Overflow);
        QCOMPARE(m_book->recent(10)->size(), 0);
    }

private:
    void open() {
        m_book.reset();
        m_vouchers.reset();
        m_db.reset();
        auto db = Database::open(m_dir->filePath(QStringLiteral("salesdesk.sqlite")),
                                 Database::kHostApplicationId);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
        m_db = std::move(*db);
        m_vouchers = std::make_unique<VoucherBook>(*m_db);
        m_book = std::make_unique<RetrievalBook>(*m_db, *m_vouchers);
    }
    static SlotId slot() { return SlotId::fromBytes(QByteArray(32, 0x5a)); }
    Voucher sign(const UInt256& amount) const {
        return Voucher::sign(m_payer, m_domain, m_key.channelId, amount);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<VoucherBook> m_vouchers;
    std::unique_ptr<RetrievalBook> m_book;
    const PrivateKey m_payer = PrivateKey::fromBytes(QByteArray(32, 5)).value();
    const Eip712Domain m_domain = Voucher::domain(31337, address(0x33));
    const VoucherBook::Key m_key{31337, address(0x33), hash(0x11)};
};

QTEST_GUILESS_MAIN(TestRetrievalBook)
#include "tst_retrievalbook.moc"
