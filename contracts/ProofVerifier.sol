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
    if (slotIndex >= slots) return false;
    (bytes32 root, uint256 used) = _climb(proof.slotRoot, slotIndex, slots, proof.slotPath, 0);
    if (used != proof.slotPath.length || root != datasetRoot) return false;
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
    (uint256 k, uint256[3] memory all) = _pickBlocks(challenge, blocks);
    picked = new uint256[](k);
    for (uint256 i = 0; i < k; ++i) picked[i] = all[i];
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
    if (index >= leafCount) return (false, bytes32(0));
    uint256 used;
    (root, used) = _climb(leaf, index, leafCount, path, 0);
    valid = used == path.length;
  }

  function _verifyStorageProof(
    bytes32 challenge,
    bytes32 slotRoot,
    uint64 slotSize,
    StorageProof calldata proof
  ) private view returns (bool) {
    uint256 blocks = blockCount(slotSize);
    (uint256 k, uint256[3] memory picked) = _pickBlocks(challenge, blocks);
    bytes32[] calldata leaves = proof.leaves;
    bytes32[] calldata path = proof.path;
    if (k == 0 || leaves.length != k) return false;
    uint256 used = 0;
    for (uint256 i = 0; i < k; ++i) {
      bytes32 root;
      (root, used) = _climb(leaves[i], picked[i], blocks, path, used);
      if (root != slotRoot) return false;
    }
    return used == path.length;
  }

  /// The k = min(3, blocks) blocks `challenge` picks: the i-th draw is the first 8 bytes,
  /// big-endian, of SHA-256(challenge || uint64 big-endian i); its block the draw modulo `blocks`,
  /// moved forward past the blocks picked before.
  function _pickBlocks(
    bytes32 challenge,
    uint256 blocks
  ) private view returns (uint256 k, uint256[3] memory picked) {
    k = blocks < BLOCKS_PER_CHALLENGE ? blocks : BLOCKS_PER_CHALLENGE;
    for (uint256 i = 0; i < k; ++i) {
      uint256 index;
      assembly ("memory-safe") {
        mstore(0x00, challenge)
        mstore(0x20, shl(192, i))
        if iszero(staticcall(gas(), 0x02, 0x00, 0x28, 0x00, 0x20)) {
          revert(0, 0)
        }
        index := mod(shr(192, mload(0x00)), blocks)
      }
      // k <= blocks, so a block not picked yet is always found.
      while ((i > 0 && index == picked[0]) || (i > 1 && index == picked[1])) {
        index = (index + 1) % blocks;
      }
      picked[i] = index;
    }
  }

  /// Hashes `leaf` at `index` up to the root of a tree of `leafCount` leaves, taking the siblings
  /// from path[start..]; returns the root and the position after the last sibling used. The index
  /// must be below leafCount. Past the path's end it reads whatever calldata follows (zeros past
  /// the calldata's end), which is harmless: every caller then requires that exactly all of the
  /// path was used, which refuses a path too short as well as one too long. In assembly: this
  /// loop is most of the gas of a proof, and the compiler's own code costs twice as much per level.
  function _climb(
    bytes32 leaf,
    uint256 index,
    uint256 leafCount,
    bytes32[] calldata path,
    uint256 start
  ) private view returns (bytes32 node, uint256 end) {
    assembly ("memory-safe") {
      node := leaf
      let first := path.offset
      let sibling := add(first, shl(5, start))
      // A level of `width` nodes has (width + 1) / 2 parents. The node at `index` has a sibling
      // unless it is the odd last one, which moves up unchanged.
      for {
        let width := leafCount
      } gt(width, 1) {
        width := shr(1, add(width, 1))
        index := shr(1, index)
      } {
        if lt(xor(index, 1), width) {
          // A left child (even index) goes first: node at 0x00, sibling at 0x20.
          let at := shl(5, and(index, 1))
          mstore(at, node)
          mstore(xor(at, 0x20), calldataload(sibling))
          sibling := add(sibling, 0x20)
          if iszero(staticcall(gas(), 0x02, 0x00, 0x40, 0x00, 0x20)) {
            revert(0, 0)
          }
          node := mload(0x00)
        }
      }
      end := shr(5, sub(sibling, first))
    }
  }
}
