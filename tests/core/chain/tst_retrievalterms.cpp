// RetrievalTerms: chunks that grow by the increase, their prices, the rule that pays before
// each chunk, and the edges (a file ending exactly on a chunk's end, no bytes, huge intervals);
// their EIP-712 digest and the payee's signature over them (SignedRetrievalTerms), which any
// change of the terms, the payee, the chain or the contract breaks.
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/retrieval/RetrievalTerms.h"
#include "core/chain/retrieval/SignedRetrievalTerms.h"
#include "core/chain/retrieval/Voucher.h"
#include "core/domain/AbiEncoder.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace salesdesk;

namespace {

RetrievalTerms terms(quint64 interval, quint64 increase, quint64 price = 3) {
    RetrievalTerms t;
    t.pricePerByte = UInt256(price);
    t.paymentInterval = interval;
    t.paymentIntervalIncrease = increase;
    return t;
}

PrivateKey key(char fill) {
    return PrivateKey::fromBytes(QByteArray(32, fill)).value();
}

Eip712Domain channelsDomain() {
    return Voucher::domain(31337,
                           Address::fromHex(u"0x5fbdb2315678afecb367f032d93f642f64180aa3").value());
}

} // namespace

class TestRetrievalTerms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chunksGrowByTheIncrease() {
        const RetrievalTerms t = terms(100, 50);
        // 100, 150, 200, 250, then what is left of 1,000: 300.
        QCOMPARE(t.chunkCount(1'000), quint64(5));
        const quint64 begins[] = {0, 100, 250, 450, 700, 1'000};
        for (quint64 k = 0; k < 6; ++k)
            QCOMPARE(t.chunkBegin(k, 1'000), begins[k]);
        QCOMPARE(t.chunkEnd(4, 1'000), quint64(1'000));
        QCOMPARE(t.chunkBegin(99, 1'000), quint64(1'000));
    }

    void aFileEndingExactlyOnAChunksEndHasNoEmptyChunk() {
        const RetrievalTerms t = terms(100, 50);
        QCOMPARE(t.chunkCount(250), quint64(2));
        QCOMPARE(t.chunkEnd(1, 250), quint64(250));
        QCOMPARE(t.chunkCount(251), quint64(3));
        QCOMPARE(t.chunkEnd(2, 251), quint64(251));
    }

    void constantChunksWithoutAnIncrease() {
        const RetrievalTerms t = terms(64, 0);
        QCOMPARE(t.chunkCount(640), quint64(10));
        QCOMPARE(t.chunkCount(641), quint64(11));
        QCOMPARE(t.chunkBegin(7, 640), quint64(448));
    }

    void noBytesNoChunks() {
        const RetrievalTerms t = terms(100, 50);
        QCOMPARE(t.chunkCount(0), quint64(0));
        QCOMPARE(t.chunkBegin(0, 0), quint64(0));
    }

    void theChunkHoldingAByte() {
        const RetrievalTerms t = terms(100, 50);
        QCOMPARE(t.chunkAt(0, 1'000), quint64(0));
        QCOMPARE(t.chunkAt(99, 1'000), quint64(0));
        QCOMPARE(t.chunkAt(100, 1'000), quint64(1));
        QCOMPARE(t.chunkAt(449, 1'000), quint64(2));
        QCOMPARE(t.chunkAt(450, 1'000), quint64(3));
        QCOMPARE(t.chunkAt(999, 1'000), quint64(4));
    }

    // Chunk k goes out once the bytes before it are paid: the first is free, each later one
    // needs the price of all before it.
    void eachChunkNeedsTheBytesBeforeItPaid() {
        const RetrievalTerms t = terms(100, 50, 7);
        QCOMPARE(t.paidBeforeChunk(0, 1'000).value(), UInt256(0));
        QCOMPARE(t.paidBeforeChunk(1, 1'000).value(), UInt256(700));
        QCOMPARE(t.paidBeforeChunk(4, 1'000).value(), UInt256(7 * 700));
        QCOMPARE(t.priceOf(1'000).value(), UInt256(7'000));
    }

    void aPriceThatOverflowsIsAnError() {
        RetrievalTerms t = terms(100, 0);
        t.pricePerByte = uint256::max();
        SD_VERIFY_ERROR(t.priceOf(2), ErrorCode::Overflow);
        QCOMPARE(t.priceOf(1).value(), uint256::max());
    }

    void intervalsAreBounded() {
        SD_VERIFY_ERROR(terms(0, 10).validate(), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(terms((quint64(1) << 40) + 1, 0).validate(), ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(terms(1, (quint64(1) << 40) + 1).validate(), ErrorCode::InvalidArgument);
        SD_VERIFY_OK(terms(1, 0).validate());
    }

    // Lengths saturate rather than wrap: a huge increase on a huge file still ends.
    void hugeLengthsDoNotWrap() {
        const RetrievalTerms t = terms(quint64(1) << 40, ~quint64(0) / 2);
        const quint64 size = ~quint64(0) - 5;
        QCOMPARE(t.chunkCount(size), quint64(3));
        QCOMPARE(t.chunkEnd(2, size), size);
    }

    // The digest the payee signs is the one a separate Keccak-256 and EIP-712 encoder (written
    // apart from this code, checked on the voucher vector of tst_voucher) computes, and the one
    // of the struct encoded here by hand.
    void theTermsDigestIsAFixedVector() {
        const Address payee = Address::fromBytes(QByteArray(20, '\x22'));
        const RetrievalTerms t = terms(100'000, 50'000);
        QCOMPARE(
            t.structHash(payee).toHex(),
            QStringLiteral("0x081df1180d3be1a889e773d0ed84a73ff73174fe2642bb01b3d2ab142e49e0df"));
        QCOMPARE(
            t.digest(channelsDomain(), payee).toHex(),
            QStringLiteral("0x256df5b9578071767eb7d72a7476e6d664a4667dcd710dfe8d75c4b24b886346"));

        QByteArray encoded = abi::keccak256("RetrievalTerms(address payee,uint256 pricePerByte,"
                                            "uint64 paymentInterval,"
                                            "uint64 paymentIntervalIncrease)")
                                 .toByteArray();
        encoded += QByteArray(12, '\0') + payee.toByteArray();
        encoded += uint256::toBigEndian32(UInt256(3));
        encoded += uint256::toBigEndian32(UInt256(100'000));
        encoded += uint256::toBigEndian32(UInt256(50'000));
        QCOMPARE(t.structHash(payee), abi::keccak256(encoded));
    }

    // Signed terms verify, also after their JSON went there and back.
    void signedTermsVerify() {
        const SignedRetrievalTerms signedTerms =
            SignedRetrievalTerms::sign(terms(100'000, 50'000), key(2), channelsDomain());
        QCOMPARE(signedTerms.payee, key(2).address());
        SD_VERIFY_OK(signedTerms.verify(channelsDomain()));
        const QJsonObject json =
            QJsonDocument::fromJson(QJsonDocument(signedTerms.toJson()).toJson()).object();
        const auto again = SignedRetrievalTerms::fromJson(json);
        SD_VERIFY_OK(again);
        QCOMPARE(again->terms, terms(100'000, 50'000));
        QCOMPARE(again->payee, key(2).address());
        SD_VERIFY_OK(again->verify(channelsDomain()));
    }

    void anyChangedFieldBreaksTheSignature_data() {
        QTest::addColumn<QString>("field");
        for (const char* field :
             {"payee", "pricePerByte", "paymentInterval", "paymentIntervalIncrease"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    // Each field is signed: changing any one after signing makes the check fail.
    void anyChangedFieldBreaksTheSignature() {
        QFETCH(QString, field);
        SignedRetrievalTerms changed =
            SignedRetrievalTerms::sign(terms(100'000, 50'000), key(2), channelsDomain());
        if (field == u"payee")
            changed.payee = key(3).address();
        else if (field == u"pricePerByte")
            changed.terms.pricePerByte = UInt256(2);
        else if (field == u"paymentInterval")
            changed.terms.paymentInterval += 1;
        else if (field == u"paymentIntervalIncrease")
            changed.terms.paymentIntervalIncrease = 0;
        QVERIFY(changed.terms != terms(100'000, 50'000) || changed.payee != key(2).address());
        const auto verified = changed.verify(channelsDomain());
        SD_VERIFY_ERROR(verified, ErrorCode::InvalidArgument);
        QVERIFY2(verified.message().contains(changed.payee.toHex()),
                 qPrintable(verified.message()));
    }

    // Terms signed for one chain or channels contract are worth nothing on another.
    void anotherChainOrContractBreaksTheSignature() {
        const SignedRetrievalTerms signedTerms =
            SignedRetrievalTerms::sign(terms(100'000, 50'000), key(2), channelsDomain());
        SD_VERIFY_ERROR(signedTerms.verify(Voucher::domain(1, channelsDomain().verifyingContract)),
                        ErrorCode::InvalidArgument);
        SD_VERIFY_ERROR(
            signedTerms.verify(Voucher::domain(31337, Address::fromBytes(QByteArray(20, '\xc2')))),
            ErrorCode::InvalidArgument);
        SD_VERIFY_OK(signedTerms.verify(channelsDomain()));
    }

    // A signer function of another account than the payee publishes nothing.
    void aSignerOfAnotherAccountIsRefused() {
        const SignedRetrievalTerms::Signer other = [](const Hash32& digest) -> Result<Signature> {
            return key(3).sign(digest);
        };
        SD_VERIFY_ERROR(SignedRetrievalTerms::sign(terms(100'000, 50'000), key(2).address(),
                                                   channelsDomain(), other),
                        ErrorCode::InvalidArgument);
        const SignedRetrievalTerms::Signer own = [](const Hash32& digest) -> Result<Signature> {
            return key(2).sign(digest);
        };
        SD_VERIFY_OK(SignedRetrievalTerms::sign(terms(100'000, 50'000), key(2).address(),
                                                channelsDomain(), own));
    }
};

QTEST_GUILESS_MAIN(TestRetrievalTerms)
#include "tst_retrievalterms.moc"
