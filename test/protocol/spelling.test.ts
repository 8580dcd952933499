// Spelling over the protocol: the structural findings come at once, the spelling ones
// after the worker has answered, when the server asks the client to pull again (or pushes
// them); the quick fixes offer the dictionary's suggestions and, to a client that says it
// runs them, the commands that add the word to the workspace dictionary or ignore it here.

import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { analyse } from '../../server/src/core';
import { sample } from '../unit/helpers/fixtures';
import { TestClient } from './client';

const URI = 'file:///drafts/003.nos.txt';

/** Pulls until a report holds a spelling finding (the server asked for a pull each time something new came). */
async function spellingOf(client: TestClient): Promise<Diagnostic[]> {
  for (;;) {
    const items = await client.diagnosticItems(URI);
    const spelling = items.filter((d) => d.code === 'spelling');
    if (spelling.length) return items;
    const seen = client.refreshes;
    while (client.refreshes === seen) await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('language server: spelling', function () {
  this.timeout(60_000);
  let client: TestClient;

  afterEach(() => client.stop());

  it('reports structure at once and spelling when the dictionary has answered, with suggestions as fixes', async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(URI, sample('003'));
    const first = await client.diagnosticItems(URI);
    assert.deepEqual(first.map((d) => d.code), analyse(sample('003')).findings.map((f) => f.ruleId));
    const items = await spellingOf(client);
    const words = items.filter((d) => d.code === 'spelling').map((d) => d.message);
    assert.deepEqual(words, ['Nid yw “diweddarau” yn y geiriadur Cymraeg.', 'Nid yw “chwarteisi” yn y geiriadur Cymraeg.', 'Nid yw “diweddarau” yn y geiriadur Cymraeg.']);
    // Every structural finding is still there, unchanged.
    assert.deepEqual(items.filter((d) => d.code !== 'spelling'), first);
    const chwarteisi = items.find((d) => String(d.message).includes('chwarteisi'))!;
    // Suggestions come after the verdicts: pull until the fix is there.
    let actions = await client.codeActions(URI, chwarteisi.range, [chwarteisi]);
    while (!actions.some((a) => a.title === 'Newid i “chwrteisi”')) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const again = (await client.diagnosticItems(URI)).find((d) => String(d.message).includes('chwarteisi'))!;
      actions = await client.codeActions(URI, again.range, [again]);
    }
    // A client that has not said it runs the spelling commands gets no actions for them.
    assert.ok(!actions.some((a) => a.command));
    await client.apply(URI, actions.find((a) => a.title === 'Newid i “chwrteisi”')!);
    assert.ok(client.text(URI).includes('chwrteisi'));
  });
});
