#pragma once

#include "core/chain/rpc/ContractErrorTable.h"
#include "core/chain/rpc/RpcError.h"
#include "core/market/MarketError.h"

namespace salesdesk {

// The engine's MarketError for what the chain answered, so the sales engine branches on a chain's
// refusals exactly as on the simulator's (docs/chain-rpc.md lists the mapping):
//   Marketplace_SlotNotFree, Marketplace_SlotIsFree       SlotStateMismatch
//   SlotReservations_ReservationNotAllowed                ReservationNotAllowed
//   Proofs_InvalidProof                                   InvalidProof
//   Proofs_ProofAlreadySubmitted                          ProofAlreadySubmitted
//   Marketplace_UnknownRequest                            UnknownRequest
//   any other revert                                      Rejected, naming the error
// The message names the error as the contract does ("… (Marketplace_SlotNotFree)").
MarketError marketErrorOf(const DecodedRevert& revert);

// A failed eth_call, eth_estimateGas or transaction: a revert (its data decoded with `errors`) as
// above; a failure that may pass on a second try (transport, HTTP 429/5xx, timeout) Transient;
// anything else Rejected with the node's words.
MarketError marketErrorOf(const RpcError& error, const ContractErrorTable& errors);

// The error table of our contracts (Marketplace, ProofVerifier and TestToken's custom errors),
// read once from the embedded artifacts.
const ContractErrorTable& ourContractErrors();

} // namespace salesdesk
