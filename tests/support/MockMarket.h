#pragma once

#include "core/market/Market.h"
#include "core/market/MarketMethods.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace salesdesk::test {

// A Market for tests: every answer is a public field set by the test before (or between) calls;
// the value at the time of the call is what the caller gets. Answers are asynchronous like a real
// market's: posted to `context` with a queued call, so they arrive on the next pass of the event
// loop and are dropped when `context` is gone. With holdAnswers on, answers wait in a list until
// releaseHeldAnswers() posts them, so a test can let something happen "while the call is in
// flight". Every call is recorded by name in `calls`; transactions also record their arguments.
// Events are emitted with the emit* helpers.
class MockMarket : public Market {
    Q_OBJECT
public:
    struct Fill {
        RequestId requestId;
        quint64 slotIndex = 0;
        StorageProof proof;
        UInt256 collateral = 0;
    };
    struct Reserve {
        RequestId requestId;
        quint64 slotIndex = 0;
    };
    struct Submission {
        SlotId slotId;
        StorageProof proof;
    };

    explicit MockMarket(QObject* parent = nullptr);

    // ---- Answers ------------------------------------------------------------------------------
    Address signerAddress;
    MarketConfig marketConfig;

    QHash<RequestId, StorageRequest> requests; // getRequest: none when absent
    std::optional<MarketError> getRequestError;
    QHash<RequestId, RequestState> requestStates; // requestState: none when absent
    std::optional<MarketError> requestStateError;
    QHash<SlotId, SlotState> slotStates; // slotState: defaultSlotState when absent
    SlotState defaultSlotState = SlotState::Free;
    std::optional<MarketError> slotStateError;
    QHash<SlotId, Address> hosts; // getHost: none when absent
    std::optional<MarketError> hostError;
    QHash<SlotId, Slot> activeSlots; // getActiveSlot: none when absent
    std::optional<MarketError> activeSlotError;
    // slotSummaries: composed of the answers above (any of their errors fails it), or this.
    std::optional<MarketError> slotSummariesError;

    MarketResult<Timestamp> requestEndAnswer = Timestamp(0);
    MarketResult<Timestamp> expiresAtAnswer = Timestamp(0);
    MarketResult<UInt256> currentCollateralAnswer = UInt256(0);
    MarketResult<UInt256> slotCollateralAnswer = UInt256(0);
    MarketResult<QList<SlotId>> mySlotsAnswer = QList<SlotId>{};
    MarketResult<QList<OpenRequest>> openRequestsAnswer = QList<OpenRequest>{};
    MarketResult<UInt256> balanceAnswer = UInt256(0);
    QHash<SlotId, HostSlotSettlement> settlements; // hostSettlement; none: all zero
    std::optional<MarketError> hostSettlementError;
    QSet<SlotId> heldReservations; // holdsReservation
    std::optional<MarketError> holdsReservationError;

    MarketResult<bool> proofRequiredAnswer = false;
    MarketResult<bool> willProofBeRequiredAnswer = false;
    MarketResult<Hash32> challengeAnswer = Hash32{};
    MarketResult<quint8> pointerAnswer = quint8(0);
    MarketResult<quint64> missingProofsAnswer = quint64(0);

    MarketResult<bool> canReserveSlotAnswer = true;
    std::optional<MarketError> reserveSlotError;
    // fillSlot answers with the collateral it was given unless this is set.
    std::optional<MarketResult<UInt256>> fillSlotAnswer;
    MarketResult<SlotPayout> freeSlotAnswer = SlotPayout{};
    std::optional<MarketError> submitProofError;

    // ---- Records ------------------------------------------------------------------------------
    QStringList calls; // every method called, by name, in order
    QList<Reserve> reserved;
    QList<Fill> filled;
    QList<SlotId> freed;
    QList<Submission> submitted;
    QList<QList<SlotId>> dutiesAsked; // the slots of every proofDuties call

    int callCount(const QString& method) const { return static_cast<int>(calls.count(method)); }

    // ---- Delivery -----------------------------------------------------------------------------
    bool holdAnswers = false;
    int heldAnswers() const { return static_cast<int>(m_held.size()); }
    // Posts every held answer whose context is still alive; returns how many were posted.
    int releaseHeldAnswers();

    // ---- Events -------------------------------------------------------------------------------
    void emitStorageRequested(const RequestId& id, const StorageAsk& ask, Timestamp expiresAt);
    void emitRequestFulfilled(const RequestId& id);
    void emitRequestCancelled(const RequestId& id);
    void emitRequestFailed(const RequestId& id);
    void emitSlotFilled(const RequestId& id, quint64 slotIndex);
    void emitSlotFreed(const RequestId& id, quint64 slotIndex);
    void emitSlotReservationsFull(const RequestId& id, quint64 slotIndex);

    // ---- Market -------------------------------------------------------------------------------
    Address signer() const override { return signerAddress; }
    MarketConfig config() const override { return marketConfig; }

    // Every asynchronous call of Market (core/market/MarketMethods.h).
    SD_MARKET_DECLARE_OVERRIDES()

private:
    struct Held {
        QPointer<const QObject> context;
        std::function<void()> deliver;
    };

    // Records the call and delivers `result` to `done` later, on `context`.
    template <typename T>
    void answer(const char* method, const QObject* context, MarketCallback<T> done,
                MarketResult<T> result);
    void post(const QObject* context, std::function<void()> deliver);

    QList<Held> m_held;
};

} // namespace salesdesk::test
