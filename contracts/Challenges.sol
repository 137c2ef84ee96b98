// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

/// The rule that picks the block whose hash a storage proof must answer, shared by the
/// Marketplace's slots (Proofs) and the direct deals (DirectDeals), so that the host's proof code
/// serves both. The pointer moves by one with each block and wraps every 256 blocks; the
/// challenge is the hash of block `block.number - 1 - pointer`, the same for blocks in a row until
/// the pointer wraps to 0.
library Challenges {
  /// (block.number % 256 + (period * downtimeProduct) % 256 + id % 256) % 256, for a proof owner
  /// `id` (a slot id or a deal id) in `period`.
  function pointer(uint256 id, uint256 period, uint8 downtimeProduct) internal view returns (uint8) {
    uint256 blockNumber = block.number % 256;
    uint256 periodNumber = (period * downtimeProduct) % 256;
    uint256 idOffset = id % 256;
    return uint8((blockNumber + periodNumber + idOffset) % 256);
  }

  /// keccak256 of the hash of block `block.number - 1 - pointer_`.
  function challenge(uint8 pointer_) internal view returns (bytes32) {
    bytes32 hash = blockhash(block.number - 1 - pointer_);
    assert(uint256(hash) != 0);
    return keccak256(abi.encode(hash));
  }
}
