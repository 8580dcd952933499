// The server over raw stdio: the LSP 3.17 lifecycle (ServerNotInitialized before
// `initialize`, InvalidRequest after `shutdown`), request ids that look like anything,
// and headers that are not what they should be. After each, the server still answers.

import * as assert from 'node:assert/strict';
import { analyse } from '../../server/src/core';
import { sample } from '../unit/helpers/fixtures';
import { frame, RawServer } from './raw';

const URI = 'file:///drafts/001.nos.txt';
const SERVER_NOT_INITIALIZED = -32002;
const INVALID_REQUEST = -32600;
const REQUESTS: Array<[string, unknown]> = [
  ['textDocument/diagnostic', { textDocument: { uri: URI } }],
  ['textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 0 } }],
  ['textDocument/documentSymbol', { textDocument: { uri: URI } }],
  ['textDocument/completion', { textDocument: { uri: URI }, position: { line: 0, character: 0 } }],
  ['nos/unknownRequest', {}],
  ['shutdown', null],
];

function open(server: RawServer, uri = URI): Promise<void> {
  return server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'nos', version: 1, text: sample('001') } });
}

/** The server reports draft 001's 5 misnumbered runs of items for a document opened now. */
async function assertAnswering(server: RawServer): Promise<void> {
  const uri = `file:///drafts/probe-${Math.random()}.nos.txt`;
  await open(server, uri);
  const reply = await server.request('textDocument/diagnostic', { textDocument: { uri } });
  const items = (reply.result as { items: { code: string }[] }).items;
  assert.equal(items.filter((d) => d.code === 'criteria-numbering').length, 5, JSON.stringify(reply).slice(0, 300));
}

describe('language server lifecycle and framing (raw stdio)', function () {
  this.timeout(20_000);
  let server: RawServer;

  beforeEach(() => {
    server = new RawServer();
  });

  afterEach(() => server.kill());

  it('answers every request before initialize with ServerNotInitialized and drops notifications', async () => {
    await open(server);
    for (const [method, params] of REQUESTS) {
      const reply = await server.request(method, params);
      assert.equal(reply.error?.code, SERVER_NOT_INITIALIZED, method);
    }
    assert.ok((await server.initialize()).result, 'initialize still works');
    // The didOpen sent before initialize was dropped: the document is unknown.
    assert.deepEqual((await server.request('textDocument/diagnostic', { textDocument: { uri: URI } })).result, { kind: 'full', items: [] });
    await assertAnswering(server);
  });

  it('refuses a second initialize with InvalidRequest', async () => {
    await server.initialize();
    assert.equal((await server.request('initialize', { processId: null, rootUri: null, capabilities: {} })).error?.code, INVALID_REQUEST);
    await assertAnswering(server);
  });

  it('answers every request after shutdown with InvalidRequest, ignores notifications, and exits 0 on exit', async () => {
    await server.initialize();
    assert.deepEqual(await server.request('shutdown', null), { jsonrpc: '2.0', id: 2, result: null });
    await open(server);
    for (const [method, params] of [...REQUESTS, ['initialize', { capabilities: {} }] as [string, unknown]]) {
      const reply = await server.request(method, params);
      assert.equal(reply.error?.code, INVALID_REQUEST, method);
    }
    await server.notify('exit');
    assert.equal(await server.exited(), 0);
  });

  it('exits when the client closes its end: 0 after shutdown, 1 without', async () => {
    await server.initialize();
    server.process.stdin!.end();
    assert.equal(await server.exited(), 1);
    const clean = new RawServer();
    await clean.initialize();
    await clean.request('shutdown', null);
    clean.process.stdin!.end();
    assert.equal(await clean.exited(), 0);
  });

  it('exits 1 on exit before initialize', async () => {
    await server.notify('exit');
    assert.equal(await server.exited(), 1);
  });

  it('answers a request whatever its id holds, the id intact', async () => {
    await server.initialize();
    await open(server);
    const ids = ['\u0000items\u0000', '"\u0000items\u0000"', 'items', '],"items":[', '{', -0.5, 2 ** 53 - 1];
    for (const id of ids) {
      const reply = await server.request('textDocument/diagnostic', { textDocument: { uri: URI } }, id);
      assert.equal(reply.id, id);
      const items = (reply.result as { items: { code: string }[] }).items;
      assert.equal(items.filter((d) => d.code === 'criteria-numbering').length, 5, JSON.stringify(id));
    }
  });

  it('ignores messages with a broken header and reads on from the next one', async () => {
    await server.initialize();
    const body = '{"jsonrpc":"2.0","id":99,"method":"shutdown"}';
    const broken = [
      `Content-Length: -5\r\n\r\n${body}`,
      `Content-Length: -1\r\n\r\n`,
      `Content-Length: 1e2\r\n\r\n${body}`,
      `Content-Length: +46\r\n\r\n${body}`,
      `Content-Length: 46abc\r\n\r\n${body}`,
      `Content-Length: 0x2e\r\n\r\n${body}`,
      `Content-Length:\r\n\r\n${body}`,
      `Content-Type: application/json\r\n\r\n${body}`,
      `no colon here\r\n\r\n${body}`,
      `X-Padding: ${'x'.repeat(20_000)}`,
    ];
    for (const bytes of broken) {
      await server.write(bytes);
      await assertAnswering(server);
    }
    assert.ok(server.stderr.join('').includes('ignored a message'), server.stderr.join(''));
  });

  it('refuses a huge Content-Length without holding what follows, and reads on from the next header', async function () {
    if (process.platform !== 'linux') this.skip(); // peak memory from /proc
    await server.initialize();
    await assertAnswering(server);
    const before = server.peakMegabytes();
    // Claims 100 GB, sends 200 MB of it, then a real message: an honest client never
    // sends more than it claims, a broken one must not make the server hold it all.
    await server.write('Content-Length: 100000000000\r\n\r\n');
    const filler = Buffer.alloc(1 << 20, 0x20);
    for (let i = 0; i < 200; i++) await server.write(filler);
    await assertAnswering(server);
    const grown = server.peakMegabytes() - before;
    assert.ok(grown < 100, `peak memory grew by ${grown.toFixed(0)} MB`);
  });

  it('reads a message split anywhere, even inside its header', async () => {
    await server.initialize();
    await open(server);
    const bytes = frame({ jsonrpc: '2.0', id: 'split', method: 'textDocument/diagnostic', params: { textDocument: { uri: URI } } });
    const reply = server.replyTo('split');
    for (let at = 0; at < bytes.length; at += 7) await server.write(bytes.subarray(at, at + 7));
    assert.equal(((await reply).result as { items: unknown[] }).items.length, analyse(sample('001')).findings.length);
  });
});
