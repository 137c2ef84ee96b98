// The sales engine on a real chain when its host cannot prove: the node is out of the host's
// reach (a FaultProxy refusing and dropping every connection) from the moment the sale proves,
// and a validator (another account, straight to the chain) reports each proof the host misses.
// Each report slashes a share of the slot's collateral; at the Marketplace's maxNumberOfSlashes
// the slot is forcibly freed and the one-slot request fails. When the node is back the host
// learns what happened from the chain: the sale fails with its request, its collateral is booked
// as lost (what was slashed and what the Marketplace kept at the free), and
// the books are exact: the host's token balance moved by the deposit only, as the token transfers
// its follower stored say; no reservation left; the availability whole less the lost collateral
// (ChainSaleFixture: engine and chain on one VirtualClock).

#include "core/chain/market/MarketplaceCalls.h"
#include "tests/core/chain/ChainSaleFixture.h"
#include "tests/support/chain/FaultProxy.h"

#include <QSet>
#include <QTest>

using namespace salesdesk;
using namespace salesdesk::test;

class TestChainSaleSlashed : public ChainSaleFixture {
    Q_OBJECT

    Address validator() const { return m_chain.account(5); }

    // As a validator: reports the last ended period of `slot` missing when the chain lets it
    // (a proof was due and none came), once per period. The number of reports that went through.
    // Whether a missed proof can be reported depends on the block it is reported in: not while
    // the slot's pointer for that period is in the downtime. A validator that finds it there
    // waits for later blocks; this one mines them (the chain's time stands still), so that each
    // period is reported whatever blocks the host's timers happened to mine.
    int m_reported = 0;
    QSet<quint64> m_tried;
    void reportMissedProof(const SlotId& slot) {
        const quint64 period = m_session->period();
        if (period == 0 || m_tried.contains(period - 1))
            return;
        const quint64 missed = period - 1;
        const auto canMark = [&] {
            return m_session->view(marketplace::canMarkProofAsMissing(slot, missed), validator())
                .ok();
        };
        const int downtime = m_chain.chain().options().market.downtime;
        if (!canMark() &&
            (!m_session->alignPointer(slot, downtime + 2, 250, /*periodsBack=*/1) || !canMark()))
            return; // not due, not ended long enough, or timed out: nothing to report
        m_tried.insert(missed);
        const auto marked =
            m_session->send(validator(), marketplace::markProofAsMissing(slot, missed));
        if (!marked.ok()) {
            qWarning("markProofAsMissing(%llu): %s", missed,
                     qPrintable(MarketplaceSession::failure(marked)));
            return;
        }
        ++m_reported;
        m_chainNow = std::max(m_chainNow, m_session->now());
    }

private Q_SLOTS:
    void initTestCase() { setUpChain(); }
    void init() {
        setUpTest();
        m_follow = true;
        m_reported = 0;
        m_tried.clear();
    }
    void cleanup() { tearDownTest(); }

    void slashedAndFreedWhileTheNodeIsOutOfReach() {
        FaultProxy proxy(m_chain.port());
        QVERIFY(proxy.listen());
        m_rpcUrl = proxy.url();
        QVERIFY(openHost());
        const auto availability = offer(1);
        QVERIFY(availability);
        const UInt256 balanceBefore = m_session->balanceOf(hostAddress());
        const StorageRequest request = post(MarketplaceSession::makeRequest(
            client(), 1, kSlotSize, kDuration, kExpiry, /*maxSlotLoss=*/0));
        const SlotId slot = slotIdOf(request.id(), 0);
        QVERIFY(drive([&] { return m_seen.contains(SaleStateKind::Proving); }));

        proxy.setRefusing(true);
        proxy.dropAll();
        const MarketConfig& config = m_chain.chain().options().market;
        const auto slotState = [&]() -> std::optional<SlotState> {
            const auto answer = m_session->view(marketplace::slotState(slot));
            if (!answer.ok())
                return std::nullopt;
            const auto state = m_session->answers().slotState(*answer);
            return state.ok() ? std::optional(*state) : std::nullopt;
        };
        QVERIFY(drive([&] {
            reportMissedProof(slot);
            return m_reported >= int(config.maxNumberOfSlashes);
        }));
        QCOMPARE(m_reported, int(config.maxNumberOfSlashes));
        QVERIFY(slotState() != std::optional(SlotState::Filled)); // forcibly freed
        QVERIFY(m_ended.isEmpty()); // the host has not heard of it yet
        const UInt256 slashed =
            request.collateralPerSlot() * config.slashPercentage / 100 * m_reported;
        QVERIFY(slashed > 0);

        proxy.setRefusing(false);
        QVERIFY(drive([&] { return endedIn(0).has_value(); }));
        // The sale failed with its request; the freed slot, offered again as a repair, is then
        // ignored: its request has failed.
        const QStringList ended = endedNames(0);
        QVERIFY2(!ended.isEmpty() && ended.first() == toString(SaleStateKind::Failed),
                 qPrintable(ended.join(QLatin1Char(' '))));
        for (qsizetype i = 1; i < ended.size(); ++i)
            QCOMPARE(ended.at(i), toString(SaleStateKind::Ignored));
        // The deposit went out and nothing came back: all of it booked as lost.
        checkExactBooks(balanceBefore, *availability, {1, 0, 0, 1});
        QCOMPARE(m_session->balanceOf(hostAddress()) + request.collateralPerSlot(), balanceBefore);
        const auto entries = m_engine->ledger().entries();
        SD_VERIFY_OK(entries);
        UInt256 lost = 0;
        for (const LedgerEntry& entry : *entries)
            if (entry.kind == LedgerKind::CollateralLost)
                lost += entry.amount;
        QCOMPARE(lost, request.collateralPerSlot());
    }
};

QTEST_GUILESS_MAIN(TestChainSaleSlashed)
#include "tst_chainsaleslashed.moc"
