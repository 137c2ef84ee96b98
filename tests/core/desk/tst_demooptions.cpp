// The demo market looks like a storage market: GiB slots for days to a month at a storage price,
// collateral that is a real share of the pay, a demo availability that takes its requests, and a
// generated demo slot whose proof verifies.
#include "core/clock/VirtualClock.h"
#include "core/desk/DemoOptions.h"
#include "core/desk/Desk.h"
#include "core/proofs/ProofVerifier.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/reservations/MatchExplainer.h"
#include "core/simulation/SimulatedClients.h"
#include "core/simulation/SimulatedMarket.h"
#include "core/storage/QuotaDiskCheck.h"
#include "core/storage/Repo.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace salesdesk;

namespace {

constexpr quint64 kRequests = 300;
constexpr quint64 kDay = 24 * 3600;

} // namespace

class TestDemoOptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_clock = std::make_unique<VirtualClock>(1'767'261'600);
        auto market = SimulatedMarket::open(*m_clock, SimulatedMarketOptions{});
        SD_VERIFY_OK(market);
        m_market = std::move(*market);
        m_clients = std::make_unique<SimulatedClients>(*m_market, *m_clock,
                                                       *demoDeskOptions(QString()).demoClients);
    }
    void cleanup() {
        m_clients.reset();
        m_market.reset();
        m_clock.reset();
    }

    // A new desk's quota: what the disk holds with the reserve left free, at most 1 TiB, whole GiB.
    void theFirstQuotaFitsTheDisk() {
        constexpr quint64 kGiB = 1ull << 30;
        QCOMPARE(DemoQuota::firstQuota(35 * kGiB + 123), 34 * kGiB);
        QCOMPARE(DemoQuota::firstQuota(10ull << 40), DemoQuota::kMaxFirstQuotaBytes);
        QCOMPARE(DemoQuota::firstQuota(kGiB / 2), 0u);
        QCOMPARE(DemoQuota::firstQuota(kGiB + kGiB / 2), kGiB / 2);
        for (quint64 free : {kGiB / 2, 3 * kGiB, 35 * kGiB + 7, 900 * kGiB, 5ull << 40})
            QVERIFY(QuotaDiskCheck::evaluate(DemoQuota::firstQuota(free), 0, free).fits() &&
                    DemoQuota::firstQuota(free) <=
                        QuotaDiskCheck::evaluate(0, 0, free).largestQuota());
        // Far more than the 20 GiB that took about six demo slots.
        QVERIFY(DemoQuota::firstQuota(100 * kGiB) > 4 * Repo::kDefaultQuotaBytes);
    }

    // New books get the first quota of their disk; books that exist keep the quota they have.
    void aNewDemoDeskGetsTheFirstQuotaOnce() {
        QTemporaryDir dir;
        const SimulatedDeskOptions options = demoDeskOptions(dir.path());
        auto free = QuotaDiskCheck::freeBytesAt(dir.path());
        SD_VERIFY_OK(free);
        QCOMPARE(options.newBooksQuotaBytes, std::optional(DemoQuota::firstQuota(*free)));
        VirtualClock clock(1'767'261'600);
        {
            auto desk = Desk::openSimulated(clock, options);
            SD_VERIFY_OK(desk);
            auto quotaResult = (*desk)->engine().repo().quota();
            SD_VERIFY_OK(quotaResult);
            const auto& quota = *quotaResult;
            QCOMPARE(quota.maxBytes, *options.newBooksQuotaBytes);
            SD_VERIFY_OK((*desk)->engine().repo().setMaxBytes(5ull << 30));
        }
        auto again = Desk::openSimulated(clock, demoDeskOptions(dir.path()));
        SD_VERIFY_OK(again);
        auto quotaResult = (*again)->engine().repo().quota();
        SD_VERIFY_OK(quotaResult);
        const auto& quota = *quotaResult;
        QCOMPARE(quota.maxBytes, 5ull << 30);
        // The small demo writes its slots: Repo's default quota.
        QVERIFY(!smallDemoDeskOptions(dir.path()).newBooksQuotaBytes);
    }

    // GiB slots, days to a month, 1 to 3 base units per byte per second, open for hours.
    void requestsAreGiBScaleForDaysToAMonth() {
        using L = DemoMarketLimits;
        quint64 overFiveDays = 0, underTwoDays = 0, overTwoGiB = 0;
        for (quint64 k = 0; k < kRequests; ++k) {
            const StorageRequest request = m_clients->generatedRequest(k);
            SD_VERIFY_OK(request.validate());
            const StorageAsk& ask = request.ask;
            QVERIFY(ask.slotSize >= L::kMinSlotSize && ask.slotSize <= L::kMaxSlotSize);
            QVERIFY(ask.duration >= kDay && ask.duration <= 30 * kDay);
            QVERIFY(ask.slots >= 1 && ask.slots <= 5);
            QVERIFY(ask.pricePerBytePerSecond >= 1 && ask.pricePerBytePerSecond <= 3);
            QVERIFY(request.expiry >= 2 * 3600 && request.expiry <= 6 * 3600);
            overFiveDays += ask.duration > 5 * kDay ? 1 : 0;
            underTwoDays += ask.duration < 2 * kDay ? 1 : 0;
            overTwoGiB += ask.slotSize > (2ull << 30) ? 1 : 0;
        }
        // Spread over the range, not bunched at one end.
        QVERIFY2(overFiveDays > kRequests / 3, qPrintable(QString::number(overFiveDays)));
        QVERIFY2(underTwoDays > kRequests / 10, qPrintable(QString::number(underTwoDays)));
        QVERIFY2(overTwoGiB > kRequests / 4, qPrintable(QString::number(overTwoGiB)));
    }

    // Collateral per byte is 25 to 75 % of what a byte of the slot pays over the request.
    void collateralIsAShareOfThePay() {
        for (quint64 k = 0; k < kRequests; ++k) {
            const StorageAsk ask = m_clients->generatedRequest(k).ask;
            const UInt256 payPerByte = ask.pricePerBytePerSecond * ask.duration;
            QVERIFY(ask.collateralPerByte * 100 <= payPerByte * 75);
            QVERIFY(ask.collateralPerByte * 100 + 100 > payPerByte * 25);
            QVERIFY(ask.collateralPerByte <= DemoMarketLimits::kMaxCollateralPerByte);
        }
    }

    // The host starts with 1,000 tokens, enough for the collateral of a 1 TiB demo availability.
    void theHostStartsWithAThousandTokens() {
        const SimulatedDeskOptions options = demoDeskOptions(QString());
        QCOMPARE(uint256::toDecimal(options.initialHostFunds),
                 QStringLiteral("1000000000000000000000"));
        QVERIFY(demoAvailability(1ull << 40).totalCollateral < options.initialHostFunds);
        QVERIFY(!options.engine.hooks.storeData);
        QVERIFY(options.engine.hooks.downloadBytesPerSecond > 0);
    }

    // A demo availability of 1 TiB takes (nearly) every demo request's slots.
    void theDemoAvailabilityTakesMostRequests() {
        const NewAvailability offer = demoAvailability(1ull << 40);
        Availability availability;
        availability.totalSize = availability.freeSize = offer.totalSize;
        availability.duration = offer.duration;
        availability.minPricePerBytePerSecond = offer.minPricePerBytePerSecond;
        availability.totalCollateral = availability.totalRemainingCollateral =
            offer.totalCollateral;
        quint64 taken = 0;
        for (quint64 k = 0; k < kRequests; ++k) {
            const StorageRequest request = m_clients->generatedRequest(k);
            SlotRequirements slot;
            slot.slotSize = request.ask.slotSize;
            slot.duration = request.ask.duration;
            slot.pricePerBytePerSecond = request.ask.pricePerBytePerSecond;
            slot.collateralPerByte = request.ask.collateralPerByte;
            slot.validUntil = m_clock->now() + request.ask.duration;
            taken += MatchExplainer::failedRules(availability, slot).isEmpty() ? 1 : 0;
        }
        QVERIFY2(taken * 10 >= kRequests * 9, qPrintable(QString::number(taken)));
    }

    // A demo slot's data is generated, not stored; its proof is a real proof over that data and
    // verifies against the slot's root, which the market computes the same way.
    void aGeneratedDemoSlotsProofVerifies() {
        const StorageRequest request = m_clients->generatedRequest(0);
        const RequestId key = proofs::SlotDataGenerator::datasetKey(request);
        const quint64 size = request.ask.slotSize;
        const Hash32 root = proofs::SlotDataGenerator::slotRoot(key, 0, size);
        const Hash32 challenge = Hash32::fromBytes(QByteArray(32, '\x5a'));
        const StorageProof proof = proofs::proveFromGenerator(key, 0, size, challenge);
        QCOMPARE(proof.openings.size(), 3);
        SD_VERIFY_OK(proofs::checkProof(proof, root, size));
        // A changed block hash does not verify.
        StorageProof forged = proof;
        forged.openings[0].blockHash = Hash32::fromBytes(QByteArray(32, '\x01'));
        QVERIFY(!proofs::verifyProof(forged, root, size));
    }

    // The local chain desk downloads the slots it sells, and its demo requests stay small, so a
    // run writes megabytes: at most 4 MiB a request.
    void theLocalChainDeskDownloadsSmallSlots() {
        const LocalChainDeskOptions options = localChainDeskOptions(QStringLiteral("/data/x"));
        QVERIFY(options.downloadSlotData);
        QCOMPARE(options.engine.dataDirectory, QStringLiteral("/data/x"));
        const ChainDemoClients::Options& clients = options.chain.clients;
        QCOMPARE(clients.minSlotSize, LocalChainDemoLimits::kMinSlotSize);
        QCOMPARE(clients.maxSlotSize, LocalChainDemoLimits::kMaxSlotSize);
        QVERIFY(clients.minSlotSize >= 64 * 1024);
        QVERIFY(clients.maxSlots * clients.maxSlotSize <= quint64(4) << 20);
        // Open long enough at the demo's speed for a download (the clock does not wait for it).
        QVERIFY(clients.expiry < clients.minDuration);
        QVERIFY(clients.expiry >= 3000);
    }

private:
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<SimulatedMarket> m_market;
    std::unique_ptr<SimulatedClients> m_clients;
};

QTEST_GUILESS_MAIN(TestDemoOptions)
#include "tst_demooptions.moc"
