// The bundled server misused: requests about unknown documents, impossible positions,
// malformed params and notifications, unknown methods, a change with a skipped version,
// a stale diagnostic's fixes. Each gets an LSP error or an empty answer, and the server
// keeps answering.

import * as assert from 'node:assert/strict';
import type { CompletionItem, Hover, Position, Range } from 'vscode-languageserver-protocol';
import { assertRange, Lines } from '../property/text';
import { sample } from '../unit/helpers/fixtures';
import { answer, assertAnswering, ErrorCodes, NOWHERE, ORIGIN, serverPerTest, URI } from './abuse';

describe('language server robustness', function () {
  this.timeout(20_000);
  const server = serverPerTest();

  it('answers hover, completion and code actions about unknown documents with empty results', async () => {
    const client = server();
    assert.equal(await client.hover(NOWHERE, ORIGIN), null);
    assert.deepEqual(await client.completion(NOWHERE, ORIGIN), []);
    assert.deepEqual(await client.codeActions(NOWHERE, { start: ORIGIN, end: ORIGIN }, [], ['source.fixAll']), []);
  });

  it('answers positions past the end and negative numbers with an error or ranges inside the document', async () => {
    const client = server();
    const text = sample('001').replace(/\n/g, '\r\n') + '\u{1F600}';
    const lines = new Lines(text);
    await client.open(URI, text);
    const positions: Position[] = [
      { line: 0, character: 10_000 }, { line: 3, character: 10_000 }, { line: 10_000, character: 0 },
      { line: 2 ** 31 - 1, character: 2 ** 31 - 1 }, { line: -1, character: 0 }, { line: 0, character: -1 }, { line: -5, character: -5 },
    ];
    for (const position of positions) {
      const at = JSON.stringify(position);
      const ranges: Array<[string, Range]> = [];
      const hover = await answer<Hover | null>(client.hover(URI, position));
      if ('result' in hover && hover.result?.range) ranges.push([`hover at ${at}`, hover.result.range]);
      const completion = await answer<CompletionItem[]>(client.completion(URI, position));
      if ('result' in completion) {
        for (const item of completion.result) ranges.push([`completion at ${at}`, (item.textEdit as { range: Range }).range]);
      }
      const actions = await answer(client.codeActions(URI, { start: position, end: position }, [], ['quickfix', 'source.fixAll']));
      if ('result' in actions) {
        for (const action of actions.result) for (const edit of action.edit!.changes![URI]) ranges.push([`${action.title} at ${at}`, edit.range]);
      }
      for (const reply of [hover, completion, actions]) {
        if ('code' in reply) assert.equal(reply.code, ErrorCodes.InvalidParams, at);
      }
      for (const [what, range] of ranges) assertRange(lines, range, what);
    }
    await assertAnswering(client);
  });

  it('answers malformed params with InvalidParams and keeps answering', async () => {
    const client = server();
    await client.open(URI, sample('001'));
    const malformed: Array<[string, unknown]> = [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: { uri: URI } }],
      ['textDocument/completion', { textDocument: { uri: URI }, position: { line: 'one' } }],
      ['textDocument/diagnostic', {}],
      ['textDocument/documentSymbol', { textDocument: null }],
      ['textDocument/codeAction', { textDocument: { uri: URI } }],
      ['textDocument/codeAction', { textDocument: { uri: URI }, range: { start: ORIGIN, end: ORIGIN }, context: { diagnostics: [null, 5] } }],
    ];
    for (const [method, params] of malformed) {
      const reply = await answer(client.connection.sendRequest(method, params));
      assert.deepEqual(reply, { code: ErrorCodes.InvalidParams }, `${method} ${JSON.stringify(params)}`);
    }
    await assertAnswering(client);
  });

  it('survives malformed notifications: the documents it has stay as they were', async () => {
    const client = server();
    await client.open(URI, sample('001'));
    const before = await client.diagnosticItems(URI);
    const { connection } = client;
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 7 }, contentChanges: [{ range: 'all', text: 5 }] });
    await connection.sendNotification('textDocument/didChange', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: NOWHERE, languageId: 'nos', version: 1 } });
    await connection.sendNotification('textDocument/didClose', {});
    await connection.sendNotification('nos/unknownNotification', { x: 1 });
    assert.deepEqual(await client.diagnosticItems(URI), before);
    // A document opened without text is not a document.
    assert.deepEqual(await answer(client.diagnosticItems(NOWHERE)), { result: [] });
    await assertAnswering(client);
  });

  it('answers unknown methods with MethodNotFound', async () => {
    const client = server();
    assert.deepEqual(await answer(client.connection.sendRequest('nos/frobnicate', {})), { code: ErrorCodes.MethodNotFound });
    await assertAnswering(client);
  });

  it('applies a change whose version skips some', async () => {
    const client = server();
    await client.open(URI, sample('001'));
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 9 },
      contentChanges: [{ range: { start: ORIGIN, end: ORIGIN }, text: 'Draft\n' }],
    });
    const items = await client.diagnosticItems(URI);
    assert.equal(items.find((d) => d.code === 'criteria-numbering')!.range.start.line, 29);
  });

  // Found by the incremental-sync property: the fixes a diagnostic carried were applied
  // after an edit that left its rule, range and message as they were.
  it('offers for a diagnostic from before an edit the fixes of the current text', async () => {
    const client = server();
    await client.open(URI, 'Title\nURN: X1\nOverview\nText.\nValues\n\n\nSkills\n- listening\n');
    const stale = (await client.diagnosticItems(URI)).find((d) => d.code === 'empty-section')!;
    // A lead-in typed on the second blank line under the empty heading.
    await client.type(URI, { line: 6, character: 0 }, 'You must be able to:');
    const [remove] = await client.codeActions(URI, stale.range, [stale]);
    await client.apply(URI, remove);
    assert.equal(client.text(URI), 'Title\nURN: X1\nOverview\nText.\nYou must be able to:\nSkills\n- listening\n');
  });
});
