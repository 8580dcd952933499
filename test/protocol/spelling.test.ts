// Spelling over the protocol: the structural findings come at once, the spelling ones
// after the worker has answered, when the server asks the client to pull again (or pushes
// them); the quick fixes offer the dictionary's suggestions and, to a client that says it
// runs them, the commands that add the word to the workspace dictionary or ignore it here.

import * as assert from 'node:assert/strict';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { analyse } from '../../server/src/core';
import { sample } from '../unit/helpers/fixtures';
import { TestClient } from './client';

const URI = 'file:///drafts/003.nos.txt';

/** Pulls until a report holds a spelling finding (the server asked for a pull each time something new came). */
async function spellingOf(client: TestClient, uri = URI): Promise<Diagnostic[]> {
  for (;;) {
    const items = await client.diagnosticItems(uri);
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

  it('publishes the spelling findings for the same version to a client that cannot pull', async () => {
    const published: PublishDiagnosticsParams[] = [];
    let wake = () => {};
    client = new TestClient();
    client.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      published.push(params);
      wake();
    });
    await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await client.connection.sendNotification('initialized', {});
    await client.open(URI, sample('003'));
    while (!published.some((p) => p.diagnostics.some((d) => d.code === 'spelling'))) await new Promise<void>((resolve) => (wake = resolve));
    const [first] = published;
    const last = published.at(-1)!;
    assert.equal(first.version, 1);
    assert.equal(last.version, 1);
    assert.deepEqual(first.diagnostics.map((d) => d.code), analyse(sample('003')).findings.map((f) => f.ruleId));
    assert.deepEqual(last.diagnostics.filter((d) => d.code === 'spelling').map((d) => d.message).sort(),
      ['Nid yw “chwarteisi” yn y geiriadur Cymraeg.', 'Nid yw “diweddarau” yn y geiriadur Cymraeg.', 'Nid yw “diweddarau” yn y geiriadur Cymraeg.']);
  });

  it('offers "Add to the workspace dictionary" and "Ignore in this document" to a client that runs them, and takes ignored words', async () => {
    client = new TestClient();
    await client.connection.sendRequest('initialize', {
      processId: process.pid, rootUri: null,
      capabilities: { experimental: { nosSpelling: true }, workspace: { diagnostics: { refreshSupport: true } }, textDocument: { diagnostic: {} } },
    });
    // The words file, read through the client: one word the team accepts.
    client.connection.onRequest('nos/readWordsFile', () => ['Diweddarau']);
    await client.connection.sendNotification('initialized', {});
    // With a sentence left in English, which is no word to add or ignore.
    const overview = "Mae'r safon hon yn ymwneud â chyflwyno gwasanaeth i gwsmeriaid mewn canolfan gyswllt.";
    await client.open(URI, sample('003').replace(overview, `${overview} It covers both face-to-face and remote enquiries.`));
    const items = await spellingOf(client);
    const spelling = items.filter((d) => d.code === 'spelling');
    assert.deepEqual(spelling.map((d) => d.message), [
      'Mae\'r testun hwn yn Saesneg, nid yn Gymraeg: “It covers both face-to-face and remote enquiries”.',
      'Nid yw “chwarteisi” yn y geiriadur Cymraeg.',
    ]);
    assert.deepEqual(await client.codeActions(URI, spelling[0].range, [spelling[0]]), []);
    const actions = await client.codeActions(URI, spelling[1].range, [spelling[1]]);
    const commands = actions.filter((a) => a.command).map((a) => [a.title, a.command!.command, a.command!.arguments]);
    assert.deepEqual(commands, [
      ['Ychwanegu “chwarteisi” at eiriadur y gweithle', 'nos.spelling.addWord', [URI, 'chwarteisi']],
      ['Anwybyddu “chwarteisi” yn y ddogfen hon', 'nos.spelling.ignoreWord', [URI, 'chwarteisi']],
    ]);
    const refreshes = client.refreshes;
    await client.connection.sendNotification('nos/setIgnoredWords', { uri: URI, words: ['chwarteisi'] });
    while (client.refreshes === refreshes) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual((await client.diagnosticItems(URI)).filter((d) => d.code === 'spelling'), [spelling[0]]);
  });

  it('asks for the words file once per folder while its documents are open, and again after it changes', async () => {
    client = new TestClient();
    await client.connection.sendRequest('initialize', {
      processId: process.pid, rootUri: null,
      capabilities: { experimental: { nosSpelling: true }, workspace: { diagnostics: { refreshSupport: true } }, textDocument: { diagnostic: {} } },
    });
    const asked: string[] = [];
    client.connection.onRequest('nos/readWordsFile', ({ uri }: { uri: string }) => {
      asked.push(uri);
      return ['Diweddarau'];
    });
    await client.connection.sendNotification('initialized', {});
    const beside = URI.replace(/[^/]*$/, 'beside.nos.txt');
    const elsewhere = 'file:///elsewhere/other.nos.txt';
    for (const uri of [URI, beside, elsewhere]) {
      await client.open(uri, sample('003'));
      const spelling = (await spellingOf(client, uri)).filter((d) => d.code === 'spelling');
      assert.deepEqual(spelling.map((d) => d.message), ['Nid yw “chwarteisi” yn y geiriadur Cymraeg.'], uri);
    }
    assert.deepEqual(asked, [URI, elsewhere]);
    await client.connection.sendNotification('nos/wordsFileChanged', {});
    await client.diagnosticItems(beside);
    assert.deepEqual(asked.slice(2), [beside]);
  });
});
