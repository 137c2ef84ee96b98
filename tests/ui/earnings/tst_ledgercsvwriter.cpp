// LedgerCsvWriter: exact amounts, stable names, RFC 4180 lines, atomic file.
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
        QCOMPARE(lines.at(0),
                 QByteArray("time_utc,unix_time,kind,request_id,slot_index,amount,unit,"
                            "amount_base_units\r"));
        const QByteArray id = "0x" + QByteArray(64, '1');
        // The amount in tokens with "." as the decimal point, whatever the locale.
        QCOMPARE(lines.at(1), QByteArray("2025-10-09T08:53:20Z,1760000000,payout," + id +
                                         ",3,123456789012345.678901234567890123,TST,"
                                         "123456789012345678901234567890123\r"));
        QCOMPARE(lines.at(2), QByteArray("2025-10-09T08:54:20Z,1760000060,collateral_lost," + id +
                                         ",0,0.000000000000000007,TST,7\r"));
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
                 QByteArray("time_utc,unix_time,kind,request_id,slot_index,amount,unit,"
                            "amount_base_units\r\n"));
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
