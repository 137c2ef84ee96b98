#!/usr/bin/env node
// Runs the whole life of requests on a real anvil and prints the gas of every call (also a test:
// contracts_lifecycle_on_anvil in tests/contracts/CMakeLists.txt). Starts node_modules' anvil on
// a free loopback port, mines 0x101 blocks, deploys TestToken, ProofVerifier and Marketplace from
// the build's artifacts, and then:
//
//   A  a request of 3 slots: reservations, fills with real proofs, proofs over periods, missed
//      proofs reported and slashed up to a forced free, a repair at a discount, a host leaving a
//      running slot, the end, payouts and the client's withdrawal;
//   B  a request cancelled at its expiry: payout to other recipients, the client's withdrawal;
//   C  a request that fails (maxSlotLoss 0): the failed slot left, the full refund;
//   D  a request of 1 GiB slots (16,384 blocks each): the gas of fillSlot and submitProof;
//
// with the main reverts checked by name along the way, and the token balances checked at each
// payout. The clock is frozen (a block interval of 0) and moved with evm_setNextBlockTimestamp,
// so periods do not depend on how fast the script runs.
//
//   node contracts/dev/lifecycle.mjs [--artifacts DIR] [--hardfork NAME] [--big-slots N] [--profile]
//
// DIR defaults to build/default/generated/contracts. --hardfork is passed to anvil (default: its
// latest). --big-slots N: slots of request D (default 4; 0 skips D). --profile: where the gas of
// the last fillSlot and submitProof of each kind went (storage, calls, logs, the rest), from
// debug_traceTransaction. Exits 1 on the first failed check.

import crypto from 'node:crypto';
import { encodeParams, fromHex, hex, keccak256, loadArtifact, startAnvil } from './evm.mjs';
import {
  Chain, artifactsDir, check, equal, flag, gasRange, ok, option, pointerAt, printTable,
} from './chain.mjs';
import {
  BLOCK_SIZE, blockCount, challengedBlocks, fillProof, makeDataset, pathLength, storageProof,
} from './storage-proofs.mjs';

const hardfork = option('--hardfork', null);
const bigSlots = Number(option('--big-slots', '4'));
const profile = flag('--profile');

const CONFIG = {
  collateral: {
    repairRewardPercentage: 10, maxNumberOfSlashes: 2, slashPercentage: 20,
    validatorRewardPercentage: 20,
  },
  proofs: { period: 60, timeout: 20, downtime: 64, downtimeProduct: 67, zkeyHash: '' },
  reservations: { maxReservations: 3 },
  requestDurationLimit: 30 * 24 * 3600,
};
const MAX_UINT = (1n << 256n) - 1n;

const random32 = () => hex(crypto.randomBytes(32));

// ---- The run --------------------------------------------------------------------------------

async function main() {
  const token = loadArtifact(artifactsDir(), 'TestToken');
  const verifier = loadArtifact(artifactsDir(), 'ProofVerifier');
  const market = loadArtifact(artifactsDir(), 'Marketplace');
  const anvilArgs = hardfork ? ['--hardfork', hardfork] : [];
  if (profile) anvilArgs.push('--steps-tracing'); // else mined transactions have no opcode trace
  const { rpc, stop } = await startAnvil(anvilArgs);
  try {
    const info = await rpc.call('anvil_nodeInfo');
    console.log(`anvil ${info.hardFork} chain ${info.environment.chainId}; Marketplace ` +
                `${market.deployedBytecodeSize} bytes, ProofVerifier ${verifier.deployedBytecodeSize}, ` +
                `TestToken ${token.deployedBytecodeSize}`);
    const chain = new Chain(rpc);
    await rpc.call('anvil_setBlockTimestampInterval', [0]);
    await run(chain, { token, verifier, market });
    printGas(chain);
    if (profile) await printProfiles(chain);
  } finally {
    stop();
  }
}

async function run(chain, artifacts) {
  const accounts = await chain.rpc.call('eth_accounts');
  const [deployer, client, host1, host2, host3, validator, other, rewardTo, collateralTo] = accounts;
  chain.learnErrors(artifacts.market.abi); // for the constructor's reverts

  console.log('deployment');
  const tryDeploy = (config) => chain.tryDeploy(deployer, artifacts.market, [config, deployer, deployer]);
  await chain.expectRevert(() => tryDeploy(CONFIG), 'Proofs_InsufficientBlockHeight',
                           `Marketplace at block ${(await chain.latest()).number}`);
  await chain.mine(0x101);
  const variant = (change) => {
    const config = structuredClone(CONFIG);
    change(config);
    return config;
  };
  await chain.expectRevert(() => tryDeploy(variant((c) => (c.proofs.period = 0))),
                           'Periods_InvalidSecondsPerPeriod', 'period 0');
  await chain.expectRevert(() => tryDeploy(variant((c) => (c.proofs.timeout = 31 * 60 + 1))),
                           'Proofs_TimeoutTooLong', 'timeout 31 periods + 1 s');
  await chain.expectRevert(() => tryDeploy(variant((c) => (c.collateral.repairRewardPercentage = 101))),
                           'Marketplace_RepairRewardPercentageTooHigh', 'repair reward 101 %');
  await chain.expectRevert(() => tryDeploy(variant((c) => (c.collateral.slashPercentage = 101))),
                           'Marketplace_SlashPercentageTooHigh', 'slash 101 %');
  await chain.expectRevert(() => tryDeploy(variant((c) => (c.collateral.maxNumberOfSlashes = 6))),
                           'Marketplace_MaximumSlashingTooHigh', '6 slashes of 20 %');

  const tst = await chain.deploy(deployer, artifacts.token, [], 'deploy TestToken');
  const pv = await chain.deploy(deployer, artifacts.verifier, [], 'deploy ProofVerifier');
  const mp = await chain.deploy(deployer, artifacts.market, [CONFIG, tst.address, pv.address],
                                'deploy Marketplace');
  const config = await mp.call('configuration');
  equal(JSON.stringify(config, (k, v) => (typeof v === 'bigint' ? Number(v) : v)),
        JSON.stringify(CONFIG), 'configuration()');
  equal((await mp.call('token')).toLowerCase(), tst.address.toLowerCase(), 'token()');
  equal((await mp.call('verifier')).toLowerCase(), pv.address.toLowerCase(), 'verifier()');
  equal(await tst.call('name'), 'Test Storage Token', 'name()');
  equal(await tst.call('decimals'), 18, 'decimals()');

  console.log('the verifier against this script\'s proof rules');
  for (const blocks of [1, 2, 3, 4, 5, 7, 100, 16384]) {
    for (let t = 0; t < 4; ++t) {
      const challenge = crypto.randomBytes(32);
      const onChain = (await pv.call('challengedBlocks', [hex(challenge), blocks])).map(Number);
      const here = challengedBlocks(challenge, blocks);
      if (onChain.join() !== here.join())
        throw new Error(`challengedBlocks(${blocks}): chain ${onChain}, here ${here}`);
    }
    for (const index of [0, 1, blocks - 2, blocks - 1, blocks].filter((i) => i >= 0)) {
      const onChain = Number(await pv.call('pathLength', [index, blocks]));
      if (onChain !== pathLength(index, blocks))
        throw new Error(`pathLength(${index}, ${blocks}): chain ${onChain}, here ${pathLength(index, blocks)}`);
    }
  }
  ok('challengedBlocks and pathLength agree for 1 … 16,384 blocks');
  // Three equal draws modulo 2 or 3 blocks: the forward moves must agree too.
  const tiny = makeDataset('tiny', 3, 3 * BLOCK_SIZE - 5);
  for (let t = 0; t < 32; ++t) {
    const challenge = random32();
    const proof = storageProof(tiny.slotTrees[1], challenge);
    check(await pv.call('verifyStorageProof', [challenge, hex(tiny.slotTrees[1].root), 3 * BLOCK_SIZE - 5, proof]),
          `verifyStorageProof accepts a proof for 3 blocks (try ${t})`);
    if (t > 2) break;
  }
  const rootCheck = await pv.call('rootFromPath', [hex(tiny.slotTrees[2].root), 2, 3,
                                                   tiny.tree.path(2).map(hex)]);
  check(rootCheck[0] && rootCheck[1] === tiny.merkleRoot, 'rootFromPath of the last of 3 slots (promoted)');
  const shortPath = await pv.call('rootFromPath', [hex(tiny.slotTrees[0].root), 0, 3, []]);
  check(!shortPath[0], 'rootFromPath refuses a path of the wrong length');

  console.log('tokens');
  for (const account of [client, host1, host2, host3]) {
    await tst.send(deployer, 'mint', [account, 10n ** 24n], 'mint');
  }

  const posted = { chain, mp, tst, accounts: { client, host1, host2, host3, validator, other, rewardTo, collateralTo } };
  await requestA(posted);
  await requestB(posted);
  await requestC(posted);
  if (bigSlots > 0) await requestD(posted);
}

// ---- Helpers over the marketplace -----------------------------------------------------------

function makeRequest(client, merkleRoot, ask, expiry) {
  return {
    client,
    ask,
    content: { cid: `0x01551220${crypto.randomBytes(32).toString('hex')}`, merkleRoot },
    expiry,
    nonce: random32(),
  };
}

const pricePerSlotPerSecond = (ask) => BigInt(ask.pricePerBytePerSecond) * BigInt(ask.slotSize);
const collateralPerSlot = (ask) => BigInt(ask.collateralPerByte) * BigInt(ask.slotSize);
const maxPrice = (ask) => BigInt(ask.slots) * BigInt(ask.duration) * pricePerSlotPerSecond(ask);

function requestId(mp, request) {
  const inputs = mp.abi.function('requestStorage', 1).inputs;
  return hex(keccak256(encodeParams(inputs, [request])));
}

function slotId(id, index) {
  return hex(keccak256(Buffer.concat([fromHex(id), encodeParams([{ type: 'uint64' }], [index])])));
}

/** Posts `request` as its client; checks the event, the id and getRequest. */
async function post({ chain, mp, tst }, request, label = 'requestStorage') {
  await tst.send(request.client, 'approve', [mp.address, maxPrice(request.ask)], 'approve');
  const receipt = await mp.send(request.client, 'requestStorage', [request], label);
  const id = requestId(mp, request);
  const event = receipt.events.find((e) => e.name === 'StorageRequested');
  equal(event.args.requestId, id, 'StorageRequested.requestId = keccak256(abi.encode(request))');
  const block = await chain.latest();
  equal(event.args.expiry, block.timestamp + request.expiry, 'StorageRequested.expiry (absolute)');
  const raw = await mp.rawCall('getRequest', [id]);
  equal(hex(keccak256(fromHex(raw))), id, 'keccak256(getRequest return data)');
  return { id, postedAt: block.timestamp, expiresAt: block.timestamp + request.expiry,
           endsAt: block.timestamp + request.ask.duration };
}

/** The pointer for `slot` in `period` at block `number`. */
const slotPointer = (slot, period, number) => pointerAt(slot, period, number, CONFIG.proofs.downtimeProduct);

/** Mines until the next block's pointer for `slot` in `period` is past the downtime (and far from
 *  wrapping), so a proof is due and its challenge stays put for a few blocks. */
async function alignPointer(chain, slot, period) {
  const next = (await chain.latest()).number + 1;
  const pointer = slotPointer(slot, period, next);
  const { downtime } = CONFIG.proofs;
  if (pointer >= downtime && pointer <= 240) return pointer;
  await chain.mine((downtime + 2 - pointer + 256) % 256);
  return slotPointer(slot, period, (await chain.latest()).number + 1);
}

/** The challenge of the next block, computed here from the block hash the pointer picks. */
const expectedChallenge = (chain, slot) =>
  chain.nextChallenge(slot, CONFIG.proofs.period, CONFIG.proofs.downtimeProduct);

async function fill(ctx, host, req, dataset, index, label = 'fillSlot') {
  const { chain, mp, tst } = ctx;
  const slot = slotId(req.id, index);
  const collateral = await mp.call('slotState', [slot]) === 6n
    ? collateralPerSlot(req.request.ask) - (collateralPerSlot(req.request.ask) * 10n) / 100n
    : collateralPerSlot(req.request.ask);
  await tst.send(host, 'approve', [mp.address, collateral], 'approve');
  const challenge = await mp.call('getChallenge', [slot]);
  equal(challenge, await expectedChallenge(chain, slot), `getChallenge(slot ${index}) from the block hash`);
  const before = await tst.balanceOf(host);
  const receipt = await mp.send(host, 'fillSlot', [req.id, index, fillProof(dataset, index, challenge)], label);
  equal(before - (await tst.balanceOf(host)), collateral, `collateral pulled for slot ${index}`);
  const names = receipt.events.map((e) => e.name);
  check(names.includes('ProofSubmitted') && names.includes('SlotFilled'),
        `slot ${index} filled: ${names.join(', ')}`);
  return { receipt, filledAt: (await chain.latest()).timestamp };
}

async function prove(ctx, host, slot, tree, label = 'submitProof') {
  const { chain, mp } = ctx;
  const period = Math.floor((await chain.latest()).timestamp / CONFIG.proofs.period);
  await alignPointer(chain, slot, period);
  check(await mp.call('isProofRequired', [slot]), 'isProofRequired');
  const challenge = await mp.call('getChallenge', [slot]);
  equal(challenge, await expectedChallenge(chain, slot), 'getChallenge from the block hash');
  const receipt = await mp.send(host, 'submitProof', [slot, storageProof(tree, challenge)], label);
  check(receipt.events.some((e) => e.name === 'ProofSubmitted' && e.args.id === slot),
        `ProofSubmitted in period ${period}`);
}

// ---- A: the whole life ----------------------------------------------------------------------

async function requestA(ctx) {
  const { chain, mp, tst } = ctx;
  const { client, host1, host2, host3, validator, other } = ctx.accounts;
  console.log('A: three slots, proofs, slashes, repair, forced free, the end');
  const slotSize = 5 * BLOCK_SIZE + 1000; // 6 blocks, the last one short
  const dataset = makeDataset('request A', 3, slotSize);
  const ask = {
    proofProbability: 1, pricePerBytePerSecond: 1, collateralPerByte: 10,
    slots: 3, slotSize, duration: 3600, maxSlotLoss: 1,
  };
  const request = makeRequest(client, dataset.merkleRoot, ask, 1200);

  const variant = (change) => {
    const r = structuredClone(request);
    change(r);
    return r;
  };
  const rejects = async (r, name, what, from = client) => {
    await tst.send(from, 'approve', [mp.address, MAX_UINT]);
    await chain.expectRevert(() => mp.send(from, 'requestStorage', [r]), name, what);
  };
  await rejects(request, 'Marketplace_InvalidClientAddress', 'requestStorage by another', host1);
  await rejects(variant((r) => (r.expiry = 0)), 'Marketplace_InvalidExpiry', 'expiry 0');
  await rejects(variant((r) => (r.expiry = 3600)), 'Marketplace_InvalidExpiry', 'expiry = duration');
  await rejects(variant((r) => (r.ask.slots = 0)), 'Marketplace_InsufficientSlots', '0 slots');
  await rejects(variant((r) => (r.ask.maxSlotLoss = 4)), 'Marketplace_InvalidMaxSlotLoss', 'maxSlotLoss > slots');
  await rejects(variant((r) => (r.ask.proofProbability = 0)), 'Marketplace_InsufficientProofProbability', 'proofProbability 0');
  await rejects(variant((r) => (r.ask.collateralPerByte = 0)), 'Marketplace_InsufficientCollateral', 'collateral 0');
  await rejects(variant((r) => (r.ask.pricePerBytePerSecond = 0)), 'Marketplace_InsufficientReward', 'price 0');
  await rejects(variant((r) => (r.content.cid = '0x')), 'Marketplace_InvalidCid', 'empty cid');
  await rejects(variant((r) => (r.ask.duration = CONFIG.requestDurationLimit + 1)),
                'Marketplace_DurationExceedsLimit', 'duration past the limit');
  await tst.send(client, 'approve', [mp.address, 0]);
  await chain.expectRevert(() => mp.send(client, 'requestStorage', [request]),
                           'ERC20InsufficientAllowance', 'requestStorage without approval');

  const req = { request, ...(await post(ctx, request)) };
  await tst.send(client, 'approve', [mp.address, maxPrice(ask)]);
  await chain.expectRevert(() => mp.send(client, 'requestStorage', [request]),
                           'Marketplace_RequestAlreadyExists', 'the same request again');
  equal(await mp.call('requestState', [req.id]), 0, 'requestState New');
  equal(await mp.call('requestExpiry', [req.id]), req.expiresAt, 'requestExpiry');
  equal(await mp.call('requestEnd', [req.id]), req.endsAt, 'requestEnd');
  check((await mp.call('myRequests', [], client)).includes(req.id), 'myRequests of the client');
  const unknown = random32();
  await chain.expectRevert(() => mp.call('getRequest', [unknown]), 'Marketplace_UnknownRequest', 'getRequest(unknown)');
  await chain.expectRevert(() => mp.call('requestState', [unknown]), 'Marketplace_UnknownRequest', 'requestState(unknown)');
  equal(await mp.call('slotState', [unknown]), 0, 'slotState(unknown) Free');
  equal(await mp.call('requestExpiry', [unknown]), 0, 'requestExpiry(unknown)');

  const slots = [0, 1, 2].map((i) => slotId(req.id, i));
  await mp.send(host1, 'reserveSlot', [req.id, 0], 'reserveSlot (first of the slot)');
  await mp.send(host2, 'reserveSlot', [req.id, 0], 'reserveSlot (later)');
  const full = await mp.send(host3, 'reserveSlot', [req.id, 0], 'reserveSlot (later)');
  check(full.events.some((e) => e.name === 'SlotReservationsFull' && e.args.slotIndex === 0n),
        'SlotReservationsFull at the third reservation');
  check(!(await mp.call('canReserveSlot', [req.id, 0], validator)), 'canReserveSlot false when full');
  await chain.expectRevert(() => mp.send(validator, 'reserveSlot', [req.id, 0]),
                           'SlotReservations_ReservationNotAllowed', 'a fourth reservation');
  await mp.send(host1, 'reserveSlot', [req.id, 1], 'reserveSlot (first of the slot)');
  await chain.expectRevert(() => mp.send(host1, 'reserveSlot', [req.id, 1]),
                           'SlotReservations_ReservationNotAllowed', 'a second reservation by the same host');
  await mp.send(host1, 'reserveSlot', [req.id, 2], 'reserveSlot (first of the slot)');

  // Fills that must fail.
  let challenge = await mp.call('getChallenge', [slots[0]]);
  const good = fillProof(dataset, 0, challenge);
  await chain.expectRevert(() => mp.send(other, 'fillSlot', [req.id, 0, good]),
                           'Marketplace_ReservationRequired', 'fillSlot without a reservation');
  await chain.expectRevert(() => mp.send(host1, 'fillSlot', [req.id, 3, good]),
                           'Marketplace_InvalidSlot', 'fillSlot of slot 3 of 3');
  await chain.expectRevert(() => mp.send(host1, 'fillSlot', [random32(), 0, good]),
                           'Marketplace_UnknownRequest', 'fillSlot of an unknown request');
  await tst.send(host1, 'approve', [mp.address, 0]);
  await chain.expectRevert(() => mp.send(host1, 'fillSlot', [req.id, 0, good]),
                           'ERC20InsufficientAllowance', 'fillSlot without approving the collateral');
  await tst.send(host1, 'approve', [mp.address, collateralPerSlot(ask)]);
  const bad = structuredClone(good);
  bad.proof.leaves[1] = random32();
  await chain.expectRevert(() => mp.send(host1, 'fillSlot', [req.id, 0, bad]), 'Proofs_InvalidProof', 'a wrong leaf');
  const short = structuredClone(good);
  short.proof.path.pop();
  await chain.expectRevert(() => mp.send(host1, 'fillSlot', [req.id, 0, short]), 'Proofs_InvalidProof', 'a path one hash short');
  const long = structuredClone(good);
  long.proof.path.push(random32());
  await chain.expectRevert(() => mp.send(host1, 'fillSlot', [req.id, 0, long]), 'Proofs_InvalidProof', 'a path one hash long');
  const otherSlot = fillProof(dataset, 1, challenge);
  await chain.expectRevert(() => mp.send(host1, 'fillSlot', [req.id, 0, otherSlot]),
                           'Proofs_InvalidProof', "slot 1's root and proof for slot 0");
  const noLeaf = structuredClone(good);
  noLeaf.proof.leaves.pop();
  await chain.expectRevert(() => mp.send(host1, 'fillSlot', [req.id, 0, noLeaf]),
                           'Proofs_InvalidProof', 'two openings where three are due');

  const filled = [];
  filled[0] = (await fill(ctx, host1, req, dataset, 0)).filledAt;
  await tst.send(host2, 'approve', [mp.address, collateralPerSlot(ask)]);
  challenge = await mp.call('getChallenge', [slots[0]]);
  await chain.expectRevert(() => mp.send(host2, 'fillSlot', [req.id, 0, fillProof(dataset, 0, challenge)]),
                           'Marketplace_SlotNotFree', 'fillSlot of a filled slot');
  filled[1] = (await fill(ctx, host1, req, dataset, 1)).filledAt;
  const last = await fill(ctx, host1, req, dataset, 2, 'fillSlot (last: request starts)');
  filled[2] = last.filledAt;
  check(last.receipt.events.some((e) => e.name === 'RequestFulfilled'), 'RequestFulfilled at the last fill');
  equal(await mp.call('requestState', [req.id]), 1, 'requestState Started');
  equal(await mp.call('slotState', [slots[0]]), 1, 'slotState Filled');
  equal((await mp.call('getHost', [slots[0]])).toLowerCase(), host1, 'getHost');
  equal(await mp.call('currentCollateral', [slots[0]]), collateralPerSlot(ask), 'currentCollateral');
  equal((await mp.call('mySlots', [], host1)).length, 3, 'mySlots of the host');
  const active = await mp.call('getActiveSlot', [slots[2]]);
  check(active.request.content.merkleRoot === dataset.merkleRoot && active.slotIndex === 2n, 'getActiveSlot');
  equal(await mp.call('missingProofs', [slots[2]]), 0, 'missingProofs');
  equal(await mp.call('slotProbability', [slots[0]]), 0, 'slotProbability (proofProbability 1 scaled down)');
  check(!(await mp.call('canReserveSlot', [req.id, 0], other)), 'canReserveSlot false for a filled slot');

  // Period F (the fill's): no proof is due; then F+1, F+2 with proofs for slots 0 and 1 only.
  const period = CONFIG.proofs.period;
  const F = Math.floor(filled[0] / period);
  check(!(await mp.call('isProofRequired', [slots[0]])) && !(await mp.call('willProofBeRequired', [slots[0]])),
        'no proof due in the period of the fill');
  await chain.setTime((F + 1) * period + 1);
  await chain.expectRevert(() => mp.call('canMarkProofAsMissing', [slots[2], F]),
                           'Proofs_ProofNotMissing', 'reporting the period of the fill (its proof counts)');
  await chain.expectRevert(() => mp.call('canMarkProofAsMissing', [slots[2], F + 1]),
                           'Proofs_PeriodNotEnded', 'reporting the current period');
  // The downtime: a proof will be due once the pointer passes it.
  {
    const next = (await chain.latest()).number + 1;
    const pointer = slotPointer(slots[0], F + 1, next);
    await chain.mine((256 - pointer) % 256); // the next block's pointer is 0
    equal(await mp.call('getPointer', [slots[0]]), 0, 'getPointer after a wrap');
    check(await mp.call('willProofBeRequired', [slots[0]]) && !(await mp.call('isProofRequired', [slots[0]])),
          'willProofBeRequired in the downtime');
  }
  for (const p of [F + 1, F + 2]) {
    if (p !== F + 1) await chain.setTime(p * period + 1);
    await prove(ctx, host1, slots[0], dataset.slotTrees[0]);
    await prove(ctx, host1, slots[1], dataset.slotTrees[1]);
    await chain.expectRevert(
      () => mp.send(host1, 'submitProof', [slots[0], storageProof(dataset.slotTrees[0], random32())]),
      'Proofs_ProofAlreadySubmitted', 'a second proof in one period');
    if (p === F + 1) {
      await alignPointer(chain, slots[2], p);
      const ch = await mp.call('getChallenge', [slots[2]]);
      await chain.expectRevert(() => mp.send(host2, 'submitProof', [slots[2], storageProof(dataset.slotTrees[2], ch)]),
                               'Marketplace_ProofNotSubmittedByHost', 'submitProof by another host');
      await chain.expectRevert(() => mp.send(host1, 'submitProof', [slots[2], storageProof(dataset.slotTrees[1], ch)]),
                               'Proofs_InvalidProof', "submitProof with another slot's data");
      await chain.expectRevert(() => mp.send(host1, 'submitProof', [random32(), storageProof(dataset.slotTrees[1], ch)]),
                               'Marketplace_UnknownRequest', 'submitProof for a slot never filled');
    }
    if (p === F + 2) {
      // Slot 2 missed period F+1: report it, within the timeout.
      await chain.expectRevert(() => mp.call('canMarkProofAsMissing', [slots[0], F + 1]),
                               'Proofs_ProofNotMissing', 'reporting a period with a proof');
      {
        // With the pointer for F+1 in the downtime now, that period asked for no proof.
        const next = (await chain.latest()).number + 1;
        await chain.mine((256 - slotPointer(slots[2], F + 1, next)) % 256);
        await chain.expectRevert(() => mp.call('canMarkProofAsMissing', [slots[2], F + 1]),
                                 'Proofs_ProofNotRequired', 'reporting with the pointer in the downtime');
      }
      await alignPointer(chain, slots[2], F + 1);
      await mp.call('canMarkProofAsMissing', [slots[2], F + 1]);
      ok('canMarkProofAsMissing for the missed period');
      const before = await tst.balanceOf(validator);
      const receipt = await mp.send(validator, 'markProofAsMissing', [slots[2], F + 1], 'markProofAsMissing');
      check(receipt.events.length === 0, 'no marketplace event for a slash');
      const slashed = (collateralPerSlot(ask) * 20n) / 100n;
      equal((await tst.balanceOf(validator)) - before, (slashed * 20n) / 100n, 'validator reward');
      equal(await mp.call('missingProofs', [slots[2]]), 1, 'missingProofs');
      equal(await mp.call('currentCollateral', [slots[2]]), collateralPerSlot(ask) - slashed, 'currentCollateral after a slash');
      await chain.expectRevert(() => mp.send(validator, 'markProofAsMissing', [slots[2], F + 1]),
                               'Proofs_ProofAlreadyMarkedMissing', 'reporting it twice');
      await chain.expectRevert(() => mp.send(validator, 'markProofAsMissing', [slots[2], F]),
                               'Proofs_ValidationTimedOut', 'reporting after the timeout');
    }
  }
  // Slot 2 missed F+2 too: the second slash frees it.
  await chain.setTime((F + 3) * period + 1);
  await alignPointer(chain, slots[2], F + 2);
  const freed = await mp.send(validator, 'markProofAsMissing', [slots[2], F + 2], 'markProofAsMissing (forced free)');
  check(freed.events.some((e) => e.name === 'SlotFreed' && e.args.slotIndex === 2n), 'SlotFreed at the second missed proof');
  equal(await mp.call('slotState', [slots[2]]), 6, 'slotState Repair');
  equal(await mp.call('getHost', [slots[2]]), '0x0000000000000000000000000000000000000000', 'getHost after the forced free');
  equal(await mp.call('currentCollateral', [slots[2]]), 0, 'currentCollateral after the forced free');
  equal(await mp.call('missingProofs', [slots[2]]), 0, 'missingProofs after the forced free');
  equal((await mp.call('mySlots', [], host1)).length, 2, 'mySlots without the freed slot');
  equal(await mp.call('requestState', [req.id]), 1, 'requestState still Started (1 slot lost, maxSlotLoss 1)');
  await chain.expectRevert(() => mp.call('canMarkProofAsMissing', [slots[2], F + 2]),
                           'Marketplace_SlotNotAcceptingProofs', 'reporting a slot in Repair');
  check(await mp.call('canReserveSlot', [req.id, 2], host2), 'reservations start over after the forced free');

  // Repair: another host fills slot 2 at a discount, in the same period.
  await mp.send(host2, 'reserveSlot', [req.id, 2], 'reserveSlot (first of the slot)');
  const repair = await fill(ctx, host2, req, dataset, 2, 'fillSlot (repair)');
  check(!repair.receipt.events.some((e) => e.name === 'RequestFulfilled'), 'no RequestFulfilled for a repair');
  filled[2] = repair.filledAt;
  equal(await mp.call('currentCollateral', [slots[2]]), collateralPerSlot(ask), 'full currentCollateral after the repair');

  // Host 1 leaves slot 1 while the request runs: it loses the collateral.
  const before1 = await tst.balanceOf(host1);
  const left = await mp.send(host1, 'freeSlot', [slots[1]], 'freeSlot (Filled: forced free)');
  check(left.events.some((e) => e.name === 'SlotFreed' && e.args.slotIndex === 1n), 'SlotFreed for the slot left');
  equal((await tst.balanceOf(host1)) - before1, 0, 'nothing paid for a slot left early');
  await chain.expectRevert(() => mp.send(host1, 'freeSlot', [slots[1]]), 'Marketplace_InvalidSlotHost', 'freeSlot by its former host');
  await chain.expectRevert(() => mp.send(host1, 'freeSlot', [random32()]), 'Marketplace_SlotIsFree', 'freeSlot of a slot never filled');
  await chain.expectRevert(() => mp.send(other, 'withdrawFunds', [req.id]), 'Marketplace_InvalidClientAddress', 'withdrawFunds by another');
  await chain.expectRevert(() => mp.send(client, 'withdrawFunds', [req.id]), 'Marketplace_InvalidState', 'withdrawFunds while running');

  // The end.
  await chain.setTime(req.endsAt + 1);
  equal(await mp.call('requestState', [req.id]), 3, 'requestState Finished');
  equal(await mp.call('slotState', [slots[0]]), 2, 'slotState Finished');
  equal(await mp.call('requestEnd', [req.id]), req.endsAt, 'requestEnd of a finished request');
  const pps = pricePerSlotPerSecond(ask);
  for (const [host, index] of [[host1, 0], [host2, 2]]) {
    const before = await tst.balanceOf(host);
    await mp.send(host, 'freeSlot', [slots[index]], 'freeSlot (Finished: payout)');
    const expected = BigInt(req.endsAt - filled[index]) * pps + collateralPerSlot(ask);
    equal((await tst.balanceOf(host)) - before, expected, `payout of slot ${index} (reward + collateral)`);
    equal(await mp.call('slotState', [slots[index]]), 4, 'slotState Paid');
  }
  await chain.expectRevert(() => mp.send(host1, 'freeSlot', [slots[0]]), 'Marketplace_AlreadyPaid', 'freeSlot of a paid slot');
  check(!(await mp.call('myRequests', [], client)).includes(req.id), 'the request left myRequests at the first payout');
  const beforeClient = await tst.balanceOf(client);
  await mp.send(client, 'withdrawFunds', [req.id], 'withdrawFunds (Finished)');
  const refund = maxPrice(ask) - BigInt(req.endsAt - filled[0]) * pps - BigInt(req.endsAt - filled[2]) * pps;
  equal((await tst.balanceOf(client)) - beforeClient, refund, 'refund of what no host earned');
  await chain.expectRevert(() => mp.send(client, 'withdrawFunds', [req.id]), 'Marketplace_NothingToWithdraw', 'withdrawing twice');
  // Kept by the marketplace: host 1's lost collateral of slots 1 and 2, less the validator rewards
  // and host 2's repair discount.
  const C = collateralPerSlot(ask);
  const kept = C + C - 2n * ((C * 20n) / 100n * 20n / 100n) - (C * 10n) / 100n;
  equal(await tst.balanceOf(mp.address), kept, "the marketplace's balance after request A");
}

// ---- B: cancelled at the expiry -------------------------------------------------------------

async function requestB(ctx) {
  const { chain, mp, tst } = ctx;
  const { client, host1, other, rewardTo, collateralTo } = ctx.accounts;
  console.log('B: cancelled at its expiry');
  const kept = await tst.balanceOf(mp.address);
  const ask = {
    proofProbability: 5, pricePerBytePerSecond: 3, collateralPerByte: 7,
    slots: 2, slotSize: 40000, duration: 3600, maxSlotLoss: 0,
  };
  const dataset = makeDataset('request B', 2, ask.slotSize);
  const request = makeRequest(client, dataset.merkleRoot, ask, 300);
  const req = { request, ...(await post(ctx, request)) };
  const slots = [0, 1].map((i) => slotId(req.id, i));
  await mp.send(host1, 'reserveSlot', [req.id, 0]);
  const { filledAt } = await fill(ctx, host1, req, dataset, 0, 'fillSlot (1 block)');
  equal(await mp.call('slotProbability', [slots[0]]), (5 * 192) >> 8, 'slotProbability of proofProbability 5');
  await chain.setTime(req.expiresAt + 1);
  equal(await mp.call('requestState', [req.id]), 2, 'requestState Cancelled');
  equal(await mp.call('slotState', [slots[0]]), 5, 'slotState Cancelled');
  equal(await mp.call('slotState', [slots[1]]), 0, 'slotState of the slot never filled: Free');
  equal(await mp.call('requestEnd', [req.id]), req.expiresAt, 'requestEnd of a cancelled request');
  await mp.send(host1, 'reserveSlot', [req.id, 1]);
  ok('a slot never filled can still be reserved after the expiry');
  const challenge = await mp.call('getChallenge', [slots[1]]);
  await chain.expectRevert(() => mp.send(host1, 'fillSlot', [req.id, 1, fillProof(dataset, 1, challenge)]),
                           'Marketplace_SlotNotFree', 'fillSlot after the expiry');
  const pps = pricePerSlotPerSecond(ask);
  await mp.send(host1, 'freeSlot', [slots[0], rewardTo, collateralTo], 'freeSlot (Cancelled: payout to others)');
  equal(await tst.balanceOf(rewardTo), BigInt(req.expiresAt - filledAt) * pps, 'reward up to the expiry, to rewardRecipient');
  equal(await tst.balanceOf(collateralTo), collateralPerSlot(ask), 'collateral to collateralRecipient');
  const before = await tst.balanceOf(client);
  const receipt = await mp.send(client, 'withdrawFunds', [req.id], 'withdrawFunds (Cancelled)');
  check(receipt.events.some((e) => e.name === 'RequestCancelled'), 'RequestCancelled at the withdrawal');
  const refund = maxPrice(ask) - BigInt(req.endsAt - filledAt) * pps + BigInt(req.endsAt - req.expiresAt) * pps;
  equal((await tst.balanceOf(client)) - before, refund, 'refund of a cancelled request');
  equal(await tst.balanceOf(mp.address), kept, "the marketplace's balance after request B");
  await chain.expectRevert(() => mp.send(client, 'withdrawFunds', [req.id]), 'Marketplace_NothingToWithdraw', 'withdrawing twice');
  void other;
}

// ---- C: failed --------------------------------------------------------------------------------

async function requestC(ctx) {
  const { chain, mp, tst } = ctx;
  const { client, host1, host2, other } = ctx.accounts;
  console.log('C: fails when a slot is lost (maxSlotLoss 0)');
  const kept = await tst.balanceOf(mp.address);
  const ask = {
    proofProbability: 1, pricePerBytePerSecond: 2, collateralPerByte: 3,
    slots: 2, slotSize: 2 * BLOCK_SIZE, duration: 7200, maxSlotLoss: 0,
  };
  const dataset = makeDataset('request C', 2, ask.slotSize);
  const request = makeRequest(client, dataset.merkleRoot, ask, 600);
  const req = { request, ...(await post(ctx, request)) };
  const slots = [0, 1].map((i) => slotId(req.id, i));
  await mp.send(host1, 'reserveSlot', [req.id, 0]);
  await mp.send(host2, 'reserveSlot', [req.id, 1]);
  await fill(ctx, host1, req, dataset, 0, 'fillSlot (2 blocks)');
  await fill(ctx, host2, req, dataset, 1, 'fillSlot (2 blocks)');
  equal(await mp.call('requestState', [req.id]), 1, 'requestState Started');
  await chain.setTime(req.postedAt + 100);
  const receipt = await mp.send(host2, 'freeSlot', [slots[1]], 'freeSlot (Filled: forced free, request fails)');
  check(receipt.events.some((e) => e.name === 'RequestFailed'), 'RequestFailed when more than maxSlotLoss slots are lost');
  equal(await mp.call('requestState', [req.id]), 4, 'requestState Failed');
  equal(await mp.call('slotState', [slots[0]]), 3, 'slotState Failed');
  equal(await mp.call('requestEnd', [req.id]), req.postedAt + 99, 'requestEnd: the second before it failed');
  const before = await tst.balanceOf(host1);
  await mp.send(host1, 'freeSlot', [slots[0]], 'freeSlot (Failed: leaves mySlots)');
  equal((await tst.balanceOf(host1)) - before, 0, 'nothing paid for a failed slot');
  check(!(await mp.call('mySlots', [], host1)).includes(slots[0]), 'the failed slot left mySlots');
  await mp.send(client, 'withdrawFunds', [req.id, other], 'withdrawFunds (Failed, to another address)');
  equal(await tst.balanceOf(other), maxPrice(ask), 'the full price back to the recipient');
  equal(await tst.balanceOf(mp.address), kept + 2n * collateralPerSlot(ask), "the marketplace keeps both hosts' collateral");
}

// ---- D: 1 GiB slots ---------------------------------------------------------------------------

async function requestD(ctx) {
  const { chain, mp } = ctx;
  const { client, host3 } = ctx.accounts;
  const slotSize = 1 << 30;
  console.log(`D: ${bigSlots} slots of 1 GiB (${blockCount(slotSize)} blocks each)`);
  const started = Date.now();
  const dataset = makeDataset('request D', bigSlots, slotSize);
  console.log(`  (${bigSlots} GiB of slot data made and hashed in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const ask = {
    proofProbability: 1, pricePerBytePerSecond: 1, collateralPerByte: 1,
    slots: bigSlots, slotSize, duration: 24 * 3600, maxSlotLoss: 1,
  };
  const request = makeRequest(client, dataset.merkleRoot, ask, 3600);
  const req = { request, ...(await post(ctx, request, 'requestStorage')) };
  const used = Math.min(2, bigSlots);
  for (let i = 0; i < used; ++i) {
    await ctx.mp.send(host3, 'reserveSlot', [req.id, i], 'reserveSlot (first of the slot)');
    await fill(ctx, host3, req, dataset, i, 'fillSlot (1 GiB slot)');
  }
  const period = CONFIG.proofs.period;
  let now = (await chain.latest()).timestamp;
  for (let round = 0; round < 4; ++round) {
    now = (Math.floor(now / period) + 1) * period + 1;
    await chain.setTime(now);
    for (let i = 0; i < used; ++i)
      await prove(ctx, host3, slotId(req.id, i), dataset.slotTrees[i], 'submitProof (1 GiB slot)');
  }
  void mp;
}

// ---- Gas ---------------------------------------------------------------------------------------

function printGas(chain) {
  console.log('\ngas used (receipts), calldata size, and the two floors of the transaction\'s price:');
  console.log('  intrinsic = 21000 + 16 per non-zero and 4 per zero calldata byte;');
  console.log('  EIP-7623 floor = 21000 + 10 * (zero bytes + 4 * non-zero bytes), charged when larger.');
  const rows = [];
  for (const [label, list] of chain.gas) {
    const r = list[list.length - 1];
    const nonzero = r.bytes - r.zeros;
    const intrinsic = 21000 + 16 * nonzero + 4 * r.zeros;
    const floor = 21000 + 10 * (r.zeros + 4 * nonzero);
    rows.push([label, list.length, gasRange(list), r.bytes, intrinsic, floor]);
  }
  printTable(['call', 'n', 'gas used', 'calldata B', 'intrinsic', '7623 floor'], rows);
}

/**
 * Where the execution gas of a transaction went, from its opcode trace: each top-level opcode
 * costs the gas it took up to the next top-level step (so a call includes its callee).
 */
async function printProfiles(chain) {
  console.log('\nwhere the execution gas went (debug_traceTransaction; calls include the callee):');
  for (const [label, hash] of chain.lastTx) {
    if (!/fillSlot|submitProof|markProofAsMissing|freeSlot/.test(label)) continue;
    const trace = await chain.rpc.call('debug_traceTransaction',
                                       [hash, { disableStorage: true, disableMemory: true, disableStack: true }]);
    const steps = trace.structLogs;
    const parts = {};
    const counts = {};
    for (let i = 0; i < steps.length; ++i) {
      if (steps[i].depth !== 1) continue;
      let j = i + 1;
      while (j < steps.length && steps[j].depth !== 1) ++j;
      const cost = j < steps.length ? steps[i].gas - steps[j].gas : steps[i].gasCost;
      const op = steps[i].op;
      const part = ['SLOAD', 'SSTORE'].includes(op) ? op
        : op === 'CALL' ? 'CALL (token)'
        : op === 'STATICCALL' ? 'STATICCALL (verifier, precompile)'
        : op.startsWith('LOG') ? 'LOG'
        : op === 'KECCAK256' ? 'KECCAK256' : 'other';
      parts[part] = (parts[part] ?? 0) + cost;
      counts[part] = (counts[part] ?? 0) + 1;
    }
    const total = Object.values(parts).reduce((a, b) => a + b, 0);
    console.log(`  ${label}: ${total} execution gas (receipt ${trace.gas}): ` +
                Object.entries(parts).sort((a, b) => b[1] - a[1])
                  .map(([k, v]) => `${k} ${v} (${counts[k]}x)`).join(', '));
  }
}

main().catch((error) => {
  console.error(`lifecycle: ${error.stack ?? error.message}`);
  process.exit(1);
});
