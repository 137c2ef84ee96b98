// The Earnings screen on a local test chain with direct deals and paid retrieval running: a deal's
// payments and a channel's claims are in the chart as their own bars, in the period they were
// paid (not all at once), with each market's total for the period beside the slot sales' payouts,
// in the legend only while their market runs, left out by a collateral kind, and exported as rows
// of their market (with SALESDESK_SCREENSHOT_DIR set, saved as earnings-markets.png).
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/deals/DealService.h"
#include "core/chain/local/LocalChain.h"
#include "core/chain/retrieval/RetrievalService.h"
#include "core/chain/retrieval/VoucherBook.h"
#include "core/stats/Ledger.h"
#include "tests/support/ScreenshotSupport.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/LocalChainTestDesk.h"
#include "ui/common/Formatting.h"
#include "ui/common/TokenAxis.h"
#include "ui/deals/DealsPage.h"
#include "ui/earnings/EarningsChartView.h"
#include "ui/earnings/EarningsPage.h"
#include "ui/earnings/LedgerCsvWriter.h"
#include "ui/retrieval/RetrievalsPage.h"

#include <QBarSet>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

QString labelText(const QWidget& page, const char* name) {
    const auto* label = page.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

// The sum of a bar set's values (tokens, as the chart draws them).
double barsSum(const QBarSet* set) {
    double sum = 0;
    for (int i = 0; i < set->count(); ++i)
        sum += set->at(i);
    return sum;
}

// The value of the bar of the period that holds `at`.
double barAt(const EarningsPage& page, const QBarSet* set, Timestamp at) {
    const auto& buckets = page.shownSeries().buckets();
    const qint64 size = EarningsSeries::seconds(page.shownSeries().bucketSize());
    for (qsizetype i = 0; i < buckets.size(); ++i)
        if (at >= buckets.at(i).start && at < buckets.at(i).start + size)
            return set->at(static_cast<int>(i));
    return -1;
}

} // namespace

class TestEarningsMarkets : public QObject {
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    SystemClock m_clock;

private Q_SLOTS:
    void initTestCase() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SalesDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_earningsmarkets"));
        QLocale::setDefault(QLocale(QLocale::English));
    }

    void eachMarketPaysInItsPeriodAndBars() {
        QTemporaryDir dir;
        std::unique_ptr<Desk> desk = test::startedLocalChainDesk(m_clock, dir.path());
        QVERIFY(desk);
        {
            // Neither market runs: no row, and their bars are not in the legend.
            EarningsPage page(*desk);
            QCOMPARE(page.marketsText(), QString());
            QVERIFY(page.chartView()->legendShows(page.chartView()->slotSalesBars()));
            QVERIFY(!page.chartView()->legendShows(page.chartView()->dealsBars()));
            QVERIFY(!page.chartView()->legendShows(page.chartView()->retrievalBars()));
        }
        RetrievalService::Options retrievalOffer;
        retrievalOffer.terms.pricePerByte = UInt256(1);
        SD_VERIFY_OK(desk->startRetrieval(retrievalOffer));
        RetrievalsPage::recordStart(*desk, QString());
        DealService::Options dealOffer;
        dealOffer.rules.acceptDeals = true;
        dealOffer.ask.pricePerBytePerSecond = UInt256(1);
        dealOffer.ask.maxCollateralPerByte = UInt256(10);
        SD_VERIFY_OK(desk->startDeals(dealOffer));
        DealsPage::recordStart(*desk, QString());

        // A deal paid twice (ten days ago and two hours ago), a channel claimed on twice (three
        // days ago and half an hour ago), and a slot payout an hour ago.
        const Timestamp now = m_clock.now();
        const TokenInfo token = desk->market().config().token;
        UInt256 unit = 1;
        for (int i = 0; i < token.decimals; ++i)
            unit *= 10;
        const UInt256 dealFirst = unit * 3;
        const UInt256 dealSecond = unit / 4;
        const UInt256 claimFirst = unit * 2;
        const UInt256 claimSecond = unit / 8;
        const UInt256 payout = unit * 5;
        DealService& deals = *desk->deals();
        DealProposal proposal;
        proposal.client = desk->localChain()->chain().accounts().at(1).address;
        proposal.provider = deals.options().provider;
        proposal.size = 1000;
        proposal.chunkCount = DealProposal::chunkCountOf(proposal.size);
        proposal.start = quint64(now + kDay);
        proposal.end = proposal.start + kHour;
        proposal.pricePerSecond = UInt256(1);
        proposal.providerCollateral = unit;
        const Eip712Domain domain =
            DealProposal::domain(deals.options().chainId, deals.options().contract);
        const Hash32 dealId = proposal.digest(domain);
        SD_VERIFY_OK(deals.book().create(
            deals.options().chainId, deals.options().contract, proposal,
            proposal.sign(
                PrivateKey::fromBytes(desk->localChain()->chain().accounts().at(1).privateKey)
                    .value(),
                domain),
            std::nullopt, now - 11 * kDay));
        SD_VERIFY_OK(deals.book().recordProgress(dealId, 1, 0, dealFirst, unit, now - 10 * kDay));
        SD_VERIFY_OK(deals.book().recordProgress(dealId, 2, 0, dealFirst + dealSecond, unit,
                                                 now - 2 * kHour));
        RetrievalService& retrieval = *desk->retrieval();
        const VoucherBook::Key channelKey{retrieval.options().chainId, retrieval.options().channels,
                                          Hash32::fromBytes(QByteArray(32, '\x07'))};
        VoucherCheck::Channel channel;
        channel.id = channelKey.channelId;
        channel.payer = proposal.client;
        channel.deposit = unit * 10;
        channel.claimed = claimFirst;
        SD_VERIFY_OK(retrieval.vouchers().track(channelKey, retrieval.options().payee, channel,
                                                now - 3 * kDay));
        channel.claimed = claimFirst + claimSecond;
        SD_VERIFY_OK(retrieval.vouchers().track(channelKey, retrieval.options().payee, channel,
                                                now - kHour / 2));
        SD_VERIFY_OK(desk->engine().ledger().record(now - kHour, LedgerKind::Payout, RequestId{}, 0,
                                                    payout));

        EarningsPage page(*desk);
        EarningsChartView& chart = *page.chartView();
        QSignalSpy refreshed(&page, &EarningsPage::refreshed);

        // All time: every payment, each market's total, bars of their own in the legend.
        QCOMPARE(page.shownEarnings().size(), 4);
        QCOMPARE(page.shownSeries().dealsTotal(), dealFirst + dealSecond);
        QCOMPARE(page.shownSeries().retrievalTotal(), claimFirst + claimSecond);
        QCOMPARE(labelText(page, "slotsEarned"), formatAmount(payout));
        QCOMPARE(page.marketsText(),
                 QStringList(
                     {formatAmount(dealFirst + dealSecond), formatAmount(claimFirst + claimSecond),
                      formatAmount(payout + dealFirst + dealSecond + claimFirst + claimSecond)})
                     .join(QStringLiteral(" · ")));
        QVERIFY(chart.legendShows(chart.dealsBars()));
        QVERIFY(chart.legendShows(chart.retrievalBars()));
        QCOMPARE(chart.dealsBars()->label(), QStringLiteral("Direct deals"));
        QCOMPARE(chart.retrievalBars()->label(), QStringLiteral("Paid retrieval"));
        QCOMPARE(chart.slotSalesBars()->label(), QStringLiteral("Slot sales"));
        // Eleven days of history: in days. The first payment is in the bar of its day, apart from
        // the second.
        QCOMPARE(page.shownSeries().bucketSize(), EarningsSeries::BucketSize::Day);
        QCOMPARE(barAt(page, chart.dealsBars(), now - 10 * kDay), TokenAxis::toTokens(dealFirst));
        QCOMPARE(barAt(page, chart.retrievalBars(), now - 3 * kDay),
                 TokenAxis::toTokens(claimFirst));
        QVERIFY(qFuzzyCompare(barsSum(chart.dealsBars()),
                              TokenAxis::toTokens(dealFirst) + TokenAxis::toTokens(dealSecond)));
        QVERIFY(qFuzzyCompare(barsSum(chart.slotSalesBars()), TokenAxis::toTokens(payout)));
        // With SALESDESK_SCREENSHOT_DIR set: the screen as it is now, earnings-markets.png.
        if (!test::screenshotDirectory().isEmpty())
            QVERIFY(!test::saveScreenshot(page, QStringLiteral("earnings-markets")).isNull());

        // The last 24 hours: only the second payment and claim, in hours.
        page.setPeriod(EarningsPage::Period::LastDay);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(page.shownEarnings().size(), 2);
        QCOMPARE(page.shownSeries().dealsTotal(), dealSecond);
        QCOMPARE(page.shownSeries().retrievalTotal(), claimSecond);
        QCOMPARE(page.marketsText(),
                 QStringList({formatAmount(dealSecond), formatAmount(claimSecond),
                              formatAmount(payout + dealSecond + claimSecond)})
                     .join(QStringLiteral(" · ")));
        QCOMPARE(page.shownSeries().bucketSize(), EarningsSeries::BucketSize::Hour);
        QCOMPARE(barAt(page, chart.dealsBars(), now - 2 * kHour), TokenAxis::toTokens(dealSecond));
        QVERIFY(qFuzzyCompare(barsSum(chart.retrievalBars()), TokenAxis::toTokens(claimSecond)));

        // The last 7 days: the first claim, not the first payment.
        page.setPeriod(EarningsPage::Period::LastWeek);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(page.shownSeries().dealsTotal(), dealSecond);
        QCOMPARE(page.shownSeries().retrievalTotal(), claimFirst + claimSecond);
        QCOMPARE(labelText(page, "dealsEarned"), formatAmount(dealSecond));
        QCOMPARE(labelText(page, "retrievalEarned"), formatAmount(claimFirst + claimSecond));

        // Exported with the ledger's entry, each a row of its market, in time order.
        page.setPeriod(EarningsPage::Period::LastDay);
        QVERIFY(refreshed.wait(5000));
        const QString path = dir.filePath(QStringLiteral("earnings.csv"));
        QSignalSpy exported(&page, &EarningsPage::csvExported);
        page.exportCsvTo(path);
        QVERIFY(exported.wait(5000));
        QCOMPARE(exported.first().at(1).toInt(), 3);
        QVERIFY(exported.first().at(2).toString().isEmpty());
        const QByteArray csv = test::readFile(path);
        QCOMPARE(csv,
                 LedgerCsvWriter::toCsv(page.shownEntries(), displayToken(), page.shownEarnings()));
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(1).contains(QByteArray(",direct_deals,deal_payment,,," +
                                                 dealId.toHex().toLatin1() + ",,")) &&
                     lines.at(1).endsWith(
                         QByteArray("," + uint256::toDecimal(dealSecond).toLatin1() + '\r')),
                 lines.at(1).constData());
        QVERIFY2(lines.at(2).contains(",slot_sales,payout,"), lines.at(2).constData());
        QVERIFY2(lines.at(3).contains(QByteArray(",paid_retrieval,retrieval_claim,,,," +
                                                 channelKey.channelId.toHex().toLatin1() + ",")) &&
                     lines.at(3).endsWith(
                         QByteArray("," + uint256::toDecimal(claimSecond).toLatin1() + '\r')),
                 lines.at(3).constData());

        // A collateral kind leaves the payments out of the chart; the row still sums the period.
        page.setKindFilter(LedgerKind::CollateralDeposited);
        QVERIFY(refreshed.wait(5000));
        QVERIFY(page.shownEarnings().isEmpty());
        QCOMPARE(page.shownSeries().dealsTotal(), UInt256(0));
        QCOMPARE(labelText(page, "dealsEarned"), formatAmount(dealSecond));
        desk->stop();
    }
};

QTEST_MAIN(TestEarningsMarkets)
#include "tst_earningsmarkets.moc"
