// LedgerCsvWriter: exact amounts, stable names, RFC 4180 lines, atomic file; the other markets'
// payments among the ledger's entries in time order, each with its market and id.
#include "tests/support/TestSupport.h"
#include "ui/earnings/LedgerCsvWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::ui;

namespace {
const TokenInfo kTst = TokenInfo::testStorageToken();
} // namespace

class TestLedgerCsvWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesAHeaderAndOneLinePerEntryWithExactAmounts() {
        QLocale::setDefault(QLocale(QLocale::German)); // files do not follow the locale
        LedgerEntry payout;
        payout.at = 1'760'000'000; // 2025-10-09T08:53:20Z
        payout.kind = LedgerKind::Payout;
        payout.requestId = RequestId::fromBytes(QByteArray(32, '\x11'));
        payout.slotIndex = 3;
        // Beyond 2^64 and a double's 53 bits: must come out digit for digit.
        payout.amount = *uint256::parse(u"123456789012345678901234567890123");
        LedgerEntry lost = payout;
        lost.at += 60;
        lost.kind = LedgerKind::CollateralLost;
        lost.slotIndex = 0;
        lost.amount = 7;

        const QByteArray csv = LedgerCsvWriter::toCsv({payout, lost}, kTst);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 4); // header, two entries, nothing after the last CRLF
        QCOMPARE(lines.at(0), QByteArray("time_utc,unix_time,market,kind,request_id,slot_index,"
                                         "deal_id,channel_id,amount,unit,amount_base_units\r"));
        const QByteArray id = "0x" + QByteArray(64, '1');
        // The amount in tokens with "." as the decimal point, whatever the locale.
        QCOMPARE(lines.at(1), QByteArray("2025-10-09T08:53:20Z,1760000000,slot_sales,payout," + id +
                                         ",3,,,123456789012345.678901234567890123,TST,"
                                         "123456789012345678901234567890123\r"));
        QCOMPARE(lines.at(2),
                 QByteArray("2025-10-09T08:54:20Z,1760000060,slot_sales,collateral_lost," + id +
                            ",0,,,0.000000000000000007,TST,7\r"));
        QVERIFY(lines.at(3).isEmpty());
    }

    void namesEveryKind() {
        QCOMPARE(LedgerCsvWriter::kindName(LedgerKind::CollateralDeposited),
                 QStringLiteral("collateral_deposited"));
        QCOMPARE(LedgerCsvWriter::kindName(LedgerKind::CollateralReturned),
                 QStringLiteral("collateral_returned"));
        QCOMPARE(LedgerCsvWriter::kindName(LedgerKind::Payout), QStringLiteral("payout"));
        QCOMPARE(LedgerCsvWriter::kindName(LedgerKind::CollateralLost),
                 QStringLiteral("collateral_lost"));
    }

    void anEmptyLedgerIsJustTheHeader() {
        QCOMPARE(LedgerCsvWriter::toCsv({}, kTst),
                 QByteArray("time_utc,unix_time,market,kind,request_id,slot_index,deal_id,"
                            "channel_id,amount,unit,amount_base_units\r\n"));
    }

    // A deal's payment and a retrieval claim are rows of their market among the ledger's, in time
    // order (a ledger entry first within a second), named by the deal's or the channel's id.
    void otherMarketsArePutAmongTheEntriesByTime() {
        LedgerEntry payout;
        payout.at = 1'760'000'060;
        payout.kind = LedgerKind::Payout;
        payout.requestId = RequestId::fromBytes(QByteArray(32, '\x11'));
        payout.slotIndex = 2;
        payout.amount = 5;
        const Hash32 dealId = Hash32::fromBytes(QByteArray(32, '\x22'));
        const Hash32 channelId = Hash32::fromBytes(QByteArray(32, '\x33'));
        const QList<MarketEarning> earnings{
            MarketEarning{MarketEarning::Market::DirectDeals, 1'760'000'000, dealId,
                          *uint256::parse(u"123456789012345678901234567890123")},
            MarketEarning{MarketEarning::Market::PaidRetrieval, 1'760'000'060, channelId,
                          UInt256(42)},
            MarketEarning{MarketEarning::Market::DirectDeals, 1'760'000'120, dealId, UInt256(7),
                          MarketEarning::Kind::CollateralLost}};
        const QList<QByteArray> lines =
            LedgerCsvWriter::toCsv({payout}, kTst, earnings).split('\n');
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.at(1),
                 QByteArray("2025-10-09T08:53:20Z,1760000000,direct_deals,deal_payment,,,0x" +
                            QByteArray(64, '2') +
                            ",,123456789012345.678901234567890123,TST,"
                            "123456789012345678901234567890123\r"));
        QCOMPARE(lines.at(2),
                 QByteArray("2025-10-09T08:54:20Z,1760000060,slot_sales,payout,0x" +
                            QByteArray(64, '1') + ",2,,,0.000000000000000005,TST,5\r"));
        QCOMPARE(lines.at(3),
                 QByteArray("2025-10-09T08:54:20Z,1760000060,paid_retrieval,retrieval_claim,,,,0x" +
                            QByteArray(64, '3') + ",0.000000000000000042,TST,42\r"));
        QCOMPARE(lines.at(4),
                 QByteArray("2025-10-09T08:55:20Z,1760000120,direct_deals,collateral_lost,,,0x" +
                            QByteArray(64, '2') + ",,0.000000000000000007,TST,7\r"));
        // Every row has the header's eleven fields.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(lines.at(i).count(','), 10);
        QCOMPARE(LedgerCsvWriter::marketName(MarketEarning::Market::DirectDeals),
                 QStringLiteral("direct_deals"));
        QCOMPARE(LedgerCsvWriter::marketName(MarketEarning::Market::PaidRetrieval),
                 QStringLiteral("paid_retrieval"));
    }

    void aSymbolWithACommaIsQuoted() {
        LedgerEntry e;
        e.amount = 1500;
        const TokenInfo odd{QStringLiteral("Odd"), QStringLiteral("A,\"B"), 3};
        const QByteArray csv = LedgerCsvWriter::toCsv({e}, odd);
        QVERIFY2(csv.contains(",1.5,\"A,\"\"B\",1500\r\n"), csv.constData());
    }

    void writesTheFileAndReportsAFolderThatIsNotThere() {
        QTemporaryDir dir;
        LedgerEntry e;
        e.at = 100;
        e.amount = 42;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        SD_VERIFY_OK(LedgerCsvWriter::write(path, {e}, kTst));
        QCOMPARE(test::readFile(path), LedgerCsvWriter::toCsv({e}, kTst));
        SD_VERIFY_ERROR(
            LedgerCsvWriter::write(dir.filePath(QStringLiteral("missing/out.csv")), {e}, kTst),
            ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestLedgerCsvWriter)
#include "tst_ledgercsvwriter.moc"
