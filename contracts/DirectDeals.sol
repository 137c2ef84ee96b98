// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import "./Challenges.sol";
import "./StorageProof.sol";
import "./TypedDataDomain.sol";

/// What a client signs to buy storage from one provider (EIP-712 type DealProposal, domain
/// "DirectDeals" version "1"). The data is proven as one slot of the storage proof
/// (StorageProof.sol): `dataRoot` is the root of the SHA-256 Merkle tree over the SHA-256 leaves of
/// its 64 KiB blocks, exactly what the Marketplace calls a slot root.
struct DealProposal {
  address client; // pays, and signs the proposal
  address provider; // stores the data, publishes the proposal and proves it
  bytes32 dataRoot; // the slot root of the data (see above)
  uint64 size; // bytes of data; the proofs' block count follows from it
  uint64 chunkCount; // 64 KiB blocks of the data: must be ceil(size / 65536)
  uint64 start; // when the provider's duty starts (unix seconds)
  uint64 end; // when it ends; the client pays (end - start) * pricePerSecond up front
  uint256 pricePerSecond; // token units per second of storage (below 2^128)
  uint256 providerCollateral; // token units the provider locks for the deal (below 2^128)
  uint256 salt; // any value: makes otherwise equal proposals distinct deals
}

/// The contract's rules, fixed at deployment.
struct DirectDealsConfig {
  uint64 period; // seconds per proof period; period p covers [p * period, (p + 1) * period)
  uint64 timeout; // seconds after a period's end during which its missed proof can be reported
  uint8 downtimeProduct; // how far the challenge pointer moves per period (as in the Marketplace)
  uint8 slashPercentage; // share of providerCollateral taken for each missed proof
  uint8 rewardPercentage; // share of a slash paid to whoever reported the missed proof
  uint8 maxMissedProofs; // the deal ends as Slashed at this many missed proofs
}

/// Storage deals made directly between one client and one provider, beside the Marketplace's open
/// requests. The client signs a DealProposal off chain; the provider publishes it, which locks the
/// client's payment and the provider's collateral from their escrow balances here. The provider's
/// first valid proof at or after `start` activates the deal; from then on every proof period that
/// ends by `end` needs one storage proof, checked by the same verifier and against the same kind of
/// block-hash challenge as the Marketplace's slots. Payment flows to the provider pro rata for the
/// time it has proven; missed proofs are reported by anyone, who earns a share of the slash.
///
/// All payouts are credited to escrow balances (balanceOf) and leave the contract only through
/// withdraw(): the deal functions make no token transfers. The contract keeps nothing for itself:
/// every token locked in a deal ends up in the client's, the provider's or a reporter's balance.
/// Tokens that charge a fee on transfer are not supported.
///
/// The EIP-712 domain (TypedDataDomain) is the standard one: name "DirectDeals", version "1", the
/// chain's id and this contract's address; the digest is
/// keccak256("\x19\x01" || domainSeparator || hashStruct(proposal)), as eth_signTypedData_v4 signs.
contract DirectDeals is TypedDataDomain {
  using SafeERC20 for IERC20;

  /// Published: locked, waiting for the first proof. Active: proven at least once, running.
  /// Slashed: ended early at maxMissedProofs missed proofs. Expired: ran to its end and was closed.
  /// Failed: never activated, ended by expireUnactivated.
  enum DealState {
    Published,
    Active,
    Slashed,
    Expired,
    Failed
  }

  /// What deal() returns: the proposal and the deal's progress.
  struct DealView {
    DealProposal proposal;
    DealState state;
    uint64 activatedAt; // 0 until activated
    uint64 paidUntil; // the provider has been paid for [activatedAt, paidUntil)
    uint256 paid; // paid to the provider so far
    uint256 collateralLeft; // providerCollateral less the slashes; 0 once Slashed or Failed
    uint8 missedProofs; // reported missed proofs
    uint64 lastProvenPeriod; // the newest period with an accepted proof (0 before activation)
  }

  error DirectDeals_InsufficientBlockHeight();
  error DirectDeals_InvalidPeriod();
  error DirectDeals_InvalidTimeout();
  error DirectDeals_PercentageTooHigh();
  error DirectDeals_InvalidMaxMissedProofs();
  error DirectDeals_ZeroAmount();
  error DirectDeals_InsufficientBalance();
  error DirectDeals_NotProvider();
  error DirectDeals_AlreadyPublished();
  error DirectDeals_InvalidSignature();
  error DirectDeals_WrongSigner();
  error DirectDeals_StartPassed();
  error DirectDeals_EndNotAfterStart();
  error DirectDeals_EndTooFar();
  error DirectDeals_InvalidSize();
  error DirectDeals_InvalidChunkCount();
  error DirectDeals_AmountTooLarge();
  error DirectDeals_ClientFundsShort();
  error DirectDeals_ProviderFundsShort();
  error DirectDeals_UnknownDeal();
  error DirectDeals_InvalidState();
  error DirectDeals_NotStarted();
  error DirectDeals_ActivationWindowClosed();
  error DirectDeals_ActivationWindowOpen();
  error DirectDeals_DealEnded();
  error DirectDeals_ProofAlreadySubmitted();
  error DirectDeals_InvalidProof();
  error DirectDeals_ProofNotRequired();
  error DirectDeals_PeriodNotEnded();
  error DirectDeals_ValidationTimedOut();
  error DirectDeals_ProofNotMissing();
  error DirectDeals_AlreadyMarkedMissing();
  error DirectDeals_NothingToSettle();
  error DirectDeals_NotClosable();

  event Deposited(address indexed account, uint256 amount);
  event Withdrawn(address indexed account, uint256 amount);
  event DealPublished(
    bytes32 indexed dealId,
    address indexed client,
    address indexed provider,
    DealProposal proposal
  );
  event DealActivated(bytes32 indexed dealId, uint64 activatedAt, uint256 refundToClient);
  event ProofSubmitted(bytes32 indexed dealId, uint64 period);
  event ProofMissed(
    bytes32 indexed dealId,
    uint64 period,
    address indexed reporter,
    uint256 slashed,
    uint256 reward
  );
  event DealSlashed(bytes32 indexed dealId, uint256 refundToClient, uint256 collateralToClient);
  event DealSettled(bytes32 indexed dealId, uint256 amount, uint64 paidUntil);
  event DealExpired(bytes32 indexed dealId, uint256 collateralReturned);
  event ActivationMissed(bytes32 indexed dealId, uint256 refundToClient, uint256 collateralToClient);

  /// EIP-712 type hash of DealProposal.
  bytes32 public constant DEAL_PROPOSAL_TYPEHASH =
    keccak256(
      "DealProposal(address client,address provider,bytes32 dataRoot,uint64 size,"
      "uint64 chunkCount,uint64 start,uint64 end,uint256 pricePerSecond,"
      "uint256 providerCollateral,uint256 salt)"
    );
  /// Bytes per block of the storage proof.
  uint256 public constant CHUNK_SIZE = 65536;
  /// Periods before lastProvenPeriod that provenPeriods still covers, plus one.
  uint256 private constant PROVEN_WINDOW = 32;

  /// A deal as kept. Word 0 is what every proof reads and writes; word 2 what it reads besides.
  struct DealRecord {
    // word 0
    address provider; // zero: no such deal
    DealState state;
    uint8 missedProofs;
    uint40 lastProvenPeriod;
    uint32 provenPeriods; // bit i: a proof was accepted in period lastProvenPeriod - i
    // word 1
    bytes32 dataRoot;
    // word 2
    uint64 size;
    uint64 chunkCount;
    uint40 start;
    uint40 end;
    uint40 activatedAt;
    // word 3
    address client;
    uint40 paidUntil;
    // word 4
    uint128 pricePerSecond;
    uint128 providerCollateral;
    // word 5
    uint256 salt;
  }

  IERC20 private immutable _token;
  IStorageProofVerifier private immutable _verifier;
  uint64 private immutable _period;
  uint64 private immutable _timeout;
  uint8 private immutable _downtimeProduct;
  uint8 private immutable _slashPercentage;
  uint8 private immutable _rewardPercentage;
  uint8 private immutable _maxMissedProofs;

  mapping(address => uint256) private _balances;
  mapping(bytes32 => DealRecord) private _deals;
  mapping(bytes32 => mapping(uint256 => bool)) private _markedMissing;

  /// Needs more than 256 blocks behind it, so that every challenge pointer has a block hash to
  /// read. The timeout must be 1 to 31 periods (the record of accepted proofs reaches back 31
  /// periods), and maxMissedProofs slashes must not take more than the whole collateral.
  constructor(
    DirectDealsConfig memory config,
    IERC20 token_,
    IStorageProofVerifier verifier_
  ) {
    if (block.number <= 256) revert DirectDeals_InsufficientBlockHeight();
    if (config.period == 0) revert DirectDeals_InvalidPeriod();
    if (config.timeout == 0 || config.timeout > (PROVEN_WINDOW - 1) * uint256(config.period))
      revert DirectDeals_InvalidTimeout();
    if (config.slashPercentage > 100 || config.rewardPercentage > 100)
      revert DirectDeals_PercentageTooHigh();
    if (
      config.maxMissedProofs == 0 ||
      uint256(config.maxMissedProofs) * config.slashPercentage > 100
    ) revert DirectDeals_InvalidMaxMissedProofs();
    _token = token_;
    _verifier = verifier_;
    _period = config.period;
    _timeout = config.timeout;
    _downtimeProduct = config.downtimeProduct;
    _slashPercentage = config.slashPercentage;
    _rewardPercentage = config.rewardPercentage;
    _maxMissedProofs = config.maxMissedProofs;
  }

  // ---- Escrow

  /// Moves `amount` tokens from the sender (who must have approved them) to its free balance.
  function deposit(uint256 amount) external {
    if (amount == 0) revert DirectDeals_ZeroAmount();
    _balances[msg.sender] += amount;
    emit Deposited(msg.sender, amount);
    _token.safeTransferFrom(msg.sender, address(this), amount);
  }

  /// Sends `amount` of the sender's free balance to the sender.
  function withdraw(uint256 amount) external {
    if (amount == 0) revert DirectDeals_ZeroAmount();
    uint256 balance = _balances[msg.sender];
    if (balance < amount) revert DirectDeals_InsufficientBalance();
    _balances[msg.sender] = balance - amount;
    emit Withdrawn(msg.sender, amount);
    _token.safeTransfer(msg.sender, amount);
  }

  // ---- Publication

  /// The EIP-712 digest the client signs for `proposal`; also the deal's id once published.
  function proposalDigest(DealProposal calldata proposal) public view returns (bytes32) {
    return _hashTypedData(keccak256(abi.encode(DEAL_PROPOSAL_TYPEHASH, proposal)));
  }

  /// Publishes a proposal the client signed, by its provider: locks (end - start) * pricePerSecond
  /// of the client's free balance and providerCollateral of the provider's. The signature must be
  /// 65 bytes with a low s (no malleable twin), from proposal.client. Returns the deal's id, the
  /// proposal's EIP-712 digest; a proposal is published once at most.
  function publishDeal(
    DealProposal calldata p,
    bytes calldata clientSignature
  ) external returns (bytes32 dealId) {
    if (msg.sender != p.provider) revert DirectDeals_NotProvider();
    dealId = proposalDigest(p);
    DealRecord storage deal_ = _deals[dealId];
    if (deal_.provider != address(0)) revert DirectDeals_AlreadyPublished();
    (address signer, ECDSA.RecoverError failure, ) = ECDSA.tryRecoverCalldata(
      dealId,
      clientSignature
    );
    if (failure != ECDSA.RecoverError.NoError) revert DirectDeals_InvalidSignature();
    if (signer != p.client) revert DirectDeals_WrongSigner();
    if (p.start < block.timestamp) revert DirectDeals_StartPassed();
    if (p.end <= p.start) revert DirectDeals_EndNotAfterStart();
    if (p.end > type(uint40).max) revert DirectDeals_EndTooFar();
    if (p.size == 0) revert DirectDeals_InvalidSize();
    if (p.chunkCount != (uint256(p.size) + CHUNK_SIZE - 1) / CHUNK_SIZE)
      revert DirectDeals_InvalidChunkCount();
    if (p.pricePerSecond > type(uint128).max || p.providerCollateral > type(uint128).max)
      revert DirectDeals_AmountTooLarge();

    uint256 payment = p.pricePerSecond * (p.end - p.start); // < 2^168: no overflow
    uint256 clientBalance = _balances[p.client];
    if (clientBalance < payment) revert DirectDeals_ClientFundsShort();
    _balances[p.client] = clientBalance - payment;
    // Read after the client's debit: the client may be the provider.
    uint256 providerBalance = _balances[p.provider];
    if (providerBalance < p.providerCollateral) revert DirectDeals_ProviderFundsShort();
    _balances[p.provider] = providerBalance - p.providerCollateral;

    deal_.provider = p.provider;
    deal_.state = DealState.Published;
    deal_.dataRoot = p.dataRoot;
    deal_.size = p.size;
    deal_.chunkCount = p.chunkCount;
    deal_.start = uint40(p.start);
    deal_.end = uint40(p.end);
    deal_.client = p.client;
    deal_.pricePerSecond = uint128(p.pricePerSecond);
    deal_.providerCollateral = uint128(p.providerCollateral);
    deal_.salt = p.salt;
    emit DealPublished(dealId, p.client, p.provider, p);
  }

  /// Ends a deal that was not activated within one period after its start: the client gets its
  /// payment back and, as compensation, the provider's whole collateral. Anyone may call it.
  function expireUnactivated(bytes32 dealId) external {
    DealRecord storage deal_ = _knownDeal(dealId);
    if (deal_.state != DealState.Published) revert DirectDeals_InvalidState();
    if (block.timestamp < uint256(deal_.start) + _period) revert DirectDeals_ActivationWindowOpen();
    uint256 refund = _price(deal_, deal_.start, deal_.end);
    uint256 collateral = deal_.providerCollateral;
    deal_.state = DealState.Failed;
    _balances[deal_.client] += refund + collateral;
    emit ActivationMissed(dealId, refund, collateral);
  }

  // ---- Proofs

  /// A storage proof for the current period, by the deal's provider, answering
  /// currentChallenge(dealId) for the deal's dataRoot and size. The first one, at or after start
  /// and less than one period after it, activates the deal: the provider is paid from that moment
  /// and the client gets the price of the time before it back. After that, one proof per period
  /// until `end`.
  function submitProof(bytes32 dealId, StorageProof calldata proof) external {
    DealRecord storage deal_ = _knownDeal(dealId);
    if (msg.sender != deal_.provider) revert DirectDeals_NotProvider();
    DealState state = deal_.state;
    if (block.timestamp >= deal_.end) revert DirectDeals_DealEnded();
    uint256 period = _currentPeriod();
    if (state == DealState.Published) {
      if (block.timestamp < deal_.start) revert DirectDeals_NotStarted();
      if (block.timestamp >= uint256(deal_.start) + _period)
        revert DirectDeals_ActivationWindowClosed();
    } else if (state == DealState.Active) {
      if (_proofReceived(deal_, period)) revert DirectDeals_ProofAlreadySubmitted();
    } else {
      revert DirectDeals_InvalidState();
    }
    if (!_verifier.verifyStorageProof(currentChallenge(dealId), deal_.dataRoot, deal_.size, proof))
      revert DirectDeals_InvalidProof();

    if (state == DealState.Published) {
      deal_.state = DealState.Active;
      deal_.activatedAt = uint40(block.timestamp);
      deal_.paidUntil = uint40(block.timestamp);
      deal_.lastProvenPeriod = uint40(period);
      deal_.provenPeriods = 1;
      uint256 refund = _price(deal_, deal_.start, block.timestamp);
      if (refund > 0) _balances[deal_.client] += refund;
      emit DealActivated(dealId, uint64(block.timestamp), refund);
    } else {
      uint256 shift = period - deal_.lastProvenPeriod; // > 0: this period has no proof yet
      uint256 proven = shift >= PROVEN_WINDOW ? 0 : uint256(deal_.provenPeriods) << shift;
      deal_.provenPeriods = uint32(proven | 1);
      deal_.lastProvenPeriod = uint40(period);
    }
    emit ProofSubmitted(dealId, uint64(period));
  }

  /// Reports that the provider of an Active deal missed the proof of `period`. Anyone may call it
  /// after the period has ended and before `timeout` seconds more have passed. A proof is due for
  /// every period after the activation's that ends by the deal's end. Slashes slashPercentage of
  /// providerCollateral: rewardPercentage of it goes to the caller's balance, the rest to the
  /// client's. At maxMissedProofs the deal ends as Slashed: the provider is paid up to the end of its
  /// newest proven period; the client gets back the price of the rest and all the collateral left.
  function markProofMissing(bytes32 dealId, uint64 period) external {
    DealRecord storage deal_ = _knownDeal(dealId);
    if (deal_.state != DealState.Active) revert DirectDeals_InvalidState();
    if (period <= deal_.activatedAt / _period || period >= deal_.end / _period)
      revert DirectDeals_ProofNotRequired();
    uint256 periodEnd = (uint256(period) + 1) * _period;
    if (periodEnd >= block.timestamp) revert DirectDeals_PeriodNotEnded();
    if (block.timestamp >= periodEnd + _timeout) revert DirectDeals_ValidationTimedOut();
    if (_proofReceived(deal_, period)) revert DirectDeals_ProofNotMissing();
    if (_markedMissing[dealId][period]) revert DirectDeals_AlreadyMarkedMissing();

    _markedMissing[dealId][period] = true;
    uint8 missed = deal_.missedProofs + 1;
    deal_.missedProofs = missed;
    uint256 slashed = _slashAmount(deal_);
    uint256 reward = (slashed * _rewardPercentage) / 100;
    _balances[msg.sender] += reward;
    address client = deal_.client;
    uint256 toClient = slashed - reward;
    emit ProofMissed(dealId, period, msg.sender, slashed, reward);

    if (missed >= _maxMissedProofs) {
      deal_.state = DealState.Slashed;
      uint256 until = _provenUntil(deal_);
      if (until > deal_.paidUntil) _payProvider(dealId, deal_, until);
      uint256 refund = _price(deal_, deal_.paidUntil, deal_.end);
      uint256 collateralLeft = deal_.providerCollateral - missed * slashed;
      toClient += refund + collateralLeft;
      emit DealSlashed(dealId, refund, collateralLeft);
    }
    _balances[client] += toClient;
  }

  // ---- Payment

  /// Pays the provider of an Active deal, to its free balance, the price of the time since the
  /// last payment up to now, the deal's end or the end of its newest proven period, whichever
  /// comes first. Anyone may call it. Returns the amount paid; reverts when it would be 0.
  function settle(bytes32 dealId) external returns (uint256 amount) {
    DealRecord storage deal_ = _knownDeal(dealId);
    if (deal_.state != DealState.Active) revert DirectDeals_InvalidState();
    uint256 until = _provenUntil(deal_);
    if (block.timestamp < until) until = block.timestamp;
    if (until <= deal_.paidUntil) revert DirectDeals_NothingToSettle();
    amount = _payProvider(dealId, deal_, until);
  }

  /// Closes an Active deal that ran its course: pays the provider up to the end and returns its
  /// collateral left to its free balance. Possible from closableAt(dealId) on: the end, or later
  /// while a missed proof of the deal's last periods can still be reported. Anyone may call it.
  function closeExpired(bytes32 dealId) external {
    DealRecord storage deal_ = _knownDeal(dealId);
    if (deal_.state != DealState.Active) revert DirectDeals_InvalidState();
    if (block.timestamp < _closableAt(deal_)) revert DirectDeals_NotClosable();
    deal_.state = DealState.Expired;
    if (deal_.end > deal_.paidUntil) _payProvider(dealId, deal_, deal_.end);
    uint256 collateral = _collateralLeft(deal_);
    _balances[deal_.provider] += collateral;
    emit DealExpired(dealId, collateral);
  }

  // ---- Views

  function configuration() external view returns (DirectDealsConfig memory) {
    return
      DirectDealsConfig(
        _period,
        _timeout,
        _downtimeProduct,
        _slashPercentage,
        _rewardPercentage,
        _maxMissedProofs
      );
  }

  function token() external view returns (IERC20) {
    return _token;
  }

  function verifier() external view returns (IStorageProofVerifier) {
    return _verifier;
  }

  /// The free (not locked) escrow balance of `account`.
  function balanceOf(address account) external view returns (uint256) {
    return _balances[account];
  }

  /// The deal's proposal and progress; reverts for an unknown id.
  function deal(bytes32 dealId) external view returns (DealView memory view_) {
    DealRecord storage d = _knownDeal(dealId);
    view_.proposal = DealProposal(
      d.client,
      d.provider,
      d.dataRoot,
      d.size,
      d.chunkCount,
      d.start,
      d.end,
      d.pricePerSecond,
      d.providerCollateral,
      d.salt
    );
    view_.state = d.state;
    view_.activatedAt = d.activatedAt;
    view_.paidUntil = d.paidUntil;
    view_.paid = d.activatedAt == 0 ? 0 : _price(d, d.activatedAt, d.paidUntil);
    view_.collateralLeft = _collateralLeft(d);
    view_.missedProofs = d.missedProofs;
    view_.lastProvenPeriod = d.lastProvenPeriod;
  }

  /// From when closeExpired can close the deal: the later of its end and the moment the last
  /// missed proof of it can no longer be reported.
  function closableAt(bytes32 dealId) external view returns (uint256) {
    return _closableAt(_knownDeal(dealId));
  }

  /// Whether the deal's provider owes a proof in this block's period: an Active deal's period
  /// without a proof yet that ends by the deal's end, or the activation window of a Published one.
  function isProofDue(bytes32 dealId) external view returns (bool) {
    DealRecord storage d = _knownDeal(dealId);
    uint256 period = _currentPeriod();
    if (d.state == DealState.Published)
      return block.timestamp >= d.start && block.timestamp < uint256(d.start) + _period &&
        block.timestamp < d.end;
    return d.state == DealState.Active && period < d.end / _period && !_proofReceived(d, period);
  }

  /// The challenge a proof for the deal must answer in this block, chosen as the Marketplace
  /// chooses a slot's (the deal id in place of the slot id): keccak256 of the hash of block
  /// block.number - 1 - getPointer(dealId). It stays the same for blocks in a row until the
  /// pointer wraps around to 0.
  function currentChallenge(bytes32 dealId) public view returns (bytes32) {
    return Challenges.challenge(getPointer(dealId));
  }

  /// (block.number % 256 + (period * downtimeProduct) % 256 + dealId % 256) % 256, the
  /// Marketplace's pointer formula; it grows by one with each block.
  function getPointer(bytes32 dealId) public view returns (uint8) {
    return Challenges.pointer(uint256(dealId), _currentPeriod(), _downtimeProduct);
  }

  // ---- Internals

  function _domainName() internal pure override returns (string memory) {
    return "DirectDeals";
  }

  function _domainVersion() internal pure override returns (string memory) {
    return "1";
  }

  function _knownDeal(bytes32 dealId) private view returns (DealRecord storage deal_) {
    deal_ = _deals[dealId];
    if (deal_.provider == address(0)) revert DirectDeals_UnknownDeal();
  }

  function _currentPeriod() private view returns (uint256) {
    return block.timestamp / _period;
  }

  /// The price of the time [from, until); from <= until.
  function _price(
    DealRecord storage deal_,
    uint256 from,
    uint256 until
  ) private view returns (uint256) {
    return uint256(deal_.pricePerSecond) * (until - from);
  }

  function _slashAmount(DealRecord storage deal_) private view returns (uint256) {
    return (uint256(deal_.providerCollateral) * _slashPercentage) / 100;
  }

  /// The collateral still locked for the provider: none once Slashed or Failed.
  function _collateralLeft(DealRecord storage deal_) private view returns (uint256) {
    DealState state = deal_.state;
    if (state == DealState.Slashed || state == DealState.Failed) return 0;
    return deal_.providerCollateral - deal_.missedProofs * _slashAmount(deal_);
  }

  /// The end of the newest proven period, or the deal's end if that comes first.
  function _provenUntil(DealRecord storage deal_) private view returns (uint256) {
    uint256 until = (uint256(deal_.lastProvenPeriod) + 1) * _period;
    return until < deal_.end ? until : deal_.end;
  }

  /// The later of the end and the end of the report window of the last period with a proof due
  /// (the last period that ends by the end).
  function _closableAt(DealRecord storage deal_) private view returns (uint256) {
    uint256 end = deal_.end;
    uint256 reportsClose = (end / _period) * _period + _timeout;
    return reportsClose > end ? reportsClose : end;
  }

  /// Pays the provider for [paidUntil, until) to its free balance; until > paidUntil.
  function _payProvider(
    bytes32 dealId,
    DealRecord storage deal_,
    uint256 until
  ) private returns (uint256 amount) {
    amount = _price(deal_, deal_.paidUntil, until);
    deal_.paidUntil = uint40(until);
    _balances[deal_.provider] += amount;
    emit DealSettled(dealId, amount, uint64(until));
  }

  /// Whether a proof was accepted for `period` (false for periods beyond the record's window).
  function _proofReceived(DealRecord storage deal_, uint256 period) private view returns (bool) {
    uint256 last = deal_.lastProvenPeriod;
    if (deal_.state == DealState.Published || period > last || last - period >= PROVEN_WINDOW)
      return false;
    return (deal_.provenPeriods >> (last - period)) & 1 == 1;
  }
}
