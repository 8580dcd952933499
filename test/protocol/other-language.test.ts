// "NOS: Open the other language" as the server answers it over stdio: `nos/otherLanguage`
// asks for the workspace's files while there is no index, finds the twin among them by
// URN or by the `pairs` of a `.nosrc.json`, and says in the document's language when
// there is none.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, sample } from '../unit/helpers/fixtures';
import { TestClient } from './client';
import { WorkspaceClient as IndexClient } from './workspaceClient';

const ENGLISH = readFileSync(path.join(ROOT, 'test/fixtures/pairs/001_34a9c3b36a3c870e.en.nos.txt'), 'utf8');
const WELSH = sample('001');
const WORKSPACE = 'file:///work%20space';
const EN_URI = `${WORKSPACE}/en/001.en.nos.txt`;
const CY_URI = `${WORKSPACE}/cy/001.nos.txt`;

/** A client with one workspace folder whose configuration files it holds in memory. */
class WorkspaceClient extends TestClient {
  readonly files = new Map<string, string>();

  constructor() {
    super();
    this.connection.onRequest('nos/readConfigFile', ({ uri }: { uri: string }) => this.files.get(uri) ?? null);
  }

  async start(): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: WORKSPACE,
      workspaceFolders: [{ uri: WORKSPACE, name: 'work space' }],
      capabilities: { workspace: { configuration: true }, experimental: { nosConfigFiles: true } },
    });
    await this.connection.sendNotification('initialized', {});
  }

  otherLanguage(uri: string, line: number, candidates?: Array<{ uri: string; text: string }>): Promise<unknown> {
    return this.connection.sendRequest('nos/otherLanguage', { textDocument: { uri }, position: { line, character: 2 }, ...(candidates && { candidates }) });
  }
}

const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.trimStart().startsWith(start));

describe('nos/otherLanguage over stdio', function () {
  this.timeout(20_000);
  let client: WorkspaceClient;

  beforeEach(async () => {
    client = new WorkspaceClient();
    await client.start();
  });

  afterEach(() => client.stop());

  it('asks for the workspace files, then opens the twin at the matching criterion', async () => {
    await client.open(EN_URI, ENGLISH);
    const line = lineOf(ENGLISH, '13. reassure');
    assert.deepEqual(await client.otherLanguage(EN_URI, line), { candidatesWanted: true });
    const candidates = [{ uri: `${WORKSPACE}/000.nos.txt`, text: sample('000') }, { uri: CY_URI, text: WELSH }];
    const answer = await client.otherLanguage(EN_URI, line, candidates) as { uri: string; range: { start: { line: number; character: number } } };
    assert.equal(answer.uri, CY_URI);
    const there = WELSH.split('\n')[answer.range.start.line].slice(answer.range.start.character);
    assert.match(there, /^1\. tawelu eu meddyliau/);
  });

  it('says in the document’s language when there is no other version', async () => {
    await client.open(CY_URI, WELSH);
    const candidates = [{ uri: `${WORKSPACE}/000.nos.txt`, text: sample('000') }];
    assert.deepEqual(await client.otherLanguage(CY_URI, 3, candidates), {
      message: "Nid yw'r fersiwn Saesneg o'r safon hon yn y gweithle: caiff fersiynau eu paru yn ôl eu URN, neu yn ôl “pairs” mewn .nosrc.json.",
    });
  });

  it('says it in the language nos.messagesLanguage chooses', async () => {
    client.settings = { messagesLanguage: 'en' };
    await client.open(CY_URI, WELSH);
    assert.deepEqual(await client.otherLanguage(CY_URI, 3, []), {
      message: 'The English version of this standard is not in the workspace: versions are paired by their URN, or by the “pairs” of a .nosrc.json.',
    });
  });

  it('pairs drafts without URNs by the pairs of their .nosrc.json', async () => {
    const withoutUrn = (text: string) => text.replace('URN: SKAEAF2\n', '');
    const cyDraft = `${WORKSPACE}/cymraeg/drafft%20un.nos.txt`;
    client.files.set(`${WORKSPACE}/.nosrc.json`, '{ "pairs": { "en/001.en.nos.txt": "cymraeg/drafft un.nos.txt" } }');
    await client.open(EN_URI, withoutUrn(ENGLISH));
    const answer = await client.otherLanguage(EN_URI, lineOf(ENGLISH, 'Glossary'), [{ uri: cyDraft, text: withoutUrn(WELSH) }]) as { uri: string; range: { start: { line: number } } };
    assert.equal(answer.uri, cyDraft);
    assert.equal(withoutUrn(WELSH).split('\n')[answer.range.start.line], 'Geirfa');
  });
});

describe('pair-alignment and nos/otherLanguage with the workspace index', function () {
  this.timeout(30_000);
  const FOLDER = 'file:///pair';
  const en = `${FOLDER}/en/001.en.nos.txt`;
  const cy = `${FOLDER}/cy/001.nos.txt`;
  const lessOne = ENGLISH.replace(/\n\n3\. offer a positive[^\n]*\n/, '\n');
  let client: IndexClient;

  beforeEach(async () => {
    client = new IndexClient(FOLDER);
    client.files.set(en, lessOne);
    client.files.set(cy, WELSH);
    client.files.set(`${FOLDER}/000.nos.txt`, sample('000'));
    await client.initializeWorkspace();
  });

  afterEach(() => client.stop());

  const pairMessages = (items: Array<{ code?: unknown; message: unknown }> = []) => items.filter((d) => d.code === 'pair-alignment').map((d) => String(d.message));

  it('reports the difference in both closed files, and follows the open one as it is typed', async () => {
    const { items } = await client.workspaceDiagnostics();
    const reports = new Map(items.map((item) => [item.uri, item]));
    assert.deepEqual(pairMessages(reports.get(en)?.items), ['9 performance criteria under this element; 10 under the matching element in the Welsh version (cy/001.nos.txt:25).']);
    assert.deepEqual(pairMessages(reports.get(cy)?.items), ['10 maen prawf perfformiad o dan yr elfen hon; 9 o dan yr elfen gyfatebol yn y fersiwn Saesneg (en/001.en.nos.txt:25).']);
    assert.deepEqual(reports.get(cy)!.items!.find((d) => d.code === 'pair-alignment')!.relatedInformation!.map((r) => r.location.uri), [en]);
    assert.deepEqual(pairMessages(reports.get(`${FOLDER}/000.nos.txt`)?.items), []);
    // Typing the criterion back into the open English version: both are aligned again.
    await client.open(en, lessOne);
    assert.equal(pairMessages(await client.diagnosticItems(en)).length, 1);
    const line = lessOne.split('\n').findIndex((text) => text.startsWith('4. hold a conversation'));
    await client.type(en, { line, character: 0 }, '3. offer a positive environment\n\n');
    assert.deepEqual(pairMessages(await client.diagnosticItems(en)), []);
    // The pull of the open document ran the suite again: the closed Welsh file's report follows.
    const welsh = (await client.workspaceDiagnostics()).items.find((item) => item.uri === cy);
    assert.deepEqual(pairMessages(welsh?.items), [], 'the closed Welsh file follows the open English text');
  });

  it('answers the other-language request from the index, without asking for files', async () => {
    await client.workspaceDiagnostics();
    await client.open(cy, WELSH);
    const line = WELSH.split('\n').findIndex((text) => text.startsWith('Gwybodaeth a Dealltwriaeth'));
    const answer = await client.connection.sendRequest('nos/otherLanguage', { textDocument: { uri: cy }, position: { line, character: 1 } }) as { uri: string; range: { start: { line: number } } };
    assert.equal(answer.uri, en);
    assert.equal(lessOne.split('\n')[answer.range.start.line], 'Knowledge and understanding');
  });
});
