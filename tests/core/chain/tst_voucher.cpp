// Voucher and VoucherCheck: retrieval vouchers signed as EIP-712 typed data, and the provider's
// checks, which refuse what the channels contract would refuse at claim time.
#include "core/chain/crypto/Eip712Domain.h"
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/crypto/Secp256k1.h"
#include "core/chain/retrieval/Voucher.h"
#include "core/chain/retrieval/VoucherCheck.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace salesdesk;

namespace {

PrivateKey key(char fill) {
    return PrivateKey::fromBytes(QByteArray(32, fill)).value();
}

Address address(const char* text) {
    return Address::fromHex(QString::fromLatin1(text)).value();
}

using Refusal = VoucherCheck::Refusal;

} // namespace

class TestVoucher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The example of the EIP-712 specification ("Ether Mail"): its domain separator, and the
    // digest of its Mail message (whose struct hash the specification gives).
    void theDomainHashesAsTheSpecificationSays() {
        const Eip712Domain domain{QStringLiteral("Ether Mail"), QStringLiteral("1"), 1,
                                  address("0xcccccccccccccccccccccccccccccccccccccccc")};
        QCOMPARE(
            domain.separator().toHex(),
            QStringLiteral("0xf2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f"));
        const Hash32 mail =
            Hash32::fromHex(u"0xc52c0ee5d84264471806290a3f2c4cecfc5490626bf912d01f240d7a274b371e")
                .value();
        QCOMPARE(
            domain.digest(mail).toHex(),
            QStringLiteral("0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2"));
    }

    // The same digest as an independent implementation (the contract tests' JavaScript toolkit,
    // contracts/dev/evm.mjs typedDataDigest) computes for this voucher.
    void aVoucherDigestMatchesAnotherImplementation() {
        const Eip712Domain domain =
            Voucher::domain(31337, address("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
        const Hash32 channel = Hash32::fromBytes(QByteArray(32, '\x11'));
        QCOMPARE(
            Voucher::digest(domain, channel, UInt256(1'000'000)).toHex(),
            QStringLiteral("0x2fd0af95b2ece5d6887d7d07a49d87a1af5c470c31a21369cb0bed887c40d274"));
    }

    void signatureBytesGoThereAndBack() {
        const Eip712Domain domain =
            Voucher::domain(1, address("0x00000000000000000000000000000000000000aa"));
        const Voucher voucher =
            Voucher::sign(key(1), domain, Hash32::fromBytes(QByteArray(32, 2)), UInt256(77));
        const QByteArray bytes = voucher.signatureBytes();
        QCOMPARE(bytes.size(), qsizetype(65));
        QVERIFY(bytes.at(64) == 27 || bytes.at(64) == 28);
        QCOMPARE(Voucher::signatureFromBytes(bytes).value(), voucher.signature);
        QByteArray zeroOne = bytes;
        zeroOne[64] = static_cast<char>(bytes.at(64) - 27);
        QCOMPARE(Voucher::signatureFromBytes(zeroOne).value(), voucher.signature);
        SD_VERIFY_ERROR(Voucher::signatureFromBytes(bytes.left(64)), ErrorCode::InvalidArgument);
        QByteArray badV = bytes;
        badV[64] = 29;
        const auto refused = Voucher::signatureFromBytes(badV);
        SD_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
        QVERIFY(refused.message().contains(QStringLiteral("29")));
    }

    void theChecksRefuseWhatTheContractRefuses() {
        const PrivateKey payer = key(5);
        const Eip712Domain domain =
            Voucher::domain(31337, address("0x00000000000000000000000000000000000000c1"));
        VoucherCheck::Channel channel;
        channel.id = Hash32::fromBytes(QByteArray(32, 9));
        channel.payer = payer.address();
        channel.deposit = UInt256(1'000);
        channel.claimed = UInt256(100);
        channel.bestAccepted = UInt256(250);
        const Timestamp now = 1'000'000;
        const auto verdictOn = [&](const VoucherCheck::Channel& c, const Voucher& v) {
            return VoucherCheck::check(domain, c, v, now, 600);
        };
        const auto verdict = [&](const Voucher& v) {
            return verdictOn(channel, v);
        };
        const auto signedFor = [&](const UInt256& amount) {
            return Voucher::sign(payer, domain, channel.id, amount);
        };

        const auto accepted = verdict(signedFor(UInt256(400)));
        QVERIFY2(accepted.accepted(), qPrintable(accepted.reason));
        QCOMPARE(accepted.newlyPaid, UInt256(150));             // above the best accepted, 250
        QVERIFY(verdict(signedFor(UInt256(1'000))).accepted()); // all of the deposit

        QCOMPARE(verdict(signedFor(UInt256(250))).refusal, Refusal::Stale);
        QCOMPARE(verdict(signedFor(UInt256(90))).refusal, Refusal::Stale);
        const auto above = verdict(signedFor(UInt256(1'001)));
        QCOMPARE(above.refusal, Refusal::AboveDeposit);
        QVERIFY(above.reason.contains(QStringLiteral("1001")));

        // Best accepted below what was claimed on chain (claimed by someone else's copy): the
        // claimed amount counts.
        VoucherCheck::Channel claimedMore = channel;
        claimedMore.claimed = UInt256(500);
        QCOMPARE(verdictOn(claimedMore, signedFor(UInt256(400))).refusal, Refusal::Stale);
        QCOMPARE(verdictOn(claimedMore, signedFor(UInt256(600))).newlyPaid, UInt256(100));

        Voucher twin = signedFor(UInt256(400));
        twin.signature = Secp256k1::malleableTwin(twin.signature);
        // The twin recovers to the payer: only the s check refuses it.
        QCOMPARE(Secp256k1::recoverAddress(
                     Voucher::digest(domain, twin.channelId, twin.cumulativeAmount), twin.signature)
                     .value(),
                 payer.address());
        QCOMPARE(verdict(twin).refusal, Refusal::HighS);

        QCOMPARE(verdict(Voucher::sign(key(6), domain, channel.id, UInt256(400))).refusal,
                 Refusal::WrongSigner);
        const Eip712Domain otherChain = Voucher::domain(1, domain.verifyingContract);
        QCOMPARE(verdict(Voucher::sign(payer, otherChain, channel.id, UInt256(400))).refusal,
                 Refusal::WrongSigner);
        const Eip712Domain otherContract =
            Voucher::domain(31337, address("0x00000000000000000000000000000000000000c2"));
        QCOMPARE(verdict(Voucher::sign(payer, otherContract, channel.id, UInt256(400))).refusal,
                 Refusal::WrongSigner);

        // Signed for another channel, and presented as this one's: the amount signed is not
        // this channel's; presented as the other's: wrong channel.
        const Hash32 other = Hash32::fromBytes(QByteArray(32, 8));
        Voucher forOther = Voucher::sign(payer, domain, other, UInt256(400));
        QCOMPARE(verdict(forOther).refusal, Refusal::WrongChannel);
        forOther.channelId = channel.id;
        QCOMPARE(verdict(forOther).refusal, Refusal::WrongSigner);

        Voucher zeroR = signedFor(UInt256(400));
        zeroR.signature.r = QByteArray(32, '\0');
        QCOMPARE(verdict(zeroR).refusal, Refusal::Malformed);
        Voucher shortS = signedFor(UInt256(400));
        shortS.signature.s.chop(1);
        QCOMPARE(verdict(shortS).refusal, Refusal::Malformed);

        VoucherCheck::Channel closing = channel;
        closing.closesAt = now + 600; // no time left to claim
        QCOMPARE(verdictOn(closing, signedFor(UInt256(400))).refusal, Refusal::Closing);
        closing.closesAt = now + 601;
        QVERIFY(verdictOn(closing, signedFor(UInt256(400))).accepted());
        VoucherCheck::Channel finalized = channel;
        finalized.finalized = true;
        QCOMPARE(verdictOn(finalized, signedFor(UInt256(400))).refusal, Refusal::Finalized);
    }
};

QTEST_GUILESS_MAIN(TestVoucher)
#include "tst_voucher.moc"
