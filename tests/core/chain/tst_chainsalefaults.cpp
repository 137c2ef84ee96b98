// The sales engine selling on a real chain through faults of the chain itself: the node out of
// reach for a while (every connection refused and dropped by a FaultProxy between the host and
// anvil) while the host fills or proves; the host's fillSlot stuck in the pool because the base
// fee rose above what it offered, until the transaction manager's fee bump replaces it; and a
// reorg of depth 3 across the fill, the fill mined again in other blocks or dropped and sent
// again. Each time the sale goes on to its end and the books are exact: one fill per slot, the
// host's token balance moved by what the ledger booked, as did the token transfers its follower
// stored (retracted and stored again across the reorg), no reservation left, the availability
// whole again (ChainSaleFixture: engine and chain on one VirtualClock).

#include "core/chain/market/MarketplaceCalls.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/domain/AbiEncoder.h"
#include "tests/core/chain/ChainSaleFixture.h"
#include "tests/support/chain/FaultProxy.h"

#include <QJsonObject>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

// A request of five periods: short, so the chain mines fewer blocks (one per second of the clock).
constexpr quint64 kShortDuration = 300;
constexpr quint64 kShortExpiry = 240;

// fillSlot's selector (docs/contracts.md).
const QString kFillSlot = QStringLiteral("0x94047446");

} // namespace

class TestChainSaleFaults : public ChainSaleFixture {
    Q_OBJECT

    // The host's stored attempts of its fillSlot intents (0x… hashes), oldest first.
    QStringList fillAttempts() {
        const auto joined = m_chainDb->queryValue(QStringLiteral(
            "SELECT group_concat(h, ' ') FROM (SELECT lower(hex(a.hash)) AS h FROM "
            "chain_transactions t JOIN chain_transaction_attempts a ON a.transaction_id = t.id "
            "WHERE t.intent_key LIKE 'fillSlot%' ORDER BY t.id, a.attempt)"));
        QStringList hashes;
        if (!joined.ok())
            return hashes;
        for (const QString& hash : joined->toString().split(u' ', Qt::SkipEmptyParts))
            hashes.append(QStringLiteral("0x") + hash);
        return hashes;
    }

    // The block number of a mined transaction; nullopt while it is not mined.
    std::optional<quint64> minedIn(const QString& hash) {
        const auto receipt = m_chain.call(QStringLiteral("eth_getTransactionReceipt"), {hash});
        if (!receipt.ok() || !receipt->isObject())
            return std::nullopt;
        const auto number = rpc::parseJsonQuantityU64(receipt->toObject()[u"blockNumber"]);
        return number.ok() ? std::optional<quint64>(*number) : std::nullopt;
    }

    // The SlotFilled logs of the request on the chain as it is now.
    int fillsOnChain(const RequestId& request) {
        const Hash32 topic = abi::keccak256("SlotFilled(bytes32,uint64)");
        const auto logs = m_chain.call(
            QStringLiteral("eth_getLogs"),
            {QJsonObject{{QStringLiteral("fromBlock"), QStringLiteral("0x0")},
                         {QStringLiteral("toBlock"), QStringLiteral("latest")},
                         {QStringLiteral("address"), m_session->marketplace().toHex()},
                         {QStringLiteral("topics"), QJsonArray{topic.toHex(), request.toHex()}}}});
        return logs.ok() ? int(logs->toArray().size()) : -1;
    }

    // The host's pending transactions in anvil's pool whose call data starts with `selector`.
    QList<QJsonObject> pendingOfHost(const QString& selector) {
        QList<QJsonObject> found;
        const auto content = m_chain.call(QStringLiteral("txpool_content"));
        if (!content.ok())
            return found;
        const QJsonObject pending = content->toObject()[u"pending"].toObject();
        for (auto sender = pending.begin(); sender != pending.end(); ++sender) {
            if (sender.key().compare(hostAddress().toHex(), Qt::CaseInsensitive) != 0)
                continue;
            const QJsonObject byNonce = sender.value().toObject();
            for (auto tx = byNonce.begin(); tx != byNonce.end(); ++tx) {
                const QJsonObject transaction = tx.value().toObject();
                if (transaction[u"input"].toString().startsWith(selector))
                    found.append(transaction);
            }
        }
        return found;
    }

    StorageRequest postShort(quint64 slots) {
        return post(MarketplaceSession::makeRequest(client(), slots, kSlotSize, kShortDuration,
                                                    kShortExpiry));
    }

    bool setAutomine(bool on) { return m_chain.call(QStringLiteral("evm_setAutomine"), {on}).ok(); }

    void sellTwoSlotsToTheEnd(const UInt256& balanceBefore, const Availability& availability,
                              const StorageRequest& request) {
        QVERIFY(drive([&] { return allEnded(2); }));
        QCOMPARE(endedNames(0), QStringList{toString(SaleStateKind::Finished)});
        QCOMPARE(endedNames(1), QStringList{toString(SaleStateKind::Finished)});
        QCOMPARE(fillsOnChain(request.id()), 2);
        checkExactBooks(balanceBefore, availability, {2, 2, 2, 0});
        QVERIFY(m_session->balanceOf(hostAddress()) > balanceBefore);
    }

private Q_SLOTS:
    void initTestCase() { setUpChain(); }
    void init() {
        setUpTest();
        m_follow = true;
    }
    void cleanup() {
        QVERIFY(setAutomine(true));
        tearDownTest();
    }

    // Every connection to the node refused and dropped for a period and a half, from the moment
    // the first sale begins to fill, or proves: the sales go on once it is back (a fill whose
    // challenge changed meanwhile is proven again), each slot filled once and collected once.
    void goesOnAfterTheNodeWasDown_data() {
        QTest::addColumn<int>("downFrom");
        QTest::newRow("while filling") << int(SaleStateKind::Filling);
        QTest::newRow("while proving") << int(SaleStateKind::Proving);
    }
    void goesOnAfterTheNodeWasDown() {
        QFETCH(int, downFrom);
        FaultProxy proxy(m_chain.port());
        QVERIFY(proxy.listen());
        m_rpcUrl = proxy.url();
        QVERIFY(openHost());
        const auto availability = offer();
        QVERIFY(availability);
        const UInt256 balanceBefore = m_session->balanceOf(hostAddress());
        // An expiry that leaves room for the outage, the host's backoff after it (up to half a
        // minute) and a fill proven again in the next period: 300 s was too short for some slot
        // ids (SALESDESK_TEST_SEED=1 and 2), whose fills were refused for a changed challenge
        // and the request expired while the host waited for the period to prove again.
        const StorageRequest request =
            post(MarketplaceSession::makeRequest(client(), 2, kSlotSize, 600, 480));

        QVERIFY(drive([&] { return m_seen.contains(static_cast<SaleStateKind>(downFrom)); }));
        proxy.setRefusing(true);
        proxy.dropAll();
        const int seenBefore = proxy.connectionsAccepted();
        const Timestamp upAt = m_clock->now() + 90;
        bool down = true;
        QVERIFY(drive([&] {
            if (down && m_clock->now() >= upAt) {
                proxy.setRefusing(false);
                down = false;
            }
            return !down;
        }));
        QVERIFY(proxy.connectionsAccepted() > seenBefore); // the host kept trying
        sellTwoSlotsToTheEnd(balanceBefore, *availability, request);
    }

    // The host's fillSlot is sent, then every block's base fee is set just above its maximum fee,
    // so it waits in the pool; the transaction manager signs it again with higher fees (same
    // nonce) and that one is mined: one fill, one deposit.
    void replacesAStuckFill() {
        // A bump well before the challenge can change (the chain mines a block per second of
        // the clock here); a fill refused for it would be proven again anyway.
        m_bumpAfterSeconds = 20;
        QVERIFY(openHost());
        const auto availability = offer(1);
        QVERIFY(availability);
        const UInt256 balanceBefore = m_session->balanceOf(hostAddress());
        const StorageRequest request = postShort(1);
        QVERIFY(setAutomine(false)); // blocks only when the clock moves on (drive)

        std::optional<UInt256> firstFee;
        bool stuckOnce = false;
        QVERIFY(drive([&] {
            const QList<QJsonObject> pending = pendingOfHost(kFillSlot);
            if (!firstFee && !pending.isEmpty()) {
                const auto fee = rpc::parseJsonQuantity(pending.first()[u"maxFeePerGas"]);
                if (fee.ok())
                    firstFee = *fee;
            }
            if (firstFee && !m_seen.contains(SaleStateKind::Filled)) {
                // Before each block: its base fee is above what the first attempt offers.
                const auto raised = m_chain.call(QStringLiteral("anvil_setNextBlockBaseFeePerGas"),
                                                 {rpc::toQuantity(*firstFee + UInt256(1))});
                if (!raised.ok())
                    qWarning("base fee: %s", qPrintable(raised.error().describe()));
                stuckOnce = stuckOnce || !pending.isEmpty();
            }
            return endedIn(0).has_value();
        }));
        QVERIFY(firstFee);
        QVERIFY(stuckOnce);
        QCOMPARE(endedNames(0), QStringList{toString(SaleStateKind::Finished)});
        const QStringList attempts = fillAttempts();
        QVERIFY2(attempts.size() >= 2, qPrintable(attempts.join(u' ')));
        QVERIFY(!minedIn(attempts.first())); // the first attempt was replaced, never mined
        QCOMPARE(fillsOnChain(request.id()), 1);
        QVERIFY(setAutomine(true));
        checkExactBooks(balanceBefore, *availability, {1, 1, 1, 0});
    }

    // A reorg of depth 3 right after the host's fill is mined (the host waits for 4
    // confirmations): the blocks are replaced, with the same transactions mined again in the
    // last new block, or without them; the host's follower retracts the transfer and stores it
    // again; the fill is confirmed on the new chain or sent again; the books are exact.
    void sellsAcrossAReorgOfTheFill_data() {
        QTest::addColumn<bool>("minedAgain");
        QTest::newRow("transactions mined again") << true;
        QTest::newRow("transactions dropped") << false;
    }
    void sellsAcrossAReorgOfTheFill() {
        QFETCH(bool, minedAgain);
        m_confirmations = 4;
        QVERIFY(openHost());
        const auto availability = offer();
        QVERIFY(availability);
        const UInt256 balanceBefore = m_session->balanceOf(hostAddress());
        const StorageRequest request = postShort(2);

        std::optional<quint64> fillBlock;
        QVERIFY(drive([&] {
            for (const QString& hash : fillAttempts())
                if (const auto block = minedIn(hash))
                    fillBlock = block;
            return fillBlock.has_value();
        }));
        const auto head = m_chain.blockNumber();
        QVERIFY(head);
        QVERIFY2(*fillBlock + 2 >= *head,
                 qPrintable(QStringLiteral("fill in %1, head %2").arg(*fillBlock).arg(*head)));
        QVERIFY(!m_seen.contains(SaleStateKind::Filled)); // not confirmed yet
        QJsonArray replayed;
        for (quint64 number = *head - 2; number <= *head; ++number) {
            const auto block = m_chain.call(QStringLiteral("eth_getBlockByNumber"),
                                            {rpc::toQuantity(number), false});
            QVERIFY(block.ok() && block->isObject());
            for (const QJsonValue& hash : block->toObject()[u"transactions"].toArray()) {
                const auto raw =
                    m_chain.call(QStringLiteral("eth_getRawTransactionByHash"), {hash.toString()});
                QVERIFY2(raw.ok(), qPrintable(rpcFailure(raw)));
                if (minedAgain)
                    replayed.append(QJsonArray{raw->toString(), 2});
            }
        }
        const auto reorged = m_chain.call(QStringLiteral("anvil_reorg"), {3, replayed});
        QVERIFY2(reorged.ok(), qPrintable(rpcFailure(reorged)));
        QCOMPARE(m_chain.blockNumber(), head);
        QCOMPARE(fillsOnChain(request.id()), minedAgain ? 1 : 0);

        sellTwoSlotsToTheEnd(balanceBefore, *availability, request);
    }
};

QTEST_GUILESS_MAIN(TestChainSaleFaults)
#include "tst_chainsalefaults.moc"
