#include "core/chain/tx/BroadcastAnswer.h"

#include <QObject>
#include <QTest>

using namespace salesdesk;

namespace {

const Hash32 kHash =
    Hash32::fromHex(u"0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b").value();

RpcResult<QJsonValue> nodeError(const QString& message, const QJsonValue& data = {}) {
    return RpcResult<QJsonValue>(RpcError::jsonRpc(-32000, message, data));
}

} // namespace

// What eth_sendRawTransaction's answers mean, in the wordings of geth, anvil, erigon,
// OpenEthereum and Nethermind.
class TestBroadcastAnswer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classifies_data();
    void classifies();
};

void TestBroadcastAnswer::classifies_data() {
    using Kind = BroadcastAnswer::Kind;
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const RpcResult<QJsonValue>& answer, Kind kind) {
        QTest::newRow(name) << int(BroadcastAnswer::classify(answer, kHash).kind)
                            << BroadcastAnswer::kindName(kind);
    };
    row("our hash", RpcResult<QJsonValue>(QJsonValue(kHash.toHex())), Kind::Accepted);
    row("another hash",
        RpcResult<QJsonValue>(QJsonValue(QStringLiteral("0x") + QString(64, QLatin1Char('1')))),
        Kind::Unknown);
    row("not a hash", RpcResult<QJsonValue>(QJsonValue(QStringLiteral("0x12"))), Kind::Unknown);
    row("a number", RpcResult<QJsonValue>(QJsonValue(42)), Kind::Unknown);
    row("geth already known", nodeError(QStringLiteral("already known")), Kind::AlreadyKnown);
    row("anvil already imported", nodeError(QStringLiteral("transaction already imported")),
        Kind::AlreadyKnown);
    row("erigon same hash", nodeError(QStringLiteral("INTERNAL_ERROR: existing tx with same hash")),
        Kind::AlreadyKnown);
    row("geth nonce too low", nodeError(QStringLiteral("nonce too low: next nonce 5, tx nonce 4")),
        Kind::NonceTooLow);
    row("openethereum nonce", nodeError(QStringLiteral("Transaction nonce is too low.")),
        Kind::NonceTooLow);
    row("nethermind nonce", nodeError(QStringLiteral("OldNonce")), Kind::NonceTooLow);
    row("reason in data", nodeError(QStringLiteral("invalid"), QStringLiteral("nonce too low")),
        Kind::NonceTooLow);
    row("geth underpriced", nodeError(QStringLiteral("replacement transaction underpriced")),
        Kind::ReplacementUnderpriced);
    row("reth underpriced",
        nodeError(QStringLiteral("insufficient gas price to replace existing transaction")),
        Kind::ReplacementUnderpriced);
    row("funds", nodeError(QStringLiteral("insufficient funds for gas * price + value")),
        Kind::Refused);
    row("timeout", RpcResult<QJsonValue>(RpcError::timeout(30)), Kind::Unknown);
    row("refused connection",
        RpcResult<QJsonValue>(
            RpcError::transport(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"))),
        Kind::Unknown);
}

void TestBroadcastAnswer::classifies() {
    QFETCH(int, kind);
    QFETCH(QString, expected);
    QCOMPARE(BroadcastAnswer::kindName(BroadcastAnswer::Kind(kind)), expected);
}

QTEST_GUILESS_MAIN(TestBroadcastAnswer)
#include "tst_broadcastanswer.moc"
