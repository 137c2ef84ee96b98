// The dashboard and the Earnings screen on a local test chain with the markets beside the open
// one: while neither direct deals nor paid retrieval run, their cards and row are hidden; once
// the GUI's main records a start, they show it ("Off" for the one not started); and their figures
// are the books' (a deal's payment and collateral, a channel's claims), summed with the slot
// payouts of the ledger into what all markets earned.
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/deals/DealService.h"
#include "core/chain/local/LocalChain.h"
#include "core/chain/retrieval/RetrievalService.h"
#include "core/chain/retrieval/Voucher.h"
#include "core/chain/retrieval/VoucherBook.h"
#include "core/stats/Ledger.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/LocalChainTestDesk.h"
#include "ui/common/Formatting.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/FigureCard.h"
#include "ui/deals/DealsPage.h"
#include "ui/earnings/EarningsPage.h"
#include "ui/retrieval/RetrievalsPage.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

class TestDashboardMarkets : public QObject {
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    SystemClock m_clock;

private Q_SLOTS:
    void initTestCase() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SalesDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dashboardmarkets"));
        QLocale::setDefault(QLocale(QLocale::English));
    }

    void theOtherMarketsShowOnceStartedWithTheirBooksFigures() {
        QTemporaryDir dir;
        std::unique_ptr<Desk> desk = test::startedLocalChainDesk(m_clock, dir.path());
        QVERIFY(desk);
        DashboardPage dashboard(*desk);
        EarningsPage earnings(*desk);
        dashboard.refreshNow();
        const QStringList marketCards{QStringLiteral("dealsCard"), QStringLiteral("retrievalCard"),
                                      QStringLiteral("allMarketsCard")};
        for (const QString& name : marketCards)
            QVERIFY2(dashboard.card(name)->isHidden(), qPrintable(name));
        QCOMPARE(earnings.marketsText(), QString());

        // Paid retrieval starts, and the GUI's main records it: the cards show, deals "Off".
        RetrievalService::Options retrievalOffer;
        retrievalOffer.terms.pricePerByte = UInt256(1);
        SD_VERIFY_OK(desk->startRetrieval(retrievalOffer));
        RetrievalsPage::recordStart(*desk, QString());
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.card(QStringLiteral("retrievalCard"))->isHidden(),
                                 5'000);
        QCOMPARE(dashboard.card(QStringLiteral("dealsCard"))->value(), QStringLiteral("Off"));
        QCOMPARE(dashboard.card(QStringLiteral("retrievalCard"))->value(), formatAmount(0));
        QTRY_VERIFY_WITH_TIMEOUT(!earnings.marketsText().isEmpty(), 5'000);

        // Direct deals too.
        DealService::Options dealOffer;
        dealOffer.rules.acceptDeals = true;
        dealOffer.ask.pricePerBytePerSecond = UInt256(1);
        dealOffer.ask.maxCollateralPerByte = UInt256(10);
        SD_VERIFY_OK(desk->startDeals(dealOffer));
        DealsPage::recordStart(*desk, QString());
        QTRY_COMPARE_WITH_TIMEOUT(dashboard.card(QStringLiteral("dealsCard"))->value(),
                                  formatAmount(0), 5'000);

        // A deal awaiting its data, which (as the chain would say of a running one) paid a part
        // and holds collateral; a channel on which more was claimed than the best voucher kept.
        const TokenInfo token = desk->market().config().token;
        UInt256 unit = 1;
        for (int i = 0; i < token.decimals; ++i)
            unit *= 10;
        const UInt256 dealPaid = unit * 3 / 4;
        const UInt256 dealCollateral = unit * 2;
        const UInt256 claimed = unit / 8;
        DealService& deals = *desk->deals();
        DealProposal proposal;
        proposal.client = desk->localChain()->chain().accounts().at(1).address;
        proposal.provider = deals.options().provider;
        proposal.size = 1000;
        proposal.chunkCount = DealProposal::chunkCountOf(proposal.size);
        proposal.start = quint64(m_clock.now() + 24 * 3600);
        proposal.end = proposal.start + 3600;
        proposal.pricePerSecond = UInt256(1);
        proposal.providerCollateral = dealCollateral;
        const Eip712Domain domain =
            DealProposal::domain(deals.options().chainId, deals.options().contract);
        const Hash32 id = proposal.digest(domain);
        const Signature clientSignature = proposal.sign(
            PrivateKey::fromBytes(desk->localChain()->chain().accounts().at(1).privateKey).value(),
            domain);
        SD_VERIFY_OK(deals.book().create(deals.options().chainId, deals.options().contract,
                                         proposal, clientSignature, std::nullopt, m_clock.now()));
        SD_VERIFY_OK(
            deals.book().recordProgress(id, 1, 0, dealPaid, dealCollateral, m_clock.now()));
        // A missed proof slashed a quarter of a token of the collateral.
        const UInt256 dealLost = unit / 4;
        SD_VERIFY_OK(deals.book().recordProgress(id, 1, 1, dealPaid, dealCollateral - dealLost,
                                                 m_clock.now()));
        RetrievalService& retrieval = *desk->retrieval();
        VoucherCheck::Channel channel;
        channel.id = Hash32::fromBytes(QByteArray(32, '\x07'));
        channel.payer = proposal.client;
        channel.deposit = unit;
        channel.claimed = claimed;
        SD_VERIFY_OK(retrieval.vouchers().track(
            {retrieval.options().chainId, retrieval.options().channels, channel.id},
            retrieval.options().payee, channel, m_clock.now()));
        // A second channel with a voucher accepted and nothing claimed: money owed, not paid.
        // The cards count what the chain paid, as Earnings does, and name what is owed.
        const PrivateKey clientKey =
            PrivateKey::fromBytes(desk->localChain()->chain().accounts().at(1).privateKey).value();
        VoucherCheck::Channel owed;
        owed.id = Hash32::fromBytes(QByteArray(32, '\x08'));
        owed.payer = proposal.client;
        owed.deposit = unit;
        const RetrievalService::Options& served = retrieval.options();
        SD_VERIFY_OK(retrieval.vouchers().track({served.chainId, served.channels, owed.id},
                                                served.payee, owed, m_clock.now()));
        const UInt256 unclaimed = unit / 2;
        const Voucher voucher = Voucher::sign(
            clientKey, Voucher::domain(served.chainId, served.channels), owed.id, unclaimed);
        const auto verdict = retrieval.vouchers().accept(
            Voucher::domain(served.chainId, served.channels), voucher, m_clock.now(), 0);
        SD_VERIFY_OK(verdict);
        QVERIFY2(verdict->accepted(), qPrintable(verdict->reason));
        // Slot payouts of the open market, in the ledger.
        const UInt256 payout = unit * 5;
        SD_VERIFY_OK(desk->engine().ledger().record(m_clock.now(), LedgerKind::Payout, RequestId{},
                                                    0, payout));

        dashboard.refreshNow();
        QCOMPARE(dashboard.card(QStringLiteral("dealsCard"))->value(), formatAmount(dealPaid));
        QCOMPARE(dashboard.card(QStringLiteral("dealsCard"))->detail(),
                 QStringLiteral("paid so far; 0 active · %1 collateral locked · %2 collateral "
                                "lost")
                     .arg(formatAmount(dealCollateral - dealLost), formatAmount(dealLost)));
        QCOMPARE(dashboard.card(QStringLiteral("retrievalCard"))->value(), formatAmount(claimed));
        QVERIFY2(dashboard.card(QStringLiteral("retrievalCard"))
                     ->detail()
                     .contains(formatAmount(unclaimed)),
                 qPrintable(dashboard.card(QStringLiteral("retrievalCard"))->detail()));
        QCOMPARE(dashboard.card(QStringLiteral("allMarketsCard"))->value(),
                 formatAmount(payout + dealPaid + claimed));
        QCOMPARE(dashboard.card(QStringLiteral("allMarketsCard"))->detail(),
                 QStringLiteral("slots %1 · deals %2 · retrieval %3")
                     .arg(formatAmount(payout), formatAmount(dealPaid), formatAmount(claimed)));
        // The Earnings screen's row says the same (it refreshes with the ledger's entry).
        const QString expected = QStringList{formatAmount(dealPaid), formatAmount(claimed),
                                             formatAmount(payout + dealPaid + claimed)}
                                     .join(QStringLiteral(" · "));
        QTRY_COMPARE_WITH_TIMEOUT(earnings.marketsText(), expected, 5'000);
        // The deal's loss is named beneath the row (and in the chart's collateral lost).
        const auto* note = earnings.findChild<QLabel*>(QStringLiteral("marketsNote"));
        QVERIFY(note);
        QVERIFY2(note->text().contains(formatAmount(dealLost)), qPrintable(note->text()));
        desk->stop();
    }
};

QTEST_MAIN(TestDashboardMarkets)
#include "tst_dashboardmarkets.moc"
