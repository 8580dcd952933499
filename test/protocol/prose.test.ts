// Writing in the editor, over stdio: lists that continue on Enter, the per-document
// language chosen in the editor, and a fix that leaves the cursor where to type.

import * as assert from 'node:assert/strict';
import type { Diagnostic, SnippetTextEdit, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { sample } from '../unit/helpers/fixtures';
import { TestClient } from './client';

const message = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

describe('language server over stdio: writing', function () {
  this.timeout(20_000);
  let client: TestClient;

  afterEach(() => client.stop());

  it('continues a list on Enter, ends it on an empty item, and renumbers with nos.renumberOnType', async () => {
    client = new TestClient();
    const { capabilities } = await client.initialize();
    assert.deepEqual(capabilities.documentOnTypeFormattingProvider, { firstTriggerCharacter: '\n' });
    const uri = 'file:///drafts/list.nos.txt';
    await client.open(uri, 'Plan work\nOverview\nAbout planning.\nPerformance criteria\nYou must be able to:\n1. plan work\n2. check work\n');
    await client.applyEdits(uri, await client.enter(uri, { line: 6, character: 13 }));
    assert.equal(client.text(uri).split('\n')[7], '3. ');
    await client.applyEdits(uri, await client.enter(uri, { line: 7, character: 3 }));
    assert.deepEqual(client.text(uri).split('\n').slice(5), ['1. plan work', '2. check work', '', '']);

    client.settings = { renumberOnType: true };
    await client.changeSettings({ renumberOnType: true });
    await client.applyEdits(uri, await client.enter(uri, { line: 5, character: 12 }));
    assert.deepEqual(client.text(uri).split('\n').slice(5, 8), ['1. plan work', '2. ', '3. check work']);
  });

  it('checks a document in the language chosen for it, over the settings, and back with "auto"', async () => {
    client = new TestClient();
    await client.initialize();
    const uri = 'file:///drafts/new.nos.txt';
    await client.open(uri, '');
    const [english] = await client.diagnosticItems(uri);
    assert.equal(english.code, 'empty-document');
    assert.match(message(english), /^This standard has no headings yet/);
    await client.setDocumentLanguage(uri, 'cy');
    assert.match(message((await client.diagnosticItems(uri))[0]), /^Nid oes penawdau yn y safon hon eto/);
    assert.ok(client.refreshes > 0);
    await client.setDocumentLanguage(uri, 'auto');
    assert.match(message((await client.diagnosticItems(uri))[0]), /^This standard/);
    // A file named as Welsh is Welsh until told otherwise; a malformed notification changes nothing.
    const welsh = 'file:///drafts/newydd.cy.nos.txt';
    await client.open(welsh, '');
    await client.connection.sendNotification('nos/setDocumentLanguage', { uri: welsh, language: 'fr' });
    assert.match(message((await client.diagnosticItems(welsh))[0]), /^Nid oes penawdau/);
  });

  it('inserts a missing section as a snippet edit, the cursor after its first "1. "', async () => {
    client = new TestClient();
    await client.initialize({ snippetEdits: true });
    const uri = 'file:///drafts/002.nos.txt';
    const text = sample('002');
    const lines = text.split('\n');
    const start = lines.indexOf('Meini prawf perfformiad');
    const end = lines.findIndex((l, i) => i > start && /^Gwybodaeth/.test(l));
    await client.open(uri, [...lines.slice(0, start), ...lines.slice(end)].join('\n'));
    const missing = (await client.diagnosticItems(uri)).find((d) => /Meini prawf perfformiad/.test(message(d)))!;
    assert.equal(missing.range.start.line, missing.range.end.line);
    assert.equal(missing.range.start.character, missing.range.end.character);
    const [insert] = await client.codeActions(uri, missing.range, [missing]);
    const [change] = insert.edit!.documentChanges as TextDocumentEdit[];
    const [snippet] = change.edits as unknown as SnippetTextEdit[];
    assert.match(snippet.snippet.value, /^Meini prawf perfformiad\nMae'n rhaid eich bod chi'n gallu:\n1\. \$0\n$/);
  });
});
