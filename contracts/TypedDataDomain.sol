// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import "@openzeppelin/contracts/interfaces/IERC5267.sol";

/// The EIP-712 domain of a contract that checks typed-data signatures: RetrievalChannels (vouchers)
/// and DirectDeals (deal proposals) both inherit it, so the domain is written once.
///
/// The domain is { name, version, chainId, verifyingContract } (no salt), hashed as
/// EIP712Domain(string name,string version,uint256 chainId,address verifyingContract); the digest
/// of a message is keccak256("\x19\x01" || domainSeparator() || structHash), what
/// eth_signTypedData_v4 signs. eip712Domain() (ERC-5267) lists the fields so that wallets and
/// off-chain code can rebuild the domain.
///
/// Why not OpenZeppelin's EIP712: it computes the same hashes, but in OpenZeppelin 5.7 its string
/// helpers use the Cancun instruction mcopy, and these contracts are compiled for the paris EVM,
/// where that does not compile. Solidity has no immutable strings, so the name and version are not
/// constructor arguments but two pure functions each contract implements with string literals
/// (OpenZeppelin's ShortStrings would keep them as immutable words and does compile for paris, but
/// it adds its errors StringTooLong and InvalidShortString to the contracts' ABIs, and more code).
///
/// The separator of the chain and address the contract was deployed at is kept; it is built afresh
/// on any other chain id (after a fork of the chain) or address (code run by delegatecall), so a
/// signature for one chain or contract is never valid on another.
abstract contract TypedDataDomain is IERC5267 {
  bytes32 private constant _DOMAIN_TYPEHASH =
    keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

  uint256 private immutable _deployedChainId;
  address private immutable _deployedAt;
  bytes32 private immutable _deployedDomainSeparator;

  constructor() {
    _deployedChainId = block.chainid;
    _deployedAt = address(this);
    _deployedDomainSeparator = _buildDomainSeparator();
  }

  /// The EIP-712 domain separator: the domain's name and version, this chain's id and this
  /// contract's address.
  function domainSeparator() public view returns (bytes32) {
    if (block.chainid == _deployedChainId && address(this) == _deployedAt)
      return _deployedDomainSeparator;
    return _buildDomainSeparator();
  }

  /// The domain's fields (ERC-5267): name, version, chainId and verifyingContract are used
  /// (fields 0x0f); no salt, no extensions.
  function eip712Domain()
    public
    view
    returns (
      bytes1 fields,
      string memory name,
      string memory version,
      uint256 chainId,
      address verifyingContract,
      bytes32 salt,
      uint256[] memory extensions
    )
  {
    return (
      hex"0f",
      _domainName(),
      _domainVersion(),
      block.chainid,
      address(this),
      bytes32(0),
      new uint256[](0)
    );
  }

  /// The domain's name (EIP-712 `name`), a string literal of the contract; fixed for its life.
  function _domainName() internal pure virtual returns (string memory);

  /// The domain's version (EIP-712 `version`), a string literal of the contract.
  function _domainVersion() internal pure virtual returns (string memory);

  /// The EIP-712 digest of a message whose hashStruct is `structHash`, in this domain.
  function _hashTypedData(bytes32 structHash) internal view returns (bytes32) {
    return keccak256(abi.encodePacked(hex"1901", domainSeparator(), structHash));
  }

  function _buildDomainSeparator() private view returns (bytes32) {
    return
      keccak256(
        abi.encode(
          _DOMAIN_TYPEHASH,
          keccak256(bytes(_domainName())),
          keccak256(bytes(_domainVersion())),
          block.chainid,
          address(this)
        )
      );
  }
}
