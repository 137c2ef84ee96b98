#include "core/chain/tx/TransactionFees.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

const UInt256 kGwei(1'000'000'000ULL);

RpcResult<QJsonValue> feeHistory(const QJsonArray& baseFees, const QJsonArray& rewards = {}) {
    QJsonObject history{{QStringLiteral("oldestBlock"), QStringLiteral("0x10")},
                        {QStringLiteral("baseFeePerGas"), baseFees}};
    if (!rewards.isEmpty())
        history.insert(QStringLiteral("reward"), rewards);
    return RpcResult<QJsonValue>(QJsonValue(history));
}

RpcResult<QJsonValue> quantity(const char* hex) {
    return RpcResult<QJsonValue>(QJsonValue(QString::fromLatin1(hex)));
}

RpcResult<QJsonValue> methodNotFound() {
    return RpcResult<QJsonValue>(
        RpcError::jsonRpc(-32601, QStringLiteral("the method does not exist"), QJsonValue()));
}

} // namespace

// EIP-1559 fees: the quote from eth_feeHistory and eth_maxPriorityFeePerGas, the first attempt's
// fees under the cap, and fee bumps of at least 12.5 %.
class TestTransactionFees : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theQuoteTakesTheNextBlocksBaseFee();
    void withoutMaxPriorityFeeTheMedianRewardIsTheTip();
    void theTipHasAFloor();
    void malformedAnswersAreNamed();
    void theFirstAttemptOffersTwiceTheBaseFeePlusTheTip();
    void theCapLowersTheFeeCapOrRefuses();
    void aBumpRaisesBothFeesByAnEighthAtLeast();
    void aBumpFollowsARisingBaseFee();
    void aBumpAboveTheCapIsRefused();
};

// The last baseFeePerGas entry is the next block's.
void TestTransactionFees::theQuoteTakesTheNextBlocksBaseFee() {
    const auto quote =
        FeeQuote::fromAnswers(feeHistory({"0x64", "0xc8"}), quantity("0x3b9aca00"), 0);
    SD_VERIFY_OK(quote);
    QCOMPARE(quote->baseFeePerGas, UInt256(200));
    QCOMPARE(quote->priorityFeePerGas, kGwei);
}

// A node without eth_maxPriorityFeePerGas: the median of the rewards recent blocks paid.
void TestTransactionFees::withoutMaxPriorityFeeTheMedianRewardIsTheTip() {
    const auto quote = FeeQuote::fromAnswers(
        feeHistory({"0x1", "0x1"}, {QJsonArray{"0x5"}, QJsonArray{"0x1"}, QJsonArray{"0x9"}}),
        methodNotFound(), 0);
    SD_VERIFY_OK(quote);
    QCOMPARE(quote->priorityFeePerGas, UInt256(5));
}

void TestTransactionFees::theTipHasAFloor() {
    const auto quote = FeeQuote::fromAnswers(feeHistory({"0x1"}), quantity("0x0"), UInt256(7));
    SD_VERIFY_OK(quote);
    QCOMPARE(quote->priorityFeePerGas, UInt256(7));
}

void TestTransactionFees::malformedAnswersAreNamed() {
    const auto noBaseFees = FeeQuote::fromAnswers(feeHistory({}), quantity("0x1"), 0);
    SD_VERIFY_ERROR(noBaseFees, ErrorCode::InvalidArgument);
    QVERIFY(noBaseFees.message().contains(QLatin1String("baseFeePerGas")));
    const auto leadingZero = FeeQuote::fromAnswers(feeHistory({"0x01"}), quantity("0x1"), 0);
    SD_VERIFY_ERROR(leadingZero, ErrorCode::InvalidArgument);
    QVERIFY2(leadingZero.message().contains(QLatin1String("baseFeePerGas")),
             qPrintable(leadingZero.message()));
    const auto badTip = FeeQuote::fromAnswers(feeHistory({"0x1"}), quantity("12"), 0);
    SD_VERIFY_ERROR(badTip, ErrorCode::InvalidArgument);
    QVERIFY(badTip.message().contains(QLatin1String("eth_maxPriorityFeePerGas")));
    const auto down =
        FeeQuote::fromAnswers(RpcResult<QJsonValue>(RpcError::timeout(30)), quantity("0x1"), 0);
    SD_VERIFY_ERROR(down, ErrorCode::Io);
}

void TestTransactionFees::theFirstAttemptOffersTwiceTheBaseFeePlusTheTip() {
    const auto fees = TransactionFees::initial({UInt256(10) * kGwei, kGwei}, UInt256(100) * kGwei);
    SD_VERIFY_OK(fees);
    QCOMPARE(fees->maxFeePerGas, UInt256(21) * kGwei);
    QCOMPARE(fees->maxPriorityFeePerGas, kGwei);
}

// Between base + tip and 2 × base + tip the fee cap is the cap; below base + tip nothing goes.
void TestTransactionFees::theCapLowersTheFeeCapOrRefuses() {
    const auto lowered =
        TransactionFees::initial({UInt256(10) * kGwei, kGwei}, UInt256(15) * kGwei);
    SD_VERIFY_OK(lowered);
    QCOMPARE(lowered->maxFeePerGas, UInt256(15) * kGwei);
    const auto refused =
        TransactionFees::initial({UInt256(10) * kGwei, kGwei}, UInt256(10) * kGwei);
    SD_VERIFY_ERROR(refused, ErrorCode::OutOfBounds);
    QVERIFY2(refused.message().contains(QLatin1String("11000000000 wei per gas")) &&
                 refused.message().contains(QLatin1String("cap of 10000000000 wei")),
             qPrintable(refused.message()));
    const auto huge = TransactionFees::initial({uint256::max(), kGwei}, uint256::max());
    SD_VERIFY_ERROR(huge, ErrorCode::OutOfBounds);
}

void TestTransactionFees::aBumpRaisesBothFeesByAnEighthAtLeast() {
    const TransactionFees previous{UInt256(21) * kGwei, kGwei};
    const auto bumped =
        TransactionFees::bumped(previous, {UInt256(10) * kGwei, kGwei}, UInt256(100) * kGwei);
    SD_VERIFY_OK(bumped);
    QCOMPARE(bumped->maxFeePerGas, UInt256(23'625'000'000ULL)); // 21 × 1.125
    QCOMPARE(bumped->maxPriorityFeePerGas, UInt256(1'125'000'000ULL));
    // Rounded up, and at least one wei more.
    QCOMPARE(TransactionFees::raisedByAnEighth(UInt256(9)), UInt256(11));
    QCOMPARE(TransactionFees::raisedByAnEighth(UInt256(0)), UInt256(1));
}

void TestTransactionFees::aBumpFollowsARisingBaseFee() {
    const TransactionFees previous{UInt256(3) * kGwei, kGwei};
    const auto bumped = TransactionFees::bumped(previous, {UInt256(50) * kGwei, UInt256(2) * kGwei},
                                                UInt256(1000) * kGwei);
    SD_VERIFY_OK(bumped);
    QCOMPARE(bumped->maxPriorityFeePerGas, UInt256(2) * kGwei);
    QCOMPARE(bumped->maxFeePerGas, UInt256(102) * kGwei);
}

void TestTransactionFees::aBumpAboveTheCapIsRefused() {
    const TransactionFees previous{UInt256(3) * kGwei, kGwei};
    const auto refused = TransactionFees::bumped(previous, {kGwei, kGwei}, UInt256(3) * kGwei);
    SD_VERIFY_ERROR(refused, ErrorCode::OutOfBounds);
    QVERIFY2(refused.message().contains(QLatin1String("3375000000 wei")),
             qPrintable(refused.message()));
    // What the chain asks may be capped as long as the bump itself fits.
    const auto capped =
        TransactionFees::bumped(previous, {UInt256(10) * kGwei, kGwei}, UInt256(15) * kGwei);
    SD_VERIFY_OK(capped);
    QCOMPARE(capped->maxFeePerGas, UInt256(15) * kGwei);
}

QTEST_GUILESS_MAIN(TestTransactionFees)
#include "tst_transactionfees.moc"
