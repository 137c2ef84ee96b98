// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import "./StorageProof.sol";

/// Checks our storage proofs (StorageProof.sol) with the SHA-256 precompile. Holds no state; the
/// marketplace calls it, and clients may call its helpers to check their own proofs.
contract ProofVerifier is IStorageProofVerifier {
  /// Bytes per block.
  uint256 public constant BLOCK_SIZE = 65536;
  /// Blocks a challenge picks (fewer when the slot has fewer blocks).
  uint256 public constant BLOCKS_PER_CHALLENGE = 3;

  /// @inheritdoc IStorageProofVerifier
  function verifyStorageProof(
    bytes32 challenge,
    bytes32 slotRoot,
    uint64 slotSize,
    StorageProof calldata proof
  ) external view returns (bool) {
    return _verifyStorageProof(challenge, slotRoot, slotSize, proof);
  }

  /// @inheritdoc IStorageProofVerifier
  function verifyFillProof(
    bytes32 challenge,
    bytes32 datasetRoot,
    uint64 slotIndex,
    uint64 slots,
    uint64 slotSize,
    FillProof calldata proof
  ) external view returns (bool) {
    (bool complete, bytes32 root, uint256 used) = _climb(
      proof.slotRoot,
      slotIndex,
      slots,
      proof.slotPath,
      0
    );
    if (!complete || used != proof.slotPath.length || root != datasetRoot) return false;
    return _verifyStorageProof(challenge, proof.slotRoot, slotSize, proof.proof);
  }

  /// How many blocks a slot of `slotSize` bytes has.
  function blockCount(uint64 slotSize) public pure returns (uint256) {
    return (uint256(slotSize) + BLOCK_SIZE - 1) / BLOCK_SIZE;
  }

  /// The blocks `challenge` picks in a slot of `blocks` blocks, in the order picked.
  function challengedBlocks(
    bytes32 challenge,
    uint256 blocks
  ) external view returns (uint256[] memory picked) {
    uint256 k = blocks < BLOCKS_PER_CHALLENGE ? blocks : BLOCKS_PER_CHALLENGE;
    picked = new uint256[](k);
    for (uint256 i = 0; i < k; ++i) {
      picked[i] = _pick(challenge, i, blocks, picked);
    }
  }

  /// How many hashes the path of leaf `index` has in a tree of `leafCount` leaves (0 when the
  /// index is out of range).
  function pathLength(uint256 index, uint256 leafCount) external pure returns (uint256 length) {
    if (index >= leafCount) return 0;
    for (uint256 width = leafCount; width > 1; width = (width + 1) >> 1) {
      if ((index ^ 1) < width) ++length;
      index >>= 1;
    }
  }

  /// The root that `path` leads to from `leaf` at `index` in a tree of `leafCount` leaves;
  /// `valid` is false when the index is out of range or the path has the wrong length.
  function rootFromPath(
    bytes32 leaf,
    uint256 index,
    uint256 leafCount,
    bytes32[] calldata path
  ) external view returns (bool valid, bytes32 root) {
    uint256 used;
    (valid, root, used) = _climb(leaf, index, leafCount, path, 0);
    valid = valid && used == path.length;
  }

  function _verifyStorageProof(
    bytes32 challenge,
    bytes32 slotRoot,
    uint64 slotSize,
    StorageProof calldata proof
  ) private view returns (bool) {
    uint256 blocks = blockCount(slotSize);
    uint256 k = blocks < BLOCKS_PER_CHALLENGE ? blocks : BLOCKS_PER_CHALLENGE;
    if (k == 0 || proof.leaves.length != k) return false;
    uint256[] memory picked = new uint256[](k);
    uint256 used = 0;
    for (uint256 i = 0; i < k; ++i) {
      uint256 index = _pick(challenge, i, blocks, picked);
      picked[i] = index;
      bool complete;
      bytes32 root;
      (complete, root, used) = _climb(proof.leaves[i], index, blocks, proof.path, used);
      if (!complete || root != slotRoot) return false;
    }
    return used == proof.path.length;
  }

  /// The i-th picked block: the draw modulo `blocks`, moved forward past the blocks picked[0..i).
  function _pick(
    bytes32 challenge,
    uint256 i,
    uint256 blocks,
    uint256[] memory picked
  ) private view returns (uint256 index) {
    index = _draw(challenge, i) % blocks;
    for (uint256 j = 0; j < i; ) {
      if (picked[j] == index) {
        index = (index + 1) % blocks;
        j = 0; // the moved index may meet an earlier pick again
      } else {
        ++j;
      }
    }
  }

  /// First 8 bytes, big-endian, of SHA-256(challenge || uint64 big-endian i).
  function _draw(bytes32 challenge, uint256 i) private view returns (uint256 draw) {
    assembly ("memory-safe") {
      mstore(0x00, challenge)
      mstore(0x20, shl(192, i))
      if iszero(staticcall(gas(), 0x02, 0x00, 0x28, 0x00, 0x20)) {
        revert(0, 0)
      }
      draw := shr(192, mload(0x00))
    }
  }

  /// Hashes `leaf` at `index` up to the root of a tree of `leafCount` leaves with the siblings
  /// path[start..]. `complete` is false when the index is out of range or the path runs out;
  /// `end` is the position after the last sibling used.
  function _climb(
    bytes32 leaf,
    uint256 index,
    uint256 leafCount,
    bytes32[] calldata path,
    uint256 start
  ) private view returns (bool complete, bytes32 node, uint256 end) {
    if (index >= leafCount) return (false, bytes32(0), start);
    node = leaf;
    end = start;
    for (uint256 width = leafCount; width > 1; width = (width + 1) >> 1) {
      if ((index ^ 1) < width) {
        if (end >= path.length) return (false, node, end);
        bytes32 sibling = path[end];
        ++end;
        node = (index & 1) == 0 ? _hashPair(node, sibling) : _hashPair(sibling, node);
      }
      index >>= 1;
    }
    complete = true;
  }

  function _hashPair(bytes32 left, bytes32 right) private view returns (bytes32 parent) {
    assembly ("memory-safe") {
      mstore(0x00, left)
      mstore(0x20, right)
      if iszero(staticcall(gas(), 0x02, 0x00, 0x40, 0x00, 0x20)) {
        revert(0, 0)
      }
      parent := mload(0x00)
    }
  }
}
