// The bundled server over stdio, driven as an editor drives it: open, type, pull
// diagnostics, outline, hover, completion, code actions and applying their edits.

import * as assert from 'node:assert/strict';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';
import { sample } from '../unit/helpers/fixtures';
import { TestClient } from './client';

const URI = 'file:///drafts/001.nos.txt';

const message = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

function codes(items: Diagnostic[], code: string): Diagnostic[] {
  return items.filter((d) => d.code === code);
}

describe('language server over stdio', function () {
  this.timeout(20_000);
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize();
  });

  afterEach(() => client.stop());

  it('announces pull diagnostics, outline, hover, completion, fix-all and reflow', async () => {
    const other = new TestClient();
    try {
      const { capabilities } = await other.initialize();
      assert.ok(capabilities.diagnosticProvider);
      assert.equal(capabilities.documentSymbolProvider && true, true);
      assert.equal(capabilities.hoverProvider, true);
      assert.ok(capabilities.completionProvider);
      assert.deepEqual((capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.nos', 'source.reflow.nos']);
    } finally {
      await other.stop();
    }
  });

  it('reports each misnumbered run of draft 001 with code, source and range', async () => {
    await client.open(URI, sample('001'));
    const items = await client.diagnosticItems(URI);
    const numbering = codes(items, 'criteria-numbering');
    assert.equal(numbering.length, 5);
    assert.ok(items.every((d) => d.source === 'nos' && typeof d.code === 'string' && d.severity! >= 1 && d.severity! <= 4));
    assert.deepEqual(numbering[0].range, { start: { line: 28, character: 2 }, end: { line: 28, character: 3 } });
    assert.deepEqual(codes(items, 'empty-section').map((d) => d.range.start.line + 1), [175, 178, 181, 191, 194, 197]);
  });

  it('answers an unchanged report for an unchanged document', async () => {
    await client.open(URI, sample('001'));
    const first = await client.diagnostics(URI);
    assert.equal(first.kind, 'full');
    const second = await client.diagnostics(URI, (first as { resultId: string }).resultId);
    assert.equal(second.kind, 'unchanged');
  });

  it('follows typing: breaking a number adds a finding, restoring it removes it', async () => {
    await client.open(URI, sample('001'));
    const before = codes(await client.diagnosticItems(URI), 'criteria-numbering').length;
    // Line 31 reads "3.\u00a0 cynnig …": type a digit after the 3 to make it 33.
    await client.type(URI, { line: 30, character: 1 }, '3');
    const broken = codes(await client.diagnosticItems(URI), 'criteria-numbering');
    assert.equal(broken.length, before + 1);
    assert.ok(broken.some((d) => d.range.start.line === 30 && /33/.test(message(d))));
    await client.replace(URI, { start: { line: 30, character: 1 }, end: { line: 30, character: 2 } }, '');
    assert.equal(codes(await client.diagnosticItems(URI), 'criteria-numbering').length, before);
  });

  it('offers the single, list-wide and document-wide renumbering, and fixes on apply', async () => {
    await client.open(URI, sample('001'));
    const items = await client.diagnosticItems(URI);
    const target = codes(items, 'criteria-numbering')[0];
    const actions = await client.codeActions(URI, target.range, [target]);
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles, [
      'Newid 1 i 2',
      "Ailrifo'r meini prawf perfformiad (4)",
      "Ailrifo'r holl feini prawf a'r eitemau gwybodaeth (5)",
    ]);
    assert.equal(actions[0].isPreferred, true);
    await client.apply(URI, actions[2]);
    const after = await client.diagnosticItems(URI);
    assert.equal(codes(after, 'criteria-numbering').length, 0);
    const numbers = client.text(URI).split('\n').map((l) => /^\s*(\d+)\.[\s\u00a0]/.exec(l)?.[1]).filter(Boolean);
    // Two outcomes in the overview, 17 criteria, 25 knowledge items, 15 and 8 scope items.
    assert.deepEqual(numbers.slice(2, 19).map(Number), Array.from({ length: 17 }, (_, i) => i + 1));
    assert.deepEqual(numbers.slice(19, 44).map(Number), Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('offers source.fixAll.nos for codeActionsOnSave', async () => {
    await client.open(URI, sample('001'));
    const actions = await client.codeActions(URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.nos']);
    await client.apply(URI, actions[0]);
    assert.equal(codes(await client.diagnosticItems(URI), 'criteria-numbering').length, 0);
  });

  it('does not offer fixes computed for findings that have since moved', async () => {
    await client.open(URI, sample('001'));
    const stale = codes(await client.diagnosticItems(URI), 'criteria-numbering')[0];
    await client.type(URI, { line: 0, character: 0 }, '\n');
    assert.deepEqual(await client.codeActions(URI, stale.range, [stale]), []);
  });

  it('keeps its result, and its fixes, across edits that change no finding', async () => {
    await client.open(URI, sample('001'));
    const first = await client.diagnostics(URI);
    assert.equal(first.kind, 'full');
    const resultId = (first as { resultId: string }).resultId;
    await client.type(URI, { line: 0, character: 0 }, 'X');
    assert.deepEqual(await client.diagnostics(URI, resultId), { kind: 'unchanged', resultId });
    const target = codes(first.items, 'criteria-numbering')[0];
    const [change] = await client.codeActions(URI, target.range, [target]);
    await client.apply(URI, change);
    assert.equal(client.text(URI).split('\n')[28], '  2. bod yn y man cywir ar yr adeg gywir er mwyn rhoi argraff dda a darparu gwasanaeth cwsmer da');
  });

  it('still fixes a diagnostic from before a settings change, when the finding is unchanged', async () => {
    await client.open(URI, sample('001'));
    const target = codes(await client.diagnosticItems(URI), 'criteria-numbering')[0];
    await client.changeSettings({ rules: { 'orphan-glossary-term': 'off' } });
    await client.diagnosticItems(URI);
    const titles = (await client.codeActions(URI, target.range, [target])).map((a) => a.title);
    assert.equal(titles[0], 'Newid 1 i 2');
  });

  it('never answers with findings older than an answer it already gave', async () => {
    const uri = 'file:///drafts/typing.nos.txt';
    const text = ['Plan', 'Performance criteria', 'You must be able to:', '1. plan', '2. do', '3. check'].join('\n');
    await client.open(uri, text);
    // Version k numbers the second criterion 100 + k: each report names its version.
    const pulls: Array<Promise<{ kind: string; items?: Diagnostic[] }>> = [];
    for (let k = 1; k <= 30; k++) {
      const before = k === 1 ? '2' : String(99 + k);
      void client.replace(uri, { start: { line: 4, character: 0 }, end: { line: 4, character: before.length } }, String(100 + k));
      pulls.push(client.diagnostics(uri) as Promise<{ kind: string; items?: Diagnostic[] }>);
    }
    const arrived: number[] = [];
    await Promise.all(pulls.map((pull) => pull.then((report) => {
      const numbered = report.items?.map((d) => /numbered (\d+)/.exec(message(d))?.[1]).find(Boolean);
      if (numbered) arrived.push(Number(numbered) - 100);
    })));
    assert.ok(arrived.length > 0);
    assert.deepEqual(arrived, [...arrived].sort((a, b) => a - b), `versions in order of arrival: ${arrived}`);
    assert.equal(arrived.at(-1), 30);
  });

  it('inserts a missing heading before its lead-in', async () => {
    const uri = 'file:///drafts/002.nos.txt';
    await client.open(uri, sample('002').replace('Gwybodaeth a Dealltwriaeth\n', ''));
    const missing = (await client.diagnosticItems(uri)).find((d) => d.code === 'missing-section' && /Gwybodaeth/.test(message(d)))!;
    assert.equal(missing.range.start.line, 25); // the end of the line before the lead-in
    const [insert] = await client.codeActions(uri, missing.range, [missing]);
    assert.equal(insert.title, 'Mewnosod y pennawd “Gwybodaeth a dealltwriaeth”');
    await client.apply(uri, insert);
    assert.equal(client.text(uri), sample('002').replace('Gwybodaeth a Dealltwriaeth', 'Gwybodaeth a dealltwriaeth'));
  });

  it('removes an empty optional heading and the blank lines after it', async () => {
    await client.open(URI, sample('001'));
    const empty = (await client.diagnosticItems(URI)).find((d) => d.code === 'empty-section')!;
    assert.equal(message(empty), 'Nid oes gan “Gwerthoedd” ddim cynnwys: llenwch yr adran neu tynnwch y pennawd.');
    assert.deepEqual(empty.tags, [1]);
    const [remove] = await client.codeActions(URI, empty.range, [empty]);
    await client.apply(URI, remove);
    assert.equal(client.text(URI), sample('001').replace('Gwerthoedd\n\n\n', ''));
  });

  it('returns the outline: title > sections > elements > items named P/K', async () => {
    await client.open(URI, sample('001'));
    const [root] = await client.symbols(URI);
    assert.equal(root.name, 'Datblygu a chynnal gwasanaeth cwsmer effeithiol o fewn amgylcheddau hamdden gweithgar');
    const pc = root.children!.find((s) => s.name === 'Meini prawf perfformiad')!;
    assert.deepEqual(pc.children!.map((e) => e.name), ["Ymgysylltu â'r cwsmeriaid", 'Rheoli adborth cwsmeriaid']);
    const names = (nodes: DocumentSymbol[]) => nodes.flatMap((e) => e.children!.map((i) => i.name.split(' ')[0]));
    assert.deepEqual(names(pc.children!), Array.from({ length: 17 }, (_, i) => `P${i + 1}`));
    const k = root.children!.find((s) => s.name === 'Gwybodaeth a Dealltwriaeth')!;
    assert.equal(names(k.children!).at(-1), 'K25');
  });

  it('hovers a mutated glossary term with its definition and the mutation', async () => {
    const uri = 'file:///drafts/000.nos.txt';
    await client.open(uri, sample('000'));
    // Line 5: "… wrth ymdrin â chwsmeriaid."
    const line = sample('000').split('\n')[3];
    const character = line.indexOf('chwsmeriaid') + 2;
    const hover = await client.hover(uri, { line: 3, character });
    const value = (hover!.contents as { value: string }).value;
    assert.match(value, /Cwsmer\(iaid\)\*\*: mewnol, allanol/);
    assert.match(value, /chwsmeriaid\*: treiglad llaes o \*cwsmeriaid\*/);
  });

  it('hovers an item number with its place in the list', async () => {
    await client.open(URI, sample('001'));
    const hover = await client.hover(URI, { line: 48, character: 2 });
    assert.match((hover!.contents as { value: string }).value, /Maen prawf perfformiad 11 o 17/);
  });

  it('completes headings at the start of a line, missing ones first', async () => {
    const uri = 'file:///drafts/002.nos.txt';
    await client.open(uri, sample('002') + '\n');
    const lines = client.text(uri).split('\n').length;
    const items = await client.completion(uri, { line: lines - 1, character: 0 });
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.equal(sorted[0].label, 'Cwmpas/ystod');
    assert.ok(items.some((i) => i.label === 'Geirfa'));
  });

  it('follows settings: language and rule severities', async () => {
    await client.open(URI, sample('001'));
    await client.changeSettings({ language: 'en', rules: { 'empty-section': 'off', 'criteria-numbering': 'warning' } });
    const items = await client.diagnosticItems(URI);
    assert.equal(codes(items, 'empty-section').length, 0);
    const numbering = codes(items, 'criteria-numbering');
    assert.ok(numbering.every((d) => d.severity === 2));
    assert.match(message(numbering[0]), /^Performance criterion numbered 1 should be 2/);
    assert.equal(client.refreshes, 1);
  });

  it('answers for unknown documents with an empty report', async () => {
    const report = await client.diagnosticItems('file:///nowhere.nos.txt');
    assert.deepEqual(report, []);
    assert.deepEqual(await client.symbols('file:///nowhere.nos.txt'), []);
  });

  it('reports a document over the size limit instead of checking it', async () => {
    client.settings = { maxFileSize: 1000 };
    await client.open(URI, sample('001'));
    const items = await client.diagnosticItems(URI);
    assert.equal(items.length, 1);
    assert.equal(items[0].severity, 3);
    assert.match(message(items[0]), /nos\.maxFileSize/);
  });
});
