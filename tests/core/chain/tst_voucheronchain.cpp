// Vouchers made and checked by Sales Desk against the retrieval channels contract on anvil: the
// same digest, the payer's signature accepted by both, and each voucher VoucherCheck refuses
// refused by the contract too, by the same rule.
#include "core/chain/abi/ContractAbi.h"
#include "core/chain/crypto/PrivateKey.h"
#include "core/chain/crypto/Secp256k1.h"
#include "core/chain/deploy/ContractArtifact.h"
#include "core/chain/retrieval/Voucher.h"
#include "core/chain/retrieval/VoucherCheck.h"
#include "core/chain/rpc/RevertData.h"
#include "core/chain/rpc/RpcHex.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;
using salesdesk::abi::ContractAbi;

namespace {

constexpr quint64 kChainId = 31337;
constexpr qint64 kCloseWindow = 3600;

abi::AbiValue word(const UInt256& value) {
    return abi::AbiValue::uint(value);
}

} // namespace

class TestVoucherOnChain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error())); }
    void cleanup() { QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error())); }

    void theContractsDigestIsOurs();
    void whatTheCheckRefusesTheContractRefuses();

private:
    // eth_call from `from`: the return data, or the revert's error name.
    struct Outcome {
        QByteArray data;
        QString revert; // empty: no revert
    };
    Outcome callAs(const Address& from, const Address& to, const QByteArray& data);
    // Sends from an unlocked account and waits for the receipt; true when it succeeded.
    bool send(const Address& from, const Address& to, const QByteArray& data);
    QByteArray encode(const ContractAbi& abi, const QString& function,
                      const std::vector<abi::AbiValue>& arguments);
    VoucherCheck::Channel channelOnChain(const Hash32& id, const UInt256& bestAccepted);
    QByteArray claimData(const Voucher& voucher);
    UInt256 tokenBalance(const Address& holder);

    AnvilFixture m_chain;
    std::optional<ContractAbi> m_tokenAbi;
    std::optional<ContractAbi> m_channelsAbi;
    Address m_token;
    Address m_channels;
    Address m_payer;
    Address m_payee;
    Hash32 m_channelId;
};

void TestVoucherOnChain::initTestCase() {
    LocalChain::Options bare;
    bare.deployMarketplace = false;
    QVERIFY2(m_chain.start(bare), qPrintable(m_chain.error()));
    const auto token = ContractArtifact::embedded(QStringLiteral("TestToken"));
    const auto channels = ContractArtifact::embedded(QStringLiteral("RetrievalChannels"));
    SD_VERIFY_OK(token);
    SD_VERIFY_OK(channels);
    m_tokenAbi = ContractAbi::fromJson(token->abi).value();
    m_channelsAbi = ContractAbi::fromJson(channels->abi).value();
    const auto tokenAt = m_chain.deploy(token->creationCode);
    QVERIFY2(tokenAt, qPrintable(m_chain.error()));
    m_token = *tokenAt;
    const auto initCode = m_channelsAbi->encodeConstructor(
        channels->creationCode,
        {abi::AbiValue::address(m_token), abi::AbiValue::fromInt(kCloseWindow)});
    SD_VERIFY_OK(initCode);
    const auto channelsAt = m_chain.deploy(*initCode);
    QVERIFY2(channelsAt, qPrintable(m_chain.error()));
    m_channels = *channelsAt;

    // Account 1 pays (its key is anvil's, so Sales Desk signs for it); account 2 is paid.
    m_payer = m_chain.account(1);
    m_payee = m_chain.account(2);
    QVERIFY(send(m_chain.account(0), m_token,
                 encode(*m_tokenAbi, QStringLiteral("mint"),
                        {abi::AbiValue::address(m_payer), word(UInt256(10'000))})));
    QVERIFY(send(m_payer, m_token,
                 encode(*m_tokenAbi, QStringLiteral("approve"),
                        {abi::AbiValue::address(m_channels), word(UInt256(10'000))})));
    const QByteArray open = encode(*m_channelsAbi, QStringLiteral("open"),
                                   {abi::AbiValue::address(m_payee), word(UInt256(1'000))});
    const Outcome opened = callAs(m_payer, m_channels, open);
    QVERIFY2(opened.revert.isEmpty(), qPrintable(opened.revert));
    m_channelId = Hash32::fromBytes(opened.data.left(32));
    QVERIFY(send(m_payer, m_channels, open));
    QCOMPARE(channelOnChain(m_channelId, UInt256(0)).deposit, UInt256(1'000));
}

TestVoucherOnChain::Outcome TestVoucherOnChain::callAs(const Address& from, const Address& to,
                                                       const QByteArray& data) {
    const QJsonObject call{{QStringLiteral("from"), from.toHex()},
                           {QStringLiteral("to"), to.toHex()},
                           {QStringLiteral("data"), rpc::toData(data)}};
    const auto answer = m_chain.call(QStringLiteral("eth_call"), {call, QStringLiteral("latest")});
    if (answer.ok())
        return {QByteArray::fromHex(answer->toString().mid(2).toLatin1()), QString()};
    const auto revert = rpc::revertData(answer.error());
    if (!revert)
        return {{}, answer.error().describe()};
    const auto decoded = m_channelsAbi->decodeError(*revert);
    return {{}, decoded.ok() ? decoded->name : QStringLiteral("unknown revert")};
}

bool TestVoucherOnChain::send(const Address& from, const Address& to, const QByteArray& data) {
    const QJsonObject transaction{{QStringLiteral("from"), from.toHex()},
                                  {QStringLiteral("to"), to.toHex()},
                                  {QStringLiteral("data"), rpc::toData(data)}};
    const auto sent = m_chain.call(QStringLiteral("eth_sendTransaction"), {transaction});
    if (!sent.ok()) {
        qWarning().noquote() << sent.error().describe();
        return false;
    }
    const auto receipt = m_chain.receipt(sent->toString());
    return receipt.ok() &&
           receipt->toObject().value(QStringLiteral("status")).toString() == QStringLiteral("0x1");
}

QByteArray TestVoucherOnChain::encode(const ContractAbi& abi, const QString& function,
                                      const std::vector<abi::AbiValue>& arguments) {
    auto data = abi.encodeCall(function, arguments);
    return data.ok() ? *data : QByteArray();
}

VoucherCheck::Channel TestVoucherOnChain::channelOnChain(const Hash32& id,
                                                         const UInt256& bestAccepted) {
    const Outcome read = callAs(m_payee, m_channels,
                                encode(*m_channelsAbi, QStringLiteral("channel"),
                                       {abi::AbiValue::bytes(id.toByteArray())}));
    const auto values = m_channelsAbi->decodeOutput(QStringLiteral("channel"), read.data);
    VoucherCheck::Channel channel;
    if (!values.ok() || values->size() != 1)
        return channel;
    const std::vector<abi::AbiValue>& fields = values->front().items();
    channel.id = id;
    channel.payer = fields.at(0).toAddress();
    channel.deposit = fields.at(2).word();
    channel.claimed = fields.at(3).word();
    channel.closesAt = static_cast<Timestamp>(fields.at(4).word());
    channel.finalized = fields.at(5).toBool();
    channel.bestAccepted = bestAccepted;
    return channel;
}

QByteArray TestVoucherOnChain::claimData(const Voucher& voucher) {
    return encode(*m_channelsAbi, QStringLiteral("claim"),
                  {abi::AbiValue::bytes(voucher.channelId.toByteArray()),
                   word(voucher.cumulativeAmount), abi::AbiValue::bytes(voucher.signatureBytes())});
}

UInt256 TestVoucherOnChain::tokenBalance(const Address& holder) {
    const Outcome read =
        callAs(m_payee, m_token,
               encode(*m_tokenAbi, QStringLiteral("balanceOf"), {abi::AbiValue::address(holder)}));
    return uint256::fromBigEndian(read.data).value();
}

void TestVoucherOnChain::theContractsDigestIsOurs() {
    const Eip712Domain domain = Voucher::domain(kChainId, m_channels);
    for (const UInt256& amount : {UInt256(0), UInt256(1), UInt256(123'456'789), uint256::max()}) {
        const Outcome digest =
            callAs(m_payee, m_channels,
                   encode(*m_channelsAbi, QStringLiteral("voucherDigest"),
                          {abi::AbiValue::bytes(m_channelId.toByteArray()), word(amount)}));
        QCOMPARE(Hash32::fromBytes(digest.data), Voucher::digest(domain, m_channelId, amount));
    }
}

void TestVoucherOnChain::whatTheCheckRefusesTheContractRefuses() {
    const auto payerKey = PrivateKey::fromBytes(m_chain.chain().accounts().at(1).privateKey);
    SD_VERIFY_OK(payerKey);
    QCOMPARE(payerKey->address(), m_payer);
    const Eip712Domain domain = Voucher::domain(kChainId, m_channels);
    UInt256 best(0);
    const auto check = [&](const Voucher& voucher) {
        return VoucherCheck::check(domain, channelOnChain(m_channelId, best), voucher, 0, 60);
    };
    const auto contractSays = [&](const Voucher& voucher) {
        return callAs(m_payee, m_channels, claimData(voucher)).revert;
    };

    // Accepted by both, and paid to the unit.
    const Voucher first = Voucher::sign(*payerKey, domain, m_channelId, UInt256(400));
    const auto verdict = check(first);
    QVERIFY2(verdict.accepted(), qPrintable(verdict.reason));
    QCOMPARE(verdict.newlyPaid, UInt256(400));
    QVERIFY(send(m_payee, m_channels, claimData(first)));
    QCOMPARE(tokenBalance(m_payee), UInt256(400));
    best = first.cumulativeAmount;

    struct Case {
        const char* what;
        Voucher voucher;
        VoucherCheck::Refusal refusal;
        QString revert;
    };
    const QString invalidSignature = QStringLiteral("RetrievalChannels_InvalidSignature");
    Voucher highS = Voucher::sign(*payerKey, domain, m_channelId, UInt256(500));
    highS.signature = Secp256k1::malleableTwin(highS.signature);
    const auto stranger = PrivateKey::fromBytes(m_chain.chain().accounts().at(3).privateKey);
    SD_VERIFY_OK(stranger);
    const std::vector<Case> cases{
        {"the same voucher again", first, VoucherCheck::Refusal::Stale,
         QStringLiteral("RetrievalChannels_StaleVoucher")},
        {"an older voucher", Voucher::sign(*payerKey, domain, m_channelId, UInt256(300)),
         VoucherCheck::Refusal::Stale, QStringLiteral("RetrievalChannels_StaleVoucher")},
        {"above the deposit", Voucher::sign(*payerKey, domain, m_channelId, UInt256(1'001)),
         VoucherCheck::Refusal::AboveDeposit, QStringLiteral("RetrievalChannels_AboveDeposit")},
        {"the high-s twin", highS, VoucherCheck::Refusal::HighS, invalidSignature},
        {"signed by a stranger", Voucher::sign(*stranger, domain, m_channelId, UInt256(500)),
         VoucherCheck::Refusal::WrongSigner, invalidSignature},
        {"signed for another chain",
         Voucher::sign(*payerKey, Voucher::domain(1, m_channels), m_channelId, UInt256(500)),
         VoucherCheck::Refusal::WrongSigner, invalidSignature},
        {"signed for another contract",
         Voucher::sign(*payerKey, Voucher::domain(kChainId, m_token), m_channelId, UInt256(500)),
         VoucherCheck::Refusal::WrongSigner, invalidSignature},
    };
    for (const Case& c : cases) {
        QCOMPARE(check(c.voucher).refusal, c.refusal);
        QCOMPARE(contractSays(c.voucher), c.revert);
    }
    // The newest voucher is still good for both after all that.
    const Voucher next = Voucher::sign(*payerKey, domain, m_channelId, UInt256(1'000));
    QCOMPARE(check(next).newlyPaid, UInt256(600));
    QVERIFY(send(m_payee, m_channels, claimData(next)));
    QCOMPARE(tokenBalance(m_payee), UInt256(1'000));
}

QTEST_GUILESS_MAIN(TestVoucherOnChain)
#include "tst_voucheronchain.moc"
