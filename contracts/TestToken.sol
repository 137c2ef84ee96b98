// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// The token of test and demo chains: an ERC-20 with 18 decimals that ANYONE can mint with
/// mint(). For local chains and tests only; never deploy it where tokens have value.
contract TestToken is ERC20 {
  constructor() ERC20("Test Storage Token", "TST") {}

  function mint(address holder, uint256 amount) public {
    _mint(holder, amount);
  }
}
