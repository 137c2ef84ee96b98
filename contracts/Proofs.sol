// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import "./Challenges.sol";
import "./Configuration.sol";
import "./MarketStorage.sol";
import "./Periods.sol";
import "./StorageProof.sol";

/// When a filled slot owes a proof, which challenge it answers, the record of accepted proofs,
/// and reports of missed ones.
///
/// Challenges come from recent block hashes. A slot's pointer, (block.number % 256 +
/// (period * downtimeProduct) % 256 + slotId % 256) % 256, grows by one with each block, so the
/// block it points back to, block.number - 1 - pointer, stays the same until the pointer wraps
/// around to 0. While the pointer is below `downtime` (just after a wrap) no proof is due yet
/// (willProofBeRequired); from then on it is (isProofRequired).
abstract contract Proofs is Periods, MarketStorage {
  error Proofs_InsufficientBlockHeight();
  error Proofs_InvalidProof();
  error Proofs_ProofAlreadySubmitted();
  error Proofs_PeriodNotEnded();
  error Proofs_ValidationTimedOut();
  error Proofs_ProofNotMissing();
  error Proofs_ProofNotRequired();
  error Proofs_ProofAlreadyMarkedMissing();
  /// Ours: the record of accepted proofs reaches back 31 periods, so a missed proof must be
  /// reported within that many (timeout <= 31 * period).
  error Proofs_TimeoutTooLong();

  event ProofSubmitted(SlotId id);

  /// Periods before lastProvenPeriod that provenPeriods still knows about, plus one.
  uint256 private constant PROVEN_WINDOW = 32;

  IStorageProofVerifier private immutable _verifier;
  uint64 private immutable _timeout;
  uint8 internal immutable _downtime;
  uint8 private immutable _downtimeProduct;
  string private _zkeyHash;

  mapping(SlotId => mapping(Period => bool)) private _markedMissing;

  /// Needs more than 256 blocks behind it, so that every pointer has a block hash to read.
  constructor(
    ProofConfig memory config,
    IStorageProofVerifier verifier_
  ) Periods(config.period) {
    if (block.number <= 256) revert Proofs_InsufficientBlockHeight();
    if (config.timeout > (PROVEN_WINDOW - 1) * uint256(config.period))
      revert Proofs_TimeoutTooLong();
    _verifier = verifier_;
    _timeout = config.timeout;
    _downtime = config.downtime;
    _downtimeProduct = config.downtimeProduct;
    _zkeyHash = config.zkeyHash;
  }

  function slotState(SlotId id) public view virtual returns (SlotState);

  /// A proof is due in a period when uint256(challenge) % slotProbability(id) == 0.
  function slotProbability(SlotId id) public view virtual returns (uint256);

  /// The proofs the slot's current host missed and that were reported.
  function missingProofs(SlotId slotId) public view returns (uint64) {
    return _slots[slotId].missedProofs;
  }

  function getPointer(SlotId id) public view returns (uint8) {
    return _getPointer(id, _blockPeriod());
  }

  /// The challenge a proof for the slot must answer in this block.
  function getChallenge(SlotId id) public view returns (bytes32) {
    return _getChallenge(_getPointer(id, _blockPeriod()));
  }

  /// Whether a proof is due for the slot in this period, and the downtime has passed.
  function isProofRequired(SlotId id) public view returns (bool) {
    return _isProofRequired(id, _blockPeriod());
  }

  /// Whether a proof will be due for the slot in this period, once the downtime has passed.
  function willProofBeRequired(SlotId id) public view returns (bool) {
    (bool required, uint8 pointer) = _proofRequirement(id, _blockPeriod());
    return required && pointer < _downtime;
  }

  /// The verifier the marketplace checks proofs with (ours: not part of the Codex interface).
  function verifier() public view returns (IStorageProofVerifier) {
    return _verifier;
  }

  function _proofConfig() internal view returns (ProofConfig memory) {
    return ProofConfig(_secondsPerPeriod, _timeout, _downtime, _downtimeProduct, _zkeyHash);
  }

  function _getPointer(SlotId id, Period period) internal view returns (uint8) {
    return Challenges.pointer(uint256(SlotId.unwrap(id)), Period.unwrap(period), _downtimeProduct);
  }

  function _getChallenge(uint8 pointer) internal view returns (bytes32) {
    return Challenges.challenge(pointer);
  }

  /// Whether the slot owes a proof for `period`, with the pointer that decides about the
  /// downtime. Only a Filled slot does, and only after the period it was filled in.
  function _proofRequirement(
    SlotId id,
    Period period
  ) internal view returns (bool required, uint8 pointer) {
    if (slotState(id) != SlotState.Filled) return (false, 0);
    Period start = _periodOf(_slots[id].filledAt);
    if (Period.unwrap(period) <= Period.unwrap(start)) return (false, 0);
    pointer = _getPointer(id, period);
    bytes32 challenge = _getChallenge(pointer);
    uint256 probability = slotProbability(id);
    required = probability == 0 || uint256(challenge) % probability == 0;
  }

  function _isProofRequired(SlotId id, Period period) internal view returns (bool) {
    (bool required, uint8 pointer) = _proofRequirement(id, period);
    return required && pointer >= _downtime;
  }

  /// Accepts a storage proof from the slot's host: one per period, checked against the slot root
  /// proven at the fill.
  function _acceptStorageProof(
    SlotId id,
    SlotRecord storage slot,
    StorageProof calldata proof
  ) internal {
    _requireNoProofThisPeriod(slot);
    if (!_verifier.verifyStorageProof(getChallenge(id), slot.slotRoot, slot.slotSize, proof))
      revert Proofs_InvalidProof();
    _recordProof(id, slot);
  }

  /// Accepts a fill's proof: the slot root is the request's slot `slotIndex`, and the storage
  /// proof answers the current challenge against it. The slot root is kept for later proofs.
  function _acceptFillProof(
    SlotId id,
    SlotRecord storage slot,
    bytes32 datasetRoot,
    uint64 slots,
    FillProof calldata proof
  ) internal {
    _requireNoProofThisPeriod(slot);
    bool valid = _verifier.verifyFillProof(
      getChallenge(id),
      datasetRoot,
      slot.slotIndex,
      slots,
      slot.slotSize,
      proof
    );
    if (!valid) revert Proofs_InvalidProof();
    slot.slotRoot = proof.slotRoot;
    _recordProof(id, slot);
  }

  function _requireNoProofThisPeriod(SlotRecord storage slot) private view {
    if (_proofReceived(slot, _blockPeriod())) revert Proofs_ProofAlreadySubmitted();
  }

  function _recordProof(SlotId id, SlotRecord storage slot) private {
    uint256 period = Period.unwrap(_blockPeriod());
    uint256 shift = period - slot.lastProvenPeriod; // time does not go back
    uint256 proven = shift >= PROVEN_WINDOW ? 0 : uint256(slot.provenPeriods) << shift;
    slot.provenPeriods = uint32(proven | 1);
    slot.lastProvenPeriod = uint40(period);
    emit ProofSubmitted(id);
  }

  function _proofReceived(SlotRecord storage slot, Period period) private view returns (bool) {
    uint256 last = slot.lastProvenPeriod;
    uint256 p = Period.unwrap(period);
    if (p > last || last - p >= PROVEN_WINDOW) return false;
    return (slot.provenPeriods >> (last - p)) & 1 == 1;
  }

  /// The slot's next host starts with no proofs accepted or missed.
  function _forgetProofs(SlotRecord storage slot) internal {
    slot.lastProvenPeriod = 0;
    slot.provenPeriods = 0;
    slot.missedProofs = 0;
  }

  /// Reports that the slot's host missed the proof due for `missedPeriod`.
  function _markProofAsMissing(SlotId id, Period missedPeriod) internal {
    _canMarkProofAsMissing(id, missedPeriod);
    _markedMissing[id][missedPeriod] = true;
    _slots[id].missedProofs += 1;
  }

  /// Reverts unless a missed proof for `missedPeriod` can be reported now: the period has ended,
  /// less than `timeout` seconds ago, no proof was accepted for it, one was due, and nobody
  /// reported it yet.
  function _canMarkProofAsMissing(SlotId id, Period missedPeriod) internal view {
    uint256 end = _periodEnd(missedPeriod);
    if (end >= block.timestamp) revert Proofs_PeriodNotEnded();
    if (block.timestamp >= end + _timeout) revert Proofs_ValidationTimedOut();
    if (_proofReceived(_slots[id], missedPeriod)) revert Proofs_ProofNotMissing();
    if (!_isProofRequired(id, missedPeriod)) revert Proofs_ProofNotRequired();
    if (_markedMissing[id][missedPeriod]) revert Proofs_ProofAlreadyMarkedMissing();
  }
}
