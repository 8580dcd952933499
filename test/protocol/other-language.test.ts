// "NOS: Open the other language" as the server answers it over stdio: `nos/otherLanguage`
// asks for the workspace's files while there is no index, finds the twin among them by
// URN or by the `pairs` of a `.nosrc.json`, and says in the document's language when
// there is none.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, sample } from '../unit/helpers/fixtures';
import { TestClient } from './client';

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
