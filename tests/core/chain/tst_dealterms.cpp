// DealTerms: what a client proposes within a provider's ask (the demo deal clients and
// `salesdesk-cli client deal`): the price, collateral and payment for a size and duration, and the
// refusal, naming the bound, of a deal the ask does not take, or of an ask no longer valid.
#include "core/chain/deals/DealTerms.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace salesdesk;

namespace {

constexpr Timestamp kNow = 1'800'000'000;

DealAsk ask() {
    DealAsk ask;
    ask.pricePerBytePerSecond = UInt256(3);
    ask.minCollateralPerByte = UInt256(10);
    ask.maxCollateralPerByte = UInt256(20);
    ask.minSize = 1'024;
    ask.maxSize = 1 << 20;
    ask.minDuration = 3'600;
    ask.maxDuration = 7'200;
    ask.minStartLead = 300;
    ask.maxStartLead = 900;
    ask.validUntil = kNow + 60;
    return ask;
}

} // namespace

class TestDealTerms : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theAsksLeastPriceAndCollateral() {
        const auto terms = DealTerms::within(ask(), kNow, 2'000, 3'600, 300);
        SD_VERIFY_OK(terms);
        QCOMPARE(terms->pricePerSecond, UInt256(6'000));      // 3 × 2,000
        QCOMPARE(terms->providerCollateral, UInt256(20'000)); // 10 × 2,000
        QCOMPARE(terms->payment, UInt256(21'600'000));        // 6,000 × 3,600
    }

    void aHigherPriceWhenGiven() {
        const auto terms = DealTerms::within(ask(), kNow, 2'000, 7'200, 900, UInt256(5));
        SD_VERIFY_OK(terms);
        QCOMPARE(terms->pricePerSecond, UInt256(10'000));
        QCOMPARE(terms->payment, UInt256(72'000'000));
    }

    void refusesWhatTheAskDoesNotTake_data() {
        QTest::addColumn<quint64>("size");
        QTest::addColumn<quint64>("duration");
        QTest::addColumn<quint64>("lead");
        QTest::addColumn<quint64>("price");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QString>("named");
        QTest::newRow("too small") << quint64(1'023) << quint64(3'600) << quint64(300) << quint64(3)
                                   << qint64(kNow) << "size in bytes from 1024";
        QTest::newRow("too large") << quint64((1 << 20) + 1) << quint64(3'600) << quint64(300)
                                   << quint64(3) << qint64(kNow) << "size in bytes";
        QTest::newRow("too short") << quint64(2'000) << quint64(3'599) << quint64(300) << quint64(3)
                                   << qint64(kNow) << "duration in seconds";
        QTest::newRow("too long") << quint64(2'000) << quint64(7'201) << quint64(300) << quint64(3)
                                  << qint64(kNow) << "duration in seconds";
        QTest::newRow("starts too soon") << quint64(2'000) << quint64(3'600) << quint64(299)
                                         << quint64(3) << qint64(kNow) << "start in seconds";
        QTest::newRow("starts too late") << quint64(2'000) << quint64(3'600) << quint64(901)
                                         << quint64(3) << qint64(kNow) << "start in seconds";
        QTest::newRow("below the price") << quint64(2'000) << quint64(3'600) << quint64(300)
                                         << quint64(2) << qint64(kNow) << "at least 3";
        QTest::newRow("the ask expired")
            << quint64(2'000) << quint64(3'600) << quint64(300) << quint64(3) << qint64(kNow + 61)
            << "valid until 1800000060";
    }
    void refusesWhatTheAskDoesNotTake() {
        QFETCH(quint64, size);
        QFETCH(quint64, duration);
        QFETCH(quint64, lead);
        QFETCH(quint64, price);
        QFETCH(qint64, now);
        QFETCH(QString, named);
        const auto terms =
            DealTerms::within(ask(), Timestamp(now), size, duration, lead, UInt256(price));
        SD_VERIFY_ERROR(terms, ErrorCode::InvalidArgument);
        QVERIFY2(terms.message().contains(named), qPrintable(terms.message()));
    }

    void anAskWithoutEndStaysValid() {
        DealAsk open = ask();
        open.validUntil = 0;
        SD_VERIFY_OK(DealTerms::within(open, kNow + 1'000'000, 2'000, 3'600, 300));
        // The last second of an ask still takes a proposal.
        SD_VERIFY_OK(DealTerms::within(ask(), kNow + 60, 2'000, 3'600, 300));
    }

    void amountsBeyond256BitsAreRefused() {
        DealAsk costly = ask();
        costly.maxSize = quint64(1) << 40;
        costly.maxDuration = quint64(1) << 40;
        const UInt256 huge = uint256::max() / UInt256(quint64(1) << 40) + UInt256(1);
        const auto terms = DealTerms::within(costly, kNow, quint64(1) << 40, 3'600, 300, huge);
        QVERIFY(!terms.ok());
    }
};

QTEST_GUILESS_MAIN(TestDealTerms)
#include "tst_dealterms.moc"
