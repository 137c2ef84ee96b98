// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

/// Time in proof periods: period p covers [p * length, (p + 1) * length).
type Period is uint64;

abstract contract Periods {
  error Periods_InvalidSecondsPerPeriod();

  uint64 internal immutable _secondsPerPeriod;

  constructor(uint64 secondsPerPeriod) {
    if (secondsPerPeriod == 0) revert Periods_InvalidSecondsPerPeriod();
    _secondsPerPeriod = secondsPerPeriod;
  }

  function _periodOf(uint256 timestamp) internal view returns (Period) {
    return Period.wrap(uint64(timestamp / _secondsPerPeriod));
  }

  function _blockPeriod() internal view returns (Period) {
    return _periodOf(block.timestamp);
  }

  /// The first second after `period`.
  function _periodEnd(Period period) internal view returns (uint256) {
    return (uint256(Period.unwrap(period)) + 1) * _secondsPerPeriod;
  }
}
