// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import "./Requests.sol";

// The marketplace's records of requests and slots, shared by the parts of the contract. Fields are
// packed so that the common transactions touch few storage words: fillSlot writes three words of
// its slot (one of them already written by the slot's first reservation) and one of its request,
// and reads four more of the request; submitProof reads three words of the slot and writes one,
// without reading the request. Only the ABI is Codex's: nothing outside reads this layout.

/// A request: the client's Request, field for field, and the marketplace's bookkeeping.
struct RequestRecord {
  // word 0
  address client; // zero: no such request
  uint32 listIndex; // 1 + its place in the client's myRequests(); 0 when not listed
  uint64 expiry; // relative, as the client posted it
  // words 1-4, then the content
  Ask ask;
  Content content;
  bytes32 nonce;
  // one word, the request's context: read by every fill and written by most, so it is written at
  // posting already (a first write would cost a fill 20,000 gas more).
  RequestState state; // as stored; requestState() derives Cancelled and Finished from the time
  bool withdrawn; // the client has withdrawn what was left
  uint40 endsAt; // never 0 for a posted request; 40 bits of seconds last past the year 36,000
  uint40 expiresAt;
  uint64 slotsFilled;
  /// Sum of endsAt - filledAt over the slots filled now. Codex keeps fundsToReturnToClient, which
  /// starts at the full price, loses what each fill's host will earn up to the end and gets back
  /// what a forcibly freed host will no longer earn; here that is maxPrice - promisedSlotSeconds *
  /// pricePerSlotPerSecond (0 once withdrawn), so a fill reads no price and writes one word.
  uint96 promisedSlotSeconds;
}

/// A slot. A record exists from the slot's first reservation; `state` stays Free until it is
/// filled for the first time (a slot that was never filled reads as Free, whatever its request).
struct SlotRecord {
  // word 0, written by the first reservation
  RequestId requestId;
  // word 1: reservations and the proofs of the current host
  uint64 slotIndex; // written by the first reservation
  uint64 slotSize; // the request's, copied at the fill, so proofs need no read of the request
  uint8 reservations; // reservations in the current round
  uint32 reservationRound; // a forced free starts a new round: older reservations lapse
  uint40 lastProvenPeriod; // the newest period with an accepted proof
  uint32 provenPeriods; // bit i: a proof was accepted in period lastProvenPeriod - i
  // word 2: the host
  address host; // zero until filled, and again after a forced free
  uint40 filledAt;
  SlotState state; // as stored: Free (never filled), Filled, Repair or Paid
  uint8 missedProofs; // since the fill; the slot is freed before it passes maxNumberOfSlashes
  uint32 listIndex; // 1 + its place in the host's mySlots(); 0 when not listed
  // word 3
  bytes32 slotRoot; // the host's slot root, proven at the fill
}

abstract contract MarketStorage {
  mapping(RequestId => RequestRecord) internal _requests;
  mapping(SlotId => SlotRecord) internal _slots;
}
