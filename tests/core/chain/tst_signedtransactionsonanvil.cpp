#include "core/chain/crypto/Eip1559Transaction.h"
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/crypto/Rlp.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/domain/AbiEncoder.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"

#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

// A contract whose runtime code (602a60005260206000f3) returns 42 from every call, behind a
// 12-byte constructor that copies it into memory and returns it.
const QByteArray kAnswerInitCode =
    QByteArray::fromHex("600a600c600039600a6000f3602a60005260206000f3");
const QByteArray kAnswerRuntimeCode = QByteArray::fromHex("602a60005260206000f3");

} // namespace

// Our signed transactions as a real node takes them: anvil accepts a value transfer and a
// contract creation signed with one of its funded keys, reports the sender we recover and the
// hash we compute, and refuses a transaction signed for another chain.
class TestSignedTransactionsOnAnvil : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void anvilAcceptsASignedValueTransfer();
    void anvilAcceptsASignedContractCreation();
    void anvilRefusesAnotherChainsTransaction();

private:
    Eip1559Transaction transactionFrom(const Address& sender);
    // Sends the raw transaction and checks that anvil names it by our hash and that its receipt
    // says it succeeded, sent by our sender.
    void sendAndConfirm(const SignedTransaction& signedTx, QJsonObject& receipt);
    UInt256 balanceOf(const Address& account);

    AnvilFixture m_chain;
};

void TestSignedTransactionsOnAnvil::initTestCase() {
    QVERIFY2(m_chain.start(), qPrintable(m_chain.error()));
}

void TestSignedTransactionsOnAnvil::init() {
    QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error()));
}

void TestSignedTransactionsOnAnvil::cleanup() {
    QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error()));
}

Eip1559Transaction TestSignedTransactionsOnAnvil::transactionFrom(const Address& sender) {
    const auto count =
        m_chain.call(QStringLiteral("eth_getTransactionCount"), {sender.toHex(), "pending"});
    Eip1559Transaction tx;
    tx.chainId = m_chain.chain().chainId();
    tx.nonce = rpc::parseJsonQuantityU64(count.ok() ? count.value() : QJsonValue()).value();
    tx.maxPriorityFeePerGas = UInt256(1'000'000'000ULL);
    tx.maxFeePerGas = UInt256(100'000'000'000ULL);
    tx.gasLimit = 21'000;
    return tx;
}

void TestSignedTransactionsOnAnvil::sendAndConfirm(const SignedTransaction& signedTx,
                                                   QJsonObject& receipt) {
    const auto sent =
        m_chain.call(QStringLiteral("eth_sendRawTransaction"), {rpc::toData(signedTx.raw)});
    QVERIFY2(sent.ok(), qPrintable(rpcFailure(sent)));
    QCOMPARE(sent.value().toString(), signedTx.hash.toHex());
    const auto answer = m_chain.receipt(signedTx.hash.toHex());
    QVERIFY2(answer.ok(), qPrintable(rpcFailure(answer)));
    receipt = answer.value().toObject();
    QCOMPARE(receipt.value(QLatin1String("status")).toString(), QStringLiteral("0x1"));
    QCOMPARE(receipt.value(QLatin1String("from")).toString(), signedTx.sender.toHex());
}

UInt256 TestSignedTransactionsOnAnvil::balanceOf(const Address& account) {
    const auto balance =
        m_chain.call(QStringLiteral("eth_getBalance"), {account.toHex(), "latest"});
    return rpc::parseJsonQuantity(balance.ok() ? balance.value() : QJsonValue()).value();
}

void TestSignedTransactionsOnAnvil::anvilAcceptsASignedValueTransfer() {
    const PrivateKey key =
        PrivateKey::fromBytes(m_chain.chain().accounts().at(1).privateKey).value();
    QCOMPARE(key.address(), m_chain.account(1));
    const Address recipient =
        Address::fromHex(u"0x00000000000000000000000000000000000c0dec").value();
    Eip1559Transaction tx = transactionFrom(key.address());
    tx.to = recipient;
    tx.value = UInt256(1'234'567'890'123ULL);
    const SignedTransaction signedTx = tx.sign(key);

    QJsonObject receipt;
    sendAndConfirm(signedTx, receipt);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(balanceOf(recipient), tx.value);

    // The transaction as anvil stores it: its sender is the one we recover from our raw bytes.
    const auto stored =
        m_chain.call(QStringLiteral("eth_getTransactionByHash"), {signedTx.hash.toHex()});
    QVERIFY2(stored.ok(), qPrintable(rpcFailure(stored)));
    const auto decoded = Eip1559Transaction::decodeSigned(signedTx.raw);
    SD_VERIFY_OK(decoded);
    QCOMPARE(stored.value().toObject().value(QLatin1String("from")).toString(),
             decoded->sender.toHex());
    QCOMPARE(stored.value().toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("0x2"));
}

void TestSignedTransactionsOnAnvil::anvilAcceptsASignedContractCreation() {
    const PrivateKey key =
        PrivateKey::fromBytes(m_chain.chain().accounts().at(2).privateKey).value();
    Eip1559Transaction tx = transactionFrom(key.address());
    tx.gasLimit = 100'000;
    tx.data = kAnswerInitCode;
    const SignedTransaction signedTx = tx.sign(key);

    QJsonObject receipt;
    sendAndConfirm(signedTx, receipt);
    if (QTest::currentTestFailed())
        return;

    // A created contract's address: the last 20 bytes of keccak256(rlp([sender, nonce])).
    const Address expected = Address::fromBytes(
        abi::keccak256(rlp::encodeList({rlp::encodeBytes(key.address().toByteArray()),
                                        rlp::encodeUInt(tx.nonce)}))
            .toByteArray()
            .right(20));
    QCOMPARE(receipt.value(QLatin1String("contractAddress")).toString(), expected.toHex());
    const auto code = m_chain.call(QStringLiteral("eth_getCode"), {expected.toHex(), "latest"});
    QVERIFY2(code.ok(), qPrintable(rpcFailure(code)));
    QCOMPARE(rpc::parseJsonData(code.value()).value(), kAnswerRuntimeCode);
}

void TestSignedTransactionsOnAnvil::anvilRefusesAnotherChainsTransaction() {
    const PrivateKey key =
        PrivateKey::fromBytes(m_chain.chain().accounts().at(1).privateKey).value();
    Eip1559Transaction tx = transactionFrom(key.address());
    tx.to = m_chain.account(3);
    tx.value = UInt256(1);
    tx.chainId = m_chain.chain().chainId() + 1;
    const SignedTransaction signedTx = tx.sign(key);
    const UInt256 before = balanceOf(m_chain.account(3));

    const auto sent =
        m_chain.call(QStringLiteral("eth_sendRawTransaction"), {rpc::toData(signedTx.raw)});
    QVERIFY2(!sent.ok(), "anvil took a transaction signed for another chain");
    QVERIFY2(sent.error().describe().contains(QLatin1String("chain"), Qt::CaseInsensitive),
             qPrintable(sent.error().describe()));
    QCOMPARE(balanceOf(m_chain.account(3)), before);
}

QTEST_MAIN(TestSignedTransactionsOnAnvil)
#include "tst_signedtransactionsonanvil.moc"
