#!/usr/bin/env node
// Runs direct storage deals (contracts/DirectDeals.sol) on a real anvil, with real storage proofs,
// and prints the gas of the deal calls. Starts node_modules' anvil on a free loopback port, mines
// 0x101 blocks, deploys TestToken, ProofVerifier and DirectDeals from the artifacts, and then:
//
//   deployment   the constructor's refusals, configuration(), the EIP-712 domain; the escrow
//   A            a deal from the client's signed proposal (eth_signTypedData_v4, digest checked
//                against this script's own) through a proof every period, settlements and its
//                close at the end: both balances to the unit; the refused publications by name
//   B            a late activation (the client refunded the time before it), an invalid proof,
//                missed proofs reported by a third party, slash and reward to the unit, the
//                refusals of marking, the deal slashed at maxMissedProofs and its refund
//   C            a deal never activated, ended by expireUnactivated
//
// The clock is frozen (a block interval of 0) and moved with evm_setNextBlockTimestamp, so periods
// do not depend on how fast the script runs.
//
//   node contracts/dev/deals.mjs [--artifacts DIR]
//
// DIR defaults to build/default/generated/contracts. Exits 1 on the first failed check.

import crypto from 'node:crypto';
import {
  hashStruct, hex, keccak256, loadArtifact, startAnvil, typeString, typedDataDigest,
} from './evm.mjs';
import {
  Chain, EIP712_DOMAIN, artifactsDir, check, checkCount, equal, gasRange, highSTwin,
} from './chain.mjs';
import { BLOCK_SIZE, blockCount, makeDataset, storageProof } from './storage-proofs.mjs';

const CONFIG = {
  period: 60, timeout: 30, downtimeProduct: 67,
  slashPercentage: 10, rewardPercentage: 20, maxMissedProofs: 3,
};
const P = CONFIG.period;
const ZERO = '0x0000000000000000000000000000000000000000';
const STATE = { Published: 0, Active: 1, Slashed: 2, Expired: 3, Failed: 4 };

const PROPOSAL_FIELDS = [
  ['client', 'address'], ['provider', 'address'], ['dataRoot', 'bytes32'], ['size', 'uint64'],
  ['chunkCount', 'uint64'], ['start', 'uint64'], ['end', 'uint64'], ['pricePerSecond', 'uint256'],
  ['providerCollateral', 'uint256'], ['salt', 'uint256'],
];
const PROPOSAL_TYPES = {
  EIP712Domain: EIP712_DOMAIN,
  DealProposal: PROPOSAL_FIELDS.map(([name, type]) => ({ name, type })),
};
const PROPOSAL_TYPE = typeString(PROPOSAL_TYPES, 'DealProposal');

const event = (receipt, name) => {
  const found = receipt.events.find((e) => e.name === name);
  if (!found) throw new Error(`check failed: no ${name} event (got ${receipt.events.map((e) => e.name)})`);
  return found;
};

// ---- EIP-712, as this script computes it ----------------------------------------------------

const domainOf = (chainId, verifyingContract) =>
  ({ name: 'DirectDeals', version: '1', chainId, verifyingContract });

/** eth_signTypedData_v4's argument for `proposal` to the DirectDeals at `verifyingContract`. */
function proposalData(proposal, chainId, verifyingContract) {
  return {
    types: PROPOSAL_TYPES,
    primaryType: 'DealProposal',
    domain: domainOf(chainId, verifyingContract),
    message: Object.fromEntries(PROPOSAL_FIELDS.map(([name]) => [name, String(proposal[name])])),
  };
}

const domainSeparator = (chainId, verifyingContract) =>
  hashStruct(PROPOSAL_TYPES, 'EIP712Domain', domainOf(chainId, verifyingContract));

const digestOf = (proposal, chainId, verifyingContract) =>
  hex(typedDataDigest(proposalData(proposal, chainId, verifyingContract)));

/** The signature of `signer` (an unlocked dev account) over `proposal`, by anvil. */
function signProposal(ctx, signer, proposal) {
  return ctx.chain.signTypedData(signer, proposalData(proposal, ctx.chainId, ctx.dd.address));
}

// ---- Helpers over the contract --------------------------------------------------------------

const escrow = (ctx, account) => ctx.dd.balanceOf(account);
const tokens = (ctx, account) => ctx.tst.balanceOf(account);
const dealOf = (ctx, id) => ctx.dd.call('deal', [id]);

async function balances(ctx, accounts) {
  return Promise.all(accounts.map((a) => escrow(ctx, a)));
}

function proposalFor(ctx, { tree, size, start, periods, price, collateral, client, provider }) {
  return {
    client: client ?? ctx.client, provider: provider ?? ctx.provider,
    dataRoot: hex(tree.root), size, chunkCount: blockCount(size),
    start, end: start + periods * P,
    pricePerSecond: BigInt(price), providerCollateral: BigInt(collateral),
    salt: BigInt(hex(crypto.randomBytes(32))),
  };
}

/** A proof for this block's challenge, by the provider; checks the challenge and the event. */
async function prove(ctx, dealId, tree, label = 'submitProof') {
  const challenge = await ctx.dd.call('currentChallenge', [dealId]);
  equal(challenge, await ctx.chain.nextChallenge(dealId, P, CONFIG.downtimeProduct),
        'currentChallenge from the block hash');
  check(await ctx.dd.call('isProofDue', [dealId]), 'isProofDue before the proof');
  const receipt = await ctx.dd.send(ctx.provider, 'submitProof', [dealId, storageProof(tree, challenge)], label);
  const period = Math.floor((await ctx.chain.now()) / P);
  equal(event(receipt, 'ProofSubmitted').args.period, period, 'ProofSubmitted.period');
  check(!(await ctx.dd.call('isProofDue', [dealId])), 'isProofDue false after the proof');
  return receipt;
}

/** Publishes `proposal` signed by its client, as its provider; checks the id and what is locked. */
async function publish(ctx, proposal, label = 'publishDeal') {
  const signature = await signProposal(ctx, proposal.client, proposal);
  const digest = digestOf(proposal, ctx.chainId, ctx.dd.address);
  equal(await ctx.dd.call('proposalDigest', [proposal]), digest, "proposalDigest = this script's EIP-712 digest");
  const [client, provider] = await balances(ctx, [proposal.client, proposal.provider]);
  const receipt = await ctx.dd.send(proposal.provider, 'publishDeal', [proposal, signature], label);
  const published = event(receipt, 'DealPublished');
  equal(published.args.dealId, digest, 'DealPublished.dealId = the digest');
  const payment = proposal.pricePerSecond * BigInt(proposal.end - proposal.start);
  equal(client - (await escrow(ctx, proposal.client)), payment, "client's payment locked");
  equal(provider - (await escrow(ctx, proposal.provider)), proposal.providerCollateral, "provider's collateral locked");
  const view = await dealOf(ctx, digest);
  equal(view.state, STATE.Published, 'deal state Published');
  equal(view.proposal.salt, proposal.salt, 'deal().proposal.salt');
  return { id: digest, signature, payment };
}

// ---- The run --------------------------------------------------------------------------------

async function main() {
  const artifacts = {
    token: loadArtifact(artifactsDir(), 'TestToken'),
    verifier: loadArtifact(artifactsDir(), 'ProofVerifier'),
    deals: loadArtifact(artifactsDir(), 'DirectDeals'),
  };
  const { rpc, stop } = await startAnvil();
  try {
    const info = await rpc.call('anvil_nodeInfo');
    console.log(`anvil ${info.hardFork} chain ${info.environment.chainId}; DirectDeals ` +
                `${artifacts.deals.deployedBytecodeSize} bytes`);
    const chain = new Chain(rpc);
    await rpc.call('anvil_setBlockTimestampInterval', [0]);
    const ctx = await deploy(chain, artifacts);
    await dealA(ctx);
    await dealB(ctx);
    await dealC(ctx);
    await finalAccounts(ctx);
    printGas(chain);
    console.log(`\n${checkCount()} checks passed`);
  } finally {
    stop();
  }
}

async function deploy(chain, artifacts) {
  const [deployer, client, provider, reporter, other] = await chain.rpc.call('eth_accounts');
  const chainId = Number(await chain.rpc.call('eth_chainId'));
  chain.learnErrors(artifacts.deals.abi); // for the constructor's reverts
  chain.learnErrors(artifacts.token.abi);

  console.log('deployment');
  const tryDeploy = (config) => chain.tryDeploy(deployer, artifacts.deals, [config, deployer, deployer]);
  await chain.expectRevert(() => tryDeploy(CONFIG), 'DirectDeals_InsufficientBlockHeight',
                           `DirectDeals at block ${(await chain.latest()).number}`);
  await chain.rpc.call('anvil_mine', ['0x101']);
  const variants = [
    [{ period: 0 }, 'DirectDeals_InvalidPeriod', 'period 0'],
    [{ timeout: 0 }, 'DirectDeals_InvalidTimeout', 'timeout 0'],
    [{ timeout: 31 * P + 1 }, 'DirectDeals_InvalidTimeout', 'timeout 31 periods + 1 s'],
    [{ slashPercentage: 101 }, 'DirectDeals_PercentageTooHigh', 'slash 101 %'],
    [{ rewardPercentage: 101 }, 'DirectDeals_PercentageTooHigh', 'reward 101 %'],
    [{ maxMissedProofs: 0 }, 'DirectDeals_InvalidMaxMissedProofs', 'maxMissedProofs 0'],
    [{ maxMissedProofs: 11 }, 'DirectDeals_InvalidMaxMissedProofs', '11 slashes of 10 %'],
  ];
  for (const [change, name, what] of variants)
    await chain.expectRevert(() => tryDeploy({ ...CONFIG, ...change }), name, what);

  const tst = await chain.deploy(deployer, artifacts.token, [], 'deploy TestToken');
  const pv = await chain.deploy(deployer, artifacts.verifier, [], 'deploy ProofVerifier');
  const dd = await chain.deploy(deployer, artifacts.deals, [CONFIG, tst.address, pv.address], 'deploy DirectDeals');
  const config = await dd.call('configuration');
  equal(JSON.stringify(config, (k, v) => (typeof v === 'bigint' ? Number(v) : v)), JSON.stringify(CONFIG), 'configuration()');
  equal((await dd.call('verifier')).toLowerCase(), pv.address.toLowerCase(), 'verifier()');
  equal((await dd.call('token')).toLowerCase(), tst.address.toLowerCase(), 'token()');
  const domain = await dd.call('eip712Domain');
  check(domain[0] === '0x0f' && domain[1] === 'DirectDeals' && domain[2] === '1' &&
        Number(domain[3]) === chainId && domain[4] === dd.address.toLowerCase(),
        'eip712Domain(): 0x0f, "DirectDeals", "1", the chain id, the contract');
  equal(await dd.call('domainSeparator'), hex(domainSeparator(chainId, dd.address)), "domainSeparator() = this script's");
  equal(await dd.call('DEAL_PROPOSAL_TYPEHASH'), hex(keccak256(PROPOSAL_TYPE)), `typehash of ${PROPOSAL_TYPE}`);

  console.log('escrow');
  const ctx = { chain, tst, pv, dd, chainId, deployer, client, provider, reporter, other };
  for (const account of [client, provider, other]) {
    await tst.send(deployer, 'mint', [account, 10n ** 24n]);
    await tst.send(account, 'approve', [dd.address, (1n << 256n) - 1n]);
  }
  await chain.expectRevert(() => dd.send(client, 'deposit', [0]), 'DirectDeals_ZeroAmount', 'deposit(0)');
  await chain.expectRevert(() => dd.send(reporter, 'deposit', [5]), 'ERC20InsufficientAllowance', 'deposit without approval');
  const deposited = await dd.send(client, 'deposit', [10n ** 12n], 'deposit');
  equal(event(deposited, 'Deposited').args.amount, 10n ** 12n, 'Deposited.amount');
  await dd.send(provider, 'deposit', [10n ** 12n], 'deposit');
  await dd.send(other, 'deposit', [10n ** 9n], 'deposit');
  equal(await escrow(ctx, client), 10n ** 12n, 'balanceOf(client) after deposit');
  await chain.expectRevert(() => dd.send(other, 'withdraw', [10n ** 9n + 1n]), 'DirectDeals_InsufficientBalance', 'withdrawing more than the balance');
  await chain.expectRevert(() => dd.send(other, 'withdraw', [0]), 'DirectDeals_ZeroAmount', 'withdraw(0)');
  const before = await tokens(ctx, other);
  await dd.send(other, 'withdraw', [10n ** 9n], 'withdraw');
  equal((await tokens(ctx, other)) - before, 10n ** 9n, 'withdraw pays the tokens out');
  equal(await escrow(ctx, other), 0, 'balanceOf after withdrawing all');
  ctx.initialTokens = { client: await tokens(ctx, client), provider: await tokens(ctx, provider) };
  return ctx;
}

// ---- A: the whole life, every period proven -------------------------------------------------

async function dealA(ctx) {
  const { chain, dd, client, provider, other } = ctx;
  console.log('A: proposal, publication, a proof every period, settlements, the close');
  const size = 5 * BLOCK_SIZE + 1000; // 6 blocks, the last one short
  const tree = makeDataset('deal A', 1, size).slotTrees[0];
  const now = await chain.now();
  const start = (Math.floor(now / P) + 3) * P; // on a period boundary
  const price = 7n;
  const proposal = proposalFor(ctx, { tree, size, start, periods: 10, price, collateral: 1_000_003n });

  // The refused publications, each by its error.
  const signed = async (p, signer = client) => [p, await signProposal(ctx, signer, p)];
  const variant = (change) => ({ ...proposal, ...change, salt: proposal.salt + 1n });
  const goodSignature = await signProposal(ctx, client, proposal);
  const twin = highSTwin(goodSignature);
  equal(await chain.ecrecover(digestOf(proposal, ctx.chainId, dd.address), twin), client.toLowerCase(),
        'the high-s twin recovers the client with the ecrecover precompile');
  const refusals = [
    [await signed(proposal, other), provider, 'DirectDeals_WrongSigner', 'signed by another account'],
    [[proposal, twin], provider, 'DirectDeals_InvalidSignature', 'the high-s twin of a valid signature'],
    [[proposal, goodSignature.slice(0, -2)], provider, 'DirectDeals_InvalidSignature', 'a 64-byte signature'],
    [await signed(variant({ start: now - 1, end: now + 600 })), provider, 'DirectDeals_StartPassed', 'start passed'],
    [await signed(variant({ end: start })), provider, 'DirectDeals_EndNotAfterStart', 'end = start'],
    [await signed(variant({ end: start - 1 })), provider, 'DirectDeals_EndNotAfterStart', 'end < start'],
    [await signed(variant({ end: 2 ** 40 })), provider, 'DirectDeals_EndTooFar', 'end at 2^40 s'],
    [await signed(variant({ size: 0, chunkCount: 0 })), provider, 'DirectDeals_InvalidSize', 'size 0'],
    [await signed(variant({ chunkCount: 5 })), provider, 'DirectDeals_InvalidChunkCount', '5 chunks for 6 blocks of data'],
    [[proposal, goodSignature], client, 'DirectDeals_NotProvider', 'published by the client'],
    [[proposal, goodSignature], other, 'DirectDeals_NotProvider', 'published by a third party'],
    [await signed(variant({ pricePerSecond: 10n ** 12n / 600n + 1n })), provider, 'DirectDeals_ClientFundsShort', 'client escrow one price short'],
    [await signed(variant({ providerCollateral: 10n ** 12n + 1n })), provider, 'DirectDeals_ProviderFundsShort', 'provider escrow 1 short'],
    [await signed(variant({ pricePerSecond: 1n << 128n })), provider, 'DirectDeals_AmountTooLarge', 'price of 2^128'],
  ];
  for (const [[p, signature], from, name, what] of refusals)
    await chain.expectRevert(() => dd.send(from, 'publishDeal', [p, signature]), name, `publishDeal: ${what}`);

  const deal = await publish(ctx, proposal);
  await chain.expectRevert(() => dd.send(provider, 'publishDeal', [proposal, goodSignature]),
                           'DirectDeals_AlreadyPublished', 'publishDeal: published twice');
  await chain.expectRevert(() => dd.send(provider, 'publishDeal', [proposal, highSTwin(goodSignature)]),
                           'DirectDeals_AlreadyPublished', 'publishDeal: published twice, with the high-s twin');
  await chain.expectRevert(() => dd.call('deal', [hex(crypto.randomBytes(32))]), 'DirectDeals_UnknownDeal', 'deal(unknown)');
  let challenge = await dd.call('currentChallenge', [deal.id]);
  await chain.expectRevert(() => dd.send(provider, 'submitProof', [deal.id, storageProof(tree, challenge)]),
                           'DirectDeals_NotStarted', 'submitProof before start');
  check(!(await dd.call('isProofDue', [deal.id])), 'isProofDue false before start');
  await chain.expectRevert(() => dd.send(provider, 'settle', [deal.id]), 'DirectDeals_InvalidState', 'settle of a Published deal');
  await chain.expectRevert(() => dd.send(other, 'expireUnactivated', [deal.id]),
                           'DirectDeals_ActivationWindowOpen', 'expireUnactivated before start + period');

  // Activation at start exactly: nothing to refund.
  await chain.setTime(start);
  challenge = await dd.call('currentChallenge', [deal.id]);
  await chain.expectRevert(() => dd.send(other, 'submitProof', [deal.id, storageProof(tree, challenge)]),
                           'DirectDeals_NotProvider', 'submitProof by another account');
  const activation = await prove(ctx, deal.id, tree, 'submitProof (activation)');
  const activated = event(activation, 'DealActivated');
  check(activated.args.activatedAt === BigInt(start) && activated.args.refundToClient === 0n,
        'DealActivated at start, nothing refunded');
  equal((await dealOf(ctx, deal.id)).state, STATE.Active, 'deal state Active');
  challenge = await dd.call('currentChallenge', [deal.id]);
  await chain.expectRevert(() => dd.send(provider, 'submitProof', [deal.id, storageProof(tree, challenge)]),
                           'DirectDeals_ProofAlreadySubmitted', 'a second proof in one period');
  await chain.expectRevert(() => dd.send(other, 'expireUnactivated', [deal.id]), 'DirectDeals_InvalidState', 'expireUnactivated of an Active deal');

  // A proof every period, a settlement now and then; the provider is paid up to now at most, and
  // no further than the end of its newest proven period.
  const first = start / P;
  let paidUntil = start;
  for (let p = first + 1; p < first + 10; ++p) {
    if (p === first + 4) {
      // Period first+4 began 20 s ago without a proof yet: paid up to its start only.
      await chain.setTime(p * P + 20);
      const receipt = await dd.send(other, 'settle', [deal.id], 'settle');
      equal(event(receipt, 'DealSettled').args.amount, price * BigInt(p * P - paidUntil), 'settle up to the end of the newest proven period');
      paidUntil = p * P;
      await chain.expectRevert(() => dd.send(other, 'settle', [deal.id]), 'DirectDeals_NothingToSettle', 'settle again before a new proof');
      await chain.expectRevert(() => dd.call('markProofMissing', [deal.id, p - 1], ctx.reporter),
                               'DirectDeals_ProofNotMissing', 'markProofMissing of a proven period');
    } else {
      await chain.setTime(p * P + 5);
    }
    await prove(ctx, deal.id, tree);
    if (p === first + 2 || p === first + 4) {
      const now = await chain.now();
      const receipt = await dd.send(provider, 'settle', [deal.id], 'settle');
      equal(event(receipt, 'DealSettled').args.amount, price * BigInt(now - paidUntil), `settle in period ${p - first}: pro rata up to now`);
      paidUntil = now;
    }
  }

  // The end: no more proofs; the close waits for the last period's report window.
  const end = proposal.end;
  await chain.setTime(end);
  challenge = await dd.call('currentChallenge', [deal.id]);
  await chain.expectRevert(() => dd.send(provider, 'submitProof', [deal.id, storageProof(tree, challenge)]),
                           'DirectDeals_DealEnded', 'submitProof at the end');
  const closable = Number(await dd.call('closableAt', [deal.id]));
  equal(closable, end + CONFIG.timeout, 'closableAt = end + timeout (end on a period boundary)');
  await chain.expectRevert(() => dd.send(other, 'closeExpired', [deal.id]), 'DirectDeals_NotClosable', 'closeExpired at the end');
  await chain.setTime(closable - 1);
  await chain.expectRevert(() => dd.send(other, 'closeExpired', [deal.id]), 'DirectDeals_NotClosable', 'closeExpired 1 s before closableAt');
  await chain.setTime(closable);
  const closed = await dd.send(other, 'closeExpired', [deal.id], 'closeExpired');
  equal(event(closed, 'DealSettled').args.amount, price * BigInt(end - paidUntil), 'closeExpired pays the rest up to the end');
  equal(event(closed, 'DealExpired').args.collateralReturned, proposal.providerCollateral, 'DealExpired: the whole collateral back');
  const view = await dealOf(ctx, deal.id);
  check(view.state === BigInt(STATE.Expired) && view.paid === deal.payment && view.paidUntil === BigInt(end) &&
        view.collateralLeft === proposal.providerCollateral && view.missedProofs === 0n,
        'deal(): Expired, paid = price × duration, the collateral left, no missed proofs');
  await chain.expectRevert(() => dd.send(other, 'closeExpired', [deal.id]), 'DirectDeals_InvalidState', 'closeExpired twice');
  await chain.expectRevert(() => dd.send(other, 'settle', [deal.id]), 'DirectDeals_InvalidState', 'settle of an Expired deal');

  // Out of escrow: the provider has price × duration more, the client that much less, to the unit.
  for (const [who, account] of [['client', client], ['provider', provider]])
    await dd.send(account, 'withdraw', [await escrow(ctx, account)], 'withdraw');
  equal((await tokens(ctx, provider)) - ctx.initialTokens.provider, 10n ** 12n + deal.payment,
        "provider's tokens: its deposit + price × duration (collateral back)");
  equal((await tokens(ctx, client)) - ctx.initialTokens.client, 10n ** 12n - deal.payment,
        "client's tokens: its deposit back less price × duration");
  for (const account of [client, provider]) await dd.send(account, 'deposit', [10n ** 12n], 'deposit');
}

// ---- B: a late activation, missed proofs, the slashed end -----------------------------------

async function dealB(ctx) {
  const { chain, dd, client, provider, reporter, other } = ctx;
  console.log('B: late activation, an invalid proof, missed proofs, slashes, the slashed end');
  const size = 3 * BLOCK_SIZE; // 3 blocks: every proof opens all of them
  const tree = makeDataset('deal B', 1, size).slotTrees[0];
  const wrongTree = makeDataset('not deal B', 1, size).slotTrees[0];
  const start = (Math.floor((await chain.now()) / P) + 2) * P;
  const price = 11n;
  const collateral = 1_000_003n; // slashes of 10 % and rewards of 20 % round down
  const proposal = proposalFor(ctx, { tree, size, start, periods: 10, price, collateral });
  const deal = await publish(ctx, proposal);

  // Activated 17 s after start: those 17 s come back to the client.
  const late = 17;
  await chain.setTime(start + late);
  let challenge = await dd.call('currentChallenge', [deal.id]);
  await chain.expectRevert(() => dd.send(provider, 'submitProof', [deal.id, storageProof(wrongTree, challenge)]),
                           'DirectDeals_InvalidProof', "a proof of other data (invalid)");
  const bad = storageProof(tree, challenge);
  bad.path.pop();
  await chain.expectRevert(() => dd.send(provider, 'submitProof', [deal.id, bad]), 'DirectDeals_InvalidProof', 'a path one hash short');
  const clientBefore = await escrow(ctx, client);
  const activation = await prove(ctx, deal.id, tree, 'submitProof (activation)');
  equal(event(activation, 'DealActivated').args.refundToClient, price * BigInt(late), 'DealActivated refunds the time before it');
  equal((await escrow(ctx, client)) - clientBefore, price * BigInt(late), "client's balance + price × 17 s");

  const A = start / P; // the activation's period: no proof due for it
  const slash = (collateral * BigInt(CONFIG.slashPercentage)) / 100n;
  const reward = (slash * BigInt(CONFIG.rewardPercentage)) / 100n;
  const mark = (period, from = reporter) => dd.send(from, 'markProofMissing', [deal.id, period], 'markProofMissing');
  const markCall = (period) => dd.call('markProofMissing', [deal.id, period], reporter);

  // A+1 proven, A+2 missed.
  await chain.setTime((A + 1) * P + 3);
  await chain.expectRevert(() => markCall(A + 1), 'DirectDeals_PeriodNotEnded', 'marking the current period');
  await prove(ctx, deal.id, tree);
  await chain.setTime((A + 2) * P + 3);
  await chain.expectRevert(() => markCall(A), 'DirectDeals_ProofNotRequired', "marking the activation's period");
  await chain.expectRevert(() => markCall(A - 1), 'DirectDeals_ProofNotRequired', 'marking a period before the activation');
  await chain.expectRevert(() => markCall(A + 10), 'DirectDeals_ProofNotRequired', 'marking the period after the end');
  await chain.expectRevert(() => markCall(A + 1), 'DirectDeals_ProofNotMissing', 'marking a proven period');
  await chain.expectRevert(() => markCall(A + 2), 'DirectDeals_PeriodNotEnded', 'marking a period not ended');

  await chain.setTime((A + 3) * P + 1);
  let [c0, p0, r0] = await balances(ctx, [client, provider, reporter]);
  const first = await mark(A + 2);
  const missed = event(first, 'ProofMissed');
  check(missed.args.slashed === slash && missed.args.reward === reward &&
        BigInt(missed.args.reporter) === BigInt(reporter) && missed.args.period === BigInt(A + 2), 'ProofMissed: period, reporter, slash, reward');
  const [c1, p1, r1] = await balances(ctx, [client, provider, reporter]);
  equal(r1 - r0, reward, `reporter's reward: ${CONFIG.rewardPercentage} % of ${CONFIG.slashPercentage} % of ${collateral}`);
  equal(c1 - c0, slash - reward, "client's share of the slash");
  equal(p1 - p0, 0, "nothing to the provider's balance");
  let view = await dealOf(ctx, deal.id);
  check(view.missedProofs === 1n && view.collateralLeft === collateral - slash, 'deal(): 1 missed proof, collateral less one slash');
  await chain.expectRevert(() => mark(A + 2, other), 'DirectDeals_AlreadyMarkedMissing', 'marking it twice');

  // A+3 proven, then settled within it; A+4 missed but reported too late.
  await prove(ctx, deal.id, tree);
  await chain.setTime((A + 3) * P + 40);
  const settled = await dd.send(other, 'settle', [deal.id], 'settle');
  equal(event(settled, 'DealSettled').args.amount, price * BigInt((A + 3) * P + 40 - (start + late)),
        'settle: from the activation up to now, the missed period included');
  await chain.setTime((A + 5) * P + CONFIG.timeout);
  await chain.expectRevert(() => markCall(A + 4), 'DirectDeals_ValidationTimedOut', 'marking after the timeout');
  // A+5 and A+6 missed: the third report ends the deal.
  await chain.setTime((A + 6) * P + 1);
  await mark(A + 5);
  await chain.setTime((A + 7) * P + 2);
  [c0, p0, r0] = await balances(ctx, [client, provider, reporter]);
  const before = await dealOf(ctx, deal.id);
  const last = await dd.send(other, 'markProofMissing', [deal.id, A + 6], 'markProofMissing (ends the deal)');
  const slashed = event(last, 'DealSlashed');
  // The provider is paid up to the end of its newest proven period, A+3; the rest comes back.
  const provenUntil = (A + 4) * P;
  const refund = price * BigInt(proposal.end - provenUntil);
  const collateralLeft = collateral - 3n * slash;
  equal(slashed.args.refundToClient, refund, 'DealSlashed.refundToClient = price × (end − end of the last proven period)');
  equal(slashed.args.collateralToClient, collateralLeft, 'DealSlashed.collateralToClient = collateral − 3 slashes');
  equal(event(last, 'DealSettled').args.amount, price * BigInt(provenUntil) - price * before.paidUntil,
        'the final payment up to the end of the last proven period');
  const [c1b, p1b, r1b] = await balances(ctx, [client, provider, reporter]);
  equal(r1b - r0, 0, "the first reporter's balance unchanged");
  equal(c1b - c0, slash - reward + refund + collateralLeft, "client: slash share + refund + collateral left");
  equal(p1b - p0, price * BigInt(provenUntil) - price * before.paidUntil, "provider: the final payment only");
  view = await dealOf(ctx, deal.id);
  check(view.state === BigInt(STATE.Slashed) && view.missedProofs === 3n && view.collateralLeft === 0n &&
        view.paid === price * BigInt(provenUntil - start - late) && view.lastProvenPeriod === BigInt(A + 3),
        'deal(): Slashed, 3 missed proofs, no collateral left, paid from the activation to the last proven period');
  // Every token of the deal is accounted for: payment + collateral = provider + client + reporters.
  equal(view.paid + price * BigInt(late) + refund + (slash - reward) * 3n + collateralLeft + reward * 3n,
        deal.payment + collateral, 'payment + collateral = paid + refunds + slashes + rewards');
  await chain.expectRevert(() => markCall(A + 7), 'DirectDeals_InvalidState', 'marking a Slashed deal');
  challenge = await dd.call('currentChallenge', [deal.id]);
  await chain.expectRevert(() => dd.send(provider, 'submitProof', [deal.id, storageProof(tree, challenge)]),
                           'DirectDeals_InvalidState', 'submitProof to a Slashed deal');
  await chain.setTime(proposal.end + P);
  await chain.expectRevert(() => dd.send(provider, 'closeExpired', [deal.id]), 'DirectDeals_InvalidState', 'closeExpired of a Slashed deal');
}

// ---- C: never activated -----------------------------------------------------------------------

async function dealC(ctx) {
  const { chain, dd, client, provider, other } = ctx;
  console.log('C: never activated');
  const size = 100000;
  const tree = makeDataset('deal C', 1, size).slotTrees[0];
  const start = (await chain.now()) + 100; // not on a period boundary
  const proposal = proposalFor(ctx, { tree, size, start, periods: 5, price: 3n, collateral: 5000n });
  const deal = await publish(ctx, proposal);
  await chain.setTime(start + P - 1);
  check(await dd.call('isProofDue', [deal.id]), 'isProofDue in the activation window');
  await chain.expectRevert(() => dd.send(other, 'expireUnactivated', [deal.id]),
                           'DirectDeals_ActivationWindowOpen', 'expireUnactivated 1 s before start + period');
  await chain.setTime(start + P);
  check(!(await dd.call('isProofDue', [deal.id])), 'isProofDue false after the activation window');
  const challenge = await dd.call('currentChallenge', [deal.id]);
  await chain.expectRevert(() => dd.send(provider, 'submitProof', [deal.id, storageProof(tree, challenge)]),
                           'DirectDeals_ActivationWindowClosed', 'submitProof at start + period');
  const [c0, p0, o0] = await balances(ctx, [client, provider, other]);
  const receipt = await dd.send(other, 'expireUnactivated', [deal.id], 'expireUnactivated');
  const missed = event(receipt, 'ActivationMissed');
  check(missed.args.refundToClient === deal.payment && missed.args.collateralToClient === proposal.providerCollateral,
        'ActivationMissed: the payment and the collateral to the client');
  const [c1, p1, o1] = await balances(ctx, [client, provider, other]);
  equal(c1 - c0, deal.payment + proposal.providerCollateral, "client's balance + payment + collateral");
  check(p1 === p0 && o1 === o0, "the provider's and the caller's balances unchanged");
  const view = await dealOf(ctx, deal.id);
  check(view.state === BigInt(STATE.Failed) && view.collateralLeft === 0n && view.paid === 0n, 'deal(): Failed, nothing paid, no collateral left');
  await chain.expectRevert(() => dd.send(other, 'expireUnactivated', [deal.id]), 'DirectDeals_InvalidState', 'expireUnactivated twice');
  await chain.expectRevert(() => dd.call('markProofMissing', [deal.id, Math.floor(start / P) + 1]),
                           'DirectDeals_InvalidState', 'markProofMissing of a Failed deal');
}

async function finalAccounts(ctx) {
  const { client, provider, reporter, other, deployer } = ctx;
  const held = await ctx.tst.call('balanceOf', [ctx.dd.address]);
  const total = (await balances(ctx, [client, provider, reporter, other, deployer])).reduce((a, b) => a + b, 0n);
  equal(held, total, "the contract holds exactly the free balances (no deal open, nothing kept)");
}

// ---- Gas ---------------------------------------------------------------------------------------

function printGas(chain) {
  console.log('\ngas used (receipts):');
  const rows = [...chain.gas].filter(([label]) => !label.startsWith('deploy'))
    .map(([label, records]) => [label, records.length, gasRange(records)]);
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [label, n, gas] of rows) console.log(`  ${label.padEnd(width)}  ${String(n).padStart(2)}x  ${gas}`);
}

main().catch((error) => {
  console.error(`deals: ${error.stack ?? error.message}`);
  process.exit(1);
});
