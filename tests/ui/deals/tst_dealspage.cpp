// The Deals screen: on the demo market it explains why there are no direct deals and shows no
// table; on a chain it says whether they are off, starting or failed to start (with the reason
// recorded); its model formats the deals it is given (state, data received, term, proofs,
// amounts, shortened ids).
#include "core/chain/crypto/Eip55.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/SimulatedTestDesk.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"
#include "ui/deals/DealsModel.h"
#include "ui/deals/DealsPage.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {

constexpr Timestamp kNow = 1'760'000'000;
constexpr quint64 kHour = 3600;
constexpr quint64 kDay = 24 * kHour;

// A token without decimals: amounts read as they are stored.
TokenInfo unitToken() {
    return {QStringLiteral("Unit"), QStringLiteral("U"), 0};
}

// A deal of `size` bytes from kNow + `startIn` for `duration` seconds, at 2 a second.
Deal deal(char idByte, Deal::State state, quint64 size, quint64 received, qint64 startIn,
          quint64 duration) {
    Deal d;
    d.id = Hash32::fromBytes(QByteArray(32, idByte));
    d.proposal.client = eip55::parse(u"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed").value();
    d.proposal.size = size;
    d.proposal.chunkCount = DealProposal::chunkCountOf(size);
    d.proposal.start = quint64(kNow + startIn);
    d.proposal.end = d.proposal.start + duration;
    d.proposal.pricePerSecond = UInt256(2);
    d.proposal.providerCollateral = UInt256(1000);
    d.state = state;
    d.bytesReceived = received;
    d.collateralLeft = UInt256(1000);
    d.createdAt = kNow - 60;
    d.updatedAt = kNow;
    return d;
}

QString text(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole) {
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestDealsPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SalesDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dealspage"));
        QLocale::setDefault(QLocale(QLocale::English));
    }
    void init() { QSettings().clear(); }

    // On the simulated market there is no deal contract: the page says so, and shows no table
    // and no figures, whatever start is recorded.
    void onTheDemoMarketItExplainsAndShowsNoTable() {
        test::SimulatedTestDesk desk;
        SD_VERIFY_OK(desk.open());
        QVERIFY(desk.desk().deals() == nullptr);
        DealsPage page(desk.desk());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.isServing());
        auto* explanation = page.findChild<QLabel*>(QStringLiteral("dealsExplanation"));
        QVERIFY(explanation);
        QVERIFY(explanation->isVisible());
        QCOMPARE(page.explanationText(), explanation->text());
        QVERIFY2(explanation->text().contains(QStringLiteral("demo market")),
                 qPrintable(explanation->text()));
        QVERIFY(explanation->text().contains(QStringLiteral("no deal contract")));
        QVERIFY(explanation->text().contains(QStringLiteral("Settings → Direct deals")));
        QVERIFY(page.findChildren<QTableView*>().isEmpty());
        QVERIFY(page.dealsModel() == nullptr);
        QVERIFY(page.summaryText().isEmpty());

        // The start is recorded on the desk; without a chain there is still nothing to show.
        DealsPage::recordStart(desk.desk(), QStringLiteral("port 8091 is in use"));
        QCOMPARE(desk.desk().property(DealsPage::kStartErrorProperty).toString(),
                 QStringLiteral("port 8091 is in use"));
        QVERIFY(!page.isServing());
        QVERIFY(!explanation->text().contains(QStringLiteral("port 8091")));
        QVERIFY(page.findChildren<QTableView*>().isEmpty());
    }

    // On a chain the page says why the deals do not run: a failed start with its reason, a start
    // still to come, or off in the settings (and on from the next start once turned on).
    void onAChainItSaysWhyTheDealsDoNotRun() {
        const QString failed = DealsPage::explanationFor(
            true, QVariant(QStringLiteral("the chain has no DirectDeals contract")), true, true);
        QVERIFY2(failed.startsWith(QStringLiteral(
                     "Direct deals could not start: the chain has no DirectDeals contract")),
                 qPrintable(failed));
        QVERIFY(failed.contains(QStringLiteral("Settings → Direct deals")));

        const QString starting = DealsPage::explanationFor(true, QVariant(), true, true);
        QVERIFY2(starting.contains(QStringLiteral("start once the desk has recovered")),
                 qPrintable(starting));

        const QString off = DealsPage::explanationFor(true, QVariant(), false, false);
        QVERIFY2(off.startsWith(QStringLiteral("Direct deals are off.")), qPrintable(off));
        QVERIFY(!off.contains(QStringLiteral("next start")));
        const QString onNextStart = DealsPage::explanationFor(true, QVariant(), false, true);
        QVERIFY(onNextStart.startsWith(off));
        QVERIFY(onNextStart.contains(QStringLiteral("next start of Sales Desk")));

        // Off on the demo market is the demo market's explanation, whatever was recorded.
        QCOMPARE(DealsPage::explanationFor(false, QVariant(QStringLiteral("no")), true, true),
                 DealsPage::explanationFor(false, QVariant(), false, false));
    }

    // Each deal's id and client shortened (whole on hover), its state in words with the reason on
    // hover when it failed or was slashed, its size, the share of its data received, its price,
    // proofs, paid amount and collateral left.
    void theModelFormatsItsRows() {
        DealsModel model(unitToken());
        Deal failed = deal('\x04', Deal::State::Failed, 1000, 370, 600, kDay);
        failed.reason = QStringLiteral("the data did not arrive before the start");
        Deal slashed = deal('\x05', Deal::State::Slashed, 4096, 4096, -qint64(kDay), 30 * kDay);
        slashed.reason = QStringLiteral("missed 3 proofs in a row");
        Deal active = deal('\x03', Deal::State::Active, 1 << 20, 1 << 20, -qint64(kHour),
                           3 * kDay + 5 * kHour);
        active.proofsSubmitted = 12;
        active.missedProofs = 1;
        active.paid = UInt256(7200);
        active.collateralLeft = UInt256(900);
        model.setDeals(
            {deal('\xab', Deal::State::Transferring, 1 << 20, 512 * 1024, 3 * kHour, kDay),
             deal('\x02', Deal::State::AwaitingData, 1000, 999, 3 * kHour, kDay), active, failed,
             slashed});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(DealsModel::ColumnCount));
        QCOMPARE(model.headerData(DealsModel::DealColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Deal"));
        QCOMPARE(model.headerData(DealsModel::CollateralColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Collateral left"));

        // Ids and clients, shortened.
        QCOMPARE(text(model, 0, DealsModel::DealColumn),
                 QStringLiteral("0xabab") + QChar(0x2026) + QStringLiteral("abab"));
        QCOMPARE(text(model, 0, DealsModel::DealColumn, Qt::ToolTipRole),
                 QStringLiteral("0x") + QStringLiteral("ab").repeated(32));
        QCOMPARE(text(model, 2, DealsModel::PaidColumn, DealsModel::IdRole),
                 QStringLiteral("0x") + QStringLiteral("03").repeated(32));
        QCOMPARE(text(model, 0, DealsModel::ClientColumn),
                 QStringLiteral("0x5aAe") + QChar(0x2026) + QStringLiteral("eAed"));
        QCOMPARE(text(model, 0, DealsModel::ClientColumn, Qt::ToolTipRole),
                 QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));

        // States in words; the reason on hover for a failed or slashed deal only.
        QCOMPARE(text(model, 0, DealsModel::StateColumn), QStringLiteral("receiving data"));
        QCOMPARE(text(model, 1, DealsModel::StateColumn), QStringLiteral("awaiting data"));
        QCOMPARE(text(model, 2, DealsModel::StateColumn), QStringLiteral("active"));
        QCOMPARE(text(model, 3, DealsModel::StateColumn), QStringLiteral("failed"));
        QCOMPARE(text(model, 4, DealsModel::StateColumn), QStringLiteral("slashed"));
        QCOMPARE(text(model, 3, DealsModel::StateColumn, Qt::ToolTipRole), failed.reason);
        QCOMPARE(text(model, 4, DealsModel::StateColumn, Qt::ToolTipRole), slashed.reason);
        QVERIFY(!text(model, 2, DealsModel::StateColumn, Qt::ToolTipRole).contains(failed.reason));
        QCOMPARE(DealsModel::stateText(Deal::State::AwaitingActivation),
                 QStringLiteral("awaiting activation"));
        QCOMPARE(DealsModel::stateText(Deal::State::Expired), QStringLiteral("expired"));

        // Sizes and the data received: a share while it comes (999 of 1,000 is not yet all),
        // "all" once it is in, the share of a deal that failed before it all arrived.
        QCOMPARE(text(model, 0, DealsModel::SizeColumn), formatBytes(1 << 20));
        QCOMPARE(text(model, 0, DealsModel::ReceivedColumn), QStringLiteral("50%"));
        QCOMPARE(text(model, 1, DealsModel::ReceivedColumn), QStringLiteral("99%"));
        QCOMPARE(text(model, 2, DealsModel::ReceivedColumn), QStringLiteral("all"));
        QCOMPARE(text(model, 3, DealsModel::ReceivedColumn), QStringLiteral("37%"));
        QCOMPARE(text(model, 1, DealsModel::ReceivedColumn, Qt::ToolTipRole),
                 QStringLiteral("999 of 1,000 bytes received"));
        QCOMPARE(DealsModel::percentReceived(0, 0), 100);
        QCOMPARE(DealsModel::percentReceived(1, 3), 33);

        // Amounts in the token, exactly on copy.
        QCOMPARE(text(model, 2, DealsModel::PriceColumn), QStringLiteral("2 U"));
        QVERIFY(text(model, 2, DealsModel::PriceColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("The whole term pays")));
        QCOMPARE(text(model, 2, DealsModel::PaidColumn), QStringLiteral("7,200 U"));
        QCOMPARE(text(model, 2, DealsModel::PaidColumn, AmountCopy::kExactAmountRole),
                 QStringLiteral("7200 U"));
        QCOMPARE(text(model, 2, DealsModel::CollateralColumn), QStringLiteral("900 U"));
        QCOMPARE(text(model, 2, DealsModel::ProofsColumn), QStringLiteral("12 / 1"));
        QCOMPARE(text(model, 2, DealsModel::ProofsColumn, Qt::ToolTipRole),
                 QStringLiteral("12 proofs submitted, 1 missed"));

        // The same deals again update in place; others reset the table.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QList<Deal> next = model.deals();
        next[0].bytesReceived = 1 << 20;
        next[0].state = Deal::State::Verifying;
        model.setDeals(next);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(text(model, 0, DealsModel::StateColumn), QStringLiteral("verifying"));
        QCOMPARE(text(model, 0, DealsModel::ReceivedColumn), QStringLiteral("all"));
        model.setDeals(next.mid(1));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 4);
    }

    // The term counts down to the start, then to the end, and follows the time given; a tick
    // repaints the term column only.
    void theTermCountsDown() {
        DealsModel model(unitToken());
        model.setNow(kNow);
        Deal expired = deal('\x06', Deal::State::Expired, 4096, 4096, -qint64(2 * kDay), kDay);
        model.setDeals(
            {deal('\x01', Deal::State::AwaitingData, 4096, 0, 3 * kHour, kDay),
             deal('\x02', Deal::State::Active, 4096, 4096, -qint64(kHour), 3 * kDay + 5 * kHour),
             expired, deal('\x04', Deal::State::Failed, 4096, 0, 3 * kHour, kDay),
             deal('\x05', Deal::State::Slashed, 4096, 4096, -qint64(kHour), kDay)});
        QCOMPARE(text(model, 0, DealsModel::TermColumn), QStringLiteral("starts in 3 h"));
        QCOMPARE(text(model, 1, DealsModel::TermColumn), QStringLiteral("ends in 3 d 4 h"));
        QCOMPARE(text(model, 2, DealsModel::TermColumn), QStringLiteral("ended"));
        QCOMPARE(text(model, 3, DealsModel::TermColumn), QStringLiteral("never started"));
        QCOMPARE(text(model, 4, DealsModel::TermColumn), QStringLiteral("ended early"));
        QCOMPARE(
            text(model, 0, DealsModel::TermColumn, Qt::ToolTipRole),
            QStringLiteral("From %1 to %2 (1 d)")
                .arg(formatTimestamp(kNow + 3 * kHour), formatTimestamp(kNow + 3 * kHour + kDay)));

        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setNow(kNow + 3 * kHour);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex().column(), int(DealsModel::TermColumn));
        QCOMPARE(changes.at(0).at(1).toModelIndex().column(), int(DealsModel::TermColumn));
        QCOMPARE(text(model, 0, DealsModel::TermColumn), QStringLiteral("ends in 1 d"));
        model.setNow(kNow + 3 * kHour + kDay);
        QCOMPARE(text(model, 0, DealsModel::TermColumn), QStringLiteral("ended"));
    }
};

QTEST_MAIN(TestDealsPage)
#include "tst_dealspage.moc"
