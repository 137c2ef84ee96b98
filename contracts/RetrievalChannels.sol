// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import "./TypedDataDomain.sol";

/// Payment channels for retrievals: a client (the payer) locks a deposit of the token for one
/// storage provider (the payee) and pays it off-chain, as the data flows, with vouchers. A voucher
/// is the payer's EIP-712 signature of
///
///   Voucher(bytes32 channelId,uint256 cumulativeAmount)
///
/// in the domain { name "RetrievalChannels", version "1", chainId, verifyingContract }: the total
/// owed on that channel so far, not a delta. The payee (or anyone for it) claims the newest voucher
/// it holds; only what is above the amount already claimed is paid, so an older voucher is worth
/// nothing and a voucher can never be paid twice.
///
/// The payer gets the rest of the deposit back in two ways: it requests the close, which gives the
/// payee `closeWindow` seconds to claim its last voucher, after which anyone may finalize the
/// channel and refund the payer; or the payee closes at once (cooperativeClose) with its last
/// voucher. A finalized channel is closed for good.
///
/// Channel ids bind the chain, this contract, both parties, the token and a counter of this
/// contract, so a channel opened again between the same parties has a new id and the vouchers of
/// the old one are worthless on it. The token must be a plain ERC-20: one that takes a fee on
/// transfers or changes balances by itself would leave the deposits short.
///
/// The EIP-712 domain, domainSeparator() and eip712Domain() (ERC-5267) come from TypedDataDomain.
contract RetrievalChannels is TypedDataDomain {
  using SafeERC20 for IERC20;

  error RetrievalChannels_InvalidCloseWindow();
  error RetrievalChannels_InvalidPayee();
  error RetrievalChannels_ZeroAmount();
  error RetrievalChannels_UnknownChannel();
  error RetrievalChannels_NotPayer();
  error RetrievalChannels_NotPayee();
  error RetrievalChannels_AlreadyClosing();
  error RetrievalChannels_Finalized();
  error RetrievalChannels_CloseWindowOver();
  error RetrievalChannels_StaleVoucher();
  error RetrievalChannels_AboveDeposit();
  error RetrievalChannels_InvalidSignature();
  error RetrievalChannels_TooEarly();

  event ChannelOpened(
    bytes32 indexed id,
    address indexed payer,
    address indexed payee,
    uint256 deposit
  );
  event ToppedUp(bytes32 indexed id, uint256 amount, uint256 deposit);
  event Claimed(bytes32 indexed id, uint256 amount, uint256 cumulativeAmount);
  event CloseRequested(bytes32 indexed id, uint64 closesAt);
  event Finalized(bytes32 indexed id, uint256 refund);

  /// A channel as channel() shows it. closesAt is 0 until the payer requests the close; claims are
  /// accepted up to and including that second, finalize from the next one on.
  struct Channel {
    address payer;
    address payee;
    uint256 deposit;
    uint256 claimed;
    uint64 closesAt;
    bool finalized;
  }

  /// The same, as stored: payer, closesAt and finalized share a slot, which every call reads.
  struct ChannelRecord {
    address payer;
    uint64 closesAt;
    bool finalized;
    address payee;
    uint256 deposit;
    uint256 claimed;
  }

  bytes32 public constant VOUCHER_TYPEHASH =
    keccak256("Voucher(bytes32 channelId,uint256 cumulativeAmount)");
  /// The longest close window: a year. A longer one would hold the payer's refund for longer than
  /// any retrieval lasts.
  uint64 public constant MAX_CLOSE_WINDOW = 365 days;

  IERC20 private immutable _token;
  uint64 private immutable _closeWindow;
  mapping(bytes32 => ChannelRecord) private _channels;
  uint256 private _opened; // channels opened so far: the counter in each channel's id

  /// `closeWindow_` is in seconds, 1 up to MAX_CLOSE_WINDOW; else
  /// RetrievalChannels_InvalidCloseWindow.
  constructor(IERC20 token_, uint64 closeWindow_) {
    if (closeWindow_ == 0 || closeWindow_ > MAX_CLOSE_WINDOW)
      revert RetrievalChannels_InvalidCloseWindow();
    _token = token_;
    _closeWindow = closeWindow_;
  }

  function token() public view returns (IERC20) {
    return _token;
  }

  /// Seconds between the payer's close request and the first second the channel can be finalized.
  function closeWindow() public view returns (uint64) {
    return _closeWindow;
  }

  /// The channel `id`; all zero for an id never opened.
  function channel(bytes32 id) public view returns (Channel memory) {
    ChannelRecord storage record = _channels[id];
    return
      Channel(
        record.payer,
        record.payee,
        record.deposit,
        record.claimed,
        record.closesAt,
        record.finalized
      );
  }

  /// The EIP-712 digest the payer signs for a voucher, so that off-chain code can check its own
  /// hashing against this contract's.
  function voucherDigest(bytes32 id, uint256 cumulativeAmount) public view returns (bytes32) {
    return _hashTypedData(keccak256(abi.encode(VOUCHER_TYPEHASH, id, cumulativeAmount)));
  }

  // ---- The payer

  /// Opens a channel from the sender to `payee` and pulls `amount` tokens from the sender, who
  /// must have approved them. Returns the channel's id, which ChannelOpened also carries.
  function open(address payee, uint256 amount) public returns (bytes32 id) {
    if (payee == address(0) || payee == msg.sender) revert RetrievalChannels_InvalidPayee();
    if (amount == 0) revert RetrievalChannels_ZeroAmount();
    id = keccak256(
      abi.encode(block.chainid, address(this), msg.sender, payee, address(_token), _opened)
    );
    ++_opened;
    ChannelRecord storage record = _channels[id];
    record.payer = msg.sender;
    record.payee = payee;
    record.deposit = amount;
    emit ChannelOpened(id, msg.sender, payee, amount);
    _token.safeTransferFrom(msg.sender, address(this), amount);
  }

  /// Adds `amount` tokens to the deposit, pulled from the payer (the sender). Only until the
  /// close is requested.
  function topUp(bytes32 id, uint256 amount) public {
    ChannelRecord storage record = _known(id);
    if (record.finalized) revert RetrievalChannels_Finalized();
    if (msg.sender != record.payer) revert RetrievalChannels_NotPayer();
    if (record.closesAt != 0) revert RetrievalChannels_AlreadyClosing();
    if (amount == 0) revert RetrievalChannels_ZeroAmount();
    uint256 deposit = record.deposit + amount;
    record.deposit = deposit;
    emit ToppedUp(id, amount, deposit);
    _token.safeTransferFrom(msg.sender, address(this), amount);
  }

  /// Starts the close window: the payee may claim until closesAt (now + closeWindow), and the
  /// channel can be finalized after it. Payer only, once.
  function requestClose(bytes32 id) public {
    ChannelRecord storage record = _known(id);
    if (record.finalized) revert RetrievalChannels_Finalized();
    if (msg.sender != record.payer) revert RetrievalChannels_NotPayer();
    if (record.closesAt != 0) revert RetrievalChannels_AlreadyClosing();
    uint64 closesAt = uint64(block.timestamp) + _closeWindow;
    record.closesAt = closesAt;
    emit CloseRequested(id, closesAt);
  }

  /// Once the close window is over, anyone may close the channel: the payer gets back what the
  /// payee has not claimed. TooEarly while no close is requested or its window runs.
  function finalize(bytes32 id) public {
    ChannelRecord storage record = _known(id);
    if (record.finalized) revert RetrievalChannels_Finalized();
    if (record.closesAt == 0 || block.timestamp <= record.closesAt)
      revert RetrievalChannels_TooEarly();
    uint256 refund = _markFinalized(id, record);
    if (refund > 0) _token.safeTransfer(record.payer, refund);
  }

  // ---- The payee

  /// Pays the payee what the voucher adds to the amount claimed so far. Anyone may submit it (the
  /// tokens always go to the payee), until the close window is over.
  function claim(bytes32 id, uint256 cumulativeAmount, bytes calldata signature) public {
    ChannelRecord storage record = _known(id);
    if (record.finalized) revert RetrievalChannels_Finalized();
    uint256 amount = _acceptVoucher(id, record, cumulativeAmount, signature);
    _token.safeTransfer(record.payee, amount);
  }

  /// The payee closes the channel at once: claims the voucher when it is above the amount claimed
  /// (as claim() would, so not after the close window), then refunds the rest of the deposit to the
  /// payer. A cumulativeAmount at or below the amount claimed closes without a claim; its signature
  /// is then not read (empty bytes will do).
  function cooperativeClose(
    bytes32 id,
    uint256 cumulativeAmount,
    bytes calldata signature
  ) public {
    ChannelRecord storage record = _known(id);
    if (record.finalized) revert RetrievalChannels_Finalized();
    if (msg.sender != record.payee) revert RetrievalChannels_NotPayee();
    uint256 amount;
    if (cumulativeAmount > record.claimed)
      amount = _acceptVoucher(id, record, cumulativeAmount, signature);
    uint256 refund = _markFinalized(id, record);
    // Both payments after every change of state.
    if (amount > 0) _token.safeTransfer(record.payee, amount);
    if (refund > 0) _token.safeTransfer(record.payer, refund);
  }

  // ---- Parts

  function _domainName() internal pure override returns (string memory) {
    return "RetrievalChannels";
  }

  function _domainVersion() internal pure override returns (string memory) {
    return "1";
  }

  function _known(bytes32 id) private view returns (ChannelRecord storage record) {
    record = _channels[id];
    if (record.payer == address(0)) revert RetrievalChannels_UnknownChannel();
  }

  /// Checks a voucher and records it as claimed; returns the amount to pay the payee. The
  /// signature must recover to the payer exactly: a malformed one, one with a high s (the
  /// malleable twin of a valid one) or one by anybody else is refused, and so is a voucher signed
  /// for another channel, chain or contract, whose digest differs.
  function _acceptVoucher(
    bytes32 id,
    ChannelRecord storage record,
    uint256 cumulativeAmount,
    bytes calldata signature
  ) private returns (uint256 amount) {
    uint64 closesAt = record.closesAt;
    if (closesAt != 0 && block.timestamp > closesAt) revert RetrievalChannels_CloseWindowOver();
    uint256 claimed = record.claimed;
    if (cumulativeAmount <= claimed) revert RetrievalChannels_StaleVoucher();
    if (cumulativeAmount > record.deposit) revert RetrievalChannels_AboveDeposit();
    (address signer, ECDSA.RecoverError failure, ) = ECDSA.tryRecoverCalldata(
      voucherDigest(id, cumulativeAmount),
      signature
    );
    if (failure != ECDSA.RecoverError.NoError || signer != record.payer)
      revert RetrievalChannels_InvalidSignature();

    record.claimed = cumulativeAmount;
    amount = cumulativeAmount - claimed;
    emit Claimed(id, amount, cumulativeAmount);
  }

  /// Closes the channel for good; returns the refund due to the payer (not yet paid).
  function _markFinalized(
    bytes32 id,
    ChannelRecord storage record
  ) private returns (uint256 refund) {
    record.finalized = true;
    refund = record.deposit - record.claimed;
    emit Finalized(id, refund);
  }
}
