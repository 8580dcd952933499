// The bundled server under load: a flood of changes with no pause, documents over the
// size limit and huge ones under it, and requests cancelled as soon as they are sent.
// It answers every time, in bounded memory, and does no work for a cancelled request.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CancellationTokenSource, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { analyse } from '../../server/src/core';
import { sample } from '../unit/helpers/fixtures';
import { answer, ErrorCodes, NOWHERE, ORIGIN, serverPerTest, URI, type Answer } from './abuse';

const onLinux = process.platform === 'linux';

/** Resident memory of a process in MB (Linux). */
function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

/** CPU time a process has used, in ms at 100 ticks a second (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const message = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

describe('language server under load', function () {
  this.timeout(20_000);
  const server = serverPerTest();

  it('keeps up with 5,000 changes sent without a pause, in bounded memory', async () => {
    const client = server();
    await client.open(URI, sample('001'));
    await client.diagnosticItems(URI);
    const opened = onLinux ? rssMb(client.process.pid!) : 0;
    const changes: Promise<void>[] = [];
    const pulls: Promise<Answer<DocumentDiagnosticReport>>[] = [];
    for (let i = 0; i < 5000; i++) {
      const line = (i * 7919) % 200;
      changes.push(client.type(URI, { line, character: 0 }, i % 3 === 0 ? '\n' : i % 3 === 1 ? '1. ' : 'x'));
      // Pulls on the way, as an editor makes them: each answered for some version, or cancelled.
      if (i % 500 === 0) pulls.push(answer(client.diagnostics(URI)));
    }
    await Promise.all(changes);
    for (const reply of await Promise.all(pulls)) assert.ok('result' in reply || reply.code === ErrorCodes.RequestCancelled, JSON.stringify(reply));
    // Spelling findings come when the dictionary has answered (test/protocol/spelling.test.ts): the rest is compared.
    const items = (await client.diagnosticItems(URI)).filter((d) => d.code !== 'spelling');
    const expected = analyse(client.text(URI)).findings;
    assert.deepEqual(items.map((d) => [d.code, d.range, d.message]), expected.map((f) => [f.ruleId, f.range, f.message]));
    if (onLinux) {
      const after = rssMb(client.process.pid!);
      assert.ok(after < 200, `${after.toFixed(0)} MB after the flood, ${opened.toFixed(0)} MB after opening`);
    }
  });

  it('reports a document over the default size limit with one information diagnostic, promptly', async () => {
    const client = server();
    const draft = sample('001');
    await client.open(URI, draft.repeat(Math.ceil(6_000_000 / draft.length)));
    const items = await client.diagnosticItems(URI);
    assert.equal(items.length, 1);
    assert.equal(items[0].severity, 3);
    assert.match(message(items[0]), /6[,.]\d{3}[,.]\d{3}.*nos\.maxFileSize.*5[,.]000[,.]000/);
    // Typing in it, and asking about it, is answered just as promptly.
    await client.type(URI, ORIGIN, 'x');
    assert.equal((await client.diagnosticItems(URI)).length, 1);
    assert.deepEqual(await client.symbols(URI), []);
    assert.equal(await client.hover(URI, { line: 30, character: 2 }), null);
  });

  it('answers for documents under the limit that are one 1 MB line or 100,000 lines', async () => {
    const client = server();
    for (const text of ['x'.repeat(1_000_000), 'Title\n' + '\r\n'.repeat(100_000) + 'end']) {
      await client.open(URI, text);
      const codes = (await client.diagnosticItems(URI)).map((d) => d.code);
      // Analysed: the parts it lacks, or (a title and a word) the hint for a document not begun.
      assert.ok(codes.includes('missing-section') || codes.includes('empty-document'), `${text.length} characters: ${codes.join(', ')}`);
      await client.close(URI);
    }
  });

  it('answers a cancelled request with RequestCancelled, without analysing for it', async () => {
    const client = server();
    const draft = sample('001');
    // Big enough that analysing it takes a measurable share of a second.
    await client.open(URI, draft.repeat(Math.floor(4_000_000 / draft.length)));
    await client.hover(NOWHERE, ORIGIN);
    const pid = client.process.pid!;
    const start = onLinux ? cpuMs(pid) : 0;
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } }, source.token);
    source.cancel();
    assert.deepEqual(await answer(request), { code: ErrorCodes.RequestCancelled });
    await client.hover(NOWHERE, ORIGIN);
    const cancelled = onLinux ? cpuMs(pid) - start : 0;
    assert.equal((await client.diagnostics(URI)).kind, 'full');
    if (onLinux) {
      // CPU time, not elapsed time: the cancelled request cost a small part of the analysis.
      const analysed = cpuMs(pid) - start - cancelled;
      assert.ok(cancelled * 4 < analysed, `the cancelled request used ${cancelled} ms of CPU, the analysis ${analysed} ms`);
    }
  });
});
