#pragma once

#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/StorageAsk.h"
#include "core/domain/StorageRequest.h"
#include "core/domain/UInt256.h"

#include <QObject>

namespace salesdesk {

class SimulatedMarket;

// What the demo clients ask for. Every drawn value is "around" its mean: uniform within ±50 %
// (slot size, duration, expiry), 1 … 2·mean−1 slots, the price within ±priceSpreadPercent; the
// time between two requests is exponential with the given mean. A market's sizes and durations
// span orders of magnitude: with a maximum set, slot size and duration are drawn log-uniformly
// between their minimum and maximum instead of around the mean, and with collateral percentages
// set, a request's collateral per byte is that share (drawn uniformly between them) of what one
// byte of a slot pays over the request (price × duration) instead of collateralPerByte.
struct SimulatedClientsConfig {
    quint64 seed = 1;
    qint64 meanIntervalSeconds = 600;
    quint64 meanSlotSize = 1024 * 1024; // bytes; keep it small in tests
    quint64 meanSlots = 4;
    quint64 meanDuration = 24 * 3600; // capped by the market's requestDurationLimit
    quint64 meanExpiry = 15 * 60;     // relative; always below the duration
    UInt256 meanPricePerBytePerSecond = 1000;
    int priceSpreadPercent = 20;
    UInt256 collateralPerByte = 1;
    quint64 minSlotSize = 0, maxSlotSize = 0; // bytes, log-uniform when maxSlotSize != 0
    quint64 minDuration = 0, maxDuration = 0; // seconds, log-uniform when maxDuration != 0
    int minCollateralPercent = 0, maxCollateralPercent = 0; // of the payout, when max != 0
    UInt256 proofProbability = 4;
    quint64 maxSlotLoss = 1; // at most slots
    quint64 clients = 4;     // distinct client addresses, used in turn
    // content.merkleRoot = SlotDataGenerator::datasetRoot(…): hashes the whole dataset once per
    // request. Off for big slots (the scale benchmark); the root is then zero.
    bool computeMerkleRoot = true;
    Timestamp until = 0; // no request is posted at or after this time (0: no end)
};

// Simulated clients of the marketplace: the demo's and the scale benchmark's stream of storage
// requests, and the scenario's one-off requests (post()). Each client is funded with exactly the
// request's price (minted) just before it posts.
//
// Request k of the stream is a pure function of (seed, k), so a run is reproducible whatever
// happens in between; the schedule (next k, its time) is kept with the market
// (SimulatedMarket::storeValue) and resumes after a restart. Requests that fell due while the
// app was not running are not made up: the stream resumes at once with the next one.
class SimulatedClients : public QObject {
    Q_OBJECT
public:
    SimulatedClients(SimulatedMarket& market, Clock& clock, const SimulatedClientsConfig& config,
                     QObject* parent = nullptr);
    ~SimulatedClients() override;

    // keccak256("salesdesk.simulated.client.<index>"), first 20 bytes.
    static Address clientAddress(quint64 index);

    const SimulatedClientsConfig& config() const { return m_config; }

    // Starts (or resumes) the stream; stop() pauses it.
    void start();
    void stop();
    bool running() const { return m_timer != 0; }
    Timestamp nextPostAt() const { return m_nextAt; }
    quint64 nextIndex() const { return m_nextIndex; }

    // Request k of the stream, without posting it.
    StorageRequest generatedRequest(quint64 index) const;
    // Seconds between request k-1 and request k.
    qint64 intervalBefore(quint64 index) const;

    // Posts a request with this ask and relative expiry from client `clientIndex`, now: builds
    // the content and a nonce (deterministic per call), funds the client, posts.
    Result<RequestId> post(const StorageAsk& ask, quint64 expiry, quint64 clientIndex = 0);

Q_SIGNALS:
    void requestPosted(const salesdesk::RequestId& id);

private:
    Result<RequestId> fundAndPost(const StorageRequest& request);
    StorageRequest withContent(StorageRequest request, const Nonce& nonce) const;
    void schedule();
    void onTimer();
    void saveSchedule();

    SimulatedMarket& m_market;
    Clock& m_clock;
    SimulatedClientsConfig m_config;
    Clock::TimerId m_timer = 0;
    quint64 m_nextIndex = 0;
    Timestamp m_nextAt = 0;
    quint64 m_manualCount = 0;
};

} // namespace salesdesk
