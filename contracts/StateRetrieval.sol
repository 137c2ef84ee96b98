// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import "./MarketStorage.sol";

/// The lists behind myRequests() and mySlots(). A removal moves the list's last entry into the
/// gap, so the order is that of insertion until the first removal (as with OpenZeppelin's
/// EnumerableSet). Each record keeps its place in its list, so no separate index is stored.
abstract contract StateRetrieval is MarketStorage {
  mapping(address => RequestId[]) private _requestsPerClient;
  mapping(address => SlotId[]) private _slotsPerHost;

  /// The caller's requests that are still running or not yet withdrawn.
  function myRequests() public view returns (RequestId[] memory) {
    return _requestsPerClient[msg.sender];
  }

  /// The caller's slots that it has not collected or left yet.
  function mySlots() public view returns (SlotId[] memory) {
    return _slotsPerHost[msg.sender];
  }

  function _addToMyRequests(RequestId id, RequestRecord storage request) internal {
    RequestId[] storage list = _requestsPerClient[request.client];
    list.push(id);
    // A list cannot reach 2^32 entries: each one costs a transaction.
    request.listIndex = uint32(list.length);
  }

  function _removeFromMyRequests(RequestRecord storage request) internal {
    uint256 index = request.listIndex;
    if (index == 0) return;
    RequestId[] storage list = _requestsPerClient[request.client];
    uint256 last = list.length;
    if (index != last) {
      RequestId moved = list[last - 1];
      list[index - 1] = moved;
      _requests[moved].listIndex = uint32(index);
    }
    list.pop();
    request.listIndex = 0;
  }

  function _addToMySlots(SlotId id, SlotRecord storage slot) internal {
    SlotId[] storage list = _slotsPerHost[slot.host];
    list.push(id);
    slot.listIndex = uint32(list.length);
  }

  function _removeFromMySlots(SlotRecord storage slot) internal {
    uint256 index = slot.listIndex;
    if (index == 0) return;
    SlotId[] storage list = _slotsPerHost[slot.host];
    uint256 last = list.length;
    if (index != last) {
      SlotId moved = list[last - 1];
      list[index - 1] = moved;
      _slots[moved].listIndex = uint32(index);
    }
    list.pop();
    slot.listIndex = 0;
  }
}
