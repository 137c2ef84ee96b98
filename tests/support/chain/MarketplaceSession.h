#pragma once

#include "core/chain/market/FillProof.h"
#include "core/chain/market/MarketplaceAnswers.h"
#include "core/chain/market/MarketplaceEvent.h"
#include "core/chain/tx/TransactionReceipt.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/StorageRequest.h"
#include "core/domain/UInt256.h"
#include "core/market/MarketResult.h"
#include "tests/support/chain/AnvilFixture.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <vector>

namespace salesdesk::test {

// The Marketplace our fixture's LocalChain deployed, driven the way the app will drive it: call
// data from core/chain/market/MarketplaceCalls, answers read with MarketplaceAnswers, events with
// MarketplaceEvent, refusals turned into MarketErrors by marketErrorOf. Each helper waits on the
// event loop for the real chain (AnvilFixture::kWaitMs at most). Transactions go out from anvil's
// unlocked accounts with eth_sendTransaction after eth_estimateGas (an estimate that reverts is
// the refusal, and nothing is sent); a transaction mined and failed is replayed with eth_call to
// name why.
class MarketplaceSession {
public:
    struct Sent {
        TransactionReceipt receipt;
        QList<MarketplaceEvent> events; // the Marketplace's logs of the transaction
        bool has(MarketplaceEvent::Kind kind) const;
    };

    explicit MarketplaceSession(AnvilFixture& fixture);

    Address marketplace() const;
    Address token() const;
    const MarketplaceAnswers& answers() const { return *m_answers; }

    // eth_call on the Marketplace (at the latest block), from `from` when given.
    MarketResult<QByteArray> view(const QByteArray& data, std::optional<Address> from = {});
    MarketResult<Sent> send(const Address& from, const QByteArray& data);
    MarketResult<Sent> sendTo(const Address& from, const Address& to, const QByteArray& data);

    // The test token (ERC-20).
    UInt256 balanceOf(const Address& holder);
    bool approve(const Address& owner, const UInt256& amount);

    // A request of `slots` slots of `slotSize` bytes from `client`, whose content root is the
    // root over the generated slot data's roots (SlotDataGenerator), so hosts can prove it. Its
    // nonce is random; maxSlotLoss is 1 (0 for one slot) unless given; proofProbability 1 (a
    // proof every period) unless given. (The generated data depends on every field but the root:
    // change none after.)
    static StorageRequest makeRequest(const Address& client, quint64 slots, quint64 slotSize,
                                      quint64 duration, quint64 expiry,
                                      std::optional<quint64> maxSlotLoss = std::nullopt,
                                      const UInt256& proofProbability = UInt256(1));
    // approve(maxPrice) then requestStorage.
    MarketResult<Sent> post(const StorageRequest& request);
    // The fill proof of the slot for `challenge`, from the generated data.
    std::optional<FillProof> fillProof(const StorageRequest& request, quint64 slotIndex,
                                       const Hash32& challenge);
    // The slot's current challenge (getChallenge) and pointer (getPointer), at the latest block.
    std::optional<Hash32> challenge(const SlotId& slot);
    std::optional<quint8> pointer(const SlotId& slot);
    // approve(collateral) then fillSlot with a fill proof for the slot's current challenge, from
    // the generated data. The pointer is moved away from its wrap first (so the challenge read is
    // the one the transaction sees).
    MarketResult<Sent> fill(const Address& host, const StorageRequest& request, quint64 slotIndex,
                            const UInt256& collateral);
    // submitProof for the current challenge, the pointer moved past the downtime first.
    MarketResult<Sent> prove(const Address& host, const StorageRequest& request, quint64 slotIndex);

    // The latest block's timestamp, and its period.
    quint64 now();
    quint64 period() { return now() / m_periodSeconds; }
    // The timestamp of block `number`.
    quint64 timeOf(quint64 number);
    // Mines one block `secondsInto` seconds after the start of the next period (the chain's time
    // stands still between blocks: anvil_setBlockTimestampInterval 0, set by start()).
    bool advanceToNextPeriod(quint64 secondsInto = 0);
    // Mines one block at `timestamp`.
    bool mineAt(quint64 timestamp);
    // Mines blocks until the slot's pointer for the period `periodsBack` periods before the
    // current one lies in [low, high] (the pointer moves up by one per block).
    bool alignPointer(const SlotId& slot, int low, int high, int periodsBack = 0);
    // Freezes the chain's time between blocks (see advanceToNextPeriod).
    bool start();

    // A failure's text for QVERIFY2.
    template <typename T> static QString failure(const MarketResult<T>& result) {
        return result.ok() ? QStringLiteral("ok") : result.error().message;
    }
    const QString& error() const { return m_error; }

private:
    MarketResult<Sent> receiptOf(const QString& hash);

    AnvilFixture& m_fixture;
    const MarketplaceAnswers* m_answers = nullptr;
    quint64 m_periodSeconds = 60;
    QString m_error;
    quint64 m_lastFailedBlock = 0;
};

} // namespace salesdesk::test
