// What the scripts that run contracts on anvil (lifecycle.mjs, channels.mjs, deals.mjs) share, on
// top of evm.mjs: their command line, the checks they print and count, a chain to send
// transactions to and record their gas, contracts on it, signatures, and the gas table.

import path from 'node:path';
import { Abi, ROOT, RpcError, encodeParams, fromHex, hex, keccak256 } from './evm.mjs';

// ---- Command line ------------------------------------------------------------------------------

const argv = process.argv.slice(2);

/** The value after `name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : fallback;
}

/** Whether `name` is on the command line. */
export const flag = (name) => argv.includes(name);

/** The folder of compile.mjs's artifacts: --artifacts DIR, by default the default build's. */
export const artifactsDir = () =>
  path.resolve(option('--artifacts', path.join(ROOT, 'build/default/generated/contracts')));

// ---- Checks ------------------------------------------------------------------------------------

let passed = 0;

/** How many checks passed so far. */
export const checkCount = () => passed;

export function ok(message) {
  ++passed;
  console.log(`  ok  ${message}`);
}

export function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
  ok(message);
}

export function equal(actual, expected, message) {
  if (String(actual) !== String(expected))
    throw new Error(`check failed: ${message}: got ${actual}, expected ${expected}`);
  ok(`${message} = ${actual}`);
}

// ---- Signatures --------------------------------------------------------------------------------

// The order of secp256k1's group: for a signature (r, s, v), (r, n - s, the other v) is valid too.
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const ECRECOVER = '0x0000000000000000000000000000000000000001';

/** The domain type eth_signTypedData_v4 needs for a domain of name, version, chain and contract. */
export const EIP712_DOMAIN = [
  { name: 'name', type: 'string' },
  { name: 'version', type: 'string' },
  { name: 'chainId', type: 'uint256' },
  { name: 'verifyingContract', type: 'address' },
];

/**
 * The other signature of the same digest by the same key, s replaced by n - s and v flipped: bare
 * ecrecover accepts it, contracts that insist on a low s must not.
 */
export function highSTwin(signature) {
  const bytes = fromHex(signature);
  const s = BigInt(hex(bytes.subarray(32, 64)));
  const twinS = encodeParams([{ type: 'uint256' }], [SECP256K1_N - s]);
  const twinV = Buffer.from([bytes[64] === 27 ? 28 : 27]);
  return hex(Buffer.concat([bytes.subarray(0, 32), twinS, twinV]));
}

// ---- Chain access ------------------------------------------------------------------------------

export class Chain {
  /**
   * `labelEveryCall`: a transaction sent without a label is recorded under its function's name
   * (otherwise only labelled transactions count in the gas table).
   */
  constructor(rpc, { labelEveryCall = false } = {}) {
    this.rpc = rpc;
    this.labelEveryCall = labelEveryCall;
    this.gas = new Map(); // label -> [{ gas, bytes, zeros }], gas used and calldata size
    this.lastTx = new Map(); // label -> hash of its last transaction
    this.errorAbi = new Abi([]);
  }

  /** Makes the custom errors of `abi` known to expectRevert. */
  learnErrors(abi) {
    this.errorAbi.items.push(...abi.filter((i) => i.type === 'error'));
  }

  async latest() {
    const block = await this.rpc.call('eth_getBlockByNumber', ['latest', false]);
    return { number: Number(block.number), timestamp: Number(block.timestamp), hash: block.hash };
  }

  async now() {
    return (await this.latest()).timestamp;
  }

  async blockHash(number) {
    return (await this.rpc.call('eth_getBlockByNumber', [`0x${number.toString(16)}`, false])).hash;
  }

  /** The next block has timestamp `t` (the clock stays there afterwards). */
  async setTime(t) {
    await this.rpc.call('evm_setNextBlockTimestamp', [t]);
    await this.rpc.call('evm_mine');
  }

  async mine(blocks) {
    if (blocks > 0) await this.rpc.call('anvil_mine', [`0x${blocks.toString(16)}`]);
  }

  record(label, receipt, data) {
    const bytes = fromHex(data);
    const zeros = bytes.filter((b) => b === 0).length;
    const list = this.gas.get(label) ?? [];
    list.push({ gas: Number(receipt.gasUsed), bytes: bytes.length, zeros });
    this.gas.set(label, list);
  }

  async transact(from, to, data, label) {
    const tx = { from, data };
    if (to) tx.to = to;
    // Estimated first, as a client would: a revert shows here, with its data.
    const estimate = Number(await this.rpc.call('eth_estimateGas', [tx, 'pending']));
    tx.gas = `0x${Math.ceil(estimate * 1.25 + 10000).toString(16)}`;
    const hash = await this.rpc.call('eth_sendTransaction', [tx]);
    let receipt = null;
    for (let attempt = 0; !receipt && attempt < 200; ++attempt) {
      receipt = await this.rpc.call('eth_getTransactionReceipt', [hash]);
      if (!receipt) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if (!receipt) throw new Error(`${label}: transaction ${hash} was not mined`);
    if (receipt.status !== '0x1') throw new Error(`${label}: transaction ${hash} failed`);
    if (label) {
      this.record(label, receipt, data);
      this.lastTx.set(label, hash);
    }
    return receipt;
  }

  /** The creation code of `artifact` with its constructor's arguments, as 0x-hex. */
  creation(artifact, args) {
    const ctor = artifact.abi.find((i) => i.type === 'constructor');
    return hex(Buffer.concat([fromHex(artifact.bytecode), encodeParams(ctor?.inputs ?? [], args)]));
  }

  async deploy(from, artifact, args, label) {
    const receipt = await this.transact(from, null, this.creation(artifact, args), label);
    return new Contract(this, receipt.contractAddress, artifact.abi);
  }

  /** Runs a deployment in eth_call only: for a constructor's reverts, nothing is deployed. */
  tryDeploy(from, artifact, args) {
    return this.rpc.call('eth_call', [{ from, data: this.creation(artifact, args) }, 'pending']);
  }

  /** Expects `action` to revert with the custom error (or Error/Panic) `name`. */
  async expectRevert(action, name, what) {
    try {
      await action();
    } catch (error) {
      if (!(error instanceof RpcError) || !error.data) throw error;
      const got = this.errorAbi.errorName(error.data);
      if (got !== name) throw new Error(`check failed: ${what}: reverted ${got}, expected ${name}`);
      ok(`${what} reverts ${name}`);
      return;
    }
    throw new Error(`check failed: ${what}: did not revert (expected ${name})`);
  }

  /** The signature (0x-hex, 65 bytes) of `signer`, an unlocked anvil account, over typed data. */
  signTypedData(signer, typedData) {
    return this.rpc.call('eth_signTypedData_v4', [signer, typedData]);
  }

  /** The address (lowercase 0x-hex) the ecrecover precompile finds for a 65-byte signature. */
  async ecrecover(digest, signature) {
    const bytes = fromHex(signature);
    const input = Buffer.concat([fromHex(digest), encodeParams([{ type: 'uint8' }], [bytes[64]]),
                                 bytes.subarray(0, 64)]);
    const out = await this.rpc.call('eth_call', [{ to: ECRECOVER, data: hex(input) }, 'pending']);
    return hex(fromHex(out).subarray(12));
  }

  /**
   * The proof challenge the next block gives `id`: the keccak256 of the block hash its pointer
   * picks, with the pointer computed as the contracts do (pointerAt).
   */
  async nextChallenge(id, secondsPerPeriod, downtimeProduct) {
    const latest = await this.latest();
    const next = latest.number + 1;
    const period = Math.floor(latest.timestamp / secondsPerPeriod);
    const pointer = pointerAt(id, period, next, downtimeProduct);
    return hex(keccak256(fromHex(await this.blockHash(next - 1 - pointer))));
  }
}

/** The proof pointer of slot or deal `id` in `period` at block `number`, as the contracts do. */
export function pointerAt(id, period, number, downtimeProduct) {
  const fromId = Number(BigInt(id) % 256n);
  return (number % 256 + (period * downtimeProduct) % 256 + fromId) % 256;
}

export class Contract {
  constructor(chain, address, abi) {
    this.chain = chain;
    this.address = address;
    this.abi = new Abi(abi);
    chain.learnErrors(abi);
  }

  /**
   * A transaction; returns the receipt with this contract's decoded logs as `events`. Its gas is
   * recorded under `label` (see Chain's labelEveryCall).
   */
  async send(from, name, args, label = this.chain.labelEveryCall ? name : undefined) {
    const data = this.abi.encodeCall(name, args);
    const receipt = await this.chain.transact(from, this.address, data, label);
    const own = receipt.logs.filter((l) => l.address.toLowerCase() === this.address.toLowerCase());
    receipt.events = this.abi.decodeLogs(own);
    return receipt;
  }

  async rawCall(name, args, from, block = 'pending') {
    const tx = { to: this.address, data: this.abi.encodeCall(name, args) };
    if (from) tx.from = from;
    return this.chain.rpc.call('eth_call', [tx, block]);
  }

  async call(name, args = [], from = undefined, block = 'pending') {
    return this.abi.decodeResult(name, args.length, await this.rawCall(name, args, from, block));
  }

  /** balanceOf(account): a token balance, or an escrow's. */
  balanceOf(account) {
    return this.call('balanceOf', [account]);
  }
}

// ---- Gas ---------------------------------------------------------------------------------------

/** The gas used by a label's transactions: "min–max", or one figure when they are all equal. */
export function gasRange(records) {
  const gas = records.map((r) => r.gas);
  const min = Math.min(...gas);
  const max = Math.max(...gas);
  return min === max ? `${min}` : `${min}–${max}`;
}

/** Prints rows under a header, indented, the first column left-aligned and the others right. */
export function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const cell = (c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]));
  const line = (cells) => cells.map(cell).join('  ');
  console.log(`  ${line(header)}`);
  for (const row of rows) console.log(`  ${line(row)}`);
}
