#!/usr/bin/env node
// Checks the Marketplace's ABI against the Codex marketplace's interface: every function selector,
// event topic, event's indexed arguments, error selector and function result type of the Codex
// marketplace (codex-contracts-eth) must be ours too, with the same value, except the two
// functions that carry our proof (fillSlot, submitProof), which must differ. Selectors are
// computed here (Keccak-256 of the signature) and cross-checked with solc's own.
//
//   node contracts/dev/check-interface.mjs [--artifacts DIR] [--markdown]
//
// DIR defaults to build/default/generated/contracts (what the build writes). --markdown prints
// the tables of docs/contracts.md. Exits 1 when anything differs.

import path from 'node:path';
import { Abi, ROOT, canonicalType, hex, keccak256, loadArtifact, selectorOf, signature } from './evm.mjs';

const REQUEST = '(address,(uint256,uint256,uint256,uint64,uint64,uint64,uint64),(bytes,bytes32),uint64,bytes32)';
const GROTH16 = '((uint256,uint256),((uint256,uint256),(uint256,uint256)),(uint256,uint256))';
const CONFIG = '((uint8,uint8,uint8,uint8),(uint64,uint64,uint8,uint8,string),(uint8),uint64)';

// The Codex marketplace's functions: selector and result types.
const CODEX_FUNCTIONS = {
  'reserveSlot(bytes32,uint64)': ['0x12827602', ''],
  'canReserveSlot(bytes32,uint64)': ['0xd02bbe33', 'bool'],
  [`fillSlot(bytes32,uint64,${GROTH16})`]: ['0x1d873c1b', ''],
  'freeSlot(bytes32)': ['0xa29c29a4', ''],
  'freeSlot(bytes32,address,address)': ['0x0aefaabe', ''],
  [`submitProof(bytes32,${GROTH16})`]: ['0xe8aa0a07', ''],
  'getRequest(bytes32)': ['0xfb1e61ca', REQUEST],
  'requestState(bytes32)': ['0x05b90773', 'uint8'],
  'slotState(bytes32)': ['0xbe5cdc48', 'uint8'],
  'getHost(bytes32)': ['0x6b00c8cf', 'address'],
  'requestEnd(bytes32)': ['0x02fa8e65', 'uint64'],
  'requestExpiry(bytes32)': ['0x329b5a0b', 'uint64'],
  'currentCollateral(bytes32)': ['0x26d6f834', 'uint256'],
  'mySlots()': ['0x5da73835', 'bytes32[]'],
  'myRequests()': ['0x9777b72c', 'bytes32[]'],
  'getChallenge(bytes32)': ['0x458d2bf1', 'bytes32'],
  'isProofRequired(bytes32)': ['0xc0cc4add', 'bool'],
  'willProofBeRequired(bytes32)': ['0xa3a0807e', 'bool'],
  'getPointer(bytes32)': ['0x4641dce6', 'uint8'],
  'configuration()': ['0x6c70bee9', CONFIG],
  'token()': ['0xfc0c546a', 'address'],
  'getActiveSlot(bytes32)': ['0xb396dc79', `(${REQUEST},uint64)`],
  'missingProofs(bytes32)': ['0xf752196b', 'uint64'],
  'slotProbability(bytes32)': ['0x51a76642', 'uint256'],
  [`requestStorage(${REQUEST})`]: ['0x99b6da0c', ''],
  'withdrawFunds(bytes32)': ['0x6e2b54ee', ''],
  'withdrawFunds(bytes32,address)': ['0xc5d43351', ''],
  'markProofAsMissing(bytes32,uint64)': ['0x237d8482', ''],
  'canMarkProofAsMissing(bytes32,uint64)': ['0xd1bb36b6', ''],
};

// Ours instead of Codex's: the same names and roles, our proof in the last argument.
const OUR_PROOF_FUNCTIONS = {
  fillSlot: `fillSlot(bytes32,uint64,${GROTH16})`,
  submitProof: `submitProof(bytes32,${GROTH16})`,
};

// Functions we add to the Codex interface.
const OUR_EXTRA_FUNCTIONS = ['verifier()', 'proofDuties(bytes32[])', 'slotSummaries(bytes32[])'];

// The Codex marketplace's events: topic and which arguments are indexed.
const CODEX_EVENTS = {
  'StorageRequested(bytes32,(uint256,uint256,uint256,uint64,uint64,uint64,uint64),uint64)': [
    '0x1bf9c457accf8703dbf7cdf1b58c2f74ddf2e525f98155c70b3d318d74609bd8', [false, false, false],
  ],
  'SlotFilled(bytes32,uint64)': [
    '0x8f301470a994578b52323d625dfbf827ca5208c81747d3459be7b8867baec3ec', [true, false],
  ],
  'SlotFreed(bytes32,uint64)': [
    '0x33ba8f7627565d89f7ada2a6b81ea532b7aa9b11e91a78312d6e1fca0bfcd1dc', [true, false],
  ],
  'RequestFulfilled(bytes32)': [
    '0x85e1543bf2f84fe80c6badbce3648c8539ad1df4d2b3d822938ca0538be727e6', [true],
  ],
  'RequestCancelled(bytes32)': [
    '0xf903f4774c7bd27355f9d7fcbc382b079b164a697a44ac5d95267a4c3cb3bb22', [true],
  ],
  'RequestFailed(bytes32)': [
    '0x4769361a442504ecaf038f35e119bcccdd5e42096b24c09e3c17fd17c6684c02', [true],
  ],
  'SlotReservationsFull(bytes32,uint64)': [
    '0xc8e6c955744189a19222ec226b72ac1435d88d5745252dac56e6f679f64c037a', [true, false],
  ],
  'ProofSubmitted(bytes32)': [
    '0x3b989d183b84b02259d7c14b34a9c9eb0fccb4c355a920d25e581e25aef4993d', [false],
  ],
};

// The Codex marketplace's custom errors (all without arguments).
const CODEX_ERRORS = {
  Marketplace_AlreadyPaid: '0xc2cbf777',
  Marketplace_DurationExceedsLimit: '0x1267b3f2',
  Marketplace_InsufficientCollateral: '0xfb7df0c7',
  Marketplace_InsufficientDuration: '0x090a5ecd',
  Marketplace_InsufficientProofProbability: '0x6aba7aae',
  Marketplace_InsufficientReward: '0x47ba51c7',
  Marketplace_InsufficientSlots: '0x535ed2be',
  Marketplace_InvalidCid: '0x86f8cf9b',
  Marketplace_InvalidClientAddress: '0x698d3c62',
  Marketplace_InvalidExpiry: '0xdf63f61a',
  Marketplace_InvalidMaxSlotLoss: '0xb9551ab1',
  Marketplace_InvalidSlot: '0x3b920b88',
  Marketplace_InvalidSlotHost: '0x57a6f4e9',
  Marketplace_InvalidState: '0xc00b5b57',
  Marketplace_MaximumSlashingTooHigh: '0x5ffe743c',
  Marketplace_NothingToWithdraw: '0xbd8bdd94',
  Marketplace_ProofNotSubmittedByHost: '0xce351b94',
  Marketplace_RepairRewardPercentageTooHigh: '0x2bd81630',
  Marketplace_RequestAlreadyExists: '0xfc7d0690',
  Marketplace_ReservationRequired: '0xd651ce18',
  Marketplace_SlashPercentageTooHigh: '0xa9cbc156',
  Marketplace_SlotIsFree: '0x8b41ec7f',
  Marketplace_SlotNotAcceptingProofs: '0xae9dcffd',
  Marketplace_SlotNotFree: '0xff556acf',
  Marketplace_StartNotBeforeExpiry: '0x56607cb0',
  Marketplace_TransferFailed: '0xf8599ffa',
  Marketplace_UnknownRequest: '0xbdd64a7a',
  Periods_InvalidSecondsPerPeriod: '0x2aa6d8e0',
  Proofs_InsufficientBlockHeight: '0x71ebecc2',
  Proofs_InvalidProof: '0xfcd03a47',
  Proofs_PeriodNotEnded: '0x6b4b1a4e',
  Proofs_ProofAlreadyMarkedMissing: '0x98e7e551',
  Proofs_ProofAlreadySubmitted: '0x3edef7db',
  Proofs_ProofNotMissing: '0x00fab7d9',
  Proofs_ProofNotRequired: '0xd3ffa66b',
  Proofs_ValidationTimedOut: '0xde55698e',
  SlotReservations_ReservationNotAllowed: '0x424a04ab',
};

const OUR_EXTRA_ERRORS = ['Proofs_TimeoutTooLong'];

// What the token must offer the marketplace and the client (OpenZeppelin 5 ERC-20).
const TOKEN_FUNCTIONS = {
  'approve(address,uint256)': '0x095ea7b3',
  'allowance(address,address)': '0xdd62ed3e',
  'balanceOf(address)': '0x70a08231',
  'transfer(address,uint256)': '0xa9059cbb',
  'transferFrom(address,address,uint256)': '0x23b872dd',
  'mint(address,uint256)': '0x40c10f19',
};
const TOKEN_ERRORS = {
  'ERC20InsufficientAllowance(address,uint256,uint256)': '0xfb8f41b2',
  'ERC20InsufficientBalance(address,uint256,uint256)': '0xe450d38c',
};

function main(argv) {
  const at = argv.indexOf('--artifacts');
  const dir = at >= 0 ? path.resolve(argv[at + 1]) : path.join(ROOT, 'build/default/generated/contracts');
  const markdown = argv.includes('--markdown');
  const marketplace = loadArtifact(dir, 'Marketplace');
  const tokenArtifact = loadArtifact(dir, 'TestToken');
  const problems = [];
  const rows = { functions: [], events: [], errors: [], ours: [] };

  const items = new Abi(marketplace.abi).items;
  const functions = new Map(items.filter((i) => i.type === 'function').map((i) => [signature(i), i]));
  const events = new Map(items.filter((i) => i.type === 'event').map((i) => [signature(i), i]));
  const errors = new Map(items.filter((i) => i.type === 'error').map((i) => [i.name, i]));

  // The expected tables against their own signatures (a typo in a table would show here), and
  // our Keccak against solc's selectors.
  for (const [sig, [selector]] of Object.entries(CODEX_FUNCTIONS))
    if (hex(keccak256(sig).subarray(0, 4)) !== selector) problems.push(`table: ${sig} is not ${selector}`);
  for (const [sig, [topic]] of Object.entries(CODEX_EVENTS))
    if (hex(keccak256(sig)) !== topic) problems.push(`table: ${sig} is not ${topic}`);
  for (const [name, selector] of Object.entries(CODEX_ERRORS))
    if (hex(keccak256(`${name}()`).subarray(0, 4)) !== selector) problems.push(`table: ${name} is not ${selector}`);
  for (const [sig, item] of functions) {
    const solcSelector = `0x${marketplace.methodIdentifiers[sig]}`;
    if (selectorOf(item) !== solcSelector)
      problems.push(`${sig}: computed ${selectorOf(item)}, solc says ${solcSelector}`);
  }

  const ourProofSignatures = new Set(Object.values(OUR_PROOF_FUNCTIONS));
  for (const [sig, [codexSelector, outputs]] of Object.entries(CODEX_FUNCTIONS)) {
    if (ourProofSignatures.has(sig)) continue;
    const item = functions.get(sig);
    if (!item) {
      problems.push(`function ${sig} is missing`);
      continue;
    }
    const ours = selectorOf(item);
    const ourOutputs = item.outputs.map(canonicalType).join(',');
    if (ours !== codexSelector) problems.push(`${sig}: ${ours}, Codex ${codexSelector}`);
    if (ourOutputs !== outputs) problems.push(`${sig} returns (${ourOutputs}), Codex (${outputs})`);
    rows.functions.push([sig.length > 60 ? `${item.name}(Request)` : sig, ours, outputs]);
  }
  for (const [name, codexSig] of Object.entries(OUR_PROOF_FUNCTIONS)) {
    const candidates = [...functions.values()].filter((i) => i.name === name);
    if (candidates.length !== 1) {
      problems.push(`expected one function ${name}, found ${candidates.length}`);
      continue;
    }
    const ours = selectorOf(candidates[0]);
    const codex = CODEX_FUNCTIONS[codexSig][0];
    if (ours === codex) problems.push(`${name} has Codex's selector ${codex}`);
    rows.ours.push([signature(candidates[0]), ours, codex]);
  }
  const known = new Set([...Object.keys(CODEX_FUNCTIONS), ...OUR_EXTRA_FUNCTIONS,
                         ...rows.ours.map((r) => r[0])]);
  for (const sig of functions.keys())
    if (!known.has(sig)) problems.push(`function ${sig} is neither Codex's nor a listed addition`);

  for (const [sig, [topic, indexed]] of Object.entries(CODEX_EVENTS)) {
    const item = events.get(sig);
    if (!item) {
      problems.push(`event ${sig} is missing`);
      continue;
    }
    const ours = selectorOf(item);
    const ourIndexed = item.inputs.map((p) => p.indexed);
    if (ours !== topic) problems.push(`event ${sig}: ${ours}, Codex ${topic}`);
    if (JSON.stringify(ourIndexed) !== JSON.stringify(indexed))
      problems.push(`event ${sig}: indexed ${ourIndexed}, Codex ${indexed}`);
    rows.events.push([sig.startsWith('StorageRequested') ? 'StorageRequested(bytes32,Ask,uint64)' : sig, ours]);
  }
  for (const sig of events.keys())
    if (!(sig in CODEX_EVENTS)) problems.push(`event ${sig} is not Codex's`);

  for (const [name, codexSelector] of Object.entries(CODEX_ERRORS)) {
    const item = errors.get(name);
    if (!item) {
      problems.push(`error ${name} is missing`);
      continue;
    }
    const ours = selectorOf(item);
    if (ours !== codexSelector || item.inputs.length !== 0)
      problems.push(`error ${signature(item)}: ${ours}, Codex ${name}() ${codexSelector}`);
    rows.errors.push([`${name}()`, ours]);
  }
  for (const name of errors.keys())
    if (!(name in CODEX_ERRORS) && !OUR_EXTRA_ERRORS.includes(name))
      problems.push(`error ${name} is neither Codex's nor a listed addition`);

  const token = new Abi(tokenArtifact.abi).items;
  for (const [sig, selector] of Object.entries({ ...TOKEN_FUNCTIONS, ...TOKEN_ERRORS })) {
    const item = token.find((i) => (i.type === 'function' || i.type === 'error') && signature(i) === sig);
    if (!item || selectorOf(item) !== selector) problems.push(`TestToken: ${sig} ${selector} missing`);
  }

  if (markdown) {
    console.log('| function | selector | returns |\n| --- | --- | --- |');
    const named = (type) => type.replace(REQUEST, 'Request').replace(CONFIG, 'MarketplaceConfig');
    for (const [sig, sel, out] of rows.functions)
      console.log(`| \`${sig}\` | \`${sel}\` | ${out ? `\`${named(out)}\`` : ''} |`);
    console.log('\n| event | topic0 |\n| --- | --- |');
    for (const [sig, topic] of rows.events) console.log(`| \`${sig}\` | \`${topic}\` |`);
    console.log('\n| error | selector |\n| --- | --- |');
    for (const [sig, sel] of rows.errors) console.log(`| \`${sig}\` | \`${sel}\` |`);
    console.log('\n| ours | selector | Codex selector |\n| --- | --- | --- |');
    for (const [sig, sel, codex] of rows.ours) console.log(`| \`${sig}\` | \`${sel}\` | \`${codex}\` |`);
  }
  for (const problem of problems) console.error(`check-interface: ${problem}`);
  console.log(`check-interface: ${rows.functions.length} functions, ${rows.events.length} events and ` +
              `${rows.errors.length} errors equal to Codex's; ${rows.ours.length} functions ours ` +
              `(${rows.ours.map((r) => `${r[0].split('(')[0]} ${r[1]}`).join(', ')}); ` +
              `${problems.length} problem(s)`);
  process.exit(problems.length === 0 ? 0 : 1);
}

main(process.argv.slice(2));
