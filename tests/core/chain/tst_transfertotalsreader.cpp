// What the host and the Marketplace moved to each other, read in pages (TransferTotalsReader) from
// a node that refuses log queries over more than a few blocks, as public nodes do: the ranges are
// halved until the node answers, every transfer of the pair is summed once, and nobody else's
// transfer of the token is ever fetched.

#include "core/chain/market/Erc20.h"
#include "core/chain/market/TransferTotalsReader.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/clock/VirtualClock.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/FakeChainNode.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

Address addressOf(int n) {
    return Address::fromBytes(QByteArray(QByteArray(19, '\0') + char(n)));
}
Address token() {
    return addressOf(0x70);
}
Address host() {
    return addressOf(0x11);
}
Address marketplace() {
    return addressOf(0x22);
}
Address stranger() {
    return addressOf(0x33);
}
FakeChainNode::LogSpec transfer(const Address& from, const Address& to, quint64 amount) {
    return {token(),
            {erc20::transferTopic(), erc20::addressTopic(from), erc20::addressTopic(to)},
            uint256::toBigEndian32(UInt256(amount))};
}

} // namespace

class TestTransferTotalsReader : public QObject {
    Q_OBJECT

    VirtualClock m_clock{1'800'000'000};
    std::unique_ptr<FakeChainNode> m_node;
    std::unique_ptr<JsonRpcClient> m_rpc;

    // 300 blocks: the pair's four transfers, and the stranger's traffic with both of them and
    // with itself in every tenth block.
    void mineHistory() {
        for (quint64 n = 1; n <= 300; ++n) {
            QList<FakeChainNode::LogSpec> logs;
            if (n % 10 == 0) {
                logs << transfer(stranger(), stranger(), 1) << transfer(stranger(), host(), 2)
                     << transfer(host(), stranger(), 3) << transfer(marketplace(), stranger(), 4);
            }
            if (n == 12 || n == 150 || n == 290)
                logs << transfer(host(), marketplace(), 100 * n);
            if (n == 200)
                logs << transfer(marketplace(), host(), 7);
            if (logs.isEmpty())
                m_node->mine();
            else
                m_node->mineWithLogs(logs);
        }
    }

    std::optional<RpcResult<TransferTotalsReader::Totals>> readAll(TransferTotalsReader& reader) {
        std::optional<RpcResult<TransferTotalsReader::Totals>> answer;
        int calls = 0;
        reader.read([&](const RpcResult<TransferTotalsReader::Totals>& totals) {
            answer = totals;
            ++calls;
        });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10'000))
            return std::nullopt;
        QTest::qWait(0);
        if (calls != 1)
            return std::nullopt;
        return answer;
    }

    TransferTotalsReader::Options options() const {
        TransferTotalsReader::Options options;
        options.token = token();
        options.account = host();
        options.counterparty = marketplace();
        options.fromBlock = 1;
        options.toBlock = m_node->head();
        return options;
    }

private Q_SLOTS:
    void init() {
        m_node = std::make_unique<FakeChainNode>();
        QVERIFY(m_node->listen());
        m_rpc = std::make_unique<JsonRpcClient>(m_node->url(), m_clock);
        mineHistory();
    }
    void cleanup() {
        m_rpc.reset();
        m_node.reset();
    }

    // A node that refuses ranges over 40 blocks: the reader halves from 10,000 blocks until it
    // answers, reads the whole span in pages no larger, and sums each of the pair's transfers once.
    void refusedRangesAreHalvedUntilTheNodeAnswers() {
        m_node->setMaxBlockRange(40);
        TransferTotalsReader reader(*m_rpc, options());
        const auto totals = readAll(reader);
        QVERIFY(totals);
        QVERIFY2(totals->ok(), qPrintable(totals->ok() ? QString() : totals->error().describe()));
        QCOMPARE((*totals)->sent, UInt256(100 * (12 + 150 + 290)));
        QCOMPARE((*totals)->received, UInt256(7));
        QCOMPARE((*totals)->transfers, 4);
        QVERIFY(m_node->refusedRanges() > 0);
        QVERIFY(reader.rangeHalvings() > 0);
        QVERIFY(m_node->largestRangeAnswered() <= 40);
        QVERIFY((*totals)->pages >= 300 / 40);
    }

    // A node that takes the whole span answers it in one page of each filter.
    void aNodeWithoutLimitsIsReadInOnePage() {
        TransferTotalsReader reader(*m_rpc, options());
        const auto totals = readAll(reader);
        QVERIFY(totals);
        QVERIFY2(totals->ok(), qPrintable(totals->ok() ? QString() : totals->error().describe()));
        QCOMPARE((*totals)->pages, 1);
        QCOMPARE((*totals)->transfers, 4);
        QCOMPARE(m_node->refusedRanges(), 0);
    }

    // Only the pair's logs are asked for: the stranger's 120 transfers (with the host and the
    // Marketplace among them) are never fetched.
    void nobodyElsesTransfersAreFetched() {
        TransferTotalsReader reader(*m_rpc, options());
        const auto totals = readAll(reader);
        QVERIFY(totals);
        QVERIFY2(totals->ok(), qPrintable(totals->ok() ? QString() : totals->error().describe()));
        QCOMPARE(m_node->logsAnswered(), 4);
    }

    // A node that refuses even one block: the reader gives up with the node's words, once.
    void aRangeThatCannotBeHalvedFurtherIsAnError() {
        m_node->setMaxBlockRange(0);
        TransferTotalsReader reader(*m_rpc, options());
        const auto totals = readAll(reader);
        QVERIFY(totals);
        QVERIFY(!totals->ok());
        QVERIFY2(totals->error().message.contains(QStringLiteral("block range too large")),
                 qPrintable(totals->error().describe()));
    }
};

QTEST_GUILESS_MAIN(TestTransferTotalsReader)
#include "tst_transfertotalsreader.moc"
