// The books follow the chain (TokenTransferFollower) on anvil: a host's fill moves its collateral
// to the Marketplace and the follower stores that Transfer once; a reorg (evm_revert to before
// the fill, then other blocks) retracts it; the fill made again on the new chain is stored once;
// a transfer between the host and someone else is kept but is no sale's; and the followed totals
// agree with a ledger that booked the deposit, and disagree with one that did not.

#include "core/chain/market/MarketplaceCalls.h"
#include "core/chain/market/TokenTransferFollower.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/clock/SystemClock.h"
#include "core/domain/AbiEncoder.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "tests/support/chain/AnvilFixture.h"
#include "tests/support/chain/MarketplaceSession.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace salesdesk;
using namespace salesdesk::test;

namespace {

constexpr quint64 kSlotSize = 2 * 64 * 1024 + 500;

} // namespace

class TestTokenTransferFollower : public QObject {
    Q_OBJECT

    AnvilFixture m_chain;
    std::unique_ptr<MarketplaceSession> m_session;
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JsonRpcClient> m_rpc;
    std::unique_ptr<TokenTransferFollower> m_follower;

    Address host() const { return m_chain.account(2); }
    Address client() const { return m_chain.account(1); }

    std::optional<TokenTransferFollower::Totals> totals() {
        auto found = TokenTransferFollower::totals(*m_db, host(), m_session->marketplace());
        if (!found.ok()) {
            qWarning("totals: %s", qPrintable(found.message()));
            return std::nullopt;
        }
        return *found;
    }
    int storedRows() {
        auto count = m_db->queryValue(QStringLiteral("SELECT count(*) FROM chain_token_transfers"));
        return count.ok() ? count->toInt() : -1;
    }
    // Polls until the follower has read up to the chain's head and `holds` is true.
    bool followUntil(const std::function<bool(const TokenTransferFollower::Totals&)>& holds) {
        return QTest::qWaitFor(
            [&] {
                const auto head = m_chain.blockNumber();
                const auto at = m_follower->cursor().position();
                if (!head || !at || at->number < *head) {
                    m_follower->wake();
                    return false;
                }
                const auto now = totals();
                return now && holds(*now);
            },
            AnvilFixture::kWaitMs);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_chain.start(), qPrintable(m_chain.error()));
        m_session = std::make_unique<MarketplaceSession>(m_chain);
        QVERIFY2(m_session->start(), qPrintable(m_session->error()));
        auto db = Database::open(m_dir.filePath(QStringLiteral("chain.sqlite")),
                                 Database::kHostApplicationId);
        SD_VERIFY_OK(db);
        m_db = std::move(*db);
        m_rpc = std::make_unique<JsonRpcClient>(m_chain.rpcUrl(), m_clock);
        TokenTransferFollower::Options options;
        options.token = m_session->token();
        options.account = host();
        options.startBlock = m_chain.chain().deployment()->marketplaceBlock;
        options.pollSeconds = 1;
        m_follower = std::make_unique<TokenTransferFollower>(*m_rpc, *m_db, m_clock, options);
        SD_VERIFY_OK(m_follower->start());
    }

    void followsAFillAcrossAReorg() {
        const StorageRequest request =
            MarketplaceSession::makeRequest(client(), 2, kSlotSize, 600, 300);
        const auto posted = m_session->post(request);
        QVERIFY2(posted.ok(), qPrintable(MarketplaceSession::failure(posted)));
        const UInt256 collateral = request.collateralPerSlot();
        QVERIFY(followUntil([](const auto& now) { return now.transfers == 0; }));
        // The host's other transfers so far (the test tokens minted to it) are kept too.
        const int before = storedRows();
        QVERIFY(before >= 1);

        // The fill on a branch that a reorg will drop.
        QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error()));
        QVERIFY(m_session->send(host(), marketplace::reserveSlot(request.id(), 0)).ok());
        const auto filled = m_session->fill(host(), request, 0, collateral);
        QVERIFY2(filled.ok(), qPrintable(MarketplaceSession::failure(filled)));
        QVERIFY(followUntil([&](const auto& now) { return now.sent == collateral; }));
        QCOMPARE(totals()->transfers, 1);
        QCOMPARE(storedRows(), before + 1);
        const auto branchHead = m_chain.blockNumber();
        QVERIFY(branchHead);

        // The reorg: back to before the fill, then more blocks than the branch had, without it.
        QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error()));
        const auto reverted = m_chain.blockNumber();
        QVERIFY(reverted && *reverted < *branchHead);
        // (The fill mined blocks to move the slot's pointer: as many as that, and two more.)
        QVERIFY(m_chain.mine(*branchHead - *reverted + 2));
        QVERIFY(*m_chain.blockNumber() > *branchHead);
        QVERIFY(followUntil([](const auto& now) { return now.transfers == 0; }));
        QCOMPARE(storedRows(), before);
        QCOMPARE(totals()->sent, UInt256(0));

        // The fill made again on the new chain, and a transfer with someone else.
        QVERIFY(m_session->send(host(), marketplace::reserveSlot(request.id(), 1)).ok());
        const auto again = m_session->fill(host(), request, 1, collateral);
        QVERIFY2(again.ok(), qPrintable(MarketplaceSession::failure(again)));
        const auto paid =
            m_session->sendTo(client(), m_session->token(),
                              abi::encodeCall("transfer(address,uint256)",
                                              {abi::address(host()), abi::uint(UInt256(7))}));
        QVERIFY2(paid.ok(), qPrintable(MarketplaceSession::failure(paid)));
        QVERIFY(followUntil([&](const auto& now) { return now.sent == collateral; }));
        QVERIFY(QTest::qWaitFor([&] { return storedRows() == before + 2; }, AnvilFixture::kWaitMs));
        QCOMPARE(totals()->transfers, 1); // the client's 7 units are no sale's
        QCOMPARE(totals()->received, UInt256(0));

        // Against the ledger: the deposit booked agrees; a deposit not booked is named.
        const auto followed = *totals();
        QVERIFY(TokenTransferFollower::disagreements(followed, collateral, 0).isEmpty());
        const QStringList missing = TokenTransferFollower::disagreements(followed, 0, 0);
        QCOMPARE(missing.size(), 1);
        QVERIFY2(missing.first().contains(uint256::toDecimal(collateral)),
                 qPrintable(missing.first()));
    }

    // Only the host's transfers are fetched (topic 1 or 2 is the host): the client paying a
    // stranger five times delivers no log to the follower; the client paying the host, one.
    void anotherAccountsTransfersAreNeverFetched() {
        const Address stranger = m_chain.account(3);
        int delivered = 0;
        const auto connection = connect(&m_follower->cursor(), &EventCursor::batchCommitted, this,
                                        [&](quint64, quint64, int logs) { delivered += logs; });
        const int before = storedRows();
        for (int i = 0; i < 5; ++i) {
            const auto paid = m_session->sendTo(
                client(), m_session->token(),
                abi::encodeCall("transfer(address,uint256)",
                                {abi::address(stranger), abi::uint(UInt256(11))}));
            QVERIFY2(paid.ok(), qPrintable(MarketplaceSession::failure(paid)));
        }
        const auto paid =
            m_session->sendTo(client(), m_session->token(),
                              abi::encodeCall("transfer(address,uint256)",
                                              {abi::address(host()), abi::uint(UInt256(5))}));
        QVERIFY2(paid.ok(), qPrintable(MarketplaceSession::failure(paid)));
        QVERIFY(followUntil([&](const auto&) { return storedRows() == before + 1; }));
        disconnect(connection);
        QCOMPARE(delivered, 1);
    }
};

QTEST_GUILESS_MAIN(TestTokenTransferFollower)
#include "tst_tokentransferfollower.moc"
