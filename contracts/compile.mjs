#!/usr/bin/env node
// Compiles the contracts in this folder with the solc of node_modules (never a downloaded one) and
// writes one JSON artifact per deployable contract:
//
//   node contracts/compile.mjs --out <dir>
//
// <dir>/<Name>.json holds contractName, abi, bytecode (creation code, 0x-hex), deployedBytecode
// (0x-hex), deployedBytecodeSize (bytes), methodIdentifiers (signature -> selector) and the
// compiler settings. Fails with solc's messages on any error or warning, and when a contract's
// deployed code passes the EIP-170 limit of 24,576 bytes. CMake runs it (contracts/CMakeLists.txt).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const nodeModules = path.join(root, 'node_modules');

// The settings of the Codex marketplace's own build.
export const SOLC_VERSION = '0.8.28';
export const SETTINGS = {
  evmVersion: 'paris',
  optimizer: { enabled: true, runs: 1000 },
};
// The contracts a chain gets deployed (the other files are their parts).
export const DEPLOYABLE = ['Marketplace', 'ProofVerifier', 'TestToken', 'RetrievalChannels',
                           'DirectDeals'];
const EIP170_LIMIT = 24576;

function fail(message) {
  process.stderr.write(`compile.mjs: ${message}\n`);
  process.exit(1);
}

function loadSolc() {
  const require = createRequire(path.join(root, 'package.json'));
  let solc;
  try {
    solc = require('solc');
  } catch (error) {
    fail(`cannot load solc from ${nodeModules} (run make deps): ${error.message}`);
  }
  const version = solc.version();
  if (!version.startsWith(`${SOLC_VERSION}+`))
    fail(`node_modules has solc ${version}, the contracts need ${SOLC_VERSION} (run make deps)`);
  return solc;
}

function readSources() {
  const sources = {};
  for (const name of fs.readdirSync(here).sort()) {
    if (name.endsWith('.sol'))
      sources[name] = { content: fs.readFileSync(path.join(here, name), 'utf8') };
  }
  return sources;
}

// Imports that are not our own files: only OpenZeppelin's, from node_modules.
function findImport(importPath) {
  if (!importPath.startsWith('@openzeppelin/contracts/'))
    return { error: `${importPath}: only @openzeppelin/contracts/ is importable` };
  const file = path.join(nodeModules, importPath);
  if (!file.startsWith(nodeModules + path.sep))
    return { error: `${importPath}: outside node_modules` };
  try {
    return { contents: fs.readFileSync(file, 'utf8') };
  } catch (error) {
    return { error: `${importPath}: ${error.message} (run make deps)` };
  }
}

export function compile() {
  const solc = loadSolc();
  const input = {
    language: 'Solidity',
    sources: readSources(),
    settings: {
      ...SETTINGS,
      outputSelection: {
        '*': {
          '*': [
            'abi',
            'evm.bytecode.object',
            'evm.deployedBytecode.object',
            'evm.methodIdentifiers',
          ],
        },
      },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
  const problems = output.errors ?? [];
  for (const problem of problems) process.stderr.write(problem.formattedMessage ?? problem.message);
  if (problems.length > 0) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    fail(`solc ${solc.version()} reported ${errors} error(s) and ` +
         `${problems.length - errors} warning(s); warnings count as errors`);
  }

  const artifacts = {};
  for (const name of DEPLOYABLE) {
    const contract = output.contracts?.[`${name}.sol`]?.[name];
    if (!contract) fail(`${name}.sol did not produce a contract ${name}`);
    const deployed = contract.evm.deployedBytecode.object;
    const size = deployed.length / 2;
    if (size > EIP170_LIMIT)
      fail(`${name}'s deployed code is ${size} bytes, more than the EIP-170 limit of ` +
           `${EIP170_LIMIT}`);
    artifacts[name] = {
      contractName: name,
      abi: contract.abi,
      bytecode: `0x${contract.evm.bytecode.object}`,
      deployedBytecode: `0x${deployed}`,
      deployedBytecodeSize: size,
      methodIdentifiers: contract.evm.methodIdentifiers,
      compiler: { solc: solc.version(), ...SETTINGS },
    };
  }
  return artifacts;
}

function main(argv) {
  const at = argv.indexOf('--out');
  if (at < 0 || !argv[at + 1]) fail('usage: node contracts/compile.mjs --out <dir>');
  const out = path.resolve(argv[at + 1]);
  const artifacts = compile();
  fs.mkdirSync(out, { recursive: true });
  for (const [name, artifact] of Object.entries(artifacts)) {
    fs.writeFileSync(path.join(out, `${name}.json`), `${JSON.stringify(artifact, null, 2)}\n`);
    process.stdout.write(`compile.mjs: ${name}.json (deployed code ${artifact.deployedBytecodeSize} ` +
                         `of ${EIP170_LIMIT} bytes)\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2));
