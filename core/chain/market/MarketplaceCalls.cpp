#include "core/chain/market/MarketplaceCalls.h"

#include "core/domain/AbiEncoder.h"

namespace salesdesk::marketplace {

namespace {

// The ABI's spelling of the contracts' structs (contracts/Requests.sol, StorageProof.sol).
#define SD_ASK "(uint256,uint256,uint256,uint64,uint64,uint64,uint64)"
#define SD_REQUEST "(address," SD_ASK ",(bytes,bytes32),uint64,bytes32)"
#define SD_STORAGE_PROOF "(bytes32[],bytes32[])"
#define SD_FILL_PROOF "(bytes32,bytes32[]," SD_STORAGE_PROOF ")"

constexpr QLatin1StringView kRequestStorage("requestStorage(" SD_REQUEST ")");
constexpr QLatin1StringView kWithdrawFunds("withdrawFunds(bytes32)");
constexpr QLatin1StringView kWithdrawFundsTo("withdrawFunds(bytes32,address)");
constexpr QLatin1StringView kReserveSlot("reserveSlot(bytes32,uint64)");
constexpr QLatin1StringView kFillSlot("fillSlot(bytes32,uint64," SD_FILL_PROOF ")");
constexpr QLatin1StringView kSubmitProof("submitProof(bytes32," SD_STORAGE_PROOF ")");
constexpr QLatin1StringView kFreeSlot("freeSlot(bytes32)");
constexpr QLatin1StringView kFreeSlotTo("freeSlot(bytes32,address,address)");
constexpr QLatin1StringView kMarkProofAsMissing("markProofAsMissing(bytes32,uint64)");
constexpr QLatin1StringView kCanReserveSlot("canReserveSlot(bytes32,uint64)");
constexpr QLatin1StringView kCanMarkProofAsMissing("canMarkProofAsMissing(bytes32,uint64)");
constexpr QLatin1StringView kGetRequest("getRequest(bytes32)");
constexpr QLatin1StringView kRequestState("requestState(bytes32)");
constexpr QLatin1StringView kRequestEnd("requestEnd(bytes32)");
constexpr QLatin1StringView kRequestExpiry("requestExpiry(bytes32)");
constexpr QLatin1StringView kSlotState("slotState(bytes32)");
constexpr QLatin1StringView kGetActiveSlot("getActiveSlot(bytes32)");
constexpr QLatin1StringView kGetHost("getHost(bytes32)");
constexpr QLatin1StringView kCurrentCollateral("currentCollateral(bytes32)");
constexpr QLatin1StringView kMissingProofs("missingProofs(bytes32)");
constexpr QLatin1StringView kGetChallenge("getChallenge(bytes32)");
constexpr QLatin1StringView kGetPointer("getPointer(bytes32)");
constexpr QLatin1StringView kIsProofRequired("isProofRequired(bytes32)");
constexpr QLatin1StringView kWillProofBeRequired("willProofBeRequired(bytes32)");
constexpr QLatin1StringView kSlotProbability("slotProbability(bytes32)");
constexpr QLatin1StringView kProofDuties("proofDuties(bytes32[])");
constexpr QLatin1StringView kSlotSummaries("slotSummaries(bytes32[])");
constexpr QLatin1StringView kMyRequests("myRequests()");
constexpr QLatin1StringView kMySlots("mySlots()");
constexpr QLatin1StringView kConfiguration("configuration()");
constexpr QLatin1StringView kToken("token()");
constexpr QLatin1StringView kVerifier("verifier()");

#undef SD_FILL_PROOF
#undef SD_STORAGE_PROOF
#undef SD_REQUEST
#undef SD_ASK

QByteArrayView view(QLatin1StringView signature) {
    return QByteArrayView(signature.data(), signature.size());
}

QByteArray call(QLatin1StringView signature, const std::vector<abi::Value>& arguments) {
    return abi::encodeCall(view(signature), arguments);
}

template <typename Tag>
QByteArray callWithId(QLatin1StringView signature, const FixedBytes<32, Tag>& id) {
    return call(signature, {abi::bytes32(id)});
}

// A view that takes a list of slots (SlotId[]).
QByteArray callWithIds(QLatin1StringView signature, const QList<SlotId>& slots) {
    std::vector<abi::Value> ids;
    ids.reserve(static_cast<std::size_t>(slots.size()));
    for (const SlotId& slot : slots)
        ids.push_back(abi::bytes32(slot));
    return call(signature, {abi::array(std::move(ids))});
}

abi::Value hashes(const QList<Hash32>& list) {
    std::vector<abi::Value> items;
    items.reserve(static_cast<std::size_t>(list.size()));
    for (const Hash32& hash : list)
        items.push_back(abi::bytes32(hash));
    return abi::array(std::move(items));
}

// StorageProof{leaves, path}: the picked blocks' leaves in the order picked, then their paths one
// after the other. The block indices are not sent: the verifier derives them from the challenge.
abi::Value storageProof(const StorageProof& proof) {
    QList<Hash32> leaves;
    QList<Hash32> path;
    for (const BlockOpening& opening : proof.openings) {
        leaves.append(opening.blockHash);
        path.append(opening.path);
    }
    return abi::tuple({hashes(leaves), hashes(path)});
}

} // namespace

QByteArray requestStorage(const StorageRequest& request) {
    return call(kRequestStorage, {request.abiValue()});
}

QByteArray withdrawFunds(const RequestId& request) {
    return callWithId(kWithdrawFunds, request);
}

QByteArray withdrawFunds(const RequestId& request, const Address& recipient) {
    return call(kWithdrawFundsTo, {abi::bytes32(request), abi::address(recipient)});
}

QByteArray reserveSlot(const RequestId& request, quint64 slotIndex) {
    return call(kReserveSlot, {abi::bytes32(request), abi::uint(slotIndex)});
}

QByteArray fillSlot(const RequestId& request, quint64 slotIndex, const FillProof& proof) {
    const abi::Value fill = abi::tuple(
        {abi::bytes32(proof.slotRoot), hashes(proof.slotPath), storageProof(proof.proof)});
    return call(kFillSlot, {abi::bytes32(request), abi::uint(slotIndex), fill});
}

QByteArray submitProof(const SlotId& slot, const StorageProof& proof) {
    return call(kSubmitProof, {abi::bytes32(slot), storageProof(proof)});
}

QByteArray freeSlot(const SlotId& slot) {
    return callWithId(kFreeSlot, slot);
}

QByteArray freeSlot(const SlotId& slot, const Address& rewardRecipient,
                    const Address& collateralRecipient) {
    return call(kFreeSlotTo, {abi::bytes32(slot), abi::address(rewardRecipient),
                              abi::address(collateralRecipient)});
}

QByteArray markProofAsMissing(const SlotId& slot, quint64 period) {
    return call(kMarkProofAsMissing, {abi::bytes32(slot), abi::uint(period)});
}

QByteArray canReserveSlot(const RequestId& request, quint64 slotIndex) {
    return call(kCanReserveSlot, {abi::bytes32(request), abi::uint(slotIndex)});
}

QByteArray canMarkProofAsMissing(const SlotId& slot, quint64 period) {
    return call(kCanMarkProofAsMissing, {abi::bytes32(slot), abi::uint(period)});
}

QByteArray getRequest(const RequestId& request) {
    return callWithId(kGetRequest, request);
}
QByteArray requestState(const RequestId& request) {
    return callWithId(kRequestState, request);
}
QByteArray requestEnd(const RequestId& request) {
    return callWithId(kRequestEnd, request);
}
QByteArray requestExpiry(const RequestId& request) {
    return callWithId(kRequestExpiry, request);
}
QByteArray slotState(const SlotId& slot) {
    return callWithId(kSlotState, slot);
}
QByteArray getActiveSlot(const SlotId& slot) {
    return callWithId(kGetActiveSlot, slot);
}
QByteArray getHost(const SlotId& slot) {
    return callWithId(kGetHost, slot);
}
QByteArray currentCollateral(const SlotId& slot) {
    return callWithId(kCurrentCollateral, slot);
}
QByteArray missingProofs(const SlotId& slot) {
    return callWithId(kMissingProofs, slot);
}
QByteArray getChallenge(const SlotId& slot) {
    return callWithId(kGetChallenge, slot);
}
QByteArray getPointer(const SlotId& slot) {
    return callWithId(kGetPointer, slot);
}
QByteArray isProofRequired(const SlotId& slot) {
    return callWithId(kIsProofRequired, slot);
}
QByteArray willProofBeRequired(const SlotId& slot) {
    return callWithId(kWillProofBeRequired, slot);
}
QByteArray slotProbability(const SlotId& slot) {
    return callWithId(kSlotProbability, slot);
}
QByteArray proofDuties(const QList<SlotId>& slots) {
    return callWithIds(kProofDuties, slots);
}
QByteArray slotSummaries(const QList<SlotId>& slots) {
    return callWithIds(kSlotSummaries, slots);
}
QByteArray myRequests() {
    return call(kMyRequests, {});
}
QByteArray mySlots() {
    return call(kMySlots, {});
}
QByteArray configuration() {
    return call(kConfiguration, {});
}
QByteArray token() {
    return call(kToken, {});
}
QByteArray verifier() {
    return call(kVerifier, {});
}

const QList<QLatin1StringView>& signatures() {
    static const QList<QLatin1StringView> all = {kRequestStorage,
                                                 kWithdrawFunds,
                                                 kWithdrawFundsTo,
                                                 kReserveSlot,
                                                 kFillSlot,
                                                 kSubmitProof,
                                                 kFreeSlot,
                                                 kFreeSlotTo,
                                                 kMarkProofAsMissing,
                                                 kCanReserveSlot,
                                                 kCanMarkProofAsMissing,
                                                 kProofDuties,
                                                 kSlotSummaries,
                                                 kGetRequest,
                                                 kRequestState,
                                                 kRequestEnd,
                                                 kRequestExpiry,
                                                 kSlotState,
                                                 kGetActiveSlot,
                                                 kGetHost,
                                                 kCurrentCollateral,
                                                 kMissingProofs,
                                                 kGetChallenge,
                                                 kGetPointer,
                                                 kIsProofRequired,
                                                 kWillProofBeRequired,
                                                 kSlotProbability,
                                                 kMyRequests,
                                                 kMySlots,
                                                 kConfiguration,
                                                 kToken,
                                                 kVerifier};
    return all;
}

} // namespace salesdesk::marketplace
