// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

// The storage request as a client posts it, and the ids and amounts derived from it. The structs
// have the Codex marketplace's fields, types and order, so a request's ABI encoding, and with it
// its id, is the same as on a Codex marketplace.

/// keccak256(abi.encode(request)).
type RequestId is bytes32;
/// keccak256(abi.encode(requestId, uint64 slotIndex)).
type SlotId is bytes32;

struct Request {
  address client; // who pays, and who may withdraw what is left
  Ask ask;
  Content content;
  uint64 expiry; // seconds after posting by which every slot must be filled, else it is cancelled
  bytes32 nonce; // random: two otherwise equal requests get different ids
}

struct Ask {
  uint256 proofProbability; // a filled slot is asked for a proof about once in this many periods
  uint256 pricePerBytePerSecond; // tokens paid to a host per byte of its slot per second
  uint256 collateralPerByte; // tokens per byte of a slot a host deposits to fill it
  uint64 slots; // how many slots the dataset is split into
  uint64 slotSize; // bytes per slot
  uint64 duration; // seconds the data is stored, from posting
  uint64 maxSlotLoss; // slots that may be lost before the request fails
}

struct Content {
  bytes cid; // the dataset's content id (binary), to download it
  bytes32 merkleRoot; // root of the Merkle tree over the slots' roots: what fills are proven against
}

enum RequestState {
  New, // posted, slots being filled
  Started, // every slot was filled before the expiry
  Cancelled, // expired before every slot was filled
  Finished, // ran its whole duration
  Failed // lost more than maxSlotLoss slots
}

enum SlotState {
  Free, // never filled
  Filled, // a host holds it and proves it
  Finished, // its request finished: the host can collect
  Failed, // its request failed
  Paid, // the host collected its payout
  Cancelled, // its request was cancelled: the host can collect what it earned
  Repair // its host was forcibly freed: another host can fill it, at a discount
}

library Requests {
  function id(Request calldata request) internal pure returns (RequestId) {
    return RequestId.wrap(keccak256(abi.encode(request)));
  }

  function slotId(RequestId requestId, uint64 slotIndex) internal pure returns (SlotId) {
    return SlotId.wrap(keccak256(abi.encode(requestId, slotIndex)));
  }

  /// What the client pays when posting: every slot for the whole duration.
  function maxPrice(Ask memory ask) internal pure returns (uint256) {
    return ask.slots * ask.duration * pricePerSlotPerSecond(ask);
  }

  function collateralPerSlot(Ask memory ask) internal pure returns (uint256) {
    return ask.collateralPerByte * ask.slotSize;
  }

  function pricePerSlotPerSecond(Ask memory ask) internal pure returns (uint256) {
    return ask.pricePerBytePerSecond * ask.slotSize;
  }
}
