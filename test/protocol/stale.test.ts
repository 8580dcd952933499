// Answers follow the text the server holds, whatever version number came with it: a
// didChange that keeps the version, or a second didOpen with the same version, must not
// get diagnostics, outline, hover or code actions computed for the text before it.

import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { analyse } from '../../server/src/core';
import { sample } from '../unit/helpers/fixtures';
import { TestClient } from './client';

const URI = 'file:///drafts/stale.nos.txt';

/** What a fresh analysis of `text` reports, as (code, line) pairs. */
function expected(text: string): string[] {
  return analyse(text).findings.map((f) => `${f.ruleId}@${f.range.start.line}`);
}

function seen(items: Diagnostic[]): string[] {
  return items.map((d) => `${d.code}@${d.range.start.line}`);
}

describe('language server: answers for the text held, not its version number', function () {
  this.timeout(20_000);
  let client: TestClient;
  const first = sample('001');
  const second = sample('002');

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize();
    assert.notDeepEqual(expected(first), expected(second));
  });

  afterEach(() => client.stop());

  async function open(text: string, version: number): Promise<void> {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'nos', version, text } });
  }

  it('re-analyses after a didChange that keeps the version number', async () => {
    await open(first, 7);
    assert.deepEqual(seen(await client.diagnosticItems(URI)), expected(first));
    const symbolsBefore = await client.symbols(URI);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 7 },
      contentChanges: [{ text: second }],
    });
    assert.deepEqual(seen(await client.diagnosticItems(URI)), expected(second));
    const symbolsAfter = await client.symbols(URI);
    assert.notEqual(symbolsAfter[0].name, symbolsBefore[0].name);
    assert.equal(symbolsAfter[0].name, second.split('\n').find((l) => l.trim() !== '')!.trim());
  });

  it('re-analyses after a second didOpen with the same version', async () => {
    await open(first, 1);
    const before = await client.diagnosticItems(URI);
    assert.deepEqual(seen(before), expected(first));
    await open(second, 1);
    assert.deepEqual(seen(await client.diagnosticItems(URI)), expected(second));
    // A quick fix asked for with a diagnostic of the old text finds nothing to fix now.
    const stale = before.find((d) => d.code === 'criteria-numbering')!;
    assert.deepEqual(await client.codeActions(URI, stale.range, [stale]), []);
  });
});
