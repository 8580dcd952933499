// The workspace over stdio: the index read through the client, workspace diagnostics
// with result ids (the request held open until something changes), the suite findings
// of open documents, workspace symbols and document links, on a generated suite and on
// the samples.

import * as assert from 'node:assert/strict';
import type { DocumentLink, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { sample } from '../unit/helpers/fixtures';
import { draft } from '../unit/helpers/suite';
import { TestClient } from './client';
import { WorkspaceClient } from './workspaceClient';

const FOLDER = 'file:///suite';
const uri = (name: string) => `${FOLDER}/${name}.nos.txt`;
const SUITE_RULES = new Set(['duplicate-urn', 'unknown-link', 'duplicate-title']);

type Report = Awaited<ReturnType<WorkspaceClient['workspaceDiagnostics']>>['items'][number];
const suiteCodes = (report: Report | undefined) => (report?.items ?? []).filter((d) => SUITE_RULES.has(String(d.code))).map((d) => String(d.code));
const byUri = (items: Report[]) => new Map(items.map((item) => [item.uri, item]));
const previousOf = (items: Report[]) => items.flatMap((item) => (item.resultId ? [{ uri: item.uri, value: item.resultId }] : []));

/** Ten drafts: 002 and 003 share a URN, 005 repeats 004's title, 006 links to an ABCXYZ the suite lacks and to another body's. */
function generated(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 1; n <= 10; n++) files[uri(String(n).padStart(3, '0'))] = draft(n, { links: n < 10 ? `ABCXYZ${n + 1}` : '' });
  files[uri('002')] = draft(2, { links: 'ABCXYZ4' });
  files[uri('003')] = draft(3, { urn: 'ABCXYZ2' });
  files[uri('005')] = draft(5, { title: draft(4).split('\n')[0] });
  files[uri('006')] = draft(6, { links: 'ABCXYZ7\nABCXYZ99\nSKAEAF2' });
  return files;
}

describe('workspace over stdio', function () {
  this.timeout(30_000);
  let client: WorkspaceClient;

  async function start(files: Record<string, string>) {
    client = new WorkspaceClient(FOLDER, files);
    return client.initializeWorkspace();
  }

  afterEach(() => client.stop());

  it('declares workspace diagnostics, symbols and links to a client that serves the workspace files', async () => {
    const { capabilities } = await start({});
    assert.deepEqual(capabilities.diagnosticProvider, { identifier: 'nos', interFileDependencies: true, workspaceDiagnostics: true });
    assert.equal(capabilities.workspaceSymbolProvider, true);
    assert.ok(capabilities.documentLinkProvider);
  });

  it('reports the suite findings of closed files, each with the other file as related information', async () => {
    await start(generated());
    const { items } = await client.workspaceDiagnostics();
    const reports = byUri(items);
    assert.equal(reports.size, 10, 'every file has a report');
    assert.deepEqual(suiteCodes(reports.get(uri('002'))), ['duplicate-urn']);
    assert.deepEqual(suiteCodes(reports.get(uri('003'))), ['duplicate-urn']);
    assert.deepEqual(reports.get(uri('002'))!.items!.find((d) => d.code === 'duplicate-urn')!.relatedInformation!.map((r) => r.location.uri), [uri('003')]);
    assert.deepEqual(suiteCodes(reports.get(uri('004'))), ['duplicate-title']);
    assert.deepEqual(suiteCodes(reports.get(uri('005'))), ['duplicate-title']);
    const unknown = reports.get(uri('006'))!.items!.filter((d) => d.code === 'unknown-link');
    assert.deepEqual(unknown.map((d) => d.message), ['No file here has the URN “ABCXYZ99”: check the link, or add that standard to the folder.'], 'another body’s URN is not reported');
    for (const name of ['001', '007', '008', '009', '010']) assert.deepEqual(suiteCodes(reports.get(uri(name))), [], name);
  });

  it('holds a re-pull with every result id current until a file changes, then sends only what changed', async () => {
    await start(generated());
    const first = await client.workspaceDiagnostics();
    const readsBefore = client.reads;
    let answered = false;
    const again = client.workspaceDiagnostics(previousOf(first.items)).then((report) => {
      answered = true;
      return report;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(answered, false, 'nothing changed: the request is held');
    // 003 gets a URN of its own: the duplicate goes from both files.
    await client.write({ [uri('003')]: draft(3) });
    const { items } = await again;
    assert.deepEqual(items.map((item) => item.uri).sort(), [uri('002'), uri('003')]);
    for (const item of items) assert.deepEqual(suiteCodes(item), []);
    assert.equal(client.reads, readsBefore + 1, 'only the changed file is read again');
  });

  it('sends a large suite in parts to a client that takes partial results, the same reports as in one answer', async () => {
    const files = generated();
    for (let n = 11; n <= 80; n++) files[uri(String(n).padStart(3, '0'))] = draft(n);
    await start(files);
    const whole = await client.workspaceDiagnostics();
    const { parts, answer } = await client.workspaceDiagnosticsInParts();
    assert.deepEqual(answer.items, [], 'everything came in the parts');
    assert.ok(parts.length >= 3 && parts.every((part) => part.length <= 25), `parts of ${parts.map((part) => part.length)}`);
    const sorted = (items: Report[]) => [...items].sort((a, b) => (a.uri < b.uri ? -1 : 1));
    assert.deepEqual(sorted(parts.flat()), sorted(whole.items));
  });

  it('clears a deleted file and the findings it caused elsewhere', async () => {
    await start(generated());
    const first = await client.workspaceDiagnostics();
    await client.write({ [uri('003')]: null });
    let items: Report[] = [];
    let previous = previousOf(first.items);
    // The deletion and the suite run after it may come in two answers.
    while (!items.some((item) => item.uri === uri('002'))) {
      const report = await client.workspaceDiagnostics(previous);
      items = [...items, ...report.items];
      previous = [...previous.filter((p) => !report.items.some((item) => item.uri === p.uri)), ...previousOf(report.items)];
    }
    const reports = byUri(items);
    assert.deepEqual(reports.get(uri('003'))!.items, []);
    assert.deepEqual(suiteCodes(reports.get(uri('002'))), []);
  });

  it('gives an open document its suite findings with its own, and its live text wins over the file', async () => {
    const files = generated();
    await start(files);
    await client.workspaceDiagnostics();
    await client.open(uri('003'), files[uri('003')]);
    const codes = async (name: string) => (await client.diagnosticItems(uri(name))).map((d) => String(d.code)).filter((code) => SUITE_RULES.has(code));
    assert.deepEqual(await codes('003'), ['duplicate-urn']);
    // Typing a URN of its own (the file on disk keeps the duplicate).
    const line = client.text(uri('003')).split('\n').indexOf('URN: ABCXYZ2');
    await client.replace(uri('003'), { start: { line, character: 5 }, end: { line, character: 12 } }, 'ABCXYZ33');
    assert.deepEqual(await codes('003'), []);
    const { items } = await client.workspaceDiagnostics(previousOf((await client.workspaceDiagnostics()).items).filter((p) => p.uri !== uri('002')));
    assert.deepEqual(suiteCodes(byUri(items).get(uri('002'))), [], 'the closed file sees the open one’s live text');
    assert.equal(byUri(items).has(uri('003')), false, 'an open document’s report is its own pull’s');
  });

  it('lists every standard by URN and title, every element and glossary term, as workspace symbols', async () => {
    const files: Record<string, string> = { ...generated() };
    for (const n of ['000', '001', '002', '003', '004']) files[uri(`sample-${n}`)] = sample(n);
    await start(files);
    await client.workspaceDiagnostics();
    const symbols = (query: string) => client.connection.sendRequest<WorkspaceSymbol[]>('workspace/symbol', { query });
    const standard = (await symbols('ABCXYZ4')).filter((s) => s.kind === 1);
    assert.deepEqual(standard.map((s) => [s.name, 'uri' in s.location && s.location.uri]),
      [['ABCXYZ4 Respond to customer enquiries in a contact centre for the fourth time', uri('004')]]);
    const skaeaf = (await symbols('SKAEAF2')).filter((s) => s.kind === 1);
    assert.deepEqual(skaeaf.map((s) => 'uri' in s.location && s.location.uri), [uri('sample-001')]);
    const terms = (await symbols('Cwsmer')).filter((s) => s.kind === 20);
    assert.ok(terms.length > 0 && terms.every((s) => /cwsmer/i.test(s.name)), JSON.stringify(terms));
    const elements = (await symbols('')).filter((s) => s.kind === 3);
    assert.ok(elements.length > 0, 'the samples’ element sub-headings');
  });

  it('links a URN in “Links to other NOS” and in text to the file that has it', async () => {
    const files = generated();
    files[uri('001')] = draft(1, { links: 'ABCXYZ2; ABCXYZ99' }).replace('This standard is for', 'See also ABCXYZ4. This standard is for');
    await start(files);
    await client.workspaceDiagnostics();
    await client.open(uri('001'), files[uri('001')]);
    const links = await client.connection.sendRequest<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: uri('001') } });
    const text = files[uri('001')].split('\n');
    assert.deepEqual(links.map((link) => [text[link.range.start.line].slice(link.range.start.character, link.range.end.character), link.target]),
      [['ABCXYZ4', uri('004')], ['ABCXYZ2', uri('002')]]);
    assert.match(links[1].tooltip!, /^Open ABCXYZ2 Respond to customer enquiries/);
  });

  it('offers none of it to a client that does not serve the workspace files', async () => {
    const plain = new TestClient();
    try {
      const { capabilities } = await plain.initialize();
      assert.deepEqual(capabilities.diagnosticProvider, { identifier: 'nos', interFileDependencies: false, workspaceDiagnostics: false });
      assert.equal(capabilities.workspaceSymbolProvider, undefined);
      assert.equal(capabilities.documentLinkProvider, undefined);
    } finally {
      await plain.stop();
    }
    await start({});
  });

  it('is silent on the samples', async () => {
    const files: Record<string, string> = {};
    for (const n of ['000', '001', '002', '003', '004']) files[uri(n)] = sample(n);
    await start(files);
    const { items } = await client.workspaceDiagnostics();
    assert.equal(items.length, 5);
    for (const item of items) assert.deepEqual(suiteCodes(item), [], item.uri);
  });
});
