// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import "./Configuration.sol";
import "./MarketStorage.sol";

/// Hosts reserve a slot before they may fill it; at most maxReservations hosts per slot. A forced
/// free of the slot drops its reservations (the next round starts empty).
abstract contract SlotReservations is MarketStorage {
  error SlotReservations_ReservationNotAllowed();

  event SlotReservationsFull(RequestId indexed requestId, uint64 slotIndex);

  uint8 private immutable _maxReservations;
  /// 1 + the round in which the host reserved the slot; 0: never reserved.
  mapping(SlotId => mapping(address => uint256)) private _reservedInRound;

  constructor(SlotReservationsConfig memory config) {
    _maxReservations = config.maxReservations;
  }

  function slotState(SlotId id) public view virtual returns (SlotState);

  function reserveSlot(RequestId requestId, uint64 slotIndex) public {
    if (!canReserveSlot(requestId, slotIndex)) revert SlotReservations_ReservationNotAllowed();
    SlotId slotId = Requests.slotId(requestId, slotIndex);
    SlotRecord storage slot = _slots[slotId];
    if (RequestId.unwrap(slot.requestId) == 0) {
      // The slot's record starts here: its fill then only adds the host's part.
      slot.requestId = requestId;
      slot.slotIndex = slotIndex;
    }
    _reservedInRound[slotId][msg.sender] = uint256(slot.reservationRound) + 1;
    uint8 count = slot.reservations + 1;
    slot.reservations = count;
    if (count == _maxReservations) emit SlotReservationsFull(requestId, slotIndex);
  }

  /// Whether the caller may reserve the slot: it is Free or in Repair, has fewer than
  /// maxReservations reservations, and none of them is the caller's.
  function canReserveSlot(RequestId requestId, uint64 slotIndex) public view returns (bool) {
    SlotId slotId = Requests.slotId(requestId, slotIndex);
    SlotState state = slotState(slotId);
    SlotRecord storage slot = _slots[slotId];
    return
      (state == SlotState.Free || state == SlotState.Repair) &&
      slot.reservations < _maxReservations &&
      !_isReservedBy(slotId, slot, msg.sender);
  }

  function _isReservedBy(
    SlotId slotId,
    SlotRecord storage slot,
    address host
  ) internal view returns (bool) {
    return _reservedInRound[slotId][host] == uint256(slot.reservationRound) + 1;
  }

  function _clearReservations(SlotRecord storage slot) internal {
    slot.reservationRound += 1;
    slot.reservations = 0;
  }

  function _reservationsConfig() internal view returns (SlotReservationsConfig memory) {
    return SlotReservationsConfig(_maxReservations);
  }
}
