// A small toolkit for the development scripts in this folder, in plain Node (no npm package):
// Keccak-256, ABI encoding and decoding from a contract's ABI JSON, EIP-712 digests of flat
// typed data, a JSON-RPC client, and an anvil started on a free loopback port. Enough for
// check-interface.mjs and, with chain.mjs, the scripts that run on anvil; not a general Ethereum
// library.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// ---- Keccak-256 (the original padding 0x01, as Ethereum uses; not SHA3-256) ------------------

const MASK64 = (1n << 64n) - 1n;
const ROUND_CONSTANTS = [
  0x0000000000000001n, 0x0000000000008082n, 0x800000000000808an, 0x8000000080008000n,
  0x000000000000808bn, 0x0000000080000001n, 0x8000000080008081n, 0x8000000000008009n,
  0x000000000000008an, 0x0000000000000088n, 0x0000000080008009n, 0x000000008000000an,
  0x000000008000808bn, 0x800000000000008bn, 0x8000000000008089n, 0x8000000000008003n,
  0x8000000000008002n, 0x8000000000000080n, 0x000000000000800an, 0x800000008000000an,
  0x8000000080008081n, 0x8000000000008080n, 0x0000000080000001n, 0x8000000080008008n,
];
// Rotation of lane x + 5y.
const ROTATIONS = [
  0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
].map(BigInt);

function rotl(value, shift) {
  return shift === 0n ? value : ((value << shift) | (value >> (64n - shift))) & MASK64;
}

function keccakF(lanes) {
  for (const rc of ROUND_CONSTANTS) {
    const c = [0, 1, 2, 3, 4].map(
      (x) => lanes[x] ^ lanes[x + 5] ^ lanes[x + 10] ^ lanes[x + 15] ^ lanes[x + 20],
    );
    for (let x = 0; x < 5; ++x) {
      const d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1n);
      for (let y = 0; y < 25; y += 5) lanes[x + y] ^= d;
    }
    const b = new Array(25);
    for (let x = 0; x < 5; ++x)
      for (let y = 0; y < 5; ++y)
        b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(lanes[x + 5 * y], ROTATIONS[x + 5 * y]);
    for (let x = 0; x < 5; ++x)
      for (let y = 0; y < 25; y += 5)
        lanes[x + y] = b[x + y] ^ (~b[((x + 1) % 5) + y] & MASK64 & b[((x + 2) % 5) + y]);
    lanes[0] ^= rc;
  }
}

/** Keccak-256 of a Buffer (or string, as UTF-8), as a Buffer of 32 bytes. */
export function keccak256(data) {
  const input = Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8');
  const rate = 136;
  const padded = Buffer.alloc((Math.floor(input.length / rate) + 1) * rate);
  input.copy(padded);
  padded[input.length] ^= 0x01;
  padded[padded.length - 1] ^= 0x80;
  const lanes = new Array(25).fill(0n);
  for (let offset = 0; offset < padded.length; offset += rate) {
    for (let i = 0; i < rate / 8; ++i) lanes[i] ^= padded.readBigUInt64LE(offset + 8 * i);
    keccakF(lanes);
  }
  const out = Buffer.alloc(32);
  for (let i = 0; i < 4; ++i) out.writeBigUInt64LE(lanes[i], 8 * i);
  return out;
}

export const hex = (buffer) => `0x${Buffer.from(buffer).toString('hex')}`;
export const fromHex = (text) => Buffer.from(text.replace(/^0x/, ''), 'hex');

// ---- ABI -------------------------------------------------------------------------------------

/** The canonical type of an ABI parameter: tuples written out, e.g. "(bytes32[],bytes32[])". */
export function canonicalType(param) {
  if (!param.type.startsWith('tuple')) return param.type;
  return `(${param.components.map(canonicalType).join(',')})${param.type.slice('tuple'.length)}`;
}

export function signature(item) {
  return `${item.name}(${item.inputs.map(canonicalType).join(',')})`;
}

/** 4-byte selector of a function or error, or the 32-byte topic of an event, as 0x-hex. */
export function selectorOf(item) {
  const hash = keccak256(signature(item));
  return hex(item.type === 'event' ? hash : hash.subarray(0, 4));
}

function arrayParts(type) {
  const match = /^(.*)\[(\d*)\]$/.exec(type);
  return match ? { inner: match[1], length: match[2] === '' ? null : Number(match[2]) } : null;
}

function isDynamic(param) {
  const array = arrayParts(param.type);
  if (array) return array.length === null || isDynamic({ ...param, type: array.inner });
  if (param.type === 'bytes' || param.type === 'string') return true;
  if (param.type === 'tuple') return param.components.some(isDynamic);
  return false;
}

function word(value) {
  let v = BigInt(value);
  if (v < 0n) v = (1n << 256n) + v;
  return Buffer.from(v.toString(16).padStart(64, '0'), 'hex');
}

function encodeSequence(params, values) {
  const heads = [];
  const tails = [];
  let headSize = 0;
  for (const p of params) headSize += isDynamic(p) ? 32 : staticSize(p);
  let tailSize = 0;
  params.forEach((p, i) => {
    const encoded = encodeValue(p, values[i]);
    if (isDynamic(p)) {
      heads.push(word(headSize + tailSize));
      tails.push(encoded);
      tailSize += encoded.length;
    } else {
      heads.push(encoded);
    }
  });
  return Buffer.concat([...heads, ...tails]);
}

function staticSize(param) {
  const array = arrayParts(param.type);
  if (array) return array.length * staticSize({ ...param, type: array.inner });
  if (param.type === 'tuple') return param.components.reduce((n, c) => n + staticSize(c), 0);
  return 32;
}

function encodeValue(param, value) {
  const array = arrayParts(param.type);
  if (array) {
    const inner = { ...param, type: array.inner };
    const body = encodeSequence(value.map(() => inner), value);
    return array.length === null ? Buffer.concat([word(value.length), body]) : body;
  }
  if (param.type === 'tuple') {
    const list = Array.isArray(value) ? value : param.components.map((c) => value[c.name]);
    return encodeSequence(param.components, list);
  }
  if (param.type === 'bytes' || param.type === 'string') {
    const data = param.type === 'string' ? Buffer.from(value, 'utf8') : fromHex(value);
    const padded = Buffer.alloc(Math.ceil(data.length / 32) * 32);
    data.copy(padded);
    return Buffer.concat([word(data.length), padded]);
  }
  if (param.type === 'address') return word(BigInt(value));
  if (param.type === 'bool') return word(value ? 1 : 0);
  if (/^bytes\d+$/.test(param.type)) {
    const data = fromHex(value);
    const padded = Buffer.alloc(32);
    data.copy(padded);
    return padded;
  }
  if (/^u?int\d*$/.test(param.type)) return word(value);
  throw new Error(`cannot encode ABI type ${param.type}`);
}

export function encodeParams(params, values) {
  return encodeSequence(params, values);
}

function readWord(data, offset) {
  return BigInt(hex(data.subarray(offset, offset + 32)));
}

function decodeSequence(params, data, base) {
  let head = base;
  const out = [];
  for (const p of params) {
    if (isDynamic(p)) {
      out.push(decodeValue(p, data, base + Number(readWord(data, head))));
      head += 32;
    } else {
      out.push(decodeValue(p, data, head));
      head += staticSize(p);
    }
  }
  return out;
}

function decodeValue(param, data, offset) {
  const array = arrayParts(param.type);
  if (array) {
    const inner = { ...param, type: array.inner };
    if (array.length === null) {
      const length = Number(readWord(data, offset));
      return decodeSequence(new Array(length).fill(inner), data, offset + 32);
    }
    return decodeSequence(new Array(array.length).fill(inner), data, offset);
  }
  if (param.type === 'tuple') {
    const values = decodeSequence(param.components, data, offset);
    const object = {};
    param.components.forEach((c, i) => (object[c.name || i] = values[i]));
    return object;
  }
  if (param.type === 'bytes' || param.type === 'string') {
    const length = Number(readWord(data, offset));
    const bytes = data.subarray(offset + 32, offset + 32 + length);
    return param.type === 'string' ? bytes.toString('utf8') : hex(bytes);
  }
  if (param.type === 'address') return hex(data.subarray(offset + 12, offset + 32));
  if (param.type === 'bool') return readWord(data, offset) !== 0n;
  if (/^bytes\d+$/.test(param.type)) {
    return hex(data.subarray(offset, offset + Number(param.type.slice(5))));
  }
  if (/^uint\d*$/.test(param.type)) return readWord(data, offset);
  throw new Error(`cannot decode ABI type ${param.type}`);
}

export function decodeParams(params, data) {
  return decodeSequence(params, Buffer.from(data), 0);
}

/** A contract's functions, events and errors by name, from its artifact (compile.mjs). */
export class Abi {
  constructor(abi) {
    this.items = abi;
  }

  function(name, arity) {
    const found = this.items.filter(
      (i) => i.type === 'function' && i.name === name &&
             (arity === undefined || i.inputs.length === arity),
    );
    if (found.length !== 1) throw new Error(`no single function ${name}/${arity ?? '?'}`);
    return found[0];
  }

  encodeCall(name, args) {
    const item = this.function(name, args.length);
    return hex(Buffer.concat([fromHex(selectorOf(item)), encodeParams(item.inputs, args)]));
  }

  decodeResult(name, arity, data) {
    const values = decodeParams(this.function(name, arity).outputs, fromHex(data));
    return values.length === 1 ? values[0] : values;
  }

  /** The custom error (or Error/Panic) that revert data starts with, by name. */
  errorName(data) {
    const selector = data.slice(0, 10);
    if (selector === '0x08c379a0') return 'Error(string)';
    if (selector === '0x4e487b71') return `Panic(${BigInt(`0x${data.slice(10)}`)})`;
    const item = this.items.find((i) => i.type === 'error' && selectorOf(i) === selector);
    return item ? item.name : `unknown error ${selector}`;
  }

  /** Decodes the logs of a receipt that this ABI's events produced. */
  decodeLogs(logs) {
    const out = [];
    for (const log of logs) {
      const event = this.items.find((i) => i.type === 'event' && selectorOf(i) === log.topics[0]);
      if (!event) continue;
      const indexed = event.inputs.filter((p) => p.indexed);
      const plain = event.inputs.filter((p) => !p.indexed);
      const values = decodeParams(plain, fromHex(log.data));
      // The arguments in the event's order (indexed ones as their topic words).
      const args = {};
      for (const p of event.inputs)
        args[p.name] = p.indexed ? log.topics[1 + indexed.indexOf(p)] : values[plain.indexOf(p)];
      out.push({ name: event.name, address: log.address, args });
    }
    return out;
  }
}

export function loadArtifact(dir, name) {
  return JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));
}

// ---- EIP-712 ---------------------------------------------------------------------------------

/** EIP-712's encodeType of a struct without struct members, e.g. "Voucher(bytes32 id,uint256 a)". */
export function typeString(types, name) {
  return `${name}(${types[name].map((f) => `${f.type} ${f.name}`).join(',')})`;
}

/** EIP-712's hashStruct of `data` as the struct `name` of `types` (flat, as typedDataDigest). */
export function hashStruct(types, name, data) {
  const words = types[name].map((field) => {
    const value = data[field.name];
    if (field.type === 'string') return keccak256(Buffer.from(value, 'utf8'));
    if (field.type === 'bytes') return keccak256(fromHex(value));
    if (field.type in types || field.type.endsWith(']'))
      throw new Error(`EIP-712: ${name}.${field.name}: structs and arrays are not supported`);
    return encodeValue(field, value);
  });
  return keccak256(Buffer.concat([keccak256(typeString(types, name)), ...words]));
}

/**
 * The EIP-712 digest, keccak256(0x1901 || domainSeparator || hashStruct(message)), of typed data
 * in the form eth_signTypedData_v4 takes ({ types, primaryType, domain, message }), for structs of
 * atomic fields, strings and bytes (no nested structs, no arrays). As a Buffer of 32 bytes.
 */
export function typedDataDigest({ types, primaryType, domain, message }) {
  return keccak256(Buffer.concat([
    Buffer.from([0x19, 0x01]),
    hashStruct(types, 'EIP712Domain', domain),
    hashStruct(types, primaryType, message),
  ]));
}

// ---- JSON-RPC and anvil ------------------------------------------------------------------------

export class RpcError extends Error {
  constructor(method, error) {
    super(`${method}: ${error.message}`);
    this.data = typeof error.data === 'string' ? error.data : error.data?.data;
  }
}

export class Rpc {
  constructor(url) {
    this.url = url;
    this.id = 0;
  }

  async call(method, params = []) {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: ++this.id, method, params }),
    });
    const reply = await response.json();
    if (reply.error) throw new RpcError(method, reply.error);
    return reply.result;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts node_modules' anvil on a free loopback port; returns { rpc, stop }. */
export async function startAnvil(extraArgs = []) {
  const binary = path.join(ROOT, 'node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil');
  const port = await freePort();
  const child = spawn(
    binary,
    // --prune-history: the newest block states in memory, none written to ~/.foundry/anvil/tmp
    // (which anvil otherwise fills, about a megabyte a block here, and leaves when killed).
    ['--host', '127.0.0.1', '--port', String(port), '--silent', '--prune-history', '256',
     ...extraArgs],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const rpc = new Rpc(`http://127.0.0.1:${port}`);
  const stop = () => child.kill('SIGTERM');
  for (let attempt = 0; attempt < 100; ++attempt) {
    try {
      await rpc.call('eth_chainId');
      return { rpc, stop, port };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  stop();
  throw new Error(`anvil did not answer on port ${port}`);
}
