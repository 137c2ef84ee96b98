// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

// Our storage proof, in place of the Codex marketplace's Groth16 proof.
//
// A slot's data is split into blocks of 64 KiB (the last one may be shorter). A block's leaf is the
// SHA-256 of its bytes; the slot root is the root of a binary SHA-256 Merkle tree over the leaves,
// where a level of n nodes gives ceil(n / 2) parents, a parent being SHA-256(left || right) and an
// odd last node moving up unchanged. The request's content.merkleRoot is the root of a tree of the
// same kind over the slots' roots, slot 0 first.
//
// A challenge (32 bytes) picks k = min(3, blockCount) distinct blocks: the i-th draw is the first 8
// bytes, big-endian, of SHA-256(challenge || uint64 big-endian i), its block the draw modulo
// blockCount, moved forward (modulo blockCount) to the next block not picked yet.
//
// A path lists the sibling hashes from a leaf up to the root, leaving out the levels where the
// node moves up unchanged, so its length follows from the leaf's index and the leaf count.

/// The answer to a challenge for one slot: one opening per picked block, in the order picked.
/// The block indices are not sent: the verifier derives them from the challenge.
struct StorageProof {
  /// The picked blocks' leaves (SHA-256 of their bytes), in the order picked.
  bytes32[] leaves;
  /// The openings' paths one after the other, in the same order, each from its leaf upward.
  bytes32[] path;
}

/// What a host sends to fill a slot: its slot's root, shown to be leaf slotIndex of the request's
/// content.merkleRoot, and the storage proof for the current challenge against that root.
struct FillProof {
  bytes32 slotRoot;
  /// Path from slotRoot up to content.merkleRoot in the tree of ask.slots leaves.
  bytes32[] slotPath;
  StorageProof proof;
}

interface IStorageProofVerifier {
  /// Whether `proof` answers `challenge` for a slot of `slotSize` bytes with root `slotRoot`.
  function verifyStorageProof(
    bytes32 challenge,
    bytes32 slotRoot,
    uint64 slotSize,
    StorageProof calldata proof
  ) external view returns (bool);

  /// Whether proof.slotRoot is leaf `slotIndex` of the tree of `slots` leaves with root
  /// `datasetRoot`, and proof.proof answers `challenge` for a slot of `slotSize` bytes with that
  /// root.
  function verifyFillProof(
    bytes32 challenge,
    bytes32 datasetRoot,
    uint64 slotIndex,
    uint64 slots,
    uint64 slotSize,
    FillProof calldata proof
  ) external view returns (bool);
}
