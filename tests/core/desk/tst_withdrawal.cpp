// What a withdrawal from the wallet accepts: an EIP-55 address that is neither zero nor the
// wallet, an amount parsed exactly, above zero and at most the balance minus the collateral the
// open sales still need; and the token transfer it sends.
#include "core/chain/crypto/Eip55.h"
#include "core/clock/VirtualClock.h"
#include "core/desk/Desk.h"
#include "core/desk/Withdrawal.h"
#include "core/domain/TokenAmount.h"
#include "core/reservations/Reservations.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

namespace {

const TokenInfo kToken = TokenInfo::testStorageToken();

UInt256 wholeTokens(quint64 whole) {
    return UInt256(whole) * UInt256(1'000'000'000'000'000'000ULL);
}

Address addressOf(QStringView hex) {
    return eip55::parse(hex).value();
}

} // namespace

class TestWithdrawal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recipientIsCheckedAgainstItsChecksum() {
        // The EIP-55 example address, in checksum case, lower case, and with one letter's case
        // flipped.
        const Address wallet = addressOf(u"0x52908400098527886E0F7030069857D2E4169EE7");
        const QString good = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        auto parsed = Withdrawal::parseRecipient(good, wallet);
        SD_VERIFY_OK(parsed);
        QCOMPARE(eip55::toChecksumHex(*parsed), good);
        SD_VERIFY_OK(Withdrawal::parseRecipient(QStringLiteral(" ") + good.toLower(), wallet));
        auto flipped = Withdrawal::parseRecipient(
            QStringLiteral("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), wallet);
        QVERIFY(!flipped.ok());
        QVERIFY2(flipped.message().startsWith(QStringLiteral("Not an address")),
                 qPrintable(flipped.message()));
        QVERIFY(!Withdrawal::parseRecipient(
                     QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA"), wallet)
                     .ok());
        QVERIFY(!Withdrawal::parseRecipient(QString(), wallet).ok());
        QVERIFY(!Withdrawal::parseRecipient(QStringLiteral("0x") + QString(40, QLatin1Char('0')),
                                            wallet)
                     .ok());
        auto self = Withdrawal::parseRecipient(eip55::toChecksumHex(wallet), wallet);
        QVERIFY(!self.ok());
        QVERIFY2(self.message().contains(QStringLiteral("own address")),
                 qPrintable(self.message()));
    }

    void amountIsExactAndAtMostTheWithdrawable() {
        const UInt256 balance = wholeTokens(100);
        const UInt256 needed = wholeTokens(30);
        QCOMPARE(Withdrawal::withdrawable(balance, needed), wholeTokens(70));
        QCOMPARE(Withdrawal::withdrawable(needed, balance), UInt256(0));

        auto exact = Withdrawal::parseAmount(QStringLiteral("12.000000000000000001"), kToken,
                                             balance, needed, QLocale::c());
        SD_VERIFY_OK(exact);
        QCOMPARE(*exact, wholeTokens(12) + 1);
        auto all =
            Withdrawal::parseAmount(QStringLiteral("70"), kToken, balance, needed, QLocale::c());
        SD_VERIFY_OK(all);
        QCOMPARE(*all, wholeTokens(70));

        auto above = Withdrawal::parseAmount(QStringLiteral("70.000000000000000001"), kToken,
                                             balance, needed, QLocale::c());
        QVERIFY(!above.ok());
        QCOMPARE(above.error().code, ErrorCode::OutOfBounds);
        QCOMPARE(above.message(),
                 QStringLiteral("70.000000000000000001 TST is more than you can withdraw: 70 TST "
                                "(the balance, 100 TST, minus 30 TST of collateral the open sales "
                                "still need)"));
        // Everything is needed: nothing may go.
        QVERIFY(!Withdrawal::parseAmount(QStringLiteral("1"), kToken, needed, balance, QLocale::c())
                     .ok());
        QVERIFY(!Withdrawal::parseAmount(QStringLiteral("0"), kToken, balance, needed, QLocale::c())
                     .ok());
        QVERIFY(!Withdrawal::parseAmount(QString(), kToken, balance, needed, QLocale::c()).ok());
        // More decimals than the token has, and a negative amount.
        QVERIFY(!Withdrawal::parseAmount(QStringLiteral("1.0000000000000000001"), kToken, balance,
                                         needed, QLocale::c())
                     .ok());
        QVERIFY(
            !Withdrawal::parseAmount(QStringLiteral("-1"), kToken, balance, needed, QLocale::c())
                 .ok());
    }

    void collateralStillNeededIsThatOfTheUnfilledReservations() {
        QTemporaryDir dir;
        VirtualClock clock(1'760'000'000);
        SimulatedDeskOptions options;
        options.engine.dataDirectory = dir.path();
        options.engine.quotaBytes = 16 * 1024 * 1024;
        options.engine.seed = 11;
        auto desk = Desk::openSimulated(clock, options);
        SD_VERIFY_OK(desk);
        HostEngine& engine = (*desk)->engine();
        auto none = Withdrawal::collateralStillNeeded(engine);
        SD_VERIFY_OK(none);
        QCOMPARE(*none, UInt256(0));
        NewAvailability offer;
        offer.totalSize = 1024 * 1024;
        offer.duration = 24 * 3600;
        offer.minPricePerBytePerSecond = 1;
        offer.totalCollateral = 1'000'000;
        auto availability = engine.reservations().createAvailability(offer);
        SD_VERIFY_OK(availability);
        const auto request = RequestId::fromBytes(QByteArray(32, '\x07'));
        SD_VERIFY_OK(engine.reservations().createReservation(availability->id, request, 0, 1000, 3,
                                                             clock.now() + 3600));
        SD_VERIFY_OK(engine.reservations().createReservation(availability->id, request, 1, 2000, 3,
                                                             clock.now() + 3600));
        // No sale has filled either slot: both will take their collateral from the wallet.
        auto needed = Withdrawal::collateralStillNeeded(engine);
        SD_VERIFY_OK(needed);
        QCOMPARE(*needed, UInt256(9000));
    }

    void sendsTheTokensTransfer() {
        const Address token = addressOf(u"0x52908400098527886E0F7030069857D2E4169EE7");
        const Address to = addressOf(u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        const OutgoingTransaction transaction =
            Withdrawal::transaction(token, to, wholeTokens(2) + 5, kToken);
        QCOMPARE(transaction.to, std::optional<Address>(token));
        QCOMPARE(transaction.value, UInt256(0));
        // transfer(address,uint256): selector a9059cbb, the address, the amount.
        QCOMPARE(transaction.data.toHex(), QByteArray("a9059cbb") + QByteArray(24, '0') +
                                               to.toByteArray().toHex() + QByteArray(48, '0') +
                                               QByteArray("1bc16d674ec80005"));
        QCOMPARE(transaction.label, QStringLiteral("withdraw 2.000000000000000005 TST to "
                                                   "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        const QString key = Withdrawal::newIntentKey();
        QVERIFY(key.startsWith(QStringLiteral("withdraw:")));
        QVERIFY(key != Withdrawal::newIntentKey());
    }
};

QTEST_GUILESS_MAIN(TestWithdrawal)
#include "tst_withdrawal.moc"
