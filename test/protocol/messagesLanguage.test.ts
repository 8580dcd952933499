// nos.messagesLanguage over stdio: changing it makes the server ask the client to pull
// diagnostics again, and the new pull, hovers, fix titles and outline speak the language
// chosen, while the document is still checked in its own.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, DocumentDiagnosticReport, MarkupContent } from 'vscode-languageserver-protocol';
import { TestClient } from './client';

const ROOT = join(__dirname, '..', '..');
const DRAFT = readFileSync(join(ROOT, 'test/fixtures/messages/defects-en.nos.txt'), 'utf8');
const URI = 'file:///drafts/plan.nos.txt';
const line = (start: string) => DRAFT.split('\n').findIndex((l) => l.startsWith(start));

/** Waits until `check` holds, letting messages in flight arrive (no timing assumed). */
async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(check(), what);
}

const full = (report: DocumentDiagnosticReport): Diagnostic[] => {
  assert.equal(report.kind, 'full');
  return report.kind === 'full' ? report.items : [];
};

describe('nos.messagesLanguage over the protocol', function () {
  this.timeout(20_000);
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(URI, DRAFT);
  });

  afterEach(() => client.stop());

  it('re-pulls diagnostics in the other language when it changes, and back', async () => {
    const english = await client.diagnostics(URI);
    const numbering = (items: Diagnostic[]) => items.find((d) => d.code === 'criteria-numbering')!.message;
    assert.equal(numbering(full(english)), 'Performance criterion numbered 3 should be 2: criteria run from 1 to 2 through the whole section.');

    await client.changeSettings({ messagesLanguage: 'cy' });
    await eventually(() => client.refreshes > 0, 'a diagnostics refresh');
    const welsh = full(await client.diagnostics(URI, english.kind === 'full' ? english.resultId : undefined));
    assert.equal(numbering(welsh), "Dylai'r maen prawf perfformiad a rifwyd yn 3 fod yn 2: mae'r meini prawf yn rhedeg o 1 i 2 drwy'r adran gyfan.");
    // The same findings, in the same places: only their words changed.
    const places = (items: Diagnostic[]) => items.map((d) => `${d.code} ${d.severity} ${JSON.stringify(d.range)}`);
    assert.deepEqual(places(welsh), places(full(english)));
    assert.equal(await client.connection.sendRequest('nos/documentLanguage', { uri: URI }), 'en');

    const fixes = await client.codeActions(URI, welsh[0].range, welsh.filter((d) => d.code === 'criteria-numbering'));
    assert.ok(fixes.some((a) => a.title === 'Newid 3 i 2'), fixes.map((a) => a.title).join(', '));
    const hover = await client.hover(URI, { line: line('3. understand'), character: 0 });
    assert.equal((hover!.contents as MarkupContent).value, "Maen prawf perfformiad 2 o 2 (P2)\n\nWedi'i rifo'n 3 yma; dylai fod yn 2.");

    const refreshes = client.refreshes;
    await client.changeSettings({ messagesLanguage: 'document' });
    await eventually(() => client.refreshes > refreshes, 'a second refresh');
    assert.equal(numbering(full(await client.diagnostics(URI))), numbering(full(english)));
  });

  it('gives a Welsh document English messages', async () => {
    const uri = 'file:///drafts/cynllun.nos.txt';
    await client.open(uri, 'Cynllunio gwaith\n\nTrosolwg\nMae\'r safon hon yn ymwneud â chynllunio.\n\nMeini prawf perfformiad\nMae\'n rhaid eich bod chi\'n gallu:\n1. cynllunio gwaith\n3. cofnodi adborth\n');
    await client.changeSettings({ messagesLanguage: 'en' });
    const items = full(await client.diagnostics(uri));
    assert.equal(items.find((d) => d.code === 'criteria-numbering')!.message, 'Performance criterion numbered 3 should be 2: criteria run from 1 to 2 through the whole section.');
    assert.equal(await client.connection.sendRequest('nos/documentLanguage', { uri }), 'cy');
  });

  it('reports a value outside document, en and cy once, and keeps the document’s language', async () => {
    const shown: string[] = [];
    client.connection.onNotification('window/showMessage', ({ message }: { message: string }) => {
      shown.push(message);
    });
    await client.changeSettings({ messagesLanguage: 'fr' });
    const items = full(await client.diagnostics(URI));
    assert.ok(items.some((d) => String(d.message).startsWith('Performance criterion numbered 3')));
    await eventually(() => shown.length > 0, 'a notification');
    assert.match(shown[0], /"nos\.messagesLanguage" must be "document", "en" or "cy"/);
  });
});
