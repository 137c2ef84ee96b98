// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import "./Configuration.sol";
import "./MarketStorage.sol";
import "./Proofs.sol";
import "./Requests.sol";
import "./SlotReservations.sol";
import "./StateRetrieval.sol";
import "./StorageProof.sol";

/// Sales Desk's storage marketplace: the Codex marketplace's functions, events, errors and rules,
/// with our own storage proof (StorageProof.sol) in place of Codex's Groth16 proof. Only fillSlot
/// and submitProof differ in their ABI. docs/contracts.md describes the rules.
contract Marketplace is SlotReservations, Proofs, StateRetrieval {
  error Marketplace_RepairRewardPercentageTooHigh();
  error Marketplace_SlashPercentageTooHigh();
  error Marketplace_MaximumSlashingTooHigh();
  error Marketplace_InvalidExpiry();
  error Marketplace_InvalidMaxSlotLoss();
  error Marketplace_InsufficientSlots();
  error Marketplace_InsufficientDuration();
  error Marketplace_InsufficientProofProbability();
  error Marketplace_InsufficientCollateral();
  error Marketplace_InsufficientReward();
  error Marketplace_InvalidClientAddress();
  error Marketplace_RequestAlreadyExists();
  error Marketplace_InvalidSlot();
  error Marketplace_InvalidCid();
  error Marketplace_SlotNotFree();
  error Marketplace_InvalidSlotHost();
  error Marketplace_AlreadyPaid();
  error Marketplace_TransferFailed();
  error Marketplace_UnknownRequest();
  error Marketplace_InvalidState();
  error Marketplace_StartNotBeforeExpiry();
  error Marketplace_SlotNotAcceptingProofs();
  error Marketplace_ProofNotSubmittedByHost();
  error Marketplace_SlotIsFree();
  error Marketplace_ReservationRequired();
  error Marketplace_NothingToWithdraw();
  error Marketplace_DurationExceedsLimit();

  event StorageRequested(RequestId requestId, Ask ask, uint64 expiry);
  event RequestFulfilled(RequestId indexed requestId);
  event RequestFailed(RequestId indexed requestId);
  event SlotFilled(RequestId indexed requestId, uint64 slotIndex);
  event SlotFreed(RequestId indexed requestId, uint64 slotIndex);
  event RequestCancelled(RequestId indexed requestId);

  struct ActiveSlot {
    Request request;
    uint64 slotIndex;
  }

  IERC20 private immutable _token;
  uint8 private immutable _repairRewardPercentage;
  uint8 private immutable _maxNumberOfSlashes;
  uint8 private immutable _slashPercentage;
  uint8 private immutable _validatorRewardPercentage;
  uint64 private immutable _requestDurationLimit;

  /// Reverts with Periods_InvalidSecondsPerPeriod (period 0), Proofs_InsufficientBlockHeight (256
  /// blocks or fewer behind it), Proofs_TimeoutTooLong, then the three percentage checks.
  constructor(
    MarketplaceConfig memory config,
    IERC20 token_,
    IStorageProofVerifier verifier_
  ) SlotReservations(config.reservations) Proofs(config.proofs, verifier_) {
    CollateralConfig memory collateral = config.collateral;
    if (collateral.repairRewardPercentage > 100)
      revert Marketplace_RepairRewardPercentageTooHigh();
    if (collateral.slashPercentage > 100) revert Marketplace_SlashPercentageTooHigh();
    if (uint256(collateral.maxNumberOfSlashes) * collateral.slashPercentage > 100)
      revert Marketplace_MaximumSlashingTooHigh();
    _token = token_;
    _repairRewardPercentage = collateral.repairRewardPercentage;
    _maxNumberOfSlashes = collateral.maxNumberOfSlashes;
    _slashPercentage = collateral.slashPercentage;
    _validatorRewardPercentage = collateral.validatorRewardPercentage;
    _requestDurationLimit = config.requestDurationLimit;
  }

  function configuration() public view returns (MarketplaceConfig memory) {
    return
      MarketplaceConfig(
        CollateralConfig(
          _repairRewardPercentage,
          _maxNumberOfSlashes,
          _slashPercentage,
          _validatorRewardPercentage
        ),
        _proofConfig(),
        _reservationsConfig(),
        _requestDurationLimit
      );
  }

  function token() public view returns (IERC20) {
    return _token;
  }

  // ---- Clients

  /// Posts a request and pulls its full price (maxPrice) from the client, who must have approved
  /// it. The client must be the sender.
  function requestStorage(Request calldata request) public {
    RequestId id = Requests.id(request);
    RequestRecord storage record = _requests[id];
    if (request.client != msg.sender) revert Marketplace_InvalidClientAddress();
    if (record.client != address(0)) revert Marketplace_RequestAlreadyExists();
    Ask calldata ask = request.ask;
    if (request.expiry == 0 || request.expiry >= ask.duration) revert Marketplace_InvalidExpiry();
    if (ask.slots == 0) revert Marketplace_InsufficientSlots();
    if (ask.maxSlotLoss > ask.slots) revert Marketplace_InvalidMaxSlotLoss();
    if (ask.duration == 0) revert Marketplace_InsufficientDuration();
    if (ask.proofProbability == 0) revert Marketplace_InsufficientProofProbability();
    if (ask.collateralPerByte == 0) revert Marketplace_InsufficientCollateral();
    if (ask.pricePerBytePerSecond == 0) revert Marketplace_InsufficientReward();
    if (request.content.cid.length == 0) revert Marketplace_InvalidCid();
    if (ask.duration > _requestDurationLimit) revert Marketplace_DurationExceedsLimit();

    record.client = request.client;
    record.expiry = request.expiry;
    record.ask = ask;
    record.content = request.content;
    record.nonce = request.nonce;
    // Times are kept in 40 bits: a duration past the year 36,000 is refused as too long.
    uint256 endsAt = block.timestamp + ask.duration;
    if (endsAt > type(uint40).max) revert Marketplace_DurationExceedsLimit();
    uint64 expiresAt = uint64(block.timestamp) + request.expiry;
    record.endsAt = uint40(endsAt);
    record.expiresAt = uint40(expiresAt);
    _addToMyRequests(id, record);

    _transferFrom(msg.sender, Requests.maxPrice(ask));

    emit StorageRequested(id, ask, expiresAt);
  }

  /// Pays the client back what is left of a request that was cancelled, failed or finished:
  /// cancelled, what was not earned by hosts before the expiry; failed, the full price; finished,
  /// what no host earned. Once.
  function withdrawFunds(RequestId requestId) public {
    withdrawFunds(requestId, msg.sender);
  }

  function withdrawFunds(RequestId requestId, address withdrawRecipient) public {
    RequestRecord storage request = _knownRequest(requestId);
    if (request.client != msg.sender) revert Marketplace_InvalidClientAddress();
    RequestState state = _requestState(request);
    if (
      state != RequestState.Cancelled &&
      state != RequestState.Failed &&
      state != RequestState.Finished
    ) revert Marketplace_InvalidState();
    uint256 funds = _fundsToReturnToClient(request);
    if (funds == 0) revert Marketplace_NothingToWithdraw();

    uint256 amount;
    if (state == RequestState.Cancelled) {
      request.state = RequestState.Cancelled;
      emit RequestCancelled(requestId);
      // The filled slots' hosts earn only up to the expiry: the rest comes back.
      amount =
        funds +
        request.slotsFilled *
        _slotPayout(request, request.expiresAt, request.endsAt);
    } else if (state == RequestState.Failed) {
      amount = Requests.maxPrice(request.ask);
    } else {
      request.state = RequestState.Finished;
      amount = funds;
    }
    request.withdrawn = true;
    _removeFromMyRequests(request);
    _transfer(withdrawRecipient, amount);
  }

  // ---- Hosts

  /// Fills a reserved slot: checks the proof (the slot root against the request's merkleRoot,
  /// and the storage proof for the current challenge), pulls the collateral (less the repair
  /// reward for a slot in Repair) and starts the request when it was its last free slot.
  function fillSlot(RequestId requestId, uint64 slotIndex, FillProof calldata proof) public {
    RequestRecord storage request = _knownRequest(requestId);
    uint64 slots = request.ask.slots;
    if (slotIndex >= slots) revert Marketplace_InvalidSlot();
    SlotId slotId = Requests.slotId(requestId, slotIndex);
    SlotRecord storage slot = _slots[slotId];
    if (!_isReservedBy(slotId, slot, msg.sender)) revert Marketplace_ReservationRequired();
    SlotState state = _slotStateOf(request, slot);
    if (state != SlotState.Free && state != SlotState.Repair) revert Marketplace_SlotNotFree();

    slot.host = msg.sender;
    slot.filledAt = uint40(block.timestamp);
    slot.slotSize = request.ask.slotSize;
    _acceptFillProof(slotId, slot, request.content.merkleRoot, slots, proof);

    // The host is paid from now to the end: the client gets that much less back.
    uint256 endsAt = request.endsAt;
    if (block.timestamp >= endsAt) revert Marketplace_StartNotBeforeExpiry();
    request.slotsFilled += 1;
    // At most 2^64 fills of at most 2^40 seconds each: no overflow.
    request.promisedSlotSeconds += uint96(endsAt - block.timestamp);

    uint256 collateral = _collateralPerSlot(request);
    if (state == SlotState.Repair) collateral -= (collateral * _repairRewardPercentage) / 100;
    _transferFrom(msg.sender, collateral);

    _addToMySlots(slotId, slot);
    slot.state = SlotState.Filled;
    emit SlotFilled(requestId, slotIndex);

    if (request.slotsFilled == slots && request.state == RequestState.New) {
      request.state = RequestState.Started;
      emit RequestFulfilled(requestId);
    }
  }

  /// A proof for this period, by the slot's host.
  function submitProof(SlotId id, StorageProof calldata proof) public {
    SlotRecord storage slot = _slots[id];
    if (slot.state == SlotState.Free) revert Marketplace_UnknownRequest();
    if (msg.sender != slot.host) revert Marketplace_ProofNotSubmittedByHost();
    _acceptStorageProof(id, slot, proof);
  }

  /// freeSlot(slotId, msg.sender, msg.sender).
  function freeSlot(SlotId slotId) public {
    freeSlot(slotId, msg.sender, msg.sender);
  }

  /// The slot's host leaves it. Finished: paid for the whole time it held the slot, collateral
  /// back. Cancelled: paid up to the expiry, collateral back. Failed: only leaves mySlots (the
  /// collateral is lost). Filled while the request runs: forcibly freed, collateral lost.
  function freeSlot(
    SlotId slotId,
    address rewardRecipient,
    address collateralRecipient
  ) public {
    SlotRecord storage slot = _slots[slotId];
    if (slot.state == SlotState.Free) revert Marketplace_SlotIsFree();
    if (slot.host != msg.sender) revert Marketplace_InvalidSlotHost();
    RequestRecord storage request = _requests[slot.requestId];
    SlotState state = _slotStateOf(request, slot);
    if (state == SlotState.Paid) revert Marketplace_AlreadyPaid();

    if (state == SlotState.Finished) {
      request.state = RequestState.Finished;
      _removeFromMyRequests(request);
      _payOut(slot, request, request.endsAt, rewardRecipient, collateralRecipient);
    } else if (state == SlotState.Cancelled) {
      _payOut(slot, request, request.expiresAt, rewardRecipient, collateralRecipient);
    } else if (state == SlotState.Failed) {
      _removeFromMySlots(slot);
    } else if (state == SlotState.Filled) {
      _forciblyFreeSlot(slot, request);
    }
  }

  // ---- Validators

  /// Reverts unless markProofAsMissing(slotId, period) would succeed now.
  function canMarkProofAsMissing(SlotId slotId, Period period) public view {
    _requireAcceptsProofs(slotId);
    _canMarkProofAsMissing(slotId, period);
  }

  /// Reports a proof the slot's host missed: slashes slashPercentage of the collateral, pays the
  /// validator its share of the slash, and frees the slot at maxNumberOfSlashes missed proofs.
  function markProofAsMissing(SlotId slotId, Period period) public {
    _requireAcceptsProofs(slotId);
    _markProofAsMissing(slotId, period);
    SlotRecord storage slot = _slots[slotId];
    RequestRecord storage request = _requests[slot.requestId];
    uint256 slashed = _slashAmount(request);
    _transfer(msg.sender, (slashed * _validatorRewardPercentage) / 100);
    if (slot.missedProofs >= _maxNumberOfSlashes) _forciblyFreeSlot(slot, request);
  }

  // ---- Views

  function getRequest(RequestId requestId) public view returns (Request memory) {
    return _toRequest(_knownRequest(requestId));
  }

  /// The slot's request and index; reverts Marketplace_SlotIsFree for a slot never filled.
  function getActiveSlot(SlotId slotId) public view returns (ActiveSlot memory) {
    SlotRecord storage slot = _slots[slotId];
    if (slot.state == SlotState.Free) revert Marketplace_SlotIsFree();
    return ActiveSlot(_toRequest(_requests[slot.requestId]), slot.slotIndex);
  }

  /// What a host must do for a slot in this block's period: slotState, isProofRequired,
  /// willProofBeRequired and getChallenge in one answer.
  struct ProofDuty {
    SlotState state;
    bool required;
    bool willBeRequired;
    bytes32 challenge;
  }

  /// The proof duties of many slots at once, in their order (ours: not part of the Codex
  /// interface; a host reads all its proving slots with one call instead of four per slot).
  function proofDuties(SlotId[] calldata ids) public view returns (ProofDuty[] memory duties) {
    duties = new ProofDuty[](ids.length);
    Period period = _blockPeriod();
    for (uint256 i = 0; i < ids.length; ++i) {
      SlotId id = ids[i];
      (bool due, uint8 pointer) = _proofRequirement(id, period);
      duties[i] = ProofDuty(
        slotState(id),
        due && pointer >= _downtime,
        due && pointer < _downtime,
        getChallenge(id)
      );
    }
  }

  /// What a restarted host reads of one of its slots: slotState, getHost, requestEnd,
  /// requestExpiry and getActiveSlot in one answer. A slot never filled is Free, with the rest
  /// zero.
  struct SlotSummary {
    SlotState state;
    address host;
    uint64 requestEnd;
    uint64 requestExpiry;
    ActiveSlot slot;
  }

  /// The summaries of many slots at once, in their order (ours: not part of the Codex interface;
  /// a restarted host reads all its slots with one call instead of five per slot).
  function slotSummaries(
    SlotId[] calldata ids
  ) public view returns (SlotSummary[] memory summaries) {
    summaries = new SlotSummary[](ids.length);
    for (uint256 i = 0; i < ids.length; ++i) {
      SlotRecord storage slot = _slots[ids[i]];
      if (slot.state == SlotState.Free) continue;
      RequestRecord storage request = _requests[slot.requestId];
      summaries[i] = SlotSummary(
        _slotStateOf(request, slot),
        slot.host,
        _requestEnd(request),
        request.expiresAt,
        ActiveSlot(_toRequest(request), slot.slotIndex)
      );
    }
  }

  function requestState(RequestId requestId) public view returns (RequestState) {
    return _requestState(_knownRequest(requestId));
  }

  /// Free for a slot never filled (whatever its request). Otherwise Paid once paid; Cancelled,
  /// Finished or Failed with its request; else Filled or Repair.
  function slotState(
    SlotId slotId
  ) public view override(Proofs, SlotReservations) returns (SlotState) {
    SlotRecord storage slot = _slots[slotId];
    if (slot.state == SlotState.Free) return SlotState.Free;
    return _slotStateOf(_requests[slot.requestId], slot);
  }

  /// New or Started: the end of the duration. Cancelled: the expiry. Finished or Failed: when it
  /// ended (a failed request ends the second before it failed).
  function requestEnd(RequestId requestId) public view returns (uint64) {
    return _requestEnd(_knownRequest(requestId));
  }

  function _requestEnd(RequestRecord storage request) private view returns (uint64) {
    RequestState state = _requestState(request);
    if (state == RequestState.New || state == RequestState.Started) return request.endsAt;
    if (state == RequestState.Cancelled) return request.expiresAt;
    return block.timestamp < request.endsAt ? uint64(block.timestamp) : request.endsAt;
  }

  /// When the request expires (absolute); 0 for an unknown request.
  function requestExpiry(RequestId requestId) public view returns (uint64) {
    return _requests[requestId].expiresAt;
  }

  function getHost(SlotId slotId) public view returns (address) {
    return _slots[slotId].host;
  }

  /// The collateral the slot's host has in it: collateralPerSlot less its slashes; 0 while the
  /// slot has no host.
  function currentCollateral(SlotId slotId) public view returns (uint256) {
    SlotRecord storage slot = _slots[slotId];
    if (slot.host == address(0)) return 0;
    RequestRecord storage request = _requests[slot.requestId];
    return _collateralPerSlot(request) - slot.missedProofs * _slashAmount(request);
  }

  /// proofProbability scaled by the share of the pointer's range outside the downtime; 0 for a
  /// slot never filled.
  function slotProbability(SlotId slotId) public view override returns (uint256) {
    SlotRecord storage slot = _slots[slotId];
    if (slot.state == SlotState.Free) return 0;
    return (_requests[slot.requestId].ask.proofProbability * (256 - _downtime)) / 256;
  }

  // ---- Internals

  function _knownRequest(RequestId requestId) private view returns (RequestRecord storage request) {
    request = _requests[requestId];
    // endsAt is set for every posted request and shares its storage word with the state that
    // the callers read next; client would cost another read.
    if (request.endsAt == 0) revert Marketplace_UnknownRequest();
  }

  function _requestState(RequestRecord storage request) private view returns (RequestState) {
    RequestState state = request.state;
    if (state == RequestState.New && block.timestamp > request.expiresAt)
      return RequestState.Cancelled;
    if (
      (state == RequestState.New || state == RequestState.Started) &&
      block.timestamp > request.endsAt
    ) return RequestState.Finished;
    return state;
  }

  /// The slot's state derived from its request, also for a slot never filled (what fillSlot
  /// checks: such a slot of a cancelled request is Cancelled, not Free).
  function _slotStateOf(
    RequestRecord storage request,
    SlotRecord storage slot
  ) private view returns (SlotState) {
    if (slot.state == SlotState.Paid) return SlotState.Paid;
    RequestState state = _requestState(request);
    if (state == RequestState.Cancelled) return SlotState.Cancelled;
    if (state == RequestState.Finished) return SlotState.Finished;
    if (state == RequestState.Failed) return SlotState.Failed;
    return slot.state;
  }

  function _requireAcceptsProofs(SlotId slotId) private view {
    if (slotState(slotId) != SlotState.Filled) revert Marketplace_SlotNotAcceptingProofs();
  }

  function _slashAmount(RequestRecord storage request) private view returns (uint256) {
    return (_collateralPerSlot(request) * _slashPercentage) / 100;
  }

  /// (end - start) * pricePerSlotPerSecond; reverts unless start < end.
  function _slotPayout(
    RequestRecord storage request,
    uint256 start,
    uint256 end
  ) private view returns (uint256) {
    if (start >= end) revert Marketplace_StartNotBeforeExpiry();
    return (end - start) * (request.ask.pricePerBytePerSecond * request.ask.slotSize);
  }

  /// What the client gets back of a request that ran its course: the price less what hosts
  /// earn; 0 once withdrawn (Codex's fundsToReturnToClient).
  function _fundsToReturnToClient(RequestRecord storage request) private view returns (uint256) {
    if (request.withdrawn) return 0;
    Ask storage ask = request.ask;
    uint256 pricePerSlotPerSecond = ask.pricePerBytePerSecond * ask.slotSize;
    return
      ask.slots * ask.duration * pricePerSlotPerSecond -
      request.promisedSlotSeconds * pricePerSlotPerSecond;
  }

  /// collateralPerByte * slotSize, read from storage (Requests' helpers copy the whole Ask).
  function _collateralPerSlot(RequestRecord storage request) private view returns (uint256) {
    return request.ask.collateralPerByte * request.ask.slotSize;
  }

  /// Pays the host for the time from its fill to `end` (nothing when it filled at `end`: a slot
  /// filled in the last second before the expiry) and returns its collateral.
  function _payOut(
    SlotRecord storage slot,
    RequestRecord storage request,
    uint256 end,
    address rewardRecipient,
    address collateralRecipient
  ) private {
    _removeFromMySlots(slot);
    uint256 reward = slot.filledAt < end ? _slotPayout(request, slot.filledAt, end) : 0;
    uint256 collateral = _collateralPerSlot(request) - slot.missedProofs * _slashAmount(request);
    slot.state = SlotState.Paid;
    _transfer(rewardRecipient, reward);
    _transfer(collateralRecipient, collateral);
  }

  /// The host loses the slot and its collateral; the slot goes to Repair with no reservations,
  /// and the request fails when it has lost more than maxSlotLoss slots while Started.
  function _forciblyFreeSlot(SlotRecord storage slot, RequestRecord storage request) private {
    // What the host will no longer earn goes back to the client (filledAt < endsAt: see fillSlot).
    request.promisedSlotSeconds -= uint96(request.endsAt - slot.filledAt);
    _removeFromMySlots(slot);
    _clearReservations(slot);
    _forgetProofs(slot);
    slot.state = SlotState.Repair;
    slot.filledAt = 0;
    slot.host = address(0);
    uint64 slotsFilled = request.slotsFilled - 1;
    request.slotsFilled = slotsFilled;
    emit SlotFreed(slot.requestId, slot.slotIndex);

    if (
      request.ask.slots - slotsFilled > request.ask.maxSlotLoss &&
      request.state == RequestState.Started
    ) {
      request.state = RequestState.Failed;
      request.endsAt = uint40(block.timestamp - 1);
      emit RequestFailed(slot.requestId);
    }
  }

  function _toRequest(RequestRecord storage record) private view returns (Request memory) {
    return Request(record.client, record.ask, record.content, record.expiry, record.nonce);
  }

  function _transferFrom(address sender, uint256 amount) private {
    if (!_token.transferFrom(sender, address(this), amount)) revert Marketplace_TransferFailed();
  }

  function _transfer(address recipient, uint256 amount) private {
    if (!_token.transfer(recipient, amount)) revert Marketplace_TransferFailed();
  }
}
