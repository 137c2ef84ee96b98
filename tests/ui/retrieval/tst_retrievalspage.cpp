// The Retrievals screen: on the demo market it explains why there is no paid retrieval and shows
// no tables; its models format the retrievals (state, bytes sent with a percentage, amounts) and
// the payment channels (payer, unclaimed amount, close countdown) from the rows they are given.
#include "core/chain/crypto/Eip55.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/SimulatedTestDesk.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"
#include "ui/retrieval/ChannelsModel.h"
#include "ui/retrieval/RetrievalsModel.h"
#include "ui/retrieval/RetrievalsPage.h"

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

// A token without decimals: amounts read as they are stored.
TokenInfo unitToken() {
    return {QStringLiteral("Unit"), QStringLiteral("U"), 0};
}

Retrieval retrieval(char tokenByte, Retrieval::State state, quint64 size, quint64 sent,
                    quint64 paid) {
    Retrieval r;
    r.token = QByteArray(16, tokenByte);
    r.slot = SlotId::fromBytes(QByteArray(32, '\x5c'));
    r.size = size;
    r.bytesSent = sent;
    r.terms.pricePerByte = UInt256(2);
    r.terms.paymentInterval = 1024;
    r.terms.paymentIntervalIncrease = 1024;
    r.paid = UInt256(paid);
    r.state = state;
    r.createdAt = kNow - 60;
    r.updatedAt = kNow;
    return r;
}

VoucherCheck::Channel channel(char idByte, quint64 deposit, quint64 best, quint64 claimed,
                              Timestamp closesAt = 0, bool finalized = false) {
    VoucherCheck::Channel c;
    c.id = Hash32::fromBytes(QByteArray(32, idByte));
    c.payer = eip55::parse(u"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed").value();
    c.deposit = UInt256(deposit);
    c.bestAccepted = UInt256(best);
    c.claimed = UInt256(claimed);
    c.closesAt = closesAt;
    c.finalized = finalized;
    return c;
}

QString text(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole) {
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestRetrievalsPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SalesDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_retrievalspage"));
        QLocale::setDefault(QLocale(QLocale::English));
    }

    // On the simulated market there are no payment channels: the page says so, and shows no
    // table and no figures.
    void onTheDemoMarketItExplainsAndShowsNoTables() {
        test::SimulatedTestDesk desk;
        SD_VERIFY_OK(desk.open());
        QVERIFY(desk.desk().retrieval() == nullptr);
        RetrievalsPage page(desk.desk());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.isServing());
        auto* explanation = page.findChild<QLabel*>(QStringLiteral("retrievalExplanation"));
        QVERIFY(explanation);
        QVERIFY(explanation->isVisible());
        QCOMPARE(page.explanationText(), explanation->text());
        QVERIFY2(explanation->text().contains(QStringLiteral("demo market")),
                 qPrintable(explanation->text()));
        QVERIFY(explanation->text().contains(QStringLiteral("no payment channels")));
        QVERIFY(explanation->text().contains(QStringLiteral("Settings → Paid retrieval")));
        QVERIFY(page.findChildren<QTableView*>().isEmpty());
        QVERIFY(page.retrievalsModel() == nullptr);
        QVERIFY(page.channelsModel() == nullptr);
        QVERIFY(page.summaryText().isEmpty());
        // A start recorded on a desk without a chain changes nothing: there is still none.
        RetrievalsPage::recordStart(desk.desk(), QStringLiteral("port 8090 is in use"));
        QVERIFY(!page.isServing());
        QVERIFY(!explanation->text().contains(QStringLiteral("port 8090")));
        QVERIFY(page.findChildren<QTableView*>().isEmpty());
    }

    // Each retrieval's state in words, its bytes sent of its size with the share rounded down,
    // what was paid and what is owed for the bytes sent (price × sent − paid), its ids shortened.
    void theRetrievalsModelFormatsItsRows() {
        RetrievalsModel model(unitToken());
        model.setRows({retrieval('\xab', Retrieval::State::FundsNeeded, 1 << 20, 512 * 1024, 300),
                       retrieval('\x01', Retrieval::State::Ongoing, 1000, 999, 1998),
                       retrieval('\x02', Retrieval::State::Completed, 4096, 4096, 8192)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RetrievalsModel::ColumnCount));

        QCOMPARE(text(model, 0, RetrievalsModel::StateColumn),
                 QStringLiteral("waiting for payment"));
        QCOMPARE(text(model, 1, RetrievalsModel::StateColumn), QStringLiteral("ongoing"));
        QCOMPARE(text(model, 2, RetrievalsModel::StateColumn), QStringLiteral("completed"));

        QCOMPARE(
            text(model, 0, RetrievalsModel::ProgressColumn),
            QStringLiteral("%1 of %2 (50%)").arg(formatBytes(512 * 1024), formatBytes(1 << 20)));
        // 999 of 1,000 bytes is not yet all of them.
        QVERIFY2(text(model, 1, RetrievalsModel::ProgressColumn).endsWith(QStringLiteral("(99%)")),
                 qPrintable(text(model, 1, RetrievalsModel::ProgressColumn)));
        QVERIFY(text(model, 2, RetrievalsModel::ProgressColumn).endsWith(QStringLiteral("(100%)")));
        QCOMPARE(RetrievalsModel::percentSent(0, 0), 100);
        QCOMPARE(RetrievalsModel::percentSent(1, 3), 33);

        // 524,288 bytes at 2 a byte, 300 paid.
        QCOMPARE(text(model, 0, RetrievalsModel::PaidColumn), QStringLiteral("300 U"));
        QCOMPARE(text(model, 0, RetrievalsModel::OwedColumn), QStringLiteral("1,048,276 U"));
        QCOMPARE(text(model, 0, RetrievalsModel::OwedColumn, AmountCopy::kExactAmountRole),
                 QStringLiteral("1048276 U"));
        // Paid ahead: nothing owed.
        QCOMPARE(text(model, 1, RetrievalsModel::OwedColumn), QStringLiteral("0 U"));

        QCOMPARE(text(model, 0, RetrievalsModel::IdColumn),
                 QStringLiteral("abababab") + QChar(0x2026));
        QCOMPARE(text(model, 0, RetrievalsModel::IdColumn, RetrievalsModel::IdRole),
                 QStringLiteral("ab").repeated(16));
        QCOMPARE(text(model, 0, RetrievalsModel::SlotColumn),
                 QStringLiteral("0x5c5c") + QChar(0x2026) + QStringLiteral("5c5c"));
        QCOMPARE(text(model, 0, RetrievalsModel::StartedColumn), formatTimestamp(kNow - 60));

        // The same retrievals again update in place; others reset the table.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QList<Retrieval> next = model.rows();
        next[1].bytesSent = 1000;
        next[1].state = Retrieval::State::Completed;
        model.setRows(next);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(text(model, 1, RetrievalsModel::StateColumn), QStringLiteral("completed"));
        model.setRows(next.mid(1));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 2);
    }

    // Each channel's payer in checksum case, its amounts, what is unclaimed (the best voucher
    // less what was claimed, never below zero), and its close: open, a countdown that follows
    // the time given, or closed.
    void theChannelsModelFormatsUnclaimedAndTheCountdown() {
        ChannelsModel model(unitToken());
        model.setNow(kNow);
        model.setRows({channel('\x11', 1000, 500, 200),
                       channel('\x22', 1000, 100, 300, kNow + 2 * 3600 + 5 * 60),
                       channel('\x33', 1000, 700, 700, kNow + 10, true),
                       channel('\x44', 1000, 900, 0, kNow - 1)});
        QCOMPARE(model.rowCount(), 4);

        QCOMPARE(text(model, 0, ChannelsModel::PayerColumn),
                 QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        QCOMPARE(text(model, 0, ChannelsModel::DepositColumn), QStringLiteral("1,000 U"));
        QCOMPARE(text(model, 0, ChannelsModel::BestVoucherColumn), QStringLiteral("500 U"));
        QCOMPARE(text(model, 0, ChannelsModel::ClaimedColumn), QStringLiteral("200 U"));
        QCOMPARE(text(model, 0, ChannelsModel::UnclaimedColumn), QStringLiteral("300 U"));
        QCOMPARE(text(model, 1, ChannelsModel::UnclaimedColumn), QStringLiteral("0 U"));
        QCOMPARE(text(model, 3, ChannelsModel::UnclaimedColumn), QStringLiteral("900 U"));
        QCOMPARE(ChannelsModel::unclaimed(model.rows().at(1)), UInt256(0));

        QCOMPARE(text(model, 0, ChannelsModel::CloseColumn), QStringLiteral("open"));
        QCOMPARE(text(model, 1, ChannelsModel::CloseColumn), QStringLiteral("closes in 2 h 5 min"));
        QCOMPARE(text(model, 2, ChannelsModel::CloseColumn), QStringLiteral("closed"));
        QCOMPARE(text(model, 3, ChannelsModel::CloseColumn), QStringLiteral("closed"));
        QCOMPARE(text(model, 0, ChannelsModel::ChannelColumn, ChannelsModel::IdRole),
                 QStringLiteral("0x") + QStringLiteral("11").repeated(32));

        // A tick repaints the close column only, and the countdown follows it to the end.
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setNow(kNow + 3600);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex().column(), int(ChannelsModel::CloseColumn));
        QCOMPARE(changes.at(0).at(1).toModelIndex().column(), int(ChannelsModel::CloseColumn));
        QCOMPARE(text(model, 1, ChannelsModel::CloseColumn), QStringLiteral("closes in 1 h 5 min"));
        model.setNow(kNow + 2 * 3600 + 5 * 60);
        QCOMPARE(text(model, 1, ChannelsModel::CloseColumn), QStringLiteral("closed"));
    }
};

QTEST_MAIN(TestRetrievalsPage)
#include "tst_retrievalspage.moc"
