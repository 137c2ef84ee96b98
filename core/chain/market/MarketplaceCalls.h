#pragma once

#include "core/chain/market/FillProof.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/StorageProof.h"
#include "core/domain/StorageRequest.h"

#include <QByteArray>
#include <QLatin1StringView>

namespace salesdesk::marketplace {

// Call data (selector and ABI-encoded arguments) of our Marketplace contract's functions
// (contracts/Marketplace.sol and the files it inherits), for transactions and eth_call. The
// signatures are spelt out here once; tst_marketplacecalls checks each selector against the
// compiled contract's method identifiers, so a change of the contract cannot go unnoticed.

// Transactions of a client.
QByteArray requestStorage(const StorageRequest& request);
QByteArray withdrawFunds(const RequestId& request);
QByteArray withdrawFunds(const RequestId& request, const Address& recipient);

// Transactions of a host.
QByteArray reserveSlot(const RequestId& request, quint64 slotIndex);
QByteArray fillSlot(const RequestId& request, quint64 slotIndex, const FillProof& proof);
QByteArray submitProof(const SlotId& slot, const StorageProof& proof);
QByteArray freeSlot(const SlotId& slot);
QByteArray freeSlot(const SlotId& slot, const Address& rewardRecipient,
                    const Address& collateralRecipient);

// Transaction of a validator (anyone): a proof due in `period` that did not come.
QByteArray markProofAsMissing(const SlotId& slot, quint64 period);

// Views.
QByteArray canReserveSlot(const RequestId& request, quint64 slotIndex);
QByteArray canMarkProofAsMissing(const SlotId& slot, quint64 period);
QByteArray getRequest(const RequestId& request);
QByteArray requestState(const RequestId& request);
QByteArray requestEnd(const RequestId& request);
QByteArray requestExpiry(const RequestId& request);
QByteArray slotState(const SlotId& slot);
QByteArray getActiveSlot(const SlotId& slot);
QByteArray getHost(const SlotId& slot);
QByteArray currentCollateral(const SlotId& slot);
QByteArray missingProofs(const SlotId& slot);
QByteArray getChallenge(const SlotId& slot);
QByteArray getPointer(const SlotId& slot);
QByteArray isProofRequired(const SlotId& slot);
QByteArray willProofBeRequired(const SlotId& slot);
QByteArray slotProbability(const SlotId& slot);
// Ours, not Codex's: slotState, isProofRequired, willProofBeRequired and getChallenge of every
// slot in one call.
QByteArray proofDuties(const QList<SlotId>& slots);
// Ours too: slotState, getHost, requestEnd, requestExpiry and getActiveSlot of every slot in one
// call.
QByteArray slotSummaries(const QList<SlotId>& slots);
QByteArray myRequests();
QByteArray mySlots();
QByteArray configuration();
QByteArray token();
QByteArray verifier();

// The canonical signatures used above, "name(types)", for the selector check.
const QList<QLatin1StringView>& signatures();

} // namespace salesdesk::marketplace
