// Our storage proofs in plain Node, for the development scripts: slot data, the SHA-256 Merkle
// trees (an odd last node moves up unchanged), the blocks a challenge picks, and the FillProof and
// StorageProof values the Marketplace takes (contracts/StorageProof.sol has the rules).

import crypto from 'node:crypto';

export const BLOCK_SIZE = 65536;
export const BLOCKS_PER_CHALLENGE = 3;

export const sha256 = (...parts) => {
  const hash = crypto.createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

export const blockCount = (slotSize) => Math.ceil(slotSize / BLOCK_SIZE);

/**
 * The leaves of a slot's data: SHA-256 of each 64 KiB block (the last one may be shorter). The
 * data is an AES-256-CTR key stream keyed by SHA-256(seed || slotIndex): any bytes would do, these
 * are fast to make and never kept.
 */
export function slotLeaves(seed, slotIndex, slotSize) {
  const index = Buffer.alloc(8);
  index.writeBigUInt64BE(BigInt(slotIndex));
  const key = sha256(Buffer.from(seed), index);
  const cipher = crypto.createCipheriv('aes-256-ctr', key, Buffer.alloc(16));
  const zeros = Buffer.alloc(BLOCK_SIZE);
  const leaves = [];
  for (let offset = 0; offset < slotSize; offset += BLOCK_SIZE) {
    const length = Math.min(BLOCK_SIZE, slotSize - offset);
    leaves.push(sha256(cipher.update(zeros.subarray(0, length))));
  }
  return leaves;
}

/** A Merkle tree with every level kept. */
export class MerkleTree {
  constructor(leaves) {
    this.levels = [leaves];
    while (this.levels.at(-1).length > 1) {
      const level = this.levels.at(-1);
      const parents = [];
      for (let i = 0; i + 1 < level.length; i += 2) parents.push(sha256(level[i], level[i + 1]));
      if (level.length % 2 === 1) parents.push(level.at(-1)); // promoted unchanged
      this.levels.push(parents);
    }
  }

  get root() {
    return this.levels.at(-1)[0];
  }

  get leafCount() {
    return this.levels[0].length;
  }

  /** Sibling hashes from leaf `index` up, none for the levels where the node is promoted. */
  path(index) {
    const siblings = [];
    for (let level = 0; level + 1 < this.levels.length; ++level) {
      const sibling = index ^ 1;
      if (sibling < this.levels[level].length) siblings.push(this.levels[level][sibling]);
      index = Math.floor(index / 2);
    }
    return siblings;
  }
}

export function pathLength(index, leafCount) {
  if (index >= leafCount) return 0;
  let length = 0;
  for (let width = leafCount; width > 1; width = Math.ceil(width / 2), index = Math.floor(index / 2))
    if ((index ^ 1) < width) ++length;
  return length;
}

/** The blocks `challenge` (Buffer of 32) picks among `blocks`, in the order picked. */
export function challengedBlocks(challenge, blocks) {
  const k = Math.min(BLOCKS_PER_CHALLENGE, blocks);
  const picked = [];
  for (let i = 0; i < k; ++i) {
    const counter = Buffer.alloc(8);
    counter.writeBigUInt64BE(BigInt(i));
    const draw = sha256(challenge, counter).readBigUInt64BE(0);
    let index = Number(draw % BigInt(blocks));
    while (picked.includes(index)) index = (index + 1) % blocks;
    picked.push(index);
  }
  return picked;
}

const toHex = (buffer) => `0x${buffer.toString('hex')}`;

/** The StorageProof value for `challenge` (0x-hex or Buffer) over a slot's tree. */
export function storageProof(tree, challenge) {
  const c = Buffer.isBuffer(challenge) ? challenge : Buffer.from(challenge.slice(2), 'hex');
  const picked = challengedBlocks(c, tree.leafCount);
  return {
    leaves: picked.map((i) => toHex(tree.levels[0][i])),
    path: picked.flatMap((i) => tree.path(i).map(toHex)),
  };
}

/** The FillProof value for slot `slotIndex` of a dataset. */
export function fillProof(dataset, slotIndex, challenge) {
  return {
    slotRoot: toHex(dataset.slotTrees[slotIndex].root),
    slotPath: dataset.tree.path(slotIndex).map(toHex),
    proof: storageProof(dataset.slotTrees[slotIndex], challenge),
  };
}

/** A dataset of `slots` slots of `slotSize` bytes: its slots' trees and the tree over their roots. */
export function makeDataset(seed, slots, slotSize) {
  const slotTrees = [];
  for (let i = 0; i < slots; ++i) slotTrees.push(new MerkleTree(slotLeaves(seed, i, slotSize)));
  const tree = new MerkleTree(slotTrees.map((t) => t.root));
  return { slotTrees, tree, merkleRoot: toHex(tree.root) };
}
