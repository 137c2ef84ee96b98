// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

// The marketplace's settings, given to its constructor and returned by configuration(). Same
// structs, fields and order as the Codex marketplace's, so configuration() decodes alike.

struct MarketplaceConfig {
  CollateralConfig collateral;
  ProofConfig proofs;
  SlotReservationsConfig reservations;
  uint64 requestDurationLimit; // the longest duration a request may ask for, in seconds
}

struct CollateralConfig {
  uint8 repairRewardPercentage; // discount on the collateral of a slot filled in Repair
  uint8 maxNumberOfSlashes; // a slot is forcibly freed at this many missed proofs
  uint8 slashPercentage; // share of collateralPerSlot taken for each missed proof
  uint8 validatorRewardPercentage; // share of a slash paid to whoever reported the missed proof
}

struct ProofConfig {
  uint64 period; // seconds per proof period
  uint64 timeout; // seconds after a period's end during which a missed proof can be reported
  uint8 downtime; // pointer values below this are the downtime: no proof is due yet
  uint8 downtimeProduct; // how far the pointer moves from one period to the next
  string zkeyHash; // kept for Codex compatibility; our proofs do not use it
}

struct SlotReservationsConfig {
  uint8 maxReservations; // hosts that may reserve one slot at a time
}
