#pragma once

#include "core/chain/abi/ContractAbi.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/MarketStates.h"
#include "core/domain/Result.h"
#include "core/domain/Slot.h"
#include "core/domain/StorageAsk.h"
#include "core/domain/StorageRequest.h"
#include "core/domain/UInt256.h"
#include "core/market/MarketConfig.h"
#include "core/market/MarketResult.h"

#include <QByteArrayView>
#include <QList>
#include <QStringView>

namespace salesdesk {

// Reads what our Marketplace's views return (eth_call results, see MarketplaceCalls.h) into the
// domain's types, strictly: through the contract's own ABI (the embedded artifact), so a result
// of the wrong length or shape, an enum ordinal past its last value or a number past its width is
// an error naming the function, never a guess.
class MarketplaceAnswers {
public:
    // The decoder over the embedded Marketplace artifact (read once, then shared).
    static Result<const MarketplaceAnswers*> shared();
    // An Ask tuple as the ABI decoder gave it (its shape already checked against the ABI).
    static StorageAsk askOf(const abi::AbiValue& ask);
    explicit MarketplaceAnswers(abi::ContractAbi abi);

    const abi::ContractAbi& abi() const { return m_abi; }

    Result<StorageRequest> request(QByteArrayView getRequestResult) const;
    Result<Slot> activeSlot(QByteArrayView getActiveSlotResult) const;
    Result<RequestState> requestState(QByteArrayView result) const;
    Result<SlotState> slotState(QByteArrayView result) const;
    Result<QList<RequestId>> requestIds(QByteArrayView myRequestsResult) const;
    Result<QList<SlotId>> slotIds(QByteArrayView mySlotsResult) const;
    // proofDuties(slots): one duty per slot asked, in order (the challenge only when a proof is
    // or will be due, as Market::proofDuties answers it).
    Result<QList<ProofDuty>> proofDuties(QByteArrayView result, const QList<SlotId>& slots) const;
    // slotSummaries(slots): one summary per slot asked, in order (a slot never filled: Free,
    // without slot or host, as Market::slotSummaries answers it).
    Result<QList<SlotSummary>> slotSummaries(QByteArrayView result,
                                             const QList<SlotId>& slots) const;
    // configuration(): the market's rules; the token part is not in it (the caller reads the
    // token contract), so MarketConfig::token keeps its default.
    Result<MarketConfig> configuration(QByteArrayView result) const;

    // A view returning one value: `function` is its name ("isProofRequired", "getChallenge").
    Result<bool> boolean(QStringView function, QByteArrayView result) const;
    Result<UInt256> number(QStringView function, QByteArrayView result) const;
    Result<quint64> number64(QStringView function, QByteArrayView result) const;
    Result<Hash32> word(QStringView function, QByteArrayView result) const;
    Result<Address> address(QStringView function, QByteArrayView result) const;

private:
    Result<abi::AbiValue> single(QStringView function, QByteArrayView result) const;

    abi::ContractAbi m_abi;
};

} // namespace salesdesk
