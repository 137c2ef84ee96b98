#!/usr/bin/env node
// Runs the retrieval payment channels (RetrievalChannels.sol) on a real anvil and prints the gas of
// their calls. Starts node_modules' anvil on a free loopback port, deploys TestToken and
// RetrievalChannels (a close window of an hour) from the build's artifacts, funds a client, and
// then checks, each by the revert's error name or a token balance to the unit:
//
//   vouchers   the EIP-712 digest computed here equals voucherDigest(); vouchers signed by the
//              payer with anvil's eth_signTypedData_v4 and claimed in steps, each paying exactly
//              its delta; the events; vouchers refused: stale, above the deposit, signed by the
//              payee or a third account, for another channel, chain or contract, the high-s twin
//              of a valid signature, malformed signatures;
//   close      a close requested while the provider holds an unclaimed voucher, claimed in the
//              window's last second; finalize too early, on time (refunding deposit - claimed),
//              and everything refused afterwards;
//   cooperative  the payee's close: its claim and the payer's refund in one transaction, with and
//              without a voucher, and after the window.
//
// The clock is frozen (a block interval of 0) and moved with evm_setNextBlockTimestamp.
//
//   node contracts/dev/channels.mjs [--artifacts DIR]
//
// DIR defaults to build/default/generated/contracts. Exits 1 on the first failed check.

import {
  encodeParams, hex, keccak256, loadArtifact, startAnvil, typeString, typedDataDigest,
} from './evm.mjs';
import {
  Chain, EIP712_DOMAIN, artifactsDir, check, checkCount, equal, gasRange, highSTwin, printTable,
} from './chain.mjs';

const WINDOW = 3600;
const TST = 10n ** 18n; // one token of 18 decimals

const sameAddress = (a, b) => a.toLowerCase() === b.toLowerCase();

/** Expects the transaction `name`(`args`) from `from` to revert with the custom error `error`. */
function refuses(contract, from, name, args, error, what) {
  return contract.chain.expectRevert(() => contract.send(from, name, args), error, what);
}

/** The events of a receipt, as "Name(arg, …)" with every argument in order, to compare exactly. */
function eventsOf(receipt) {
  return receipt.events.map((e) => `${e.name}(${Object.values(e.args).join(', ')})`);
}

// ---- Vouchers --------------------------------------------------------------------------------

const VOUCHER_TYPES = {
  EIP712Domain: EIP712_DOMAIN,
  Voucher: [
    { name: 'channelId', type: 'bytes32' },
    { name: 'cumulativeAmount', type: 'uint256' },
  ],
};

/** eth_signTypedData_v4's argument for a voucher; `domain` overrides the contract's own. */
function voucherData(ctx, channelId, cumulativeAmount, domain = {}) {
  return {
    types: VOUCHER_TYPES,
    primaryType: 'Voucher',
    domain: {
      name: 'RetrievalChannels', version: '1', chainId: ctx.chainId,
      verifyingContract: ctx.rc.address, ...domain,
    },
    message: { channelId, cumulativeAmount: cumulativeAmount.toString() },
  };
}

/** The signature (0x-hex, 65 bytes) of a voucher by `signer`, an unlocked anvil account. */
async function sign(ctx, signer, channelId, cumulativeAmount, domain = {}) {
  return ctx.chain.signTypedData(signer, voucherData(ctx, channelId, cumulativeAmount, domain));
}

// ---- The run --------------------------------------------------------------------------------

async function main() {
  const token = loadArtifact(artifactsDir(), 'TestToken');
  const channels = loadArtifact(artifactsDir(), 'RetrievalChannels');
  const { rpc, stop } = await startAnvil();
  try {
    const info = await rpc.call('anvil_nodeInfo');
    console.log(`anvil ${info.hardFork} chain ${info.environment.chainId}; RetrievalChannels ` +
                `${channels.deployedBytecodeSize} bytes`);
    const chain = new Chain(rpc, { labelEveryCall: true });
    await rpc.call('anvil_setBlockTimestampInterval', [0]);
    await run(chain, { token, channels });
    printGas(chain);
    console.log(`\nchannels: ${checkCount()} checks passed`);
  } finally {
    stop();
  }
}

async function run(chain, artifacts) {
  const [deployer, client, provider, watcher, other] = await chain.rpc.call('eth_accounts');
  const chainId = Number(await chain.rpc.call('eth_chainId'));

  console.log('deployment');
  const tst = await chain.deploy(deployer, artifacts.token, []);
  chain.learnErrors(artifacts.channels.abi); // for the constructor's reverts
  for (const window of [0, 365 * 24 * 3600 + 1]) {
    await chain.expectRevert(() => chain.tryDeploy(deployer, artifacts.channels, [tst.address, window]),
                             'RetrievalChannels_InvalidCloseWindow', `a close window of ${window} s`);
  }
  const rc = await chain.deploy(deployer, artifacts.channels, [tst.address, WINDOW]);
  const elsewhere = await chain.deploy(deployer, artifacts.channels, [tst.address, WINDOW]);
  equal(await rc.call('closeWindow'), WINDOW, 'closeWindow()');
  check(sameAddress(await rc.call('token'), tst.address), 'token() is the TestToken');
  const domain = await rc.call('eip712Domain');
  equal(`${domain[0]} ${domain[1]} ${domain[2]} ${domain[3]} ${domain[4].toLowerCase()}`,
        `0x0f RetrievalChannels 1 ${chainId} ${rc.address.toLowerCase()}`, 'eip712Domain()');
  equal(await rc.call('VOUCHER_TYPEHASH'), hex(keccak256(typeString(VOUCHER_TYPES, 'Voucher'))),
        `VOUCHER_TYPEHASH = keccak256("${typeString(VOUCHER_TYPES, 'Voucher')}")`);

  await tst.send(deployer, 'mint', [client, 1000n * TST]);
  await tst.send(client, 'approve', [rc.address, (1n << 256n) - 1n]);
  const ctx = { chain, chainId, rc, elsewhere, tst, accounts: { client, provider, watcher, other } };
  ctx.opened = 0n; // the contract's counter, mirrored

  const ids = await openChannels(ctx); // { a, b }: two channels from the client to the provider
  await vouchers(ctx, ids);
  await close(ctx, ids);
  await cooperative(ctx, ids);
}

/** The id open() gives the next channel: keccak256(abi.encode(chainid, this, payer, payee, token, counter)). */
function nextId(ctx, payer, payee) {
  const types = ['uint256', 'address', 'address', 'address', 'address', 'uint256'].map((type) => ({ type }));
  const values = [ctx.chainId, ctx.rc.address, payer, payee, ctx.tst.address, ctx.opened];
  return hex(keccak256(encodeParams(types, values)));
}

/** Opens a channel; checks the id, the event, the view and the balances. */
async function open(ctx, payer, payee, amount) {
  const { rc } = ctx;
  const id = nextId(ctx, payer, payee);
  equal(await rc.call('open', [payee, amount], payer), id,
        `open() returns keccak256(chain, contract, parties, token, ${ctx.opened})`);
  const [before, held] = [await ctx.tst.balanceOf(payer), await ctx.tst.balanceOf(rc.address)];
  const receipt = await rc.send(payer, 'open', [payee, amount]);
  ++ctx.opened;
  const pad = (address) => `0x${address.slice(2).toLowerCase().padStart(64, '0')}`;
  equal(eventsOf(receipt), `ChannelOpened(${id}, ${pad(payer)}, ${pad(payee)}, ${amount})`, 'events of open');
  equal(before - (await ctx.tst.balanceOf(payer)), amount, "the deposit left the payer's balance");
  equal((await ctx.tst.balanceOf(rc.address)) - held, amount, "the deposit is in the contract's balance");
  const view = await rc.call('channel', [id]);
  check(sameAddress(view.payer, payer) && sameAddress(view.payee, payee) && view.deposit === amount &&
        view.claimed === 0n && view.closesAt === 0n && !view.finalized, 'channel() of the new channel');
  return id;
}

/** Claims a voucher as `from`; checks the payee's balance grows by exactly the delta, and the event. */
async function claim(ctx, id, cumulativeAmount, signature, from = ctx.accounts.watcher) {
  const { rc, accounts } = ctx;
  const claimed = (await rc.call('channel', [id])).claimed;
  const before = await ctx.tst.balanceOf(accounts.provider);
  const receipt = await rc.send(from, 'claim', [id, cumulativeAmount, signature]);
  const delta = cumulativeAmount - claimed;
  equal((await ctx.tst.balanceOf(accounts.provider)) - before, delta,
        `claim of ${cumulativeAmount} pays the payee its delta`);
  equal(eventsOf(receipt), `Claimed(${id}, ${delta}, ${cumulativeAmount})`, 'events of claim');
  equal((await rc.call('channel', [id])).claimed, cumulativeAmount, 'channel().claimed');
}

// ---- Opening and topping up -------------------------------------------------------------------

async function openChannels(ctx) {
  const { chain, rc } = ctx;
  const { client, provider, other } = ctx.accounts;
  console.log('open and top up');
  const zero = '0x0000000000000000000000000000000000000000';
  await refuses(rc, client, 'open', [zero, TST], 'RetrievalChannels_InvalidPayee', 'open to address 0');
  await refuses(rc, client, 'open', [client, TST], 'RetrievalChannels_InvalidPayee', 'open to oneself');
  await refuses(rc, client, 'open', [provider, 0], 'RetrievalChannels_ZeroAmount', 'open with 0 tokens');
  await refuses(rc, other, 'open', [provider, TST], 'ERC20InsufficientAllowance',
                'open without an allowance');

  const a = await open(ctx, client, provider, 100n * TST);
  const b = await open(ctx, client, provider, 100n * TST);
  check(a !== b, 'a second channel between the same parties has another id');
  await refuses(rc, client, 'topUp', ['0x' + '11'.repeat(32), TST], 'RetrievalChannels_UnknownChannel',
                'topUp of an unknown channel');
  await refuses(rc, other, 'topUp', [a, TST], 'RetrievalChannels_NotPayer', 'topUp by another');
  await refuses(rc, client, 'topUp', [a, 0], 'RetrievalChannels_ZeroAmount', 'topUp of 0');
  const before = await ctx.tst.balanceOf(client);
  const receipt = await rc.send(client, 'topUp', [a, 20n * TST + 3n]);
  equal(eventsOf(receipt), `ToppedUp(${a}, ${20n * TST + 3n}, ${120n * TST + 3n})`, 'events of topUp');
  equal(before - (await ctx.tst.balanceOf(client)), 20n * TST + 3n, 'topUp pulls exactly its amount');
  equal((await rc.call('channel', [a])).deposit, 120n * TST + 3n, 'channel().deposit after topUp');
  return { a, b };
}

// ---- Vouchers -----------------------------------------------------------------------------------

async function vouchers(ctx, { a, b }) {
  const { chain, rc, elsewhere } = ctx;
  const { client, provider, watcher, other } = ctx.accounts;
  console.log('vouchers');
  for (const [id, amount] of [[a, 1n], [a, 10n * TST + 7n], [b, 0n], [b, (1n << 256n) - 1n]]) {
    const here = hex(typedDataDigest(voucherData(ctx, id, amount)));
    equal(await rc.call('voucherDigest', [id, amount]), here,
          `voucherDigest(${id === a ? 'A' : 'B'}, ${amount}) = the digest computed here`);
  }
  check(await rc.call('domainSeparator') !== await elsewhere.call('domainSeparator'),
        'two contracts, two domain separators');

  // Claimed in steps, by a watcher, by the payee and by anyone: the tokens go to the payee.
  const steps = [10n * TST + 7n, 25n * TST, 60n * TST + 1n];
  const signatures = [];
  for (const [i, amount] of steps.entries()) {
    signatures.push(await sign(ctx, client, a, amount));
    await claim(ctx, a, amount, signatures[i], [watcher, provider, other][i]);
  }
  const last = steps[steps.length - 1];

  await refuses(rc, watcher, 'claim', [a, last, signatures[2]], 'RetrievalChannels_StaleVoucher',
                'the same voucher twice');
  await refuses(rc, watcher, 'claim', [a, steps[1], signatures[1]], 'RetrievalChannels_StaleVoucher',
                'an older, lower voucher');
  const deposit = (await rc.call('channel', [a])).deposit;
  const above = await sign(ctx, client, a, deposit + 1n);
  await refuses(rc, watcher, 'claim', [a, deposit + 1n, above], 'RetrievalChannels_AboveDeposit',
                'a voucher 1 unit above the deposit');
  await refuses(rc, watcher, 'claim', ['0x' + '22'.repeat(32), 1n, above], 'RetrievalChannels_UnknownChannel',
                'a claim on an unknown channel');

  const amount = 70n * TST;
  const refusals = [
    ['signed by the payee', await sign(ctx, provider, a, amount)],
    ['signed by a third account', await sign(ctx, other, a, amount)],
    ['signed for the other channel between the same parties', await sign(ctx, client, b, amount)],
    ['signed for another chain id', await sign(ctx, client, a, amount, { chainId: 1 })],
    ['signed for another contract',
     await sign(ctx, client, a, amount, { verifyingContract: elsewhere.address })],
  ];
  for (const [what, signature] of refusals) {
    await refuses(rc, watcher, 'claim', [a, amount, signature], 'RetrievalChannels_InvalidSignature',
                  `a voucher ${what}`);
  }
  const good = await sign(ctx, client, a, amount);
  const digest = hex(typedDataDigest(voucherData(ctx, a, amount)));
  check(sameAddress(await chain.ecrecover(digest, good), client),
        "anvil's eth_signTypedData_v4 signed the digest computed here");
  const twin = highSTwin(good);
  check(sameAddress(await chain.ecrecover(digest, twin), client),
        'the high-s twin recovers to the payer with bare ecrecover');
  await refuses(rc, watcher, 'claim', [a, amount, twin], 'RetrievalChannels_InvalidSignature',
                'the high-s twin of a valid voucher');
  const malformed = [['64 bytes', good.slice(0, 2 + 128)], ['66 bytes', `${good}00`], ['empty', '0x']];
  for (const [what, bad] of malformed) {
    await refuses(rc, watcher, 'claim', [a, amount, bad], 'RetrievalChannels_InvalidSignature',
                  `a signature of ${what}`);
  }
  await claim(ctx, a, amount, good); // the valid one still pays, once
  // The other channel's voucher pays on its own channel.
  await claim(ctx, b, amount, refusals[2][1]);
}

// ---- Close and finalize -------------------------------------------------------------------------

async function close(ctx, { a, b }) {
  const { chain, rc } = ctx;
  const { client, provider, watcher, other } = ctx.accounts;
  console.log('close with an unclaimed voucher, and finalize');
  const held = (await sign(ctx, client, a, 100n * TST)); // the provider holds it, unclaimed
  const later = await sign(ctx, client, a, 110n * TST);
  await refuses(rc, client, 'finalize', [a], 'RetrievalChannels_TooEarly',
                'finalize without a close request');
  await refuses(rc, provider, 'requestClose', [a], 'RetrievalChannels_NotPayer', 'requestClose by the payee');
  await refuses(rc, other, 'requestClose', [a], 'RetrievalChannels_NotPayer',
                'requestClose by a third account');
  const receipt = await rc.send(client, 'requestClose', [a]);
  const closesAt = (await chain.now()) + WINDOW;
  equal(eventsOf(receipt), `CloseRequested(${a}, ${closesAt})`, 'events of requestClose');
  equal((await rc.call('channel', [a])).closesAt, closesAt, 'channel().closesAt = now + window');
  await refuses(rc, client, 'requestClose', [a], 'RetrievalChannels_AlreadyClosing', 'requestClose twice');
  await refuses(rc, client, 'topUp', [a, TST], 'RetrievalChannels_AlreadyClosing',
                'topUp after requestClose');
  await refuses(rc, watcher, 'finalize', [a], 'RetrievalChannels_TooEarly', 'finalize as the window opens');

  await chain.setTime(closesAt);
  await refuses(rc, watcher, 'finalize', [a], 'RetrievalChannels_TooEarly',
                "finalize in the window's last second");
  await claim(ctx, a, 100n * TST, held); // still in time
  await chain.setTime(closesAt + 1);
  await refuses(rc, watcher, 'claim', [a, 110n * TST, later], 'RetrievalChannels_CloseWindowOver',
                'a claim after the window');

  const { deposit, claimed } = await rc.call('channel', [a]);
  const [before, inContract] = [await ctx.tst.balanceOf(client), await ctx.tst.balanceOf(rc.address)];
  const fin = await rc.send(other, 'finalize', [a]); // anyone may
  equal(eventsOf(fin), `Finalized(${a}, ${deposit - claimed})`, 'events of finalize');
  equal((await ctx.tst.balanceOf(client)) - before, deposit - claimed,
        'finalize refunds the payer deposit - claimed');
  equal(inContract - (await ctx.tst.balanceOf(rc.address)), deposit - claimed,
        "the refund left the contract's balance");
  const bLeft = (await rc.call('channel', [b])).deposit - (await rc.call('channel', [b])).claimed;
  equal(await ctx.tst.balanceOf(rc.address), bLeft, "the contract holds only the other channel's rest");
  check((await rc.call('channel', [a])).finalized, 'channel().finalized');
  for (const [name, from, args] of [
    ['claim', watcher, [a, 110n * TST, later]], ['topUp', client, [a, TST]], ['requestClose', client, [a]],
    ['finalize', watcher, [a]], ['cooperativeClose', provider, [a, 110n * TST, later]],
  ]) {
    await chain.expectRevert(() => rc.send(from, name, args), 'RetrievalChannels_Finalized',
                             `${name} after finalize`);
  }
}

// ---- Cooperative close ----------------------------------------------------------------------

async function cooperative(ctx, { b }) {
  const { chain, rc } = ctx;
  const { client, provider } = ctx.accounts;
  console.log('cooperative close');
  const total = 85n * TST + 9n;
  const voucher = await sign(ctx, client, b, total);
  await refuses(rc, client, 'cooperativeClose', [b, total, voucher], 'RetrievalChannels_NotPayee',
                'cooperativeClose by the payer');
  const bad = await sign(ctx, provider, b, total);
  await refuses(rc, provider, 'cooperativeClose', [b, total, bad], 'RetrievalChannels_InvalidSignature',
                'cooperativeClose with a voucher the payee signed');
  const { deposit, claimed } = await rc.call('channel', [b]);
  const [payee, payer] = [await ctx.tst.balanceOf(provider), await ctx.tst.balanceOf(client)];
  const receipt = await rc.send(provider, 'cooperativeClose', [b, total, voucher]);
  equal(eventsOf(receipt).join(' '),
        `Claimed(${b}, ${total - claimed}, ${total}) Finalized(${b}, ${deposit - total})`,
        'events of cooperativeClose');
  equal((await ctx.tst.balanceOf(provider)) - payee, total - claimed, 'cooperativeClose pays the payee its delta');
  equal((await ctx.tst.balanceOf(client)) - payer, deposit - total,
        'and refunds the payer the rest, in the same transaction');
  equal(await ctx.tst.balanceOf(rc.address), 0, "the contract's balance once both channels are closed");

  // Without a voucher: the whole rest goes back at once.
  const c = await open(ctx, client, provider, 10n * TST);
  await claim(ctx, c, 4n * TST, await sign(ctx, client, c, 4n * TST));
  const late = await sign(ctx, client, c, 8n * TST);
  await rc.send(client, 'requestClose', [c]);
  await chain.setTime((await chain.now()) + WINDOW + 1);
  await refuses(rc, provider, 'cooperativeClose', [c, 8n * TST, late], 'RetrievalChannels_CloseWindowOver',
                'cooperativeClose with a voucher after the window');
  const before = await ctx.tst.balanceOf(client);
  const closed = await rc.send(provider, 'cooperativeClose', [c, 0, '0x']);
  equal(eventsOf(closed), `Finalized(${c}, ${6n * TST})`,
        'events of cooperativeClose without a voucher (no Claimed)');
  equal((await ctx.tst.balanceOf(client)) - before, 6n * TST,
        'cooperativeClose without a voucher refunds deposit - claimed');
  equal(await ctx.tst.balanceOf(rc.address), 0, "the contract's balance at the end");
}

// ---- Gas ---------------------------------------------------------------------------------------

function printGas(chain) {
  console.log('\ngas used (receipts):');
  const labels = ['open', 'topUp', 'claim', 'requestClose', 'finalize', 'cooperativeClose'];
  const rows = labels.map((label) => {
    const records = chain.gas.get(label) ?? [];
    return [label, records.length, gasRange(records)];
  });
  printTable(['call', 'n', 'gas used'], rows);
}

main().catch((error) => {
  console.error(`channels: ${error.stack ?? error.message}`);
  process.exit(1);
});
